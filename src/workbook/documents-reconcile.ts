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

const same = (a: Cell, b: Cell) =>
  a instanceof Date && b instanceof Date ? Math.abs(a.getTime() - b.getTime()) < 1000 : text(a) === text(b);
const BLANK: readonly Cell[] = [];

export const isRepairNeeded = (r: Repair) => r.updates.length > 0 || r.appends.length > 0;

type Row = Register['rows'][number];

/** One repair in the making: what was read before and after the write, and the cells to set. */
class Reconciliation {
  private readonly after: Register;
  private readonly width: number;
  /** A cell of a row as read before, under the header its column has now ('' under a new column). */
  private readonly fromBefore = new Map<number, number>();
  private readonly rowsOf = new Map<string, number[]>();
  private readonly desired = new Map<number, Map<number, Cell>>();
  readonly appends: RecordCells[] = [];
  private readonly placements: Array<[number, RecordCells]> = [];
  /** Product rows gone since the read (overwritten), until put back. */
  readonly missing: Row[];
  readonly relocated = new Map<string, number>();

  constructor(
    private readonly before: Register,
    private readonly records: ReadonlyMap<string, RecordCells>,
    private readonly afterValues: readonly (readonly Cell[])[],
  ) {
    this.after = parseRegister(afterValues);
    this.width = Math.max(this.after.headerRow.length, before.headerRow.length, ...afterValues.map((r) => r.length));
    for (let c = 0; c < this.width; c++) {
      const i = this.after.headerRow[c] ? before.headerRow.indexOf(this.after.headerRow[c]!) : -1;
      if (i >= 0) this.fromBefore.set(c, i);
    }
    for (const r of this.after.rows) this.rowsOf.set(r.key, [...(this.rowsOf.get(r.key) ?? []), r.row]);
    this.missing = before.rows.filter((r) => !this.rowsOf.has(r.key) && before.byKey.get(r.key) === r);
  }

  private valueOf(cells: readonly Cell[], c: number): Cell {
    return this.fromBefore.has(c) ? (cells[this.fromBefore.get(c)!] ?? '') : '';
  }

  private keyOf(cells: readonly Cell[]): string {
    return text(cells[this.before.columns.get('Clé')!]);
  }

  /** The row now at a position agrees with a row read before on every cell the write did not touch. */
  private agreesOutside(now: readonly Cell[], written: readonly number[], was: readonly Cell[]): boolean {
    for (let c = 0; c < this.width; c++) if (!written.includes(c) && !same(now[c], this.valueOf(was, c))) return false;
    return true;
  }

  private staffCells(now: readonly Cell[], written: readonly number[]): string {
    return Array.from({ length: this.width }, (_, c) => (written.includes(c) ? '' : text(now[c]))).join('');
  }

  private set(row: number, column: number, value: Cell): void {
    const cells = this.desired.get(row) ?? new Map<number, Cell>();
    cells.set(column, value);
    this.desired.set(row, cells);
  }

  /** The cells written at `placed` get back what `was` held; the record goes to its own row (after every restore). */
  private settle(key: string, placed: Placed, was: readonly Cell[], recordRow: number | undefined): void {
    for (const c of placed.columns) this.set(placed.row, c, this.valueOf(was, c));
    const cells = this.records.get(key)!;
    if (recordRow === undefined) this.appends.push(cells);
    else this.placements.push([recordRow, cells]);
  }

  private hereOf(placed: Placed): string {
    return text((this.afterValues[placed.row - 1] ?? [])[this.after.columns.get('Clé')!]);
  }

  /**
   * A new row written whole (its key too) into a blank row: if a gesture moved a row into that blank
   * row first, that row's key is gone; a product row missing since the read was overwritten there and
   * is put back in its place (a record's own row takes its record there), found by the staff cells
   * the row still shows, else the first missing row of another key.
   */
  wholeRow(key: string, placed: Placed): void {
    if (!placed.whole || this.hereOf(placed) !== key) return;
    const now = this.afterValues[placed.row - 1] ?? [];
    const fits = (r: Row) => this.agreesOutside(now, placed.columns, r.cells);
    const i =
      this.staffCells(now, placed.columns) !== ''
        ? this.missing.findIndex(fits)
        : this.missing.findIndex((r) => !this.records.has(r.key) && fits(r));
    const elsewhere = (this.rowsOf.get(key) ?? []).filter((r) => r !== placed.row);
    if (i < 0) {
      this.settle(key, placed, this.before.byKey.get(key)?.cells ?? BLANK, elsewhere[0] ?? placed.row);
      return;
    }
    const was = this.missing.splice(i, 1)[0]!;
    this.settle(key, placed, was.cells, elsewhere[0]);
    if (this.records.has(was.key)) this.relocated.set(was.key, placed.row);
  }

  /** Any other position: the row there says which it is (its own `Clé`, or a staff row's own cells). */
  otherRow(key: string, placed: Placed): void {
    const here = this.hereOf(placed);
    if (placed.whole && here === key) return;
    if (here === key) {
      this.settle(key, placed, this.before.byKey.get(key)?.cells ?? BLANK, placed.row);
      return;
    }
    const now = this.afterValues[placed.row - 1] ?? [];
    const was = isDocumentKey(here)
      ? (this.before.byKey.get(here)?.cells ?? BLANK)
      : (this.before.values.slice(1).find((r) => !isDocumentKey(this.keyOf(r)) && this.agreesOutside(now, placed.columns, r)) ?? BLANK);
    this.settle(key, placed, was, this.rowsOf.get(key)?.[0] ?? this.relocated.get(key));
  }

  /** Product rows overwritten and not put back in their place (records are written by the placements), then the cells that differ. */
  result(): Repair {
    for (const r of this.missing) {
      if (!this.records.has(r.key))
        this.appends.push(Object.fromEntries(HEADERS.map((h) => [h, r.cells[this.before.columns.get(h)!] ?? ''])) as RecordCells);
    }
    for (const [row, cells] of this.placements) for (const h of HEADERS) this.set(row, this.after.columns.get(h)!, cells[h]);
    const updates: CellUpdate[] = [];
    for (const [row, cells] of this.desired) {
      for (const [column, value] of cells) if (!same(this.afterValues[row - 1]?.[column], value)) updates.push({ row, column, value });
    }
    return { updates, appends: this.appends };
  }
}

/**
 * `before`: the register read just before the write; `records`/`positions`: what was written where
 * (columns as `before` had them); `afterValues`: the register read just after the write.
 */
export function reconcile(
  before: Register,
  records: ReadonlyMap<string, RecordCells>,
  positions: ReadonlyMap<string, Placed>,
  afterValues: readonly (readonly Cell[])[],
): Repair {
  const repair = new Reconciliation(before, records, afterValues);
  for (const [key, placed] of positions) repair.wholeRow(key, placed);
  for (const [key, placed] of positions) repair.otherRow(key, placed);
  return repair.result();
}
