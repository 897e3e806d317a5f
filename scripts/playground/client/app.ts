/** The playground page: the simulated Sheet's tabs, its PACTE menu, toasts, alerts and sidebars. */
import { playgroundMessages as m } from '../messages';
import { mountMailPanel } from './mail-panel';
import {
  isPublicServerFunctionName,
  type Answer,
  type DriveItemView,
  type EditAnswer,
  type Effects,
  type MenuAnswer,
  type PanelView,
  type RpcAnswer,
  type RpcRequestMessage,
  type StateView,
} from '../protocol';
import { createDialogs } from './dialog';
import { el } from './dom';
import { createGrid } from './grid';
import { createMenuBar } from './menu';

let panelFrame: HTMLIFrameElement | null = null;

// ---- layout -------------------------------------------------------------------------------
const header = el('header', { class: 'topbar' });
const title = el('h1', {}, m.pageTitle);
const menubar = el('nav', { class: 'menubar', 'aria-label': 'Menus' });
const workbookControls = el('div', { class: 'workbook-controls' });
const download = el('a', { class: 'download', href: '/api/workbook.xlsx', download: 'cohorte-pacte.xlsx' }, m.download);
header.append(title, menubar, workbookControls, download);
const banner = el('p', { class: 'banner' }, m.banner);
const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const main = el('main', { class: 'workspace' });
const sheetArea = el('section', { class: 'sheet', 'aria-label': 'Classeur' });
const toasts = el('div', { class: 'toasts', 'aria-live': 'polite' });
const tabstrip = el('div', { class: 'tabstrip', role: 'tablist', 'aria-label': m.tabsLabel });
sheetArea.append(tabstrip, toasts);
const panel = el('aside', { class: 'panel', hidden: '' });
main.append(sheetArea, panel);
const modal = el('div', { class: 'modal-backdrop', hidden: '' });
const drive = el('section', { class: 'drive', 'aria-labelledby': 'drive-title' });
document.body.append(header, banner, status, main, drive, modal);
// « Envois » (mail-panel.ts), below the Drive; a simulated day redraws the grids.
const mailPanel = mountMailPanel(document.body, (state) => render(state));

// ---- Drive --------------------------------------------------------------------------------
function renderDrive(items: DriveItemView[]): void {
  const heading = el('h2', { id: 'drive-title' }, m.driveTitle);
  if (items.length === 0) {
    drive.replaceChildren(heading, el('p', { class: 'empty' }, m.driveEmpty));
    return;
  }
  const groups = new Map<string, DriveItemView[]>();
  for (const item of items) groups.set(item.folder, [...(groups.get(item.folder) ?? []), item]);
  const lists = [...groups].map(([folder, files]) => {
    const list = el('ul');
    for (const f of files) {
      const li = el('li', { class: `drive-${f.kind}` });
      if (f.kind === 'doc' || f.kind === 'pdf') {
        const a = el(
          'a',
          { href: `/drive/${encodeURIComponent(f.id)}`, target: '_blank', rel: 'noopener', 'aria-label': m.driveOpen(f.name) },
          f.name,
        );
        li.append(el('span', { class: 'drive-kind' }, f.kind === 'doc' ? 'Doc' : 'PDF'), a);
      } else {
        li.append(el('span', { class: 'drive-kind' }, f.kind === 'folder' ? m.driveFolder : ''), document.createTextNode(f.name));
      }
      list.append(li);
    }
    const details = el('details', { open: '' });
    details.append(el('summary', {}, folder || m.driveRoot), list);
    return details;
  });
  drive.replaceChildren(heading, ...lists);
}

const dialogs = createDialogs(modal, () => [header, banner, status, main]);
const grid = createGrid(sheetArea, tabstrip, editCell);
const menus = createMenuBar(menubar, (caption, functionName) => void runMenu(caption, functionName));

function render(state: StateView): void {
  menus.render(state.menus);
  grid.render(state.tabs);
  renderDrive(state.drive);
}

// ---- toasts, alerts, panels ---------------------------------------------------------------
function showToast(t: { title?: string; message: string }): void {
  const box = el('div', { class: 'toast', role: 'status' });
  if (t.title) box.append(el('strong', {}, t.title));
  box.append(el('p', {}, t.message));
  const close = el('button', { type: 'button', 'aria-label': m.close }, '×');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  toasts.append(box);
  setTimeout(() => box.remove(), 15_000);
}

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
  effects.toasts.forEach(showToast);
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

async function resetWorkbook(blank: boolean): Promise<void> {
  try {
    const answer = await postJson<{ ok: boolean; message: string; state?: StateView }>('/api/reset', { blank });
    closePanel();
    if (answer.state) render(answer.state);
    setStatus(answer.message, !answer.ok);
  } catch {
    setStatus(m.networkFailed, true);
  }
}

const newBlank = el('button', { type: 'button', class: 'secondary' }, m.newBlank);
newBlank.addEventListener('click', () => void resetWorkbook(true));
const newDemo = el('button', { type: 'button', class: 'secondary' }, m.newDemo);
newDemo.addEventListener('click', () => void resetWorkbook(false));
workbookControls.append(newBlank, newDemo);

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
