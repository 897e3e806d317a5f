/**
 * Toasts as Sheets shows them: one at a time at the bottom right of the grid (a new one replaces the
 * one shown), gone after the script's timeoutSeconds — 5 s when it gave none, and kept until closed
 * when negative (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds).
 */
import { playgroundMessages as m } from '../messages';
import type { Effects } from '../protocol';
import { el } from './dom';

type Toast = Effects['toasts'][number];

const DEFAULT_SECONDS = 5;

export interface Toasts {
  show(toast: Toast): void;
}

export function createToasts(area: HTMLElement): Toasts {
  const box = el('div', { class: 'toasts', 'aria-live': 'polite' });
  area.append(box);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
    box.replaceChildren();
  };
  return {
    show(t: Toast): void {
      clear();
      const toast = el('div', { class: 'toast', role: 'status' });
      if (t.title) toast.append(el('strong', {}, t.title));
      toast.append(el('p', {}, t.message));
      const close = el('button', { type: 'button', 'aria-label': m.close }, '×');
      close.addEventListener('click', clear);
      toast.append(close);
      box.append(toast);
      const seconds = t.timeoutSeconds ?? DEFAULT_SECONDS;
      if (seconds >= 0) timer = setTimeout(clear, seconds * 1000);
    },
  };
}
