/**
 * After writing the register: did a colleague's gesture land between the read and the write?
 *
 * The document lock keeps other executions out, not people: a sort, a row or a column inserted or
 * deleted in the Sheet can land between the read and a write (well under a second apart in Google),
 * and the write then hits rows or columns that moved. One read after the write tells; this decides
 * the repair. For each position written:
 * - a row already there was written without its `Clé`, so the row the write hit still says which it
 *   is: when it is another row (a product row, known by its key, or a staff row, known by its own
 *   cells), the cells the write set there get back what that row held, and the record goes to the row
 *   holding its key now (or after the last row with content when it is gone);
 * - a new row was written whole into a blank row: a product row missing since the read was
 *   overwritten there (a gesture moved it into the blank row): it is put back there (the one whose
 *   staff cells the row shows, if any), and the new record goes after the last row with content;
 * - cells written under a header that moved (a column inserted or deleted) get back what they held.
 * Limits, said in docs/documents.md: two gestures within the same second are not told apart; a staff
 * note with nothing in staff columns, moved into a new row's place at that very moment, is lost; a
 * product row a colleague deletes at that very moment comes back.
 */
import { isDocumentKey } from '../domain/keys';
import { text, type Cell } from './cells';
import type { CellUpdate } from './blocks';
import { DOCUMENTS_TAB } from './schema';
import { parseRegister, type Placed, type RecordCells, type Register } from './documents-register';

const HEADERS = DOCUMENTS_TAB.headers;

export interface Repair {
  updates: CellUpdate[];
  /** Records (or overwritten rows) to add after the last row with content. */
  appends: RecordCells[];
}

const same = (a: Cell, b: Cell) => (a instanceof Date && b instanceof Date ? Math.abs(a.getTime() - b.getTime()) < 1000 : text(a) === text(b));
const BLANK: readonly Cell[] = [];

export const isRepairNeeded = (r: Repair) => r.updates.length > 0 || r.appends.length > 0;

/**
 * `before`: the register read just before the write; `records`/`positions`: what was written where
 * (columns as `before` had them); `afterValues`: the register read just after the write.
 */
export function reconcile(before: Register, records: ReadonlyMap<string, RecordCells>, positions: ReadonlyMap<string, Placed>, afterValues: readonly (readonly Cell[])[]): Repair {
  const after = parseRegister(afterValues);
  const width = Math.max(after.headerRow.length, before.headerRow.length, ...afterValues.map((r) => r.length));
  // A cell of a row as read before, under the header its column has now ('' under a new column).
  const fromBefore = new Map<number, number>();
  for (let c = 0; c < width; c++) {
    const i = after.headerRow[c] ? before.headerRow.indexOf(after.headerRow[c]!) : -1;
    if (i >= 0) fromBefore.set(c, i);
  }
  const valueOf = (cells: readonly Cell[], c: number): Cell => (fromBefore.has(c) ? cells[fromBefore.get(c)!] ?? '' : '');
  const keyCol = before.columns.get('Clé')!;
  const keyOf = (cells: readonly Cell[]) => text(cells[keyCol]);
  const rowsOf = new Map<string, number[]>();
  for (const r of after.rows) rowsOf.set(r.key, [...(rowsOf.get(r.key) ?? []), r.row]);
  const agreesOutside = (now: readonly Cell[], written: readonly number[], was: readonly Cell[]) => {
    for (let c = 0; c < width; c++) if (!written.includes(c) && !same(now[c], valueOf(was, c))) return false;
    return true;
  };
  const staffCells = (now: readonly Cell[], written: readonly number[]) => Array.from({ length: width }, (_, c) => (written.includes(c) ? '' : text(now[c]))).join('');

  const desired = new Map<number, Map<number, Cell>>();
  const set = (row: number, column: number, value: Cell) => {
    const cells = desired.get(row) ?? new Map<number, Cell>();
    cells.set(column, value);
    desired.set(row, cells);
  };
  const appends: RecordCells[] = [];
  const placements: Array<[number, RecordCells]> = [];
  /** The cells written at `placed` get back what `was` held; the record goes to its own row (after every restore). */
  const settle = (key: string, placed: Placed, was: readonly Cell[], recordRow: number | undefined) => {
    for (const c of placed.columns) set(placed.row, c, valueOf(was, c));
    const cells = records.get(key)!;
    if (recordRow === undefined) appends.push(cells);
    else placements.push([recordRow, cells]);
  };

  const hereOf = (placed: Placed) => text((afterValues[placed.row - 1] ?? [])[after.columns.get('Clé')!]);

  // A new row written whole (its key too) into a blank row: if a gesture moved a row into that blank
  // row first, that row's key is gone; a product row missing since the read was overwritten there and
  // is put back in its place (a record's own row takes its record there), found by the staff cells
  // the row still shows, else the first missing row of another key.
  const missing = before.rows.filter((r) => !rowsOf.has(r.key) && before.byKey.get(r.key) === r);
  const relocated = new Map<string, number>();
  for (const [key, placed] of positions) {
    if (!placed.whole || hereOf(placed) !== key) continue;
    const now = afterValues[placed.row - 1] ?? [];
    const fits = (r: (typeof missing)[number]) => agreesOutside(now, placed.columns, r.cells);
    const i = staffCells(now, placed.columns) !== '' ? missing.findIndex(fits) : missing.findIndex((r) => !records.has(r.key) && fits(r));
    const elsewhere = (rowsOf.get(key) ?? []).filter((r) => r !== placed.row);
    if (i < 0) {
      settle(key, placed, before.byKey.get(key)?.cells ?? BLANK, elsewhere[0] ?? placed.row);
      continue;
    }
    const was = missing.splice(i, 1)[0]!;
    settle(key, placed, was.cells, elsewhere[0]);
    if (records.has(was.key)) relocated.set(was.key, placed.row);
  }

  // Any other position: the row there says which it is (its own `Clé`, or a staff row's own cells).
  for (const [key, placed] of positions) {
    const here = hereOf(placed);
    if (placed.whole && here === key) continue;
    if (here === key) {
      settle(key, placed, before.byKey.get(key)?.cells ?? BLANK, placed.row);
      continue;
    }
    const now = afterValues[placed.row - 1] ?? [];
    const was = isDocumentKey(here)
      ? before.byKey.get(here)?.cells ?? BLANK
      : before.values.slice(1).find((r) => !isDocumentKey(keyOf(r)) && agreesOutside(now, placed.columns, r)) ?? BLANK;
    settle(key, placed, was, rowsOf.get(key)?.[0] ?? relocated.get(key));
  }
  // Product rows overwritten and not put back in their place (not records: those are written above).
  for (const r of missing) {
    if (!records.has(r.key)) appends.push(Object.fromEntries(HEADERS.map((h) => [h, r.cells[before.columns.get(h)!] ?? ''])) as RecordCells);
  }

  for (const [row, cells] of placements) for (const h of HEADERS) set(row, after.columns.get(h)!, cells[h]);
  const updates: CellUpdate[] = [];
  for (const [row, cells] of desired) {
    for (const [column, value] of cells) if (!same(afterValues[row - 1]?.[column], value)) updates.push({ row, column, value });
  }
  return { updates, appends };
}
