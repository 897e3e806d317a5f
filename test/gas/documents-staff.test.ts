/**
 * Staff working in `Documents` while a make call runs: before EACH call index of the call, a
 * colleague sorts the register, deletes, inserts or clears a row, types a note under it, or inserts
 * a column. After the runs: one live Doc and one live PDF per key, one register row per key, staff
 * rows and columns where staff put them (through the built bundle).
 */
import type { Gas } from '../helpers/gas';
import { CONVOCATIONS, cohort, expectOnePairPerKey, makeAll, register } from '../helpers/documents';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const KEYS = Array.from({ length: 6 }, (_, i) => `document:convocation:S1:C-${String(i + 1).padStart(4, '0')}`);
const NOTE = 'Note : salle B réservée';
const APPENDED = 'Note : penser aux badges';
/** The document that fails first (name order: Écuyer, then Le Gall) and is retried in place. */
const RETRIED = KEYS[0]!;

const header = (sheet: Sheet) => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
const colOf = (sheet: Sheet, h: string) => header(sheet).indexOf(h) + 1;
const rowWith = (sheet: Sheet, column: number, value: string) =>
  sheet
    .getRange(1, column, sheet.getLastRow(), 1)
    .getValues()
    .findIndex((r) => r[0] === value) + 1;

/** A colleague's gesture (run as a person: uncounted) and what staff then expect to find. */
interface Gesture {
  name: string;
  act(sheet: Sheet): void;
  notes: string[];
  column?: { header: string; key: string; value: string };
}
const GESTURES: Gesture[] = [
  {
    name: 'sorts the register by Clé, Z→A',
    act: (s) => {
      s.setFrozenRows(1);
      s.sort(colOf(s, 'Clé'), false);
    },
    notes: [NOTE],
  },
  { name: 'deletes the note row', act: (s) => s.deleteRow(rowWith(s, 1, NOTE)), notes: [] },
  { name: 'inserts a row at the top', act: (s) => s.insertRowsBefore(2, 1), notes: [NOTE] },
  { name: 'clears the note row', act: (s) => s.getRange(rowWith(s, 1, NOTE), 1, 1, s.getLastColumn()).clearContent(), notes: [] },
  { name: 'types a note under the register', act: (s) => s.getRange(s.getLastRow() + 1, 1).setValue(APPENDED), notes: [NOTE, APPENDED] },
  {
    name: 'inserts a column between Clé and Type',
    act: (s) => {
      s.insertColumnBefore(colOf(s, 'Type'));
      s.getRange(1, colOf(s, 'Type') - 1).setValue('Suivi');
      const row = rowWith(s, colOf(s, 'Clé'), KEYS[2]!);
      if (row > 0) s.getRange(row, colOf(s, 'Suivi')).setValue('vu');
    },
    notes: [NOTE],
    column: { header: 'Suivi', key: KEYS[2]!, value: 'vu' },
  },
];

/**
 * The register before the measured call: three documents made earlier (one of them `Erreur`, to be
 * retried in place), a column `Remarque` staff inserted among the product's (between `PDF` and
 * `État`, so a retry writes on both sides of it) with a remark on the row to retry, and a staff
 * note row between two product rows.
 */
function prepared(): Gas {
  const g = cohort(6);
  g.sim.failAt('Docs.Documents.batchUpdate', 4); // after the default template's two layout batches
  makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001', 'C-0002', 'C-0003'] });
  g.sim.asColleague(() => {
    const s = g.sim.spreadsheet.getSheetByName('Documents')!;
    s.insertColumnBefore(colOf(s, 'État'));
    s.getRange(1, colOf(s, 'État') - 1).setValue('Remarque');
    s.getRange(rowWith(s, colOf(s, 'État'), 'Erreur'), colOf(s, 'Remarque')).setValue('appeler');
    s.insertRowsBefore(3, 1);
    s.getRange(3, 1).setValue(NOTE);
  });
  expect(register(g).map((r) => [r['Clé'], r['État'], r['Remarque']])).toContainEqual([RETRIED, 'Erreur', 'appeler']);
  return g;
}

function expectStaffWorkKept(g: Gas, gesture: Gesture): void {
  expectOnePairPerKey(g, KEYS);
  const [head, ...rows] = g.values('Documents');
  const at = (h: string) => head!.indexOf(h);
  const byKey = (key: string) => rows.find((r) => r[at('Clé')] === key)!;
  expect(byKey(RETRIED)[at('Remarque')]).toBe('appeler');
  expect(rows.filter((r) => r[at('Remarque')] !== '')).toHaveLength(1);
  const notes = rows.filter((r) => !String(r[at('Clé')]).startsWith('document:') && r.some((c) => c !== '')).map((r) => r[0]);
  expect(notes.sort()).toEqual([...gesture.notes].sort());
  if (gesture.column) {
    expect(byKey(gesture.column.key)[at(gesture.column.header)]).toBe(gesture.column.value);
    expect(rows.filter((r) => r[at(gesture.column!.header)] !== '')).toHaveLength(1);
  }
  // Nothing written outside the header's columns.
  expect(rows.every((r) => r.slice(head!.length).every((c) => c === ''))).toBe(true);
}

describe('Documents: a colleague in the register before each call index of a make call', () => {
  // The measured call's calls, counted from a dry run.
  const dry = prepared();
  dry.sim.calls.reset();
  makeAll(dry);
  const indexes = Object.entries(dry.sim.calls.byMethod()).flatMap(([method, count]) =>
    Array.from({ length: count }, (_, i) => [method, i + 1] as const),
  );

  it('counts the calls of the measured run', () => {
    expectOnePairPerKey(dry, KEYS);
    expect(indexes.length).toBeGreaterThan(40);
  });

  it.each(GESTURES.map((gesture) => [gesture.name, gesture] as const))(
    'a colleague who %s: every key one Doc and one PDF, one row, staff rows and columns kept',
    (_, gesture) => {
      for (const [method, nth] of indexes) {
        const g = prepared();
        g.sim.interleave(method, nth, () => gesture.act(g.sim.spreadsheet.getSheetByName('Documents')!));
        makeAll(g);
        makeAll(g);
        try {
          expectStaffWorkKept(g, gesture);
        } catch (error) {
          throw new Error(`gesture before ${method} #${nth}: ${(error as Error).message}`);
        }
      }
    },
  );
});
