/**
 * What a claimed invitation records beside its key, in the document's properties (written in the
 * same setProperties as the key: see src/actions/send-once.ts claimProperties): its SEQUENCE, the
 * link it gave and the day it went. One property per key, `pacte.invitation.<key>`, a small JSON
 * value: 60 candidates make a few kilobytes, far under Google's 500 KB per store. Pure.
 */
import type { Day } from '../dates';
import { messages } from '../messages';
import { formatDayFr } from '../dates';
import type { InvitationRecord } from './invitation-history';
import type { InvitationState } from './invitations';

const PREFIX = 'pacte.invitation.';

/** The properties recording `mails` as claimed on `day`. */
export function recordProperties(mails: readonly { key: string; sequence: number; link: string }[], day: Day): Record<string, string> {
  return Object.fromEntries(mails.map((m) => [`${PREFIX}${m.key}`, JSON.stringify({ s: m.sequence, l: m.link, d: day })]));
}

/** The records among the document's properties; a damaged value is skipped (the key still counts as done). */
export function readRecords(properties: Readonly<Record<string, string>>): Map<string, InvitationRecord> {
  const records = new Map<string, InvitationRecord>();
  for (const [name, value] of Object.entries(properties)) {
    if (!name.startsWith(PREFIX)) continue;
    try {
      const r = JSON.parse(value) as { s?: unknown; l?: unknown; d?: unknown };
      if (typeof r.s === 'number' && typeof r.l === 'string' && typeof r.d === 'string') {
        records.set(name.slice(PREFIX.length), { sequence: r.s, link: r.l, day: r.d });
      }
    } catch {
      // Not ours to repair: the key alone still says it went.
    }
  }
  return records;
}

/** The `Invitation` cell of a slot (workbook.md › Selection). */
export function invitationCell(state: InvitationState): string {
  const W = messages.selection.invitationCell;
  if (state.state === 'sent') return state.day ? W.sentOn(formatDayFr(state.day)) : W.sent;
  if (state.state === 'resend') return W.resend;
  if (state.state === 'cancelled') return W.cancelled;
  return '';
}
