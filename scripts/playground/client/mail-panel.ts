/**
 * « Envois »: the e-mails the simulated Google sent, each whole as its recipient reads it (with its
 * attachments, each openable), and « Jour suivant » to move the clock a day on and run the daily
 * trigger, so a newcomer watches each J-7 convocation go out once, not twice. Texts are set with
 * textContent only.
 */
import { textEl as el } from '../../../src/ui/dom';
import type { CalendarCard } from '../calendar-card';
import type { MailItem, MailView } from '../mail';
import { playgroundMessages } from '../messages';
import type { StateView } from '../protocol';

const M = playgroundMessages.mailPanel;

export interface MailPanel {
  readonly element: HTMLElement;
  /** Reads the e-mails again (after a call, a reset); `fresh` forgets the last « Jour suivant » line. */
  refresh(fresh?: boolean): Promise<void>;
}

const C = playgroundMessages.calendar;

/** An `.ics` of one simple event, as a mail client shows it: what, when, where (the file stays openable below). */
function calendarCardEl(event: CalendarCard): HTMLElement {
  const card = el('div', undefined, event.cancelled ? 'mail-event cancelled' : 'mail-event');
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', event.cancelled ? C.cancelled : C.label);
  card.append(
    el('p', event.cancelled ? C.cancelled : C.label, 'mail-event-label'),
    el('strong', event.summary, 'mail-event-summary'),
    el('p', event.when, 'mail-event-when'),
    ...(event.location ? [el('p', C.location(event.location), 'mail-event-where')] : []),
  );
  return card;
}

function attachmentList(mail: MailItem): HTMLElement[] {
  if (mail.attachments.length === 0) return [];
  const list = el('ul', undefined, 'mail-attachments');
  list.setAttribute('aria-label', M.attachments(mail.attachments.length));
  for (const a of mail.attachments) {
    const link = el('a', a.name);
    link.href = a.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.setAttribute('aria-label', M.openAttachment(a.name));
    const li = el('li');
    li.append(el('span', '📎', 'mail-clip'), link, el('span', ` ${a.size}`, 'mail-size'));
    list.append(li);
  }
  const cards = mail.attachments.flatMap((a) => (a.event ? [calendarCardEl(a.event)] : []));
  return [...cards, el('p', M.attachments(mail.attachments.length), 'mail-meta'), list];
}

function mailDetails(mail: MailItem, open: Set<number>): HTMLElement {
  const d = el('details', undefined, 'mail');
  // Kept open across redraws (the panel is read again after every call).
  d.open = open.has(mail.id);
  d.addEventListener('toggle', () => (d.open ? open.add(mail.id) : open.delete(mail.id)));
  const clip = mail.attachments.length ? ' 📎' : '';
  d.append(
    el('summary', `${mail.at} — ${mail.to.join(', ')} — ${mail.subject}${clip}`),
    el('p', M.from(mail.name, mail.from), 'mail-meta'),
    el('p', M.to(mail.to), 'mail-meta'),
    ...(mail.cc.length ? [el('p', M.cc(mail.cc), 'mail-meta')] : []),
    ...(mail.replyTo ? [el('p', M.replyTo(mail.replyTo), 'mail-meta')] : []),
    el('pre', mail.body, 'mail-body'),
    ...attachmentList(mail),
  );
  return d;
}

/** The panel; `onState` redraws the grids after a simulated day, `onCount` says how many e-mails were sent. */
export function createMailPanel(onState: (state: StateView) => void, onCount: (n: number) => void): MailPanel {
  const section = el('section', undefined, 'mail-panel');
  section.setAttribute('aria-label', M.heading);
  const clock = el('p', '', 'mail-clock');
  const button = el('button', M.nextDay, 'mail-next-day');
  button.type = 'button';
  const info = el('p', '', 'mail-info');
  info.setAttribute('role', 'status');
  const list = el('div', undefined, 'mail-list');
  section.append(el('h2', M.heading), clock, button, info, list);
  let open = new Set<number>();

  const render = (view: MailView) => {
    clock.textContent = M.now(view.now);
    const t = view.triggers.find((x) => x.functionName === 'pacteDailyReminders');
    const lines = [t ? M.trigger(t.owner, t.hour) : M.noTrigger, view.sent.length ? M.count(view.sent.length) : M.none];
    list.replaceChildren(el('p', lines.join(' '), 'mail-summary'), ...view.sent.map((mail) => mailDetails(mail, open)));
    onCount(view.sent.length);
  };

  const refresh = async (fresh = false) => {
    if (fresh) {
      info.textContent = '';
      open = new Set();
    }
    try {
      render((await (await fetch('/api/mail')).json()) as MailView);
    } catch {
      info.textContent = M.failed;
    }
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    void (async () => {
      try {
        const res = await fetch('/api/next-day', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        const answer = (await res.json()) as { fired: number; mail: MailView; state: StateView };
        render(answer.mail);
        info.textContent = M.fired(answer.fired);
        onState(answer.state);
      } catch {
        info.textContent = M.failed;
      } finally {
        button.disabled = false;
      }
    })();
  });
  return { element: section, refresh };
}
