import { createSimulator } from '../../sim';
import { journalKeys, openJournal } from '../../src/actions/journal';
import type { JournalEntry } from '../../src/workbook/plans';
import { JOURNAL_TAB } from '../../src/workbook/schema';

const at = new Date('2026-01-15T09:00:00Z');
const entry = (key: string): JournalEntry => ({ at, action: 'Saisie des présences', target: 'S1', detail: 'ok', by: 'coordination@example.org', key });
const row = (key: string) => [at, 'Saisie des présences', 'S1', 'ok', 'coordination@example.org', key];

function journalSim(rows: unknown[][]) {
  const sim = createSimulator();
  sim.load({ Journal: rows });
  sim.startExecution();
  sim.calls.reset();
  return sim;
}

describe('Journal', () => {
  it('reads the keys once and appends an action’s rows in one write after the last row', () => {
    const sim = journalSim([[...JOURNAL_TAB.headers], row('presences:S1:2026-02-05:matin'), row('')]);
    const journal = openJournal(sim.spreadsheet);
    expect([...journal.keys]).toEqual(['presences:S1:2026-02-05:matin']);
    journal.append([entry('a'), entry('b'), entry('')]);
    expect(sim.calls.byMethod()).toEqual({
      'Spreadsheet.getSheetByName': 1, 'Sheet.getSheetValues': 1, 'Sheet.getMaxRows': 1, 'Sheet.getRange': 1, 'Range.setValues': 1,
    });
    expect(sim.peek.values('Journal').slice(1).map((r) => r[5])).toEqual(['presences:S1:2026-02-05:matin', '', 'a', 'b', '']);
    expect([...journal.keys]).toEqual(['presences:S1:2026-02-05:matin', 'a', 'b']);
  });

  it('grows the grid once when the rows do not fit', () => {
    const sim = journalSim([[...JOURNAL_TAB.headers], row('x')]);
    const sheet = sim.spreadsheet.getSheetByName('Journal')!;
    sim.asColleague(() => sheet.deleteRows(3, sheet.getMaxRows() - 2));
    sim.calls.reset();
    openJournal(sim.spreadsheet).append([entry('a'), entry('b')]);
    expect(sim.calls.byMethod()['Sheet.insertRowsAfter']).toBe(1);
    expect(sim.peek.values('Journal').map((r) => r[5])).toEqual(['Clé', 'x', 'a', 'b']);
  });

  it('recreates a tab staff deleted, headers first', () => {
    const sim = journalSim([]);
    sim.load({ Autre: [['x']] });
    sim.asColleague(() => sim.spreadsheet.deleteSheet(sim.spreadsheet.getSheetByName('Journal')!));
    expect(journalKeys(sim.spreadsheet).size).toBe(0);
    openJournal(sim.spreadsheet).append([entry('k')]);
    expect(sim.peek.values('Journal')).toEqual([[...JOURNAL_TAB.headers], row('k')]);
  });

  it('keeps working when staff renamed a header: nothing is lost, and no key is forgotten', () => {
    const headers = ['Horodatage', 'Action', 'Cible', 'Détail', 'Par', 'Clef', 'Note'];
    const sim = journalSim([headers, [...row('relance:r:C-0001'), 'vu']]);
    const journal = openJournal(sim.spreadsheet);
    // The renamed column may hold the keys: any unrecognised cell counts, so an effect is never made twice.
    expect(journal.keys.has('relance:r:C-0001')).toBe(true);
    journal.append([entry('k')]);
    const values = sim.peek.values('Journal');
    expect(values[0]).toEqual([...headers, 'Clé']);
    expect(values[2]).toEqual([at, 'Saisie des présences', 'S1', 'ok', 'coordination@example.org', '', '', 'k']);
    const next = openJournal(sim.spreadsheet).keys;
    expect([...next].sort()).toEqual(['k', 'relance:r:C-0001']);
  });
});

describe('Journal, appended twice in one action', () => {
  it('adds a missing header once and keeps the rows in order', () => {
    const sim = createSimulator();
    sim.load({ Journal: [['Horodatage', 'Action', 'Cible', 'Détail', 'Par']] });
    const journal = openJournal(sim.spreadsheet);
    journal.append([entry('a')]);
    journal.append([entry('b'), entry('c')]);
    expect(sim.peek.values('Journal').map((r) => r[5])).toEqual(['Clé', 'a', 'b', 'c']);
    expect([...journal.keys]).toEqual(['a', 'b', 'c']);
  });
});
