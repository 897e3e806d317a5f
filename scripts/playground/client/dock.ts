/**
 * The Drive and the « Envois » in one panel beside the grid, as Sheets puts its side panels: two
 * toggle buttons in the header (each with its count) show one or the other, or close the panel, so
 * the grid keeps its full height on a laptop screen (1366×768: at least 20 rows).
 */
import { playgroundMessages as m } from '../messages';
import { el } from './dom';

/** « National »: the rehearsal's regions (national.ts), first, beside the demo chooser. */
export type DockPane = 'national' | 'drive' | 'mail';

export interface Dock {
  /** The panel, beside the grid (and beside an open sidebar). */
  readonly element: HTMLElement;
  /** The toggle buttons, for the header. */
  readonly toggles: HTMLElement;
  setCount(pane: DockPane, n: number): void;
  show(pane: DockPane | null): void;
}

/** `onShow`: told each time the pane shown changes (null: the panel closed). */
export function createDock(panes: Record<DockPane, HTMLElement>, onShow: (pane: DockPane | null) => void = () => {}): Dock {
  const names: Record<DockPane, string> = { national: m.national.toggle, drive: m.driveShort, mail: m.mailPanel.heading };
  const counts: Record<DockPane, number | undefined> = { national: undefined, drive: 0, mail: 0 };
  const element = el('aside', { class: 'dock', id: 'dock', 'aria-label': m.dockLabel, hidden: '' });
  const close = el('button', { type: 'button', class: 'dock-close', 'aria-label': m.closeDock }, '×');
  const body = el('div', { class: 'dock-body' });
  element.append(close, body);
  const toggles = el('div', { class: 'dock-toggles', role: 'group', 'aria-label': m.dockLabel });
  const buttons = {} as Record<DockPane, HTMLButtonElement>;
  let shown: DockPane | null = null;

  const label = (pane: DockPane) => {
    const n = counts[pane];
    return n === undefined ? names[pane] : m.dockToggle(names[pane], n);
  };
  const show = (pane: DockPane | null) => {
    shown = pane;
    element.hidden = pane === null;
    body.replaceChildren(...(pane ? [panes[pane]] : []));
    for (const p of Object.keys(buttons) as DockPane[]) buttons[p].setAttribute('aria-pressed', String(p === pane));
    onShow(pane);
  };
  for (const pane of ['national', 'drive', 'mail'] as const) {
    const b = el('button', { type: 'button', class: 'dock-toggle', 'aria-controls': 'dock', 'aria-pressed': 'false' }, label(pane));
    b.addEventListener('click', () => show(shown === pane ? null : pane));
    buttons[pane] = b;
    toggles.append(b);
  }
  close.addEventListener('click', () => {
    const back = shown ? buttons[shown] : null;
    show(null);
    back?.focus();
  });
  return {
    element,
    toggles,
    setCount(pane, n) {
      counts[pane] = n;
      buttons[pane].textContent = label(pane);
    },
    show,
  };
}
