/**
 * « Relances » sidebar: the preview of today's due reminders (grouped by rule, each openable as its
 * recipient reads it), problems, a test to oneself, « Envoyer maintenant », and the automatic switch.
 * The DOM is built with textContent only: reminder texts come from people and are never parsed as HTML.
 */
import type { RemindersView } from '../../contract';
import { call } from '../../rpc';
import { M } from './messages';

const SEND_TIMEOUT_MS = 6 * 60_000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const root = el('main');
const status = el('p', '', 'status');
status.setAttribute('role', 'status');
const content = el('div');
root.append(el('h1', M.heading), status, content);
document.body.append(root);

let busy = false;
function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? 'status error' : 'status';
}

async function act<T>(work: () => Promise<T>, done: (result: T) => void): Promise<void> {
  if (busy) return;
  busy = true;
  say(M.working);
  try {
    done(await work());
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), true);
  } finally {
    busy = false;
  }
}

function render(view: RemindersView): void {
  content.replaceChildren();
  const summary = el('p', M.dueToday(view.total, view.today), 'summary');
  const recipients = view.groups.reduce((n, g) => n + g.reminders.reduce((m, r) => m + r.to.length, 0), 0);
  content.append(summary, el('p', M.quota(view.quota), 'hint'));
  if (recipients > view.quota) content.append(el('p', M.overQuota(view.total), 'hint warn'));

  // The automatic switch and who owns the trigger.
  const label = el('label', undefined, 'switch');
  const box = el('input');
  box.type = 'checkbox';
  box.checked = view.automatic;
  box.addEventListener('change', () => {
    const on = box.checked;
    void act(() => call('pacteRemindersAutomatic', { on }), (v) => {
      render(v);
      say('');
    });
  });
  label.append(box, document.createTextNode(` ${M.automatic}`));
  content.append(label, el('p', view.trigger.description, 'hint'));

  for (const group of view.groups) {
    const section = el('section', undefined, 'group');
    section.append(el('h2', M.group(group.rule, group.when, group.reminders.length)));
    for (const r of group.reminders) {
      const details = el('details');
      const head = el('summary', `${r.who} — ${r.subject}`);
      const to = el('p', `${M.to}${r.to.join(', ')}`, 'meta');
      const subject = el('p', `${M.subject}${r.subject}`, 'meta');
      const body = el('pre', r.body, 'body');
      const test = el('button', M.test, 'secondary');
      test.type = 'button';
      test.addEventListener('click', () => void act(() => call('pacteRemindersTest', { key: r.key }), (m) => say(m)));
      details.append(head, to, subject, body, test);
      section.append(details);
    }
    content.append(section);
  }

  if (view.problems.length) {
    const list = el('ul', undefined, 'problems');
    for (const p of view.problems) list.append(el('li', p));
    content.append(el('h2', M.problems), list);
  }

  const actions = el('div', undefined, 'actions');
  const send = el('button', M.sendNow, 'primary');
  send.type = 'button';
  send.disabled = view.total === 0;
  send.addEventListener('click', () => {
    if (!window.confirm(M.confirmSend(view.total))) return;
    void act(() => call('pacteRemindersSendNow', null, { timeoutMs: SEND_TIMEOUT_MS }), (result) => {
      void load(result.message);
    });
  });
  const reload = el('button', M.reload, 'secondary');
  reload.type = 'button';
  reload.addEventListener('click', () => void load());
  actions.append(send, reload);
  content.append(actions);
}

async function load(message = ''): Promise<void> {
  busy = false;
  await act(() => call('pacteRemindersLoad', null), (view) => {
    render(view);
    say(message);
  });
}

say(M.loading);
void load();
