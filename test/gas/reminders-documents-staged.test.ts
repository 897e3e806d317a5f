/**
 * The staged-concurrency pattern (test/gas/staged.test.ts) on a daily run that makes three
 * convocations and sends them with their PDFs: before EVERY Google call, the execution is killed
 * (its pending writes lost), or a colleague sorts `Journal` and the `Documents` register. After the
 * next runs (the same day once a cut claim has gone stale, the next day): no e-mail twice, each
 * with its learner's PDF once; no document twice; every learner's convocation sent, or its send cut
 * and left « en cours » (to check), never silently lost.
 */
import { isExecutionKilled } from '../../sim';
import { messages } from '../../src/domain/messages';
import type { Gas } from '../helpers/gas';
import {
  DAY,
  LEARNERS,
  cohort,
  convocationKey,
  convocations,
  daily,
  documentCounts,
  emailOf,
  journalOf,
  reminderKey,
} from '../helpers/reminder-documents';

const M = messages.reminders;
const ELEVEN_MINUTES = 11 * 60 * 1000;

function sortTab(g: Gas, name: string, column: number): void {
  const sheet = g.sim.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 3) return;
  sheet.setFrozenRows(1);
  sheet.sort(column, false);
}

/** A colleague sorts `Journal` and the register (`Nom` descending: its rows change places under the run). */
function sortBoth(g: Gas): void {
  sortTab(g, 'Journal', 2);
  sortTab(g, 'Documents', 7);
}

/** Every (method, index) of a clean run. */
function callsOfARun(): Array<[string, number]> {
  const g = cohort({ rules: ['convocation-j7'] });
  g.sim.calls.reset();
  daily(g);
  const sequence = g.sim.calls.sequence();
  return sequence.map((method, i) => [method, sequence.slice(0, i + 1).filter((m) => m === method).length]);
}

/** The same day once a cut claim has gone stale, then the next day. */
function nextRuns(g: Gas): void {
  g.sim.clock.advance(ELEVEN_MINUTES);
  daily(g);
  g.sim.clock.advance(DAY);
  daily(g);
}

function expectOnceEach(g: Gas, where: string): void {
  const mails = convocations(g);
  for (const [i, l] of LEARNERS.entries()) {
    const mine = mails.filter((m) => m.to[0] === emailOf(i));
    const names = mine.map((m) => m.attachments.map((a) => a.name));
    // At most one e-mail, carrying exactly its learner's PDF.
    expect({ where, learner: l.id, names }).toEqual({
      where,
      learner: l.id,
      names: mine.length ? [[`Convocation – Séminaire 1 – ${l.first} ${l.last}.pdf`]] : [],
    });
    if (mine.length)
      expect({ where, own: mine[0]!.attachments[0]!.content.includes(`${l.first} ${l.last}`) }).toEqual({ where, own: true });
    // Not mailed: its send was cut (« en cours », to check), never silently lost.
    else {
      const last = journalOf(g)
        .filter((r) => r.key === reminderKey(l.id))
        .at(-1)?.action;
      expect({ where, learner: l.id, last }).toEqual({ where, learner: l.id, last: M.actionInProgress });
    }
    // One Doc, one PDF, one register row: never made twice.
    expect({ where, learner: l.id, ...documentCounts(g, convocationKey(l.id)) }).toEqual({
      where,
      learner: l.id,
      docs: 1,
      pdfs: 1,
      rows: 1,
    });
  }
}

describe('staged: a daily run making and attaching documents, cut or disturbed before every call', () => {
  const calls = callsOfARun();

  it('covers a real run: documents made, PDFs read, e-mails sent', () => {
    const methods = new Set(calls.map(([m]) => m));
    for (const m of ['Drive.Files.copy', 'Docs.Documents.batchUpdate', 'UrlFetchApp.fetch', 'MailApp.sendEmail', 'Lock.tryLock'])
      expect(methods).toContain(m);
    expect(calls.length).toBeGreaterThan(60);
  });

  it('killed before each call (pending writes lost): no e-mail twice, no document twice', () => {
    for (const [method, nth] of calls) {
      const g = cohort({ rules: ['convocation-j7'] });
      g.sim.killAt(method, nth);
      try {
        daily(g);
      } catch (error) {
        expect(isExecutionKilled(error)).toBe(true);
      }
      nextRuns(g);
      expectOnceEach(g, `kill before ${method} #${nth}`);
    }
  });

  it('Journal and Documents sorted before each call: no e-mail twice, no document twice, all sent the first day', () => {
    for (const [method, nth] of calls) {
      const g = cohort({ rules: ['convocation-j7'] });
      g.sim.interleave(method, nth, () => sortBoth(g));
      daily(g);
      const firstDay = convocations(g).length;
      nextRuns(g);
      expectOnceEach(g, `sort before ${method} #${nth}`);
      expect({ at: `${method} #${nth}`, firstDay }).toEqual({ at: `${method} #${nth}`, firstDay: 3 });
    }
  });
});
