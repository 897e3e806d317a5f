/** The playground page: the simulated Sheet's tabs, its PACTE menu, toasts, alerts and sidebars. */
import { playgroundMessages as m } from '../messages';
import {
  isPublicServerFunctionName,
  type Answer,
  type EditAnswer,
  type Effects,
  type MenuAnswer,
  type PanelView,
  type RpcAnswer,
  type RpcRequestMessage,
  type StateView,
} from '../protocol';
import { createDialogs } from './dialog';
import { createDock } from './dock';
import { el } from './dom';
import { createDrivePanel } from './drive-panel';
import { createGrid } from './grid';
import { createHeader } from './header';
import { createMailPanel } from './mail-panel';
import { createMenuBar } from './menu';
import { createNationalPane } from './national';
import { createToasts } from './toasts';

let panelFrame: HTMLIFrameElement | null = null;

// ---- layout: header, then the sheet with the sidebar and the Drive/Envois panel beside it ---------
const drivePanel = createDrivePanel();
// « Envois » (mail-panel.ts); a simulated day redraws the grids.
const mailPanel = createMailPanel(
  (state) => render(state),
  (n) => dock.setCount('mail', n),
);
// « National »: a simulated region's workbook shown read-only in the grid until « Revenir… » or the pane closes.
const national = createNationalPane({
  open: (region, tabs) => {
    readOnlyNote.textContent = m.national.readOnly(region.name, region.region);
    readOnlyBar.hidden = false;
    grid.render(tabs, true);
  },
  failed: (message) => setStatus(message, true),
});
const dock = createDock({ national: national.element, drive: drivePanel.element, mail: mailPanel.element }, (pane) => {
  if (pane === 'national') void national.refresh();
  else backToPlayground();
});
const header = createHeader({ reset: (request) => void resetWorkbook(request) }, dock.toggles);
const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const main = el('main', { class: 'workspace' });
const sheetArea = el('section', { class: 'sheet', 'aria-label': 'Classeur' });
const tabstrip = el('div', { class: 'tabstrip', role: 'tablist', 'aria-label': m.tabsLabel });
const readOnlyBar = el('div', { class: 'readonly-bar', hidden: '' });
const readOnlyNote = el('p', { role: 'status' });
const backButton = el('button', { type: 'button', class: 'secondary' }, m.national.back);
backButton.addEventListener('click', backToPlayground);
readOnlyBar.append(readOnlyNote, backButton);
sheetArea.append(tabstrip);
const toasts = createToasts(sheetArea);
const panel = el('aside', { class: 'panel', hidden: '' });
main.append(sheetArea, panel, dock.element);
const modal = el('div', { class: 'modal-backdrop', hidden: '' });
document.body.append(header.element, status, main, modal);

const dialogs = createDialogs(modal, () => [header.element, status, main]);
const grid = createGrid(sheetArea, tabstrip, editCell);
sheetArea.prepend(readOnlyBar);
const menus = createMenuBar(header.menubar, (caption, functionName) => void runMenu(caption, functionName));

/** The playground's own workbook, as last sent (drawn again when a region's workbook is closed). */
let lastState: StateView | undefined;

function render(state: StateView): void {
  lastState = state;
  menus.render(state.menus);
  header.render(state);
  if (readOnlyBar.hidden) grid.render(state.tabs);
  drivePanel.render(state.drive);
  dock.setCount('drive', state.drive.filter((f) => f.kind !== 'folder').length);
}

function backToPlayground(): void {
  if (readOnlyBar.hidden) return;
  readOnlyBar.hidden = true;
  if (lastState) grid.render(lastState.tabs);
}

// ---- alerts, panels -----------------------------------------------------------------------
function openPanel(p: PanelView): void {
  panel.replaceChildren();
  const bar = el('div', { class: 'panel-bar' });
  bar.append(el('h2', {}, p.title));
  const close = el('button', { type: 'button', 'aria-label': m.closeSidebar }, '×');
  close.addEventListener('click', closePanel);
  bar.append(close);
  const frame = el('iframe', {
    src: `/${p.kind}/${p.id}`,
    sandbox: 'allow-scripts allow-forms',
    title: p.kind === 'sidebar' ? m.sidebarLabel(p.title) : m.dialogLabel(p.title),
    name: `pacte-${p.kind}-${p.id}`,
  });
  panel.append(bar, frame);
  panel.hidden = false;
  panel.setAttribute('aria-label', p.title);
  panelFrame = frame;
}
function closePanel(): void {
  panel.hidden = true;
  panel.replaceChildren();
  panelFrame = null;
}

function showEffects(effects: Effects): void {
  // As in Sheets, the last toast is the one shown.
  const toast = effects.toasts.at(-1);
  if (toast) toasts.show(toast);
  // An alert with buttons here was already answered « Fermer » by the script (asked after a change).
  effects.alerts.forEach(
    (a) => void dialogs.show({ ...a, ...(a.buttons && a.buttons !== 'OK' ? { note: m.dialogButtons, buttons: 'OK' } : {}) }),
  );
  const last = effects.panels[effects.panels.length - 1];
  if (last) openPanel(last);
}

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.classList.toggle('error', error);
}

// ---- server calls -------------------------------------------------------------------------
async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await res.json()) as T;
}

async function refresh(): Promise<void> {
  try {
    const res = await fetch('/api/state');
    render((await res.json()) as StateView);
    await mailPanel.refresh();
  } catch {
    setStatus(m.networkFailed, true);
  }
}

/** What a run left: the workbook and its effects when the server sent them, then success or `failed`'s message. */
function showOutcome(
  answer: EditAnswer | { ok: false; message: string; state?: undefined; effects?: undefined },
  failed: (message: string) => string,
): void {
  if (answer.state) {
    render(answer.state);
    showEffects(answer.effects);
  }
  setStatus(answer.ok ? '' : failed(answer.message), !answer.ok);
}

/** Runs a menu item; each question the script asks is put to the person, then the item runs again with the answers. */
async function runMenu(caption: string, functionName: string): Promise<void> {
  const answers: Answer[] = [];
  setStatus(m.running(caption));
  try {
    for (;;) {
      const answer = await postJson<MenuAnswer | { ok: false; message: string; state?: undefined; question?: undefined }>('/api/menu', {
        functionName,
        answers,
      });
      if (answer.question) {
        setStatus('');
        const q = answer.question;
        const reply = await dialogs.show({
          ...(q.title === undefined ? {} : { title: q.title }),
          message: q.message,
          buttons: q.buttons,
          prompt: q.kind === 'prompt',
        });
        answers.push(
          q.kind === 'prompt' ? { kind: 'prompt', button: reply.button, text: reply.text } : { kind: 'alert', button: reply.button },
        );
        setStatus(m.running(caption));
        continue;
      }
      showOutcome(answer, m.scriptFailed);
      return;
    }
  } catch {
    setStatus(m.networkFailed, true);
  }
}

/** A cell typed in the grid: written to the simulated Sheet, then its onEdit runs. */
async function editCell(tab: string, row: number, column: number, value: string | boolean): Promise<void> {
  try {
    const answer = await postJson<EditAnswer | { ok: false; message: string; state?: undefined }>('/api/edit', { tab, row, column, value });
    showOutcome(answer, m.editFailed);
  } catch {
    setStatus(m.networkFailed, true);
  }
}

/** A demo cohort or a blank workbook: every panel starts again (no sidebar, the Drive and e-mails of the new one). */
async function resetWorkbook(request: { blank: boolean; demo?: string }): Promise<void> {
  try {
    const answer = await postJson<{ ok: boolean; message: string; state?: StateView }>('/api/reset', request);
    if (answer.state) {
      closePanel();
      render(answer.state);
      await mailPanel.refresh(true);
    }
    setStatus(answer.message, !answer.ok);
  } catch {
    setStatus(m.networkFailed, true);
  }
}

function isRpcRequest(data: unknown): data is RpcRequestMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<RpcRequestMessage>;
  return (
    d.type === 'pacte-rpc' &&
    typeof d.id === 'string' &&
    d.id.length <= 100 &&
    typeof d.fn === 'string' &&
    isPublicServerFunctionName(d.fn) &&
    Array.isArray(d.args)
  );
}

window.addEventListener('message', (event: MessageEvent) => {
  const frame = panelFrame;
  if (!frame || event.source !== frame.contentWindow) return;
  const data = event.data as unknown;
  if (
    data &&
    typeof data === 'object' &&
    (data as { type?: unknown }).type === 'pacte-host' &&
    (data as { action?: unknown }).action === 'close'
  ) {
    closePanel();
    return;
  }
  if (!isRpcRequest(data)) return;
  const target = frame.contentWindow;
  void (async () => {
    let answer: { ok: boolean; value?: unknown; message?: string };
    try {
      const res = await postJson<RpcAnswer>('/api/rpc', { fn: data.fn, args: data.args });
      answer = res.ok ? { ok: true, value: res.value } : { ok: false, message: res.message };
      if (res.effects) showEffects(res.effects);
    } catch {
      answer = { ok: false, message: m.networkFailed };
    }
    // The sandboxed frame's origin is 'null': '*' is the only target origin, sent to that frame alone.
    target?.postMessage({ type: 'pacte-rpc-result', id: data.id, ...answer }, '*');
    await refresh();
  })();
});

void refresh();
