/**
 * The playground's « Envois » panel, server side: the e-mails the simulated MailApp sent, and « Jour
 * suivant », which moves the simulated clock one day on and fires the installed daily triggers as
 * Google would (as their owner, without a screen). Kept apart from the rest of the playground.
 */
import { formatDayLongFr, formatInstantFr, todayInParis } from '../../src/domain/dates';
import type { Playground } from './playground';
import type { StateView } from './protocol';

export interface MailItem {
  at: string;
  from: string;
  to: string[];
  name: string;
  replyTo: string;
  subject: string;
  body: string;
}

export interface MailView {
  /** « jeudi 15 janvier 2026, 10:00 » on Paris clocks. */
  now: string;
  sent: MailItem[];
  triggers: Array<{ functionName: string; owner: string; hour: number }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function parisTime(at: Date): string {
  return `${formatDayLongFr(todayInParis(at))}, ${formatInstantFr(at).split(' ')[1]}`;
}

export function mailView(p: Playground): MailView {
  return {
    now: parisTime(p.sim.clock.now()),
    sent: p.sim.mail
      .sent()
      .reverse()
      .map((m) => ({
        at: parisTime(m.at),
        from: m.from,
        to: m.to,
        name: m.name ?? '',
        replyTo: m.replyTo ?? '',
        subject: m.subject,
        body: m.body,
      })),
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
