/**
 * The « National » pane: the regions of the rehearsal folder (`pacte setup|deploy|report --simulation`),
 * each opening its workbook read-only in the page's grid, and `pacte report`'s national lines; before
 * any rehearsal, the commands to run. The server reads the folder with the CLI's code (../national.ts).
 */
import { playgroundMessages as m } from '../messages';
import type { NationalRegionView, NationalView, NationalWorkbookAnswer, TabView } from '../protocol';
import { el } from './dom';

const M = m.national;

export interface NationalPane {
  readonly element: HTMLElement;
  /** Reads the rehearsal folder again (each time the pane opens: the CLI may have run meanwhile). */
  refresh(): Promise<void>;
}

export interface NationalActions {
  /** A region's workbook to show read-only in the grid. */
  open(region: NationalRegionView, tabs: TabView[]): void;
  failed(message: string): void;
}

function regionsTable(regions: NationalRegionView[], openRegion: (r: NationalRegionView) => void): HTMLTableElement {
  const table = el('table', { class: 'national-regions', 'aria-label': M.regionsLabel });
  const head = el('tr');
  head.append(...M.headers.map((h) => el('th', { scope: 'col', class: 'national-cell head' }, h)));
  const tbody = el('tbody');
  for (const r of regions) {
    const open = el('button', { type: 'button', class: 'link', 'aria-label': M.open(r.name) }, r.name || r.spreadsheetId);
    open.addEventListener('click', () => openRegion(r));
    const cell = el('td', { class: 'national-cell' });
    cell.append(open);
    const tr = el('tr', { 'data-region': r.region });
    const short = { class: 'national-cell short' };
    tr.append(el('th', { scope: 'row', ...short }, r.region), el('td', short, r.promo), cell, el('td', short, r.lastDeploy || M.never));
    tbody.append(tr);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(thead, tbody);
  return table;
}

export function createNationalPane(actions: NationalActions): NationalPane {
  const body = el('div', { class: 'national-body' });
  const element = el('section', { class: 'national', 'aria-label': M.heading });
  element.append(el('h2', {}, M.heading), body);

  async function openRegion(region: NationalRegionView): Promise<void> {
    try {
      const res = await fetch('/api/national/workbook', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ spreadsheetId: region.spreadsheetId }),
      });
      const answer = (await res.json()) as NationalWorkbookAnswer;
      if (answer.ok) actions.open(region, answer.tabs);
      else actions.failed(answer.message);
    } catch {
      actions.failed(m.networkFailed);
    }
  }

  function show(view: NationalView): void {
    const parts: HTMLElement[] = [el('p', { class: 'national-folder' }, M.folder(view.folder))];
    if (view.empty) parts.push(el('p', { class: 'national-empty' }, view.empty));
    else {
      const totals = el('ul', { class: 'national-totals', 'aria-label': M.totals });
      totals.append(...view.totals.map((line) => el('li', {}, line)), ...view.unreadable.map((line) => el('li', { class: 'error' }, line)));
      parts.push(
        regionsTable(view.regions, (r) => void openRegion(r)),
        el('h3', {}, M.totals),
        totals,
      );
    }
    body.replaceChildren(...parts);
  }

  return {
    element,
    async refresh() {
      body.replaceChildren(el('p', {}, m.loading));
      try {
        const res = await fetch('/api/national');
        const answer = (await res.json()) as NationalView | { ok: false; message: string };
        if ('regions' in answer) show(answer);
        else {
          body.replaceChildren(el('p', { class: 'error' }, answer.message));
          actions.failed(answer.message);
        }
      } catch {
        actions.failed(m.networkFailed);
      }
    },
  };
}
