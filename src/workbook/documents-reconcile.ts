/**
 * After writing the register: did a colleague's gesture land between the re-read and the write?
 *
 * The document lock keeps other executions out, not people: a sort, a deleted or inserted row or
 * column in the Sheet can land between the read and the write (under a second in Google), and the
 * write then hits rows or columns that moved. One read after the write tells; this decides the repair:
 * - columns moved (a column inserted or deleted): the rows did not (one gesture at a time), so the
 *   cells our write put under other headers get back what they held, and each record is rewritten
 *   under its headers;
 * - rows moved: each record goes to the row holding its key now (its own row, with its staff cells);
 *   a row our write hit (its key is then there twice, or its staff cells are not those of the record)
 *   gets back the product cells of the row that was there, and a product row gone missing is added
 *   after the last row with content.
 * What cannot be repaired, and why, is said in docs/documents.md (a note typed in a product column
 * of the very row being appended, within that second, is lost; a row another key lost at that moment
 * comes back).
 */
import { isContent, text, type Cell } from './cells';
import type { CellUpdate } from './plan';
import { DOCUMENTS_TAB } from './schema';
import { parseRegister, type RecordCells, type Register, type RegisterHeader } from './documents-register';

const HEADERS = DOCUMENTS_TAB.headers;

export interface Repair {
  updates: CellUpdate[];
  /** Records (or lost rows) to add after the last row with content. */
  appends: RecordCells[];
}

const same = (a: Cell, b: Cell) => (a instanceof Date && b instanceof Date ? Math.abs(a.getTime() - b.getTime()) < 1000 : text(a) === text(b));

function recordOf(reg: Register, cells: readonly Cell[]): RecordCells {
  return Object.fromEntries(HEADERS.map((h) => [h, cells[reg.columns.get(h)!] ?? ''])) as RecordCells;
}

/** The cells of a row outside the written columns (staff columns): who the row is. */
function identity(cells: readonly Cell[] | undefined, written: ReadonlySet<number>, width: number): string {
  const out: string[] = [];
  for (let c = 0; c < width; c++) if (!written.has(c)) out.push(text(cells?.[c]));
  return out.join('\u0001');
}

function columnsMoved(before: Register, after: Register): boolean {
  return HEADERS.some((h) => before.columns.get(h) !== after.columns.get(h));
}

/**
 * `before`: the register as read just before the write; `records` and `positions`: what was written
 * where; `afterValues`: the register read just after. Returns nothing to do when the write landed
 * where it meant to.
 */
export function reconcile(
  before: Register,
  records: ReadonlyMap<string, RecordCells>,
  positions: ReadonlyMap<string, number>,
  afterValues: readonly (readonly Cell[])[],
): Repair {
  const after = parseRegister(afterValues);
  const put = (updates: CellUpdate[], row: number, cells: RecordCells) => {
    for (const h of HEADERS) {
      const column = after.columns.get(h)!;
      if (!same(afterValues[row - 1]?.[column], cells[h])) updates.push({ row, column, value: cells[h] });
    }
  };
  const written = new Set(HEADERS.map((h) => before.columns.get(h)!));

  if (columnsMoved(before, after)) {
    const updates: CellUpdate[] = [];
    const productNow = new Set(HEADERS.map((h) => after.columns.get(h)!));
    for (const [key, row] of positions) {
      const was = before.values[row - 1];
      for (const c of written) {
        if (productNow.has(c)) continue;
        // A staff column (or a new one) under our write: what it held, found by its header.
        const header = after.headerRow[c] ?? '';
        const from = header ? before.headerRow.indexOf(header) : -1;
        const value = from >= 0 ? was?.[from] ?? '' : '';
        if (!same(afterValues[row - 1]?.[c], value)) updates.push({ row, column: c, value });
      }
      put(updates, row, records.get(key)!);
    }
    return { updates, appends: [] };
  }

  const width = Math.max(before.headerRow.length, after.headerRow.length);
  const updates: CellUpdate[] = [];
  const appends: RecordCells[] = [];
  const hit: number[] = [];
  for (const [key, row] of positions) {
    const rows = after.rows.filter((r) => r.key === key).map((r) => r.row);
    const others = rows.filter((r) => r !== row);
    const was = before.byKey.get(key);
    const expected = identity(was?.cells, written, width);
    const ours = rows.includes(row) && identity(afterValues[row - 1], written, width) === expected;
    if (others.length) {
      // Our write hit a row that moved here; the record's own row is elsewhere.
      if (rows.includes(row)) hit.push(row);
      put(updates, others[0]!, records.get(key)!);
    } else if (ours) {
      put(updates, row, records.get(key)!);
    } else {
      // The record's row is gone (deleted meanwhile) or our write hit a row that is not it.
      if (rows.includes(row)) hit.push(row);
      appends.push(records.get(key)!);
    }
  }
  // Product rows gone missing since the read (not ours): put back where our write hit, else after the end.
  const present = new Set(after.rows.map((r) => r.key));
  const lost = before.rows.filter((r) => !records.has(r.key) && !present.has(r.key) && before.byKey.get(r.key) === r);
  const lostStaff = before.values
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter(({ row, cells }) => row > 1 && !before.rows.some((r) => r.row === row) && cells.some(isContent));
  for (const slot of hit) {
    const here = identity(afterValues[slot - 1], written, width);
    const pick =
      lost.findIndex((r) => identity(r.cells, written, width) === here) >= 0
        ? lost.findIndex((r) => identity(r.cells, written, width) === here)
        : lost.length ? 0 : -1;
    if (pick >= 0) {
      put(updates, slot, recordOf(before, lost.splice(pick, 1)[0]!.cells));
      continue;
    }
    // A staff row our write hit: its product cells back, when its staff cells say which it was.
    const staff = lostStaff.findIndex((r) => identity(r.cells, written, width) === here && !afterValues.some((v) => v.every((x, c) => same(x, r.cells[c]))));
    const cells = staff >= 0 ? recordOf(before, lostStaff.splice(staff, 1)[0]!.cells) : (Object.fromEntries(HEADERS.map((h) => [h, ''])) as RecordCells);
    put(updates, slot, cells);
  }
  for (const r of lost) appends.push(recordOf(before, r.cells));
  return { updates, appends };
}

export const isRepairNeeded = (r: Repair) => r.updates.length > 0 || r.appends.length > 0;

export type { RegisterHeader };
