/**
 * The page's header, on two lines as Sheets has them: the title, what the playground is and the
 * download on the first; the menus, the demo chooser, a blank workbook and the Drive/Envois toggles
 * on the second. `links` is where a page of the playground adds its own link (next to the download).
 */
import { playgroundMessages as m } from '../messages';
import type { StateView } from '../protocol';
import { el } from './dom';

export interface Header {
  readonly element: HTMLElement;
  readonly menubar: HTMLElement;
  /** Links to the playground's other pages and the download, at the end of the first line. */
  readonly links: HTMLElement;
  /** The chooser shows the demos offered and the one chosen. */
  render(state: StateView): void;
}

export interface HeaderActions {
  /** Loads a demo cohort (`demo`: its id) or, with `blank`, a new blank workbook (the chosen demo is kept). */
  reset(request: { blank: boolean; demo?: string }): void;
}

export function createHeader(actions: HeaderActions, toggles: HTMLElement): Header {
  const element = el('header', { class: 'topbar' });
  const first = el('div', { class: 'topbar-line' });
  const links = el('nav', { class: 'topbar-links', 'aria-label': m.linksLabel });
  links.append(el('a', { class: 'download', href: '/api/workbook.xlsx', download: 'cohorte-pacte.xlsx' }, m.download));
  first.append(el('h1', {}, m.pageTitle), el('p', { class: 'banner' }, m.banner), links);

  const second = el('div', { class: 'topbar-line' });
  const menubar = el('nav', { class: 'menubar', 'aria-label': 'Menus' });
  const chooser = el('select', { id: 'demo-chooser', class: 'demo-chooser' });
  chooser.addEventListener('change', () => actions.reset({ blank: false, demo: chooser.value }));
  const reload = el('button', { type: 'button', class: 'secondary' }, m.newDemo);
  reload.addEventListener('click', () => actions.reset({ blank: false, demo: chooser.value }));
  const blank = el('button', { type: 'button', class: 'secondary' }, m.newBlank);
  blank.addEventListener('click', () => actions.reset({ blank: true }));
  const controls = el('div', { class: 'workbook-controls' });
  controls.append(el('label', { for: 'demo-chooser' }, m.demoChooser), chooser, reload, blank);
  second.append(menubar, controls, toggles);
  element.append(first, second);

  let shown = '';
  return {
    element,
    menubar,
    links,
    render(state: StateView): void {
      // Redrawn only when the list changes, so the chooser keeps its focus.
      const key = JSON.stringify(state.demos);
      if (key !== shown) {
        shown = key;
        chooser.replaceChildren(...state.demos.map((d) => el('option', { value: d.id }, m.demoOption(d.label, d.today))));
      }
      chooser.value = state.workbook.demo;
    },
  };
}
