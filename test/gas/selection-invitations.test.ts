/**
 * Interview invitations from the « Sélection… » sidebar (workbook.md › Selection): previewed, sent on
 * « Envoyer » through the one ledger, each key once, with its `.ics` and a copy to the jury; a moved
 * slot sends an update (same UID, higher SEQUENCE), a candidate taken off a cancellation; the
 * `Invitation` cell says so.
 */
import ICAL from 'ical.js';
import { messages } from '../../src/domain/messages';
import type { SelectionView } from '../../src/ui/contract';
import { CANDIDATES_TAB, JOURNAL_TAB, SLOTS_TAB } from '../../src/workbook/schema';
import { selectionGas, slot, STAFF } from '../helpers/selection-gas';
import type { Gas } from '../helpers/gas';

const W = messages.selectionMail.journal.invitation;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

const load = (g: Gas) => g.run('pacteSelectionLoad', null) as SelectionView;
const send = (g: Gas) => g.run('pacteSelectionSendInvitations', null) as SelectionView;
const journal = (g: Gas) => g.values(JOURNAL_TAB.name).slice(1);
const moveSlot = (g: Gas, row: number, time: string) => g.edit(SLOTS_TAB.name, row, 3, [[time]]);

describe('interview invitations, sent from the sidebar', () => {
  it('previews, sends nothing before « Envoyer », then each invitation once with its .ics and the jury in copy', () => {
    const g = selectionGas();
    const view = load(g);
    expect(view.invitations.map((m) => [m.key, m.kind, m.to, m.cc])).toEqual([
      ['entretien:C-0001:E-001:2025-11-20T09:00', 'invitation', ['c1@example.org'], ['marie.dupont@example.org']],
      ['entretien:C-0002:E-002:2025-11-20T09:30', 'invitation', ['c2@example.org'], ['marie.dupont@example.org']],
    ]);
    expect(g.sim.mail.sent()).toEqual([]);
    const after = send(g);
    expect(after.message).toMatch(/^2 messages envoyés/);
    expect(after.invitations).toEqual([]);
    const mails = g.sim.mail.sent();
    expect(mails.map((m) => [m.to, m.cc, m.attachments.map((a) => [a.name, a.contentType])])).toEqual([
      [['c1@example.org'], ['marie.dupont@example.org'], [['invitation.ics', 'text/calendar; charset=UTF-8; method=REQUEST']]],
      [['c2@example.org'], ['marie.dupont@example.org'], [['invitation.ics', 'text/calendar; charset=UTF-8; method=REQUEST']]],
    ]);
    const { method, event } = parse(mails[0]!.attachments[0]!.content);
    expect([method, event.uid, event.sequence, event.location]).toEqual([
      'REQUEST',
      `E-001@${g.sim.spreadsheet.getId()}`,
      0,
      'https://visio.example.org/pacte',
    ]);
    expect(journal(g).map((r) => [r[1], r[5]])).toEqual([
      [W.inProgress, 'entretien:C-0001:E-001:2025-11-20T09:00'],
      [W.inProgress, 'entretien:C-0002:E-002:2025-11-20T09:30'],
      [W.sent, 'entretien:C-0001:E-001:2025-11-20T09:00'],
      [W.sent, 'entretien:C-0002:E-002:2025-11-20T09:30'],
    ]);
    expect(g.column(SLOTS_TAB.name, 'Invitation')).toEqual(['envoyée le 10/11/2025', 'envoyée le 10/11/2025']);
    // « Envoyer » again: nothing goes twice.
    send(g);
    expect(g.sim.mail.sent()).toHaveLength(2);
  });

  it('a slot moved: « à renvoyer », then an update with the same UID and SEQUENCE 1; a candidate taken off: METHOD:CANCEL', () => {
    const g = selectionGas();
    send(g);
    moveSlot(g, 2, '10h');
    const moved = load(g);
    expect(moved.invitations.map((m) => [m.key, m.kind])).toEqual([['entretien:C-0001:E-001:2025-11-20T10:00', 'update']]);
    // Opening the sidebar marks it in the Sheet.
    expect(g.column(SLOTS_TAB.name, 'Invitation')).toEqual(['à renvoyer', 'envoyée le 10/11/2025']);
    send(g);
    expect(g.column(SLOTS_TAB.name, 'Invitation')[0]).toBe('envoyée le 10/11/2025');
    const update = parse(g.sim.mail.sent()[2]!.attachments[0]!.content);
    expect([update.method, update.event.uid, update.event.sequence, update.event.startDate.toString()]).toEqual([
      'REQUEST',
      `E-001@${g.sim.spreadsheet.getId()}`,
      1,
      '2025-11-20T10:00:00',
    ]);
    g.edit(SLOTS_TAB.name, 3, 7, [['']]);
    send(g);
    const cancel = g.sim.mail.sent()[3]!;
    expect(cancel.to).toEqual(['c2@example.org']);
    expect(parse(cancel.attachments[0]!.content).method).toBe('CANCEL');
    expect(g.column(SLOTS_TAB.name, 'Invitation')[1]).toBe('annulée');
    expect(g.sim.mail.sent()).toHaveLength(4);
  });

  it("a slot's date changed by hand: opening the sidebar brings Date d'entretien along", () => {
    const g = selectionGas();
    g.edit(SLOTS_TAB.name, 3, 2, [['21/11/2025']]);
    load(g);
    const dates = g.column(CANDIDATES_TAB.name, "Date d'entretien").map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));
    // Sheet dates are Paris midnights: 21/11 is 2025-11-20T23:00Z.
    expect(dates).toEqual(['2025-11-19', '2025-11-20', '']);
  });

  it('bad input sends nothing and says why: a slot with a bad link, a candidate in two slots', () => {
    const g = selectionGas([
      slot('E-001', '9h', 'C-0001', { 'Lien visio': 'visio.example.org' }),
      slot('E-002', '10h', 'C-0002'),
      slot('E-003', '11h', 'C-0002'),
    ]);
    const view = load(g);
    expect(view.invitations).toEqual([]);
    expect(view.notices.join('\n')).toMatch(/ligne 2/);
    expect(view.notices.join('\n')).toMatch(/C-0002 occupe deux créneaux/);
    send(g);
    expect(g.sim.mail.sent()).toEqual([]);
  });

  it('calls for sending: a constant plus one per e-mail', () => {
    const counts = [2, 6].map((n) => {
      const g = selectionGas(
        Array.from({ length: n }, (_, i) => slot(`E-00${i + 1}`, `${9 + i}h`, `C-000${i + 1}`)),
        n,
      );
      g.sim.calls.reset();
      send(g);
      return { calls: g.sim.calls.sequence().length, mails: g.sim.mail.sent().length };
    });
    expect(counts.map((c) => c.mails)).toEqual([2, 6]);
    // Each e-mail: its blob and its send; nothing else grows with the number of candidates.
    expect(counts[1]!.calls - counts[0]!.calls).toBe((6 - 2) * 2);
  });
});

void STAFF;
