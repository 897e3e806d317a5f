/**
 * The playground's « Envois » panel, server side: the e-mails the simulated MailApp sent, and « Jour
 * suivant », which moves the simulated clock one day on and fires the installed daily triggers as
 * Google would (as their owner, without a screen). Kept apart from the rest of the playground.
 */
import type { SentAttachment } from '../../sim';
import { calendarCard, type CalendarCard } from './calendar-card';
import { formatDayLongFr, formatInstantFr, todayInParis } from '../../src/domain/dates';
import { playgroundMessages } from './messages';
import type { Playground } from './playground';
import type { StateView } from './protocol';

const DAY_MS = 24 * 60 * 60 * 1000;
const M = playgroundMessages.mailPanel;

/** A file sent with an e-mail, opened at `href` (/mail/<e-mail>/<file>). */
export interface MailAttachmentView {
  name: string;
  contentType: string;
  /** « 12 Ko ». */
  size: string;
  href: string;
  /** An `.ics` file of one simple event, as a card (calendar-card.ts). */
  event?: CalendarCard;
}

/** An iCalendar file, by its type or, when the Blob had none, by its name. */
export const isCalendar = (a: SentAttachment): boolean =>
  /^text\/calendar\b/i.test(a.contentType ?? '') || (!a.contentType && /\.ics$/i.test(a.name ?? ''));

function attachmentView(a: SentAttachment, href: string): MailAttachmentView {
  const event = isCalendar(a) ? calendarCard(a.content) : undefined;
  return {
    name: a.name ?? M.unnamedAttachment,
    contentType: a.contentType ?? '',
    size: M.size(Buffer.byteLength(a.content, 'utf8')),
    href,
    ...(event ? { event } : {}),
  };
}

export interface MailItem {
  /** Its place in sending order (0: the first e-mail sent). */
  id: number;
  /** JJ/MM/AAAA HH:MM, Paris time. */
  at: string;
  from: string;
  to: string[];
  cc: string[];
  name: string;
  replyTo: string;
  subject: string;
  body: string;
  attachments: MailAttachmentView[];
}

export interface MailView {
  /** « jeudi 15 janvier 2026, 10:00 » on Paris clocks. */
  now: string;
  sent: MailItem[];
  triggers: Array<{ functionName: string; owner: string; hour: number }>;
}

function parisTime(at: Date): string {
  return `${formatDayLongFr(todayInParis(at))}, ${formatInstantFr(at).split(' ')[1]}`;
}

export function mailView(p: Playground): MailView {
  return {
    now: parisTime(p.sim.clock.now()),
    sent: p.sim.mail
      .sent()
      .map((m, i) => ({
        id: i,
        at: formatInstantFr(m.at),
        from: m.from,
        to: m.to,
        cc: m.cc,
        name: m.name ?? '',
        replyTo: m.replyTo ?? '',
        subject: m.subject,
        body: m.body,
        attachments: m.attachments.map((a, k) => attachmentView(a, `/mail/${i}/${k}`)),
      }))
      .reverse(),
    triggers: p.sim.triggers.list().map((t) => ({ functionName: t.functionName, owner: t.owner, hour: t.atHour })),
  };
}

/** One simulated day later; each trigger due on the way runs (its failures are logged, as Google does). */
export function nextDay(p: Playground): { fired: number; mail: MailView; state: StateView } {
  const until = new Date(p.sim.clock.now().getTime() + DAY_MS);
  const fired = p.sim.triggers.runUntil(until, (fn) => {
    try {
      p.gas[fn]?.();
    } catch (error) {
      console.error(error);
    }
  });
  return { fired, mail: mailView(p), state: p.state() };
}

/** The `k`th file of the `n`th e-mail sent (in sending order), if there is one. */
export function mailAttachment(p: Playground, n: number, k: number): SentAttachment | undefined {
  return p.sim.mail.sent()[n]?.attachments[k];
}
