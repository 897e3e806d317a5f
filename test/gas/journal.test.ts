/** The one `Journal` writer (src/gas/journal.ts), on the simulator's globals. */
import { createSimulator, type Simulator } from '../../sim';
import { spreadsheetHandle } from '../../src/gas/handles';
import { appendJournal, readJournal } from '../../src/gas/journal';
import { journalKeySet, type JournalEntry } from '../../src/workbook/journal';
import { JOURNAL_TAB } from '../../src/workbook/schema';

const at = new Date('2026-01-15T09:00:00Z');
const entry = (key: string): JournalEntry => ({
  at,
  action: 'Saisie des présences',
  target: 'S1',
  detail: 'ok',
  by: 'coordination@example.org',
  key,
});
const row = (key: string) => [at, 'Saisie des présences', 'S1', 'ok', 'coordination@example.org', key];

let restore: Array<[string, unknown]> = [];
function journalSim(rows: unknown[][]): Simulator {
  const sim = createSimulator();
  sim.load({ Journal: rows });
  // The writer uses Apps Script's globals (LockService, SpreadsheetApp): the simulator's, for this test.
  restore = Object.keys(sim.globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]]);
  Object.assign(globalThis, sim.globals);
  sim.startExecution();
  sim.calls.reset();
  return sim;
}
afterEach(() => {
  for (const [k, v] of restore) (globalThis as Record<string, unknown>)[k] = v;
  restore = [];
});

const keys = (sim: Simulator) =>
  sim.peek
    .values('Journal')
    .slice(1)
    .map((r) => r[5]);
/** The spreadsheet as src/gas takes it (an opaque handle). */
const book = (sim: Simulator) => spreadsheetHandle(sim.spreadsheet);
const journal = (sim: Simulator) => sim.spreadsheet.getSheetByName('Journal')!;

describe('Journal: the one writer', () => {
  it('appends several rows in one write after the last row with content, under the document lock', () => {
    const sim = journalSim([[...JOURNAL_TAB.headers], row('presences:S1:2026-02-05:matin'), row('')]);
    appendJournal(book(sim), [entry('a'), entry('b'), entry('')]);
    const calls = sim.calls.byMethod();
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Lock.tryLock']).toBe(1);
    expect(calls['Lock.releaseLock']).toBe(1);
    expect(keys(sim)).toEqual(['presences:S1:2026-02-05:matin', '', 'a', 'b', '']);
  });

  it('appends one row with appendRow: a row a colleague adds just before is never overwritten', () => {
    const sim = journalSim([[...JOURNAL_TAB.headers], row('x')]);
    sim.interleave('Sheet.appendRow', 1, () => journal(sim).appendRow(row('colleague')));
    appendJournal(book(sim), [entry('a')]);
    expect(keys(sim)).toEqual(['x', 'colleague', 'a']);
  });

  it('grows the grid when the rows do not fit', () => {
    const sim = journalSim([[...JOURNAL_TAB.headers], row('x')]);
    sim.asColleague(() => journal(sim).deleteRows(3, journal(sim).getMaxRows() - 2));
    appendJournal(book(sim), [entry('a'), entry('b')]);
    expect(keys(sim)).toEqual(['x', 'a', 'b']);
  });

  it('recreates a tab staff deleted, headers first', () => {
    const sim = journalSim([]);
    sim.load({ Autre: [['x']] });
    sim.asColleague(() => sim.spreadsheet.deleteSheet(journal(sim)));
    expect(readJournal(book(sim))).toEqual([]);
    appendJournal(book(sim), [entry('k')]);
    expect(sim.peek.values('Journal')).toEqual([[...JOURNAL_TAB.headers], row('k')]);
  });

  it('keeps working when staff renamed a header: nothing is lost, and no key is forgotten', () => {
    const headers = ['Horodatage', 'Action', 'Cible', 'Détail', 'Par', 'Clef', 'Note'];
    const sim = journalSim([headers, [...row('relance:r:C-0001'), 'vu']]);
    expect(journalKeySet(readJournal(book(sim))).has('relance:r:C-0001')).toBe(true);
    appendJournal(book(sim), [entry('k')]);
    const values = sim.peek.values('Journal');
    expect(values[0]).toEqual([...headers, 'Clé']);
    expect(values[2]).toEqual([at, 'Saisie des présences', 'S1', 'ok', 'coordination@example.org', '', '', 'k']);
    expect([...journalKeySet(readJournal(book(sim)))].sort()).toEqual(['k', 'relance:r:C-0001']);
  });

  it('waits for another execution holding the document lock, then appends after its rows', () => {
    const sim = journalSim([[...JOURNAL_TAB.headers], row('x')]);
    sim.locks.holdDocumentLock(sim.clock.now().getTime() + 3000, () => journal(sim).appendRow(row('other')));
    appendJournal(book(sim), [entry('a'), entry('b')]);
    expect(keys(sim)).toEqual(['x', 'other', 'a', 'b']);
  });
});

describe('Journal: a colleague between the read and the write', () => {
  const base = () => [[...JOURNAL_TAB.headers], row('k1'), row('k2'), row('k3')];

  it('rows inserted above: the rows pushed onto the new block are written again, nothing lost', () => {
    const sim = journalSim(base());
    sim.interleave('Range.setValues', 1, () => journal(sim).insertRowsBefore(2, 2));
    appendJournal(book(sim), [entry('a'), entry('b')]);
    expect(keys(sim).filter(Boolean).sort()).toEqual(['a', 'b', 'k1', 'k2', 'k3']);
  });

  it('a sort, a deleted row, a cleared tab: nothing of ours lost, nothing deleted comes back', () => {
    const sorted = journalSim(base());
    sorted.interleave('Range.setValues', 1, () => {
      journal(sorted).setFrozenRows(1);
      journal(sorted).sort(6, false);
    });
    appendJournal(book(sorted), [entry('a'), entry('b')]);
    expect(keys(sorted).filter(Boolean).sort()).toEqual(['a', 'b', 'k1', 'k2', 'k3']);

    const deleted = journalSim(base());
    deleted.interleave('Range.setValues', 1, () => journal(deleted).deleteRow(3));
    appendJournal(book(deleted), [entry('a'), entry('b')]);
    expect(keys(deleted).filter(Boolean).sort()).toEqual(['a', 'b', 'k1', 'k3']);

    const cleared = journalSim(base());
    cleared.interleave('Range.setValues', 1, () => journal(cleared).getRange(2, 1, 3, 6).clearContent());
    appendJournal(book(cleared), [entry('a'), entry('b')]);
    expect(keys(cleared).filter(Boolean).sort()).toEqual(['a', 'b']);
  });
});
