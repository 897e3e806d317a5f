/**
 * The staged-concurrency suite (issue 16): before EVERY Google call of a reminders run and of an
 * attendance save, a colleague sorts, deletes rows of, inserts rows into or clears `Journal`, or
 * another execution appends to it; and, separately, the execution is killed there (its pending
 * writes lost). After the runs and the next day's: every reminder mailed at most once (and at least
 * once unless its send was cut, then « en cours », to check), every save's trace kept, nothing a
 * person typed lost.
 */
import { isExecutionKilled } from '../../sim';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { messages } from '../../src/domain/messages';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { candidate, tab, workbook, type Row } from '../helpers/workbook';
import { startGas, type Gas } from '../helpers/gas';

const M = messages.reminders;
const STAFF = 'coordination@example.org';
const DAY = 24 * 3600 * 1000;

const ruleRow = (id: string): Row => {
  const r = DEFAULT_REMINDERS.find((x) => x.id === id)!;
  return { Règle: r.id, Active: true, Quand: r.when, Jours: r.days, Objet: r.subject, Message: r.message };
};

/** 4 learners, Séminaire 3 on 20/01/2026, a production each due the same day: 8 reminders on the 15th. */
function cohort(): Gas {
  const learners = ['C-0001', 'C-0002', 'C-0003', 'C-0004'];
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: STAFF, 'Relances automatiques': true },
    candidates: learners.map((id, i) => candidate({ ID: id, 'E-mail': `l${i + 1}@example.org`, Statut: 'Inscrit' })),
    sessions: [
      { ID: 'S3', Intitulé: 'Séminaire 3', 'Date de début': '20/01/2026', 'Date de fin': '21/01/2026', Lieu: 'Rennes', Obligatoire: true },
    ],
    productions: learners.map((id, i) => ({ ID: `P-000${i + 1}`, 'ID apprenant': id, Production: 'Note', Échéance: '20/01/2026' })),
  });
  wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, [ruleRow('convocation-j7'), ruleRow('production-j7')]));
  wb.set(JOURNAL_TAB.name, [
    [...JOURNAL_TAB.headers],
    [
      new Date('2026-01-10T09:00:00+01:00'),
      'Saisie des présences',
      'S2',
      'note de la coordination',
      STAFF,
      'presences:S2:2026-01-09:matin',
    ],
  ]);
  const g = startGas({ tabs: wb, now: new Date('2026-01-15T07:10:00+01:00') });
  g.sim.setUiAvailable(false);
  return g;
}

const sheet = (g: Gas, name: string) => g.sim.spreadsheet.getSheetByName(name)!;

/** What a colleague does to `Journal` (a person in the sheet, or another execution appending its row). */
const GESTURES: Record<string, (g: Gas) => void> = {
  sort: (g) => {
    sheet(g, JOURNAL_TAB.name).setFrozenRows(1);
    sheet(g, JOURNAL_TAB.name).sort(2, false);
  },
  deleteRow: (g) => {
    if (sheet(g, JOURNAL_TAB.name).getLastRow() >= 2) sheet(g, JOURNAL_TAB.name).deleteRow(2);
  },
  insertRows: (g) => sheet(g, JOURNAL_TAB.name).insertRowsBefore(2, 2),
  clear: (g) => {
    const s = sheet(g, JOURNAL_TAB.name);
    if (s.getMaxRows() > 1) s.getRange(2, 1, s.getMaxRows() - 1, 6).clearContent();
  },
  // Another execution: the product's own Journal writer, under the document lock (it may find it busy).
  otherExecutionAppends: (g) => {
    try {
      g.sim.runExecution(() => g.gas.pacteComputeEligibility!());
    } catch {
      // Busy: the colleague is told to retry; nothing written.
    }
  },
};

function dryRun(act: (g: Gas) => void): Array<[string, number]> {
  const g = cohort();
  g.sim.calls.reset();
  act(g);
  const sequence = g.sim.calls.sequence();
  return sequence.map((method, i) => [method, sequence.slice(0, i + 1).filter((m) => m === method).length]);
}

const mailKeys = (g: Gas) => g.sim.mail.sent().map((m) => `${m.to.join(',')}|${m.subject}`);
const journalRows = (g: Gas) => {
  const [head, ...rows] = g.values(JOURNAL_TAB.name);
  const col = (h: string) => head!.indexOf(h);
  return rows.map((r) => ({
    action: String(r[col('Action')] ?? ''),
    key: String(r[col('Clé')] ?? ''),
    detail: String(r[col('Détail')] ?? ''),
  }));
};

/** Every reminder mailed at most once; one not mailed has its claim « en cours » (to check), never silently lost. */
function expectRemindersOnce(g: Gas, where: string): void {
  const sent = mailKeys(g);
  expect({ where, twice: sent.length - new Set(sent).size }).toEqual({ where, twice: 0 });
  const rows = journalRows(g).filter((r) => r.key.startsWith('relance:'));
  const keys = new Set(rows.map((r) => r.key));
  const inProgressOnly = [...keys].filter((k) => !rows.some((r) => r.key === k && r.action === M.actionSent));
  // 8 reminders: each mailed, or claimed and left « en cours » when its send was cut.
  expect({
    where,
    accounted: sent.length + inProgressOnly.filter((k) => !rows.some((r) => r.key === k && r.action === M.actionRestored)).length >= 8,
  }).toEqual({ where, accounted: true });
  expect({ where, atMost: sent.length <= 8 }).toEqual({ where, atMost: true });
}

const runReminders = (g: Gas) => g.run('pacteDailyReminders');
const nextDays = (g: Gas) => {
  for (let d = 0; d < 2; d++) {
    g.sim.clock.advance(DAY);
    runReminders(g);
  }
};

describe('staged: a colleague before every call of a reminders run', () => {
  const calls = dryRun(runReminders);

  it('covers a real run', () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  for (const [name, gesture] of Object.entries(GESTURES)) {
    it(`${name} of Journal, before each call: nothing mailed twice, nothing lost`, () => {
      for (const [method, nth] of calls) {
        const g = cohort();
        g.sim.interleave(method, nth, () => gesture(g));
        runReminders(g);
        nextDays(g);
        expectRemindersOnce(g, `${name} before ${method} #${nth}`);
        // The coordination's own row is never overwritten (a sort or a clear is theirs to make).
        if (name !== 'clear' && name !== 'deleteRow') {
          expect({ at: `${method} #${nth}`, kept: journalRows(g).some((r) => r.detail === 'note de la coordination') }).toEqual({
            at: `${method} #${nth}`,
            kept: true,
          });
        }
      }
    });
  }

  it('killed before each call (pending writes lost): nothing mailed twice; a cut send is « en cours », never resent', () => {
    for (const [method, nth] of calls) {
      const g = cohort();
      g.sim.killAt(method, nth);
      try {
        runReminders(g);
      } catch (error) {
        expect(isExecutionKilled(error)).toBe(true);
      }
      runReminders(g);
      nextDays(g);
      expectRemindersOnce(g, `kill before ${method} #${nth}`);
    }
  });
});

describe('staged: an attendance save under every gesture and kill', () => {
  const AFTER = new Date('2026-01-21T18:00:00+01:00');
  const request = {
    sessionId: 'S3',
    day: '2026-01-21',
    halfDay: 'Matin',
    marks: ['C-0001', 'C-0002', 'C-0003', 'C-0004'].map((learnerId) => ({ learnerId, status: 'Présent' })),
  };
  const save = (g: Gas) => {
    g.sim.setUiAvailable(true);
    g.sim.clock.set(AFTER);
    g.run('pacteAttendanceSave', request);
  };
  const saved = (g: Gas) =>
    g
      .values('Présences')
      .slice(1)
      .filter((r) => r[1] === 'S3' && r[3] === 'Matin' && r[4] === 'Présent').length;
  const calls = dryRun(save);

  for (const [name, gesture] of Object.entries(GESTURES)) {
    it(`${name} of Journal before each call: the half-day saved once, its trace kept`, () => {
      for (const [method, nth] of calls) {
        const g = cohort();
        g.sim.interleave(method, nth, () => gesture(g));
        save(g);
        expect({ at: `${method} #${nth}`, saved: saved(g) }).toEqual({ at: `${method} #${nth}`, saved: 4 });
        const traced = journalRows(g).some((r) => r.key === 'presences:S3:2026-01-21:matin');
        // A clear or a deleted row after the save may take its trace away: that is the colleague's doing.
        if (name === 'sort' || name === 'insertRows' || name === 'otherExecutionAppends')
          expect({ at: `${method} #${nth}`, traced }).toEqual({ at: `${method} #${nth}`, traced: true });
      }
    });
  }

  it('killed before each call: saved whole or not at all, and a second click saves it once', () => {
    for (const [method, nth] of calls) {
      const g = cohort();
      g.sim.killAt(method, nth);
      try {
        save(g);
      } catch (error) {
        expect(isExecutionKilled(error)).toBe(true);
      }
      expect([0, 4]).toContain(saved(g));
      save(g);
      expect({ at: `${method} #${nth}`, saved: saved(g) }).toEqual({ at: `${method} #${nth}`, saved: 4 });
    }
  });
});
