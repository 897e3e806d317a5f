/**
 * « Relances » sidebar: the preview of today's due reminders (grouped by rule, each openable as its
 * recipient reads it), problems, a test to oneself, « Envoyer maintenant », and the automatic switch.
 * The DOM is built with textContent only: reminder texts come from people and are never parsed as HTML.
 */
import { formatDayFr } from '../../../domain/dates';
import type { RemindersView } from '../../contract';
import { textEl as node } from '../../dom';
import { oneCallAtATime } from '../../one-call';
import { call } from '../../rpc';
import { M } from './messages';

const SEND_TIMEOUT_MS = 6 * 60_000;

const root = node('main');
const status = node('p', '', 'status');
status.setAttribute('role', 'status');
const content = node('div');
root.append(node('h1', M.heading), status, content);
document.body.append(root);

function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? 'status error' : 'status';
}

const calls = oneCallAtATime(say, M.working);
const act = calls.act;

/** The automatic switch and who owns the trigger. */
function automaticSwitch(view: RemindersView): Node[] {
  const label = node('label', undefined, 'switch');
  const box = node('input');
  box.type = 'checkbox';
  box.checked = view.automatic;
  box.addEventListener('change', () => {
    const on = box.checked;
    void act(
      () => call('pacteRemindersAutomatic', { on }),
      (v) => {
        render(v);
        say('');
      },
    );
  });
  label.append(box, document.createTextNode(` ${M.automatic}`));
  return [label, node('p', view.trigger.description, 'hint')];
}

/** A rule's due reminders, each openable as its recipient reads it, with a test to oneself. */
function groupSection(group: RemindersView['groups'][number]): HTMLElement {
  const section = node('section', undefined, 'group');
  const heading = node('h2', M.group(group.label, group.reminders.length));
  heading.title = M.ruleId(group.rule);
  section.append(heading);
  for (const r of group.reminders) {
    const details = node('details');
    const head = node('summary', `${r.who} — ${r.subject}`);
    const to = node('p', `${M.to}${r.to.join(', ')}`, 'meta');
    const subject = node('p', `${M.subject}${r.subject}`, 'meta');
    const body = node('pre', r.body, 'body');
    const attachment = r.attachment ? [node('p', M.attachment(r.attachment.name, r.attachment.note), 'meta')] : [];
    const test = node('button', M.test, 'secondary');
    test.type = 'button';
    test.addEventListener(
      'click',
      () =>
        void act(
          () => call('pacteRemindersTest', { key: r.key }),
          (m) => say(m),
        ),
    );
    details.append(head, to, subject, ...attachment, body, test);
    section.append(details);
  }
  return section;
}

function actionButtons(view: RemindersView): HTMLElement {
  const actions = node('div', undefined, 'actions');
  const send = node('button', M.sendNow, 'primary');
  send.type = 'button';
  send.disabled = view.total === 0;
  send.addEventListener('click', () => {
    if (!window.confirm(M.confirmSend(view.total))) return;
    void act(
      () => call('pacteRemindersSendNow', null, { timeoutMs: SEND_TIMEOUT_MS }),
      (result) => {
        void load(result.message);
      },
    );
  });
  const reload = node('button', M.reload, 'secondary');
  reload.type = 'button';
  reload.addEventListener('click', () => void load());
  actions.append(send, reload);
  return actions;
}

function render(view: RemindersView): void {
  content.replaceChildren();
  const summary = node('p', M.dueToday(view.total, formatDayFr(view.today)), 'summary');
  const recipients = view.groups.reduce((n, g) => n + g.reminders.reduce((m, r) => m + r.to.length, 0), 0);
  content.append(summary, node('p', M.quota(view.quota), 'hint'));
  if (recipients > view.quota) content.append(node('p', M.overQuota(view.total), 'hint warn'));
  content.append(...automaticSwitch(view), ...view.groups.map(groupSection));
  if (view.problems.length) {
    const list = node('ul', undefined, 'problems');
    for (const p of view.problems) list.append(node('li', p));
    content.append(node('h2', M.problems), list);
  }
  content.append(actionButtons(view));
}

async function load(message = ''): Promise<void> {
  calls.release();
  await act(
    () => call('pacteRemindersLoad', null),
    (view) => {
      render(view);
      say(message);
    },
  );
}

say(M.loading);
void load();
