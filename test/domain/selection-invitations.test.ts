/**
 * Which interview messages are due (invitation, update, cancellation), under which key and SEQUENCE,
 * from the ledger alone; and each message's .ics parsed back by ical.js.
 */
import ICAL from 'ical.js';
import type { Day } from '../../src/domain/dates';
import type { InvitationRecord } from '../../src/domain/selection/invitation-history';
import { renderInvitation } from '../../src/domain/selection/invitation-mail';
import { planInvitations, type InvitationPlan } from '../../src/domain/selection/invitations';
import { computeSelection } from '../../src/domain/selection/report';
import type { SelectionCandidate, SlotRow } from '../../src/domain/selection/types';
import { selectionCandidate, slotRow } from '../helpers/selection';

const NOW = new Date('2025-11-03T10:00:00+01:00');
const SSID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const candidates: SelectionCandidate[] = [
  selectionCandidate({ row: 2, id: 'C-0001', firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org' }),
  selectionCandidate({ row: 3, id: 'C-0002', firstName: 'Lucas', lastName: 'Bernard', email: 'lucas@example.org' }),
];
const JURY = 'Marie Dupont <marie.dupont@example.org>, Paul Le Gall';

interface Ledger {
  done: string[];
  records: Map<string, InvitationRecord>;
}
const empty = (): Ledger => ({ done: [], records: new Map() });

function plan(slots: Partial<SlotRow>[], ledger: Ledger = empty(), people = candidates, now = NOW): InvitationPlan {
  const rows = slots.map((s, i) => slotRow({ row: i + 2, id: `E-00${i + 1}`, jury: JURY, ...s }));
  const selection = computeSelection({ candidates: people, slots: rows });
  return planInvitations({ slots: selection.slots, problems: selection.problems, candidates: people, ledger, now });
}

/** What a send run leaves: every due key done, each recorded with its SEQUENCE and link. */
function send(p: InvitationPlan, ledger: Ledger, day: Day = '2025-11-03'): Ledger {
  for (const d of p.due) {
    ledger.done.push(d.key);
    ledger.records.set(d.key, { sequence: d.sequence, link: d.link, day });
  }
  return ledger;
}

const summary = (p: InvitationPlan) => p.due.map((d) => [d.key, d.method, d.sequence]);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

describe('interview invitations', () => {
  it('invites the candidate of a slot once, copy to the jury members written with an address; the .ics parses back', () => {
    const first = plan([{ candidateId: 'C-0001', time: '14h30' }]);
    expect(summary(first)).toEqual([['entretien:C-0001:E-001:2025-11-20T14:30', 'REQUEST', 0]]);
    expect(first.due[0]!.cc).toEqual(['marie.dupont@example.org']);
    const mail = renderInvitation(first.due[0]!, {
      spreadsheetId: SSID,
      organizer: { email: 'coordination@example.org', name: 'Fédération' },
      stamp: NOW,
      senderName: 'Fédération',
      contact: 'coordination@example.org',
    });
    expect(mail.to).toEqual(['camille@example.org']);
    expect(mail.body).toContain('https://visio.example.org/pacte');
    const { method, event } = parse(mail.ics);
    expect([method, event.uid, event.sequence, event.location]).toEqual(['REQUEST', `E-001@${SSID}`, 0, 'https://visio.example.org/pacte']);
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-11-20T13:30:00.000Z');
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:camille@example.org', 'mailto:marie.dupont@example.org']);
    // Sent: planned again, nothing is due, and the slot says when it went.
    const ledger = send(first, empty(), '2025-11-03');
    const again = plan([{ candidateId: 'C-0001', time: '14h30' }], ledger);
    expect(again.due).toEqual([]);
    expect(again.states.get('E-001')).toEqual({ state: 'sent', day: '2025-11-03' });
  });

  it('a slot moved: an update with the same UID and the next SEQUENCE; moved back: a re-send under a key of its own', () => {
    const ledger = send(plan([{ candidateId: 'C-0001', time: '9h' }]), empty());
    const moved = plan([{ candidateId: 'C-0001', time: '10h' }], ledger);
    expect(moved.states.get('E-001')).toEqual({ state: 'resend' });
    expect(summary(moved)).toEqual([['entretien:C-0001:E-001:2025-11-20T10:00', 'REQUEST', 1]]);
    expect(moved.due[0]!.kind).toBe('update');
    send(moved, ledger);
    const back = plan([{ candidateId: 'C-0001', time: '9h' }], ledger);
    expect(summary(back)).toEqual([['entretien:C-0001:E-001:2025-11-20T09:00:2', 'REQUEST', 2]]);
  });

  it('a new visio link: the same time re-sent with the next SEQUENCE', () => {
    const ledger = send(plan([{ candidateId: 'C-0001' }]), empty());
    const relinked = plan([{ candidateId: 'C-0001', link: 'https://visio.example.org/autre' }], ledger);
    expect(summary(relinked)).toEqual([['entretien:C-0001:E-001:2025-11-20T09:00:1', 'REQUEST', 1]]);
    expect(relinked.due[0]!.link).toBe('https://visio.example.org/autre');
  });

  it('a candidate taken off: METHOD:CANCEL at the time they were given; the slot then reads « annulée »', () => {
    const ledger = send(plan([{ candidateId: 'C-0001' }]), empty());
    const off = plan([{ candidateId: '', time: '11h' }], ledger);
    expect(summary(off)).toEqual([['entretien:C-0001:E-001:2025-11-20T09:00:annulation-1', 'CANCEL', 1]]);
    const mail = renderInvitation(off.due[0]!, {
      spreadsheetId: SSID,
      organizer: { email: 'coordination@example.org' },
      stamp: NOW,
      senderName: 'Fédération',
      contact: '',
    });
    const { method, event } = parse(mail.ics);
    expect([method, event.sequence, event.startDate.toString()]).toEqual(['CANCEL', 1, '2025-11-20T09:00:00']);
    expect(plan([{ candidateId: '' }], send(off, ledger)).states.get('E-001')).toEqual({ state: 'cancelled' });
  });

  it('the slot given to another candidate: the first cancelled, then the second invited, each with a higher SEQUENCE on the same UID', () => {
    const ledger = send(plan([{ candidateId: 'C-0001' }]), empty());
    const swapped = plan([{ candidateId: 'C-0002' }], ledger);
    expect(summary(swapped)).toEqual([
      ['entretien:C-0001:E-001:2025-11-20T09:00:annulation-1', 'CANCEL', 1],
      ['entretien:C-0002:E-001:2025-11-20T09:00', 'REQUEST', 2],
    ]);
  });

  it('a candidate moved to another slot: the old one cancelled, the new one a first invitation', () => {
    const ledger = send(plan([{ candidateId: 'C-0001' }, {}]), empty());
    const moved = plan([{}, { candidateId: 'C-0001', time: '10h' }], ledger);
    expect(summary(moved)).toEqual([
      ['entretien:C-0001:E-001:2025-11-20T09:00:annulation-1', 'CANCEL', 1],
      ['entretien:C-0001:E-002:2025-11-20T10:00', 'REQUEST', 0],
    ]);
  });

  it('the slot row deleted: the cancellation still goes, with the link that was sent', () => {
    const ledger = send(plan([{ candidateId: 'C-0001' }]), empty());
    const gone = plan([], ledger);
    expect(summary(gone)).toEqual([['entretien:C-0001:E-001:2025-11-20T09:00:annulation-1', 'CANCEL', 1]]);
    expect(gone.due[0]!.link).toBe('https://visio.example.org/pacte');
  });

  it('bad input sends nothing and says why: a slot row with a problem, a candidate in two slots, no address', () => {
    const problems = plan([
      { candidateId: 'C-0001', time: '9h', jury: 'Marie Dupont' },
      { candidateId: 'C-0002', time: '9h15', jury: 'Marie Dupont' },
    ]);
    expect(problems.due.map((d) => d.candidate.id)).toEqual(['C-0001']);
    expect(problems.notices).toEqual([expect.stringContaining('ligne 3')]);
    const twice = plan([{ candidateId: 'C-0001' }, { candidateId: 'C-0001', time: '10h' }]);
    expect(twice.due).toEqual([]);
    expect(twice.notices.some((n) => n.includes('deux créneaux'))).toBe(true);
    for (const bad of [{ link: 'visio.example.org' }, { time: '25h' }, { duration: 600 }, { date: {} }]) {
      expect(plan([{ candidateId: 'C-0001', ...bad }]).due).toEqual([]);
    }
    const noMail = plan([{ candidateId: 'C-0001' }], empty(), [{ ...candidates[0]!, email: 'pas-une-adresse' }]);
    expect(noMail.due).toEqual([]);
    expect(noMail.notices).toEqual([expect.stringContaining('pas-une-adresse')]);
  });

  it('an interview already begun gets nothing, neither invitation nor cancellation', () => {
    expect(plan([{ candidateId: 'C-0001', date: { day: '2025-11-03' }, time: '9h' }]).due).toEqual([]);
    const ledger = send(plan([{ candidateId: 'C-0001', date: { day: '2025-11-03' }, time: '11h' }]), empty());
    expect(ledger.done).toHaveLength(1);
    // Taken off once it has begun: no cancellation either.
    const later = plan([{ date: { day: '2025-11-03' }, time: '11h' }], ledger, candidates, new Date('2025-11-03T12:00:00+01:00'));
    expect(later.due).toEqual([]);
  });
});
