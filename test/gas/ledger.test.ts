/**
 * Nothing twice, nothing lost (issue 16): the reproductions of what staff gestures did to the
 * reminders' ledger, run through the built bundle as Google runs it.
 */
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { messages } from '../../src/domain/messages';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import type { Cell } from '../../src/workbook/cells';
import { candidate, tab, workbook, type Row } from '../helpers/workbook';
import { startGas, type Gas } from '../helpers/gas';

const M = messages.reminders;
const STAFF = 'coordination@example.org';
const DAY = 24 * 3600 * 1000;
const ruleRow = (id: string, over: Row = {}) => {
  const r = DEFAULT_REMINDERS.find((x) => x.id === id)!;
  return { Règle: r.id, Active: true, Quand: r.when, Jours: r.days, Objet: r.subject, Message: r.message, ...over };
};

/** n learners, Séminaire 3 on 20/01/2026 (J-7 due from the 13th), two productions each due 20/01. */
function cohort(n: number, options: { rules?: Row[]; journal?: Cell[][]; now?: Date } = {}): Gas {
  const learners = Array.from({ length: n }, (_, i) => `C-${String(i + 1).padStart(4, '0')}`);
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: STAFF, "Nom de l'expéditeur": 'Équipe ESSORT', 'Relances automatiques': true },
    candidates: learners.map((id, i) => candidate({ ID: id, Prénom: `P${i + 1}`, 'E-mail': `l${i + 1}@example.org`, Statut: 'Inscrit' })),
    sessions: [
      { ID: 'S3', Intitulé: 'Séminaire 3', 'Date de début': '20/01/2026', 'Date de fin': '21/01/2026', Lieu: 'Rennes', Obligatoire: true },
    ],
    productions: learners.map((id) => ({ 'ID apprenant': id, Production: "Note d'etape", Échéance: '20/01/2026' })),
  });
  wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, options.rules ?? [ruleRow('convocation-j7'), ruleRow('production-j7')]));
  if (options.journal) wb.set(JOURNAL_TAB.name, options.journal);
  const g = startGas({ tabs: wb, now: options.now ?? new Date('2026-01-15T07:10:00+01:00') });
  g.sim.setUiAvailable(false);
  return g;
}

const sentKeys = (g: Gas) => g.sim.mail.sent().map((m) => `${m.to.join(',')}|${m.subject}`);
const journalRows = (g: Gas) => {
  const [head, ...rows] = g.values(JOURNAL_TAB.name);
  const col = (h: string) => head!.indexOf(h);
  return rows.map((r) => ({ action: String(r[col('Action')] ?? ''), key: String(r[col('Clé')] ?? '') })).filter((r) => r.action || r.key);
};
const journalSheet = (g: Gas) => g.sim.spreadsheet.getSheetByName(JOURNAL_TAB.name)!;
const nextDay = (g: Gas, days = 1) => {
  g.sim.clock.advance(days * DAY);
  g.run('pacteDailyReminders');
};
const expectEachOnce = (g: Gas, n: number) => {
  const sent = sentKeys(g);
  expect(sent).toHaveLength(n);
  expect(new Set(sent).size).toBe(n);
};

describe('Journal sorted, cut or cleared by staff: nothing sent twice', () => {
  it.each([
    [
      'sorted by Clé, descending',
      (g: Gas) => {
        journalSheet(g).setFrozenRows(1);
        journalSheet(g).sort(6, false);
      },
    ],
    ['a row deleted', (g: Gas) => journalSheet(g).deleteRow(2)],
    ['rows inserted at the top', (g: Gas) => journalSheet(g).insertRowsBefore(2, 3)],
    [
      'cleared below its headers',
      (g: Gas) =>
        journalSheet(g)
          .getRange(2, 1, journalSheet(g).getMaxRows() - 1, 6)
          .clearContent(),
    ],
  ])('%s while the e-mails go out: the next days send nothing again', (_, gesture) => {
    const g = cohort(10);
    g.sim.interleave('MailApp.sendEmail', 6, () => gesture(g));
    g.run('pacteDailyReminders');
    expectEachOnce(g, 20);
    nextDay(g);
    nextDay(g);
    expectEachOnce(g, 20);
  });

  it('Journal deleted between two runs: nothing sent again, the keys are written back « Clé restaurée »', () => {
    const g = cohort(5);
    g.run('pacteDailyReminders');
    expectEachOnce(g, 10);
    g.sim.asColleague(() => g.sim.spreadsheet.deleteSheet(journalSheet(g)));
    nextDay(g);
    expectEachOnce(g, 10);
    const restored = journalRows(g).filter((r) => r.action === M.actionRestored);
    expect(restored).toHaveLength(10);
    // Written back once: the next run finds them.
    nextDay(g);
    expect(journalRows(g).filter((r) => r.action === M.actionRestored)).toHaveLength(10);
    expectEachOnce(g, 10);
  });

  it('Journal cleared between two runs: the same', () => {
    const g = cohort(5);
    g.run('pacteDailyReminders');
    g.sim.asColleague(() =>
      journalSheet(g)
        .getRange(2, 1, journalSheet(g).getMaxRows() - 1, 6)
        .clearContent(),
    );
    nextDay(g);
    expectEachOnce(g, 10);
    expect(journalRows(g).filter((r) => r.action === M.actionRestored)).toHaveLength(10);
  });

  it('a workbook whose keys were only in Journal (before the store): the first run keeps them, a later clear sends nothing', () => {
    const at = new Date('2026-01-14T07:05:00+01:00');
    const journal: Cell[][] = [
      [...JOURNAL_TAB.headers],
      [at, 'Relance envoyée', 'C-0001', '', STAFF, 'relance:convocation-j7:C-0001:S3'],
      [at, 'Relance envoyée', 'C-0002', '', STAFF, 'relance:seance-7:C-0002:S3'],
    ];
    const g = cohort(2, { rules: [ruleRow('convocation-j7')], journal });
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toEqual([]);
    g.sim.asColleague(() => journalSheet(g).getRange(2, 1, 2, 6).clearContent());
    nextDay(g);
    expect(g.sim.mail.sent()).toEqual([]);
  });
});

describe('keys from stable identities: correcting a text sends nothing again', () => {
  it('a production renamed (« Note d’etape » → « Note d’étape ») or a rule renamed: no second e-mail', () => {
    const g = cohort(3);
    g.run('pacteDailyReminders');
    expectEachOnce(g, 6);
    const productions = g.values('Productions');
    const nameCol = productions[0]!.indexOf('Production');
    g.sim.asColleague(() => {
      for (let r = 2; r <= productions.length; r++)
        g.sim.spreadsheet
          .getSheetByName('Productions')!
          .getRange(r, nameCol + 1)
          .setValue("Note d'étape");
      g.sim.spreadsheet.getSheetByName(REMINDERS_TAB.name)!.getRange(2, 1).setValue('convoc-semaine');
    });
    nextDay(g);
    expectEachOnce(g, 6);
  });

  it('productions get their ID before any key is built (P-0001…), and keep it', () => {
    const g = cohort(2);
    g.run('pacteDailyReminders');
    expect(g.column('Productions', 'ID')).toEqual(['P-0001', 'P-0002']);
    expect(journalRows(g).map((r) => r.key)).toContain('relance:production-7:C-0001:P-0001');
  });
});

describe('one Journal writer, under one lock', () => {
  it("a colleague's attendance save while the reminders go out: both traces kept, nothing overwritten", () => {
    const g = cohort(6, { now: new Date('2026-01-20T18:00:00+01:00'), rules: [ruleRow('production-retard', { Jours: 0 })] });
    g.sim.clock.set(new Date('2026-01-21T18:00:00+01:00'));
    g.sim.interleave('MailApp.sendEmail', 3, () => {
      g.sim.setUiAvailable(true);
      g.gas.pacteAttendanceSave!({
        sessionId: 'S3',
        day: '2026-01-21',
        halfDay: 'Matin',
        marks: [{ learnerId: 'C-0001', status: 'Présent' }],
      });
      g.sim.setUiAvailable(false);
    });
    g.run('pacteDailyReminders');
    const rows = journalRows(g);
    expect(rows.map((r) => r.key)).toContain('presences:S3:2026-01-21:matin');
    expect(rows.filter((r) => r.action === M.actionSent)).toHaveLength(6);
    expect(rows.filter((r) => r.action === M.actionInProgress)).toHaveLength(6);
  });

  it('the day is Paris’s, not UTC’s: at 00:30 in Paris the J-7 of the 22nd is due', () => {
    const g = cohort(1, { rules: [ruleRow('convocation-j7')], now: new Date('2026-01-15T00:30:00+01:00') });
    g.sim.asColleague(() => g.sim.spreadsheet.getSheetByName('Séances')!.getRange(2, 4).setValue(new Date('2026-01-21T23:00:00Z')));
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(1);
  });
});
