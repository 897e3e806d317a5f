/** The playground page: the simulated Sheet's tabs, its PACTE menu, toasts, alerts and sidebars. */
import { playgroundMessages as m } from '../messages';
import { mountMailPanel } from './mail-panel';
import { isPublicServerFunctionName, type Effects, type MenuAnswer, type MenuItemView, type PanelView, type RpcAnswer, type RpcRequestMessage, type StateView, type TabView } from '../protocol';

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

let activeTab = 'Candidatures';
let currentTabs: TabView[] = [];
let panelFrame: HTMLIFrameElement | null = null;

// ---- layout -------------------------------------------------------------------------------
const header = el('header', { class: 'topbar' });
const title = el('h1', {}, m.pageTitle);
const menubar = el('nav', { class: 'menubar', 'aria-label': 'Menus' });
const download = el('a', { class: 'download', href: '/api/workbook.xlsx', download: 'cohorte-pacte.xlsx' }, m.download);
header.append(title, menubar, download);
const banner = el('p', { class: 'banner' }, m.banner);
const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const main = el('main', { class: 'workspace' });
const sheetArea = el('section', { class: 'sheet', 'aria-label': 'Classeur' });
const grid = el('div', { class: 'grid', id: 'grid', role: 'tabpanel' }, m.loading);
const toasts = el('div', { class: 'toasts', 'aria-live': 'polite' });
const tabstrip = el('div', { class: 'tabstrip', role: 'tablist', 'aria-label': m.tabsLabel });
sheetArea.append(grid, tabstrip, toasts);
const panel = el('aside', { class: 'panel', hidden: '' });
main.append(sheetArea, panel);
const modal = el('div', { class: 'modal-backdrop', hidden: '' });
document.body.append(header, banner, status, main, modal);
const mailPanel = mountMailPanel(document.body, (state) => {
  renderMenus(state.menus);
  renderTabs(state.tabs);
});

// ---- grid ---------------------------------------------------------------------------------
function renderTabs(tabs: TabView[]): void {
  currentTabs = tabs;
  if (!tabs.some((t) => t.name === activeTab)) activeTab = tabs[0]?.name ?? '';
  tabstrip.replaceChildren(
    ...tabs.map((t) => {
      const b = el('button', { type: 'button', role: 'tab', 'aria-selected': String(t.name === activeTab), 'aria-controls': 'grid' }, t.name);
      b.addEventListener('click', () => {
        activeTab = t.name;
        renderTabs(currentTabs);
      });
      return b;
    }),
  );
  const tab = tabs.find((t) => t.name === activeTab);
  grid.setAttribute('aria-label', tab?.name ?? '');
  if (!tab || tab.rows.length === 0) {
    grid.replaceChildren(el('p', { class: 'empty' }, m.emptyTab));
    return;
  }
  const table = el('table', { 'data-tab': tab.name });
  table.append(el('caption', { class: 'visually-hidden' }, tab.name));
  const [head = [], ...rows] = tab.rows;
  const thead = el('thead');
  const hr = el('tr');
  hr.append(el('th', { class: 'rownum', scope: 'col' }, ''));
  head.forEach((h, j) => {
    const th = el('th', { scope: 'col' }, h);
    paint(th, tab.backgrounds[0]?.[j]);
    hr.append(th);
  });
  thead.append(hr);
  const tbody = el('tbody');
  rows.forEach((row, i) => {
    const tr = el('tr');
    tr.append(el('th', { class: 'rownum', scope: 'row' }, String(i + 2)));
    row.forEach((cell, j) => {
      const td = el('td', {}, cell);
      if (cell === '☑' || cell === '☐') td.className = 'checkbox';
      paint(td, tab.backgrounds[i + 1]?.[j]);
      tr.append(td);
    });
    tbody.append(tr);
  });
  table.append(thead, tbody);
  grid.replaceChildren(table);
}

function paint(cell: HTMLElement, color: string | undefined): void {
  if (color && COLOR.test(color)) cell.style.backgroundColor = color;
}

// ---- menu ---------------------------------------------------------------------------------
function closeMenus(): void {
  for (const list of Array.from(menubar.querySelectorAll<HTMLElement>('[role="menu"]'))) list.hidden = true;
  for (const b of Array.from(menubar.querySelectorAll<HTMLElement>('.menu-button'))) b.setAttribute('aria-expanded', 'false');
}

function menuItems(items: MenuItemView[], into: HTMLElement): void {
  for (const item of items) {
    if ('separator' in item) {
      into.append(el('li', { role: 'separator', class: 'separator' }));
    } else if ('subMenu' in item) {
      const li = el('li', { role: 'none', class: 'submenu' });
      li.append(el('span', {}, item.subMenu));
      const sub = el('ul', { role: 'group', 'aria-label': item.subMenu });
      menuItems(item.items, sub);
      li.append(sub);
      into.append(li);
    } else {
      const li = el('li', { role: 'none' });
      const b = el('button', { type: 'button', role: 'menuitem' }, item.caption);
      b.addEventListener('click', () => {
        closeMenus();
        void runMenu(item.caption, item.functionName);
      });
      li.append(b);
      into.append(li);
    }
  }
}

function renderMenus(menus: StateView['menus']): void {
  menubar.replaceChildren(
    ...menus.map((menu) => {
      const wrap = el('div', { class: 'menu' });
      const button = el('button', { type: 'button', class: 'menu-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' }, menu.title);
      const list = el('ul', { role: 'menu', 'aria-label': menu.title, hidden: '' });
      menuItems(menu.items, list);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        const open = list.hidden;
        closeMenus();
        list.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
      });
      wrap.append(button, list);
      return wrap;
    }),
  );
}
document.addEventListener('click', (event) => {
  if (!menubar.contains(event.target as Node)) closeMenus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenus();
});

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

const alertQueue: Array<{ title?: string; message: string; buttons?: string }> = [];
function showAlert(a: { title?: string; message: string; buttons?: string }): void {
  alertQueue.push(a);
  if (modal.hidden) nextAlert();
}
function nextAlert(): void {
  const a = alertQueue.shift();
  if (!a) {
    modal.hidden = true;
    modal.replaceChildren();
    return;
  }
  const dialog = el('div', { class: 'alert', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'alert-title', 'aria-describedby': 'alert-message' });
  dialog.append(el('h2', { id: 'alert-title' }, a.title ?? ''));
  const message = el('div', { id: 'alert-message', class: 'alert-message' });
  for (const line of a.message.split('\n')) message.append(el('p', {}, line));
  dialog.append(message);
  if (a.buttons && a.buttons !== 'OK') dialog.append(el('p', { class: 'note' }, m.dialogButtons));
  const ok = el('button', { type: 'button', class: 'primary' }, m.ok);
  ok.addEventListener('click', nextAlert);
  dialog.append(ok);
  modal.replaceChildren(dialog);
  modal.hidden = false;
  ok.focus();
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
  effects.alerts.forEach(showAlert);
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
  const data = (await res.json()) as T;
  return data;
}

async function refresh(): Promise<void> {
  try {
    const res = await fetch('/api/state');
    const state = (await res.json()) as StateView;
    renderMenus(state.menus);
    renderTabs(state.tabs);
    await mailPanel.refresh();
  } catch {
    setStatus(m.networkFailed, true);
  }
}

async function runMenu(caption: string, functionName: string): Promise<void> {
  setStatus(m.running(caption));
  try {
    const answer = await postJson<MenuAnswer | { ok: false; message: string; state?: undefined }>('/api/menu', { functionName });
    if (answer.state) {
      renderMenus(answer.state.menus);
      renderTabs(answer.state.tabs);
      showEffects(answer.effects);
    }
    setStatus(answer.ok ? '' : m.scriptFailed(answer.message), !answer.ok);
  } catch {
    setStatus(m.networkFailed, true);
  }
}

function isRpcRequest(data: unknown): data is RpcRequestMessage {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<RpcRequestMessage>;
  return d.type === 'pacte-rpc' && typeof d.id === 'string' && d.id.length <= 100 && typeof d.fn === 'string' && isPublicServerFunctionName(d.fn) && Array.isArray(d.args);
}

window.addEventListener('message', (event: MessageEvent) => {
  const frame = panelFrame;
  if (!frame || event.source !== frame.contentWindow) return;
  const data = event.data as unknown;
  if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'pacte-host' && (data as { action?: unknown }).action === 'close') {
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
