/**
 * `avant une journée de soutenances` from the daily run: one e-mail per jury member and day, with
 * an `.ics` per slot, through the one ledger (send-once.ts): exactly once, also when a colleague
 * sorts `Journal` before any call of the run, or the run is killed there.
 */
import { isExecutionKilled } from '../../sim';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { defenceRows, id, thesis } from '../helpers/defences';
import { startGas, type Gas } from '../helpers/gas';
import { tab, workbook } from '../helpers/workbook';

const STAFF = 'coordination@example.org';
const DAY = 24 * 3600 * 1000;
/** Who sits when (Mémoires as « Planifier les soutenances » writes it). */
const SOUTENANCES: Array<[string, string, string]> = [
  ['24/09/2026', '9h00', 'Anne Morel, Léa Bernard'],
  ['24/09/2026', '10h00', 'Paul Durand, Marc Petit'],
  ['24/09/2026', '11h00', 'Anne Morel, Marc Petit'],
  ['25/09/2026', '9h00', 'Anne Morel, Léa Bernard'],
];

function cohort(): Gas {
  const jury = DEFAULT_REMINDERS.find((r) => r.id === 'jury-j7')!;
  const wb = workbook({
    ...defenceRows(4, {
      theses: SOUTENANCES.map(([date, time, names], k) => thesis(k + 1, { 'Date de soutenance': date, Heure: time, Jury: names })),
    }),
    settings: { Profil: 'bretagne-2025', Équipe: STAFF, 'Relances automatiques': true, 'Adresse de réponse': 'soutenances@example.org' },
  });
  wb.set(
    REMINDERS_TAB.name,
    tab(REMINDERS_TAB, [{ Règle: jury.id, Active: true, Quand: jury.when, Jours: jury.days, Objet: jury.subject, Message: jury.message }]),
  );
  const g = startGas({ tabs: wb, user: STAFF, now: new Date('2026-09-18T07:10:00+02:00') });
  g.sim.setUiAvailable(false);
  return g;
}

const run = (g: Gas) => g.run('pacteDailyReminders');
const sent = (g: Gas) => g.sim.mail.sent();
/** The 5 (member, day) e-mails of SOUTENANCES. */
const EXPECTED = [
  'anne.morel@example.org|2026-09-24|2',
  'anne.morel@example.org|2026-09-25|1',
  'l.a.bernard@example.org|2026-09-24|1',
  'l.a.bernard@example.org|2026-09-25|1',
  'marc.petit@example.org|2026-09-24|2',
  'paul.durand@example.org|2026-09-24|1',
];

function mailed(g: Gas): string[] {
  return sent(g)
    .map((m) => `${m.to.join(',')}|${/2026-09-2\d/.exec(m.attachments[0]?.name ?? '')?.[0]}|${m.attachments.length}`)
    .sort();
}

describe('jury e-mails (avant une journée de soutenances)', () => {
  it('one e-mail per member and day, an .ics per slot, keyed relance:jury-7:<e-mail>:<day>, never twice', () => {
    const g = cohort();
    run(g);
    expect(mailed(g)).toEqual(EXPECTED);
    const anne = sent(g).find((m) => m.to[0] === 'anne.morel@example.org' && m.attachments.length === 2)!;
    expect(anne.body).toMatch(/– 9 h : Prénom1 Nom1 \(« Mémoire 1 »\)\n– 11 h : Prénom3 Nom3/);
    const [first, second] = anne.attachments;
    expect(first).toMatchObject({ name: `soutenance_2026-09-24_9h00_${id(1)}.ics`, contentType: expect.stringMatching(/^text\/calendar/) });
    expect(first!.content).toContain('DTSTART;TZID=Europe/Paris:20260924T090000');
    expect(first!.content).toContain('DTEND;TZID=Europe/Paris:20260924T100000');
    expect(first!.content).toMatch(/UID:soutenance-C-0001-2026-09-24@\S+/);
    expect(first!.content).toContain('LOCATION:Rennes');
    expect(first!.content).toContain('ORGANIZER:mailto:soutenances@example.org');
    // Content lines are folded at 75 octets (RFC 5545 §3.1): unfolded to read one property.
    expect(first!.content.replace(/\r\n /g, '')).toMatch(/\r\nATTENDEE;CN="Anne Morel";[^\r]*:mailto:anne\.morel@example\.org\r\n/);
    expect(second!.content).toContain('DTSTART;TZID=Europe/Paris:20260924T110000');
    const keys = g.column(JOURNAL_TAB.name, 'Clé').map(String);
    expect(keys).toContain('relance:jury-7:anne.morel@example.org:2026-09-24');
    run(g);
    g.sim.clock.advance(DAY);
    run(g);
    expect(mailed(g)).toEqual(EXPECTED);
  });

  describe('staged', () => {
    const dry = cohort();
    dry.sim.calls.reset();
    run(dry);
    const sequence = dry.sim.calls.sequence();
    const calls = sequence.map((method, i): [string, number] => [method, sequence.slice(0, i + 1).filter((m) => m === method).length]);
    /** At most once each; every one mailed, or claimed « en cours » when its send was cut. */
    const expectOnce = (g: Gas, where: string) => {
      const got = mailed(g);
      expect({ where, twice: got.length - new Set(got.map((m) => m.split('|').slice(0, 2).join('|'))).size }).toEqual({ where, twice: 0 });
      const claimed = new Set(
        g
          .column(JOURNAL_TAB.name, 'Clé')
          .map(String)
          .filter((k) => k.startsWith('relance:jury-7:')),
      );
      expect({ where, accounted: got.length === EXPECTED.length || claimed.size >= EXPECTED.length }).toEqual({ where, accounted: true });
    };

    it('covers a real run', () => expect(calls.length).toBeGreaterThan(30));

    it('a colleague sorting Journal before each call: nothing mailed twice, nothing lost', () => {
      for (const [method, nth] of calls) {
        const g = cohort();
        g.sim.interleave(method, nth, () => {
          const s = g.sim.spreadsheet.getSheetByName(JOURNAL_TAB.name)!;
          s.setFrozenRows(1);
          s.sort(2, false);
        });
        run(g);
        g.sim.clock.advance(DAY);
        run(g);
        expectOnce(g, `sort before ${method} #${nth}`);
      }
    });

    it('killed before each call: nothing mailed twice; a cut send stays « en cours »', () => {
      for (const [method, nth] of calls) {
        const g = cohort();
        g.sim.killAt(method, nth);
        try {
          run(g);
        } catch (error) {
          expect(isExecutionKilled(error)).toBe(true);
        }
        run(g);
        g.sim.clock.advance(DAY);
        run(g);
        expectOnce(g, `kill before ${method} #${nth}`);
      }
    });
  });
});
