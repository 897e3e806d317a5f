/**
 * Alerts and questions as modal dialogs, following the WAI-ARIA dialog pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/alertdialog/): the first control takes the focus, Tab
 * and Shift+Tab stay inside, Escape closes (for a question: the answer Google gives when the person
 * closes the dialog, Button.CLOSE), the rest of the page is inert meanwhile, and the focus returns
 * to where it was once the last dialog closes. One dialog at a time; others wait their turn.
 */
import { playgroundMessages as m } from '../messages';
import type { AnswerButton } from '../protocol';
import { el } from './dom';

export interface DialogRequest {
  title?: string;
  message: string;
  /** Apps Script's ButtonSet name (OK, OK_CANCEL, YES_NO, YES_NO_CANCEL); none: a plain alert with OK. */
  buttons?: string;
  /** A prompt: a text field above the buttons. */
  prompt?: boolean;
  /** A line under the message (a note from the playground itself). */
  note?: string;
}

export interface DialogResult {
  button: AnswerButton;
  text: string;
}

const LABELS: Record<Exclude<AnswerButton, 'CLOSE'>, string> = { OK: m.ok, CANCEL: m.cancel, YES: m.yes, NO: m.no };
const SETS: Record<string, Array<Exclude<AnswerButton, 'CLOSE'>>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog's elements for a request: its text, the prompt's field, the buttons of its set. */
function buildDialog(request: DialogRequest, id: string) {
  const dialog = el('div', {
    class: 'alert',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': `${id}-title`,
    'aria-describedby': `${id}-message`,
  });
  // Without a title the message names the dialog (an empty heading would give it no name).
  const heading = el('h2', { id: `${id}-title` }, request.title ?? '');
  if (!request.title) dialog.setAttribute('aria-labelledby', `${id}-message`);
  dialog.append(heading);
  const message = el('div', { id: `${id}-message`, class: 'alert-message' });
  for (const line of request.message.split('\n')) message.append(el('p', {}, line));
  dialog.append(message);
  if (request.note) dialog.append(el('p', { class: 'note' }, request.note));
  let field: HTMLInputElement | null = null;
  if (request.prompt) {
    field = el('input', { type: 'text', id: `${id}-field`, 'aria-label': m.answerLabel, autocomplete: 'off' });
    dialog.append(field);
  }
  const set = SETS[request.buttons ?? 'OK'] ?? SETS.OK!;
  const actions = el('div', { class: 'alert-actions' });
  const buttons = set.map((b, i) => el('button', { type: 'button', class: i === 0 ? 'primary' : 'secondary' }, LABELS[b]));
  actions.append(...buttons);
  dialog.append(actions);
  return { dialog, field, set, buttons };
}

/** Escape answers (a plain alert's only answer is OK; a question closed without a choice is Button.CLOSE); Tab stays inside. */
function onDialogKey(event: KeyboardEvent, dialog: HTMLElement, request: DialogRequest, answer: (b: AnswerButton) => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    answer((request.buttons && request.buttons !== 'OK') || request.prompt ? 'CLOSE' : 'OK');
  } else if (event.key === 'Tab') {
    const all = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = all[0]!;
    const last = all.at(-1)!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }
}

export function createDialogs(backdrop: HTMLElement, inertWhileOpen: () => HTMLElement[]) {
  const queue: Array<{ request: DialogRequest; resolve: (r: DialogResult) => void }> = [];
  let returnTo: HTMLElement | null = null;
  let counter = 0;

  function show(request: DialogRequest): Promise<DialogResult> {
    return new Promise((resolve) => {
      queue.push({ request, resolve });
      if (backdrop.hidden) next();
    });
  }

  function finish(): void {
    backdrop.hidden = true;
    backdrop.replaceChildren();
    for (const e of inertWhileOpen()) e.inert = false;
    const target = returnTo;
    returnTo = null;
    if (target?.isConnected) target.focus();
  }

  function next(): void {
    const item = queue.shift();
    if (!item) {
      finish();
      return;
    }
    if (backdrop.hidden) {
      returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      for (const e of inertWhileOpen()) e.inert = true;
    }
    const { request, resolve } = item;
    const { dialog, field, set, buttons } = buildDialog(request, `dialog-${++counter}`);
    const answer = (button: AnswerButton) => {
      resolve({ button, text: field?.value ?? '' });
      next();
    };
    buttons.forEach((button, i) => {
      button.addEventListener('click', () => answer(set[i]!));
    });
    field?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        answer(set[0]!);
      }
    });
    dialog.addEventListener('keydown', (event) => onDialogKey(event, dialog, request, answer));
    backdrop.replaceChildren(dialog);
    backdrop.hidden = false;
    (field ?? buttons[0]!).focus();
  }

  return { show, isOpen: () => !backdrop.hidden };
}
