/**
 * The `Documents` register, pure (workbook.md › `Documents`): rows found by `Clé` each time, staff
 * rows and columns kept, only the product's cells written (one block per contiguous run of them),
 * new rows after the last row with content as read at that moment, claims (`En cours`: who, since
 * when) and their 10-minute staleness. The Apps Script side reads, writes and flushes; this decides.
 */
import { formatInstantFr, instantOfSerial } from '../domain/dates';
import { isDocumentKey } from '../domain/keys';
import { messages } from '../domain/messages';
import { isContent, text, type Cell } from './cells';
import type { CellUpdate } from './blocks';
import { DOCUMENTS_TAB } from './schema';
import { readTable } from './table';

export type RegisterHeader = (typeof DOCUMENTS_TAB.headers)[number];
/** The product's cells of one row, by header. */
export type RecordCells = Record<RegisterHeader, Cell>;

export const CREATED = 'Créé';
export const CLAIMED = 'En cours';
export const FAILED = 'Erreur';
/** A claim older than this is a run that died (workbook.md): look in Drive by key before making anything. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export interface RegisterRow {
  /** 1-based row in the tab. */
  row: number;
  key: string;
  cells: readonly Cell[];
}

export interface Register {
  values: readonly (readonly Cell[])[];
  headerRow: readonly string[];
  /** Product header → 0-based column, as found now. */
  columns: ReadonlyMap<RegisterHeader, number>;
  /** Rows whose `Clé` is a document key, in sheet order. */
  rows: readonly RegisterRow[];
  /** The first row of each key (a row staff duplicated by hand is left alone). */
  byKey: ReadonlyMap<string, RegisterRow>;
  /** Last row holding anything (staff notes included); 1 when only the header row. */
  lastContentRow: number;
  /** Read from a missing or blank tab: its header row is still to write. */
  blank: boolean;
}

export function parseRegister(values: readonly (readonly Cell[])[]): Register {
  const rectangle = values.length ? values : [[...DOCUMENTS_TAB.headers] as Cell[]];
  const table = readTable(rectangle, DOCUMENTS_TAB);
  const columns = new Map<RegisterHeader, number>();
  for (const h of DOCUMENTS_TAB.headers) columns.set(h, table.column(h)!);
  const keyCol = columns.get('Clé')!;
  const rows: RegisterRow[] = [];
  const byKey = new Map<string, RegisterRow>();
  let lastContentRow = 1;
  rectangle.forEach((cells, i) => {
    if (i > 0 && cells.some(isContent)) lastContentRow = i + 1;
    const key = i > 0 ? text(cells[keyCol]) : '';
    if (!isDocumentKey(key)) return;
    const row = { row: i + 1, key, cells };
    rows.push(row);
    if (!byKey.has(key)) byKey.set(key, row);
  });
  return { values: rectangle, headerRow: table.headerRow, columns, rows, byKey, lastContentRow, blank: values.length === 0 };
}

export const cellOf = (reg: Register, row: RegisterRow, h: RegisterHeader): Cell => row.cells[reg.columns.get(h)!];

// ---------- claims ----------

/** « 15/01/2026 à 10:02 » on Paris clocks: what a claim's `Détail` says of its start. */
export function claimTime(at: Date): string {
  const [day, time] = formatInstantFr(at).split(' ');
  return `${day} à ${time}`;
}

const CLAIM_TIME = /(\d{2})\/(\d{2})\/(\d{4}) à (\d{2}):(\d{2})/;
const SERIAL_1970 = 25569;

/** The instant a claim's `Détail` gives (to the minute), or undefined when staff changed the text. */
export function claimedAt(detail: string): Date | undefined {
  const m = CLAIM_TIME.exec(detail);
  if (!m) return undefined;
  const [, d, mo, y, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const serial = Date.UTC(y, mo - 1, d, h, mi) / 86_400_000 + SERIAL_1970;
  return instantOfSerial(serial);
}

export type Standing =
  | { kind: 'done' }
  /** Another run's fresh claim: skipped. */
  | { kind: 'busy'; detail: string }
  /** To make; `recover`: an earlier attempt may have left files carrying the key (Erreur, a stale claim). */
  | { kind: 'todo'; recover: boolean; row?: RegisterRow };

export function standing(reg: Register, key: string, nowMs: number): Standing {
  const row = reg.byKey.get(key);
  if (!row) return { kind: 'todo', recover: false };
  const state = text(cellOf(reg, row, 'État'));
  const detail = text(cellOf(reg, row, 'Détail'));
  if (state === CREATED) return { kind: 'done' };
  if (state === CLAIMED) {
    const at = claimedAt(detail);
    if (at && nowMs - at.getTime() < STALE_CLAIM_MS) return { kind: 'busy', detail };
    return { kind: 'todo', recover: true, row };
  }
  // A row released untouched (no state, « en attente ») left nothing in Drive; anything else may have.
  return { kind: 'todo', recover: state !== '' || (detail !== '' && detail !== messages.documents.waiting), row };
}

// ---------- writing ----------

/** Where a record's cells went: its row, the columns written there (0-based, as read before the write), and whether `Clé` was among them. */
export interface Placed {
  row: number;
  columns: number[];
  /** A new row written whole (its key too); otherwise the row's own `Clé` was left as it was, so the row stays known. */
  whole: boolean;
}

export interface PlannedWrite {
  updates: CellUpdate[];
  positions: Map<string, Placed>;
  /** Blank rows to insert before writing, above the anchor row (new records go there). */
  insertBefore?: { row: number; count: number };
  /** Fallback when the anchor row is not found: blank rows after the last row with content. */
  insertAfter?: { row: number; count: number };
}

const productColumns = (reg: Register) => DOCUMENTS_TAB.headers.map((h) => reg.columns.get(h)!);

/**
 * The first new record's row for `appendRow`, which Google applies atomically after the last row
 * with content at that instant (a note typed a moment before stays above it): its `Clé` alone (empty
 * cells before it when staff put columns left of it); the rest is written with the other rows, by
 * the headers as read after it.
 */
export function anchorRow(reg: Register, cells: RecordCells): { values: Cell[]; columns: number[] } {
  const keyCol = reg.columns.get('Clé')!;
  return { values: Array.from({ length: keyCol + 1 }, (_, c) => (c === keyCol ? cells['Clé'] : '')), columns: [keyCol] };
}

/**
 * The records' cells, by key in the register as read now (`reg`, read after the anchor was
 * appended): in place for keys there; the other new records in blank rows inserted right above
 * the anchor (so nothing is ever written in "the first empty row under the register", where a
 * person types), and the anchor's remaining columns.
 */
export function planRecords(
  reg: Register,
  records: ReadonlyMap<string, RecordCells>,
  anchor?: { key: string; columns: readonly number[] },
): PlannedWrite {
  const all = productColumns(reg);
  // A row already there keeps its `Clé` as it is: after any gesture, the row a write hit still says which it is.
  const inPlace = all.filter((c) => c !== reg.columns.get('Clé'));
  const updates: CellUpdate[] = [];
  const positions = new Map<string, Placed>();
  const place = (key: string, row: number, columns: number[]) => {
    const cells = records.get(key)!;
    positions.set(key, { row, columns, whole: columns.includes(reg.columns.get('Clé')!) });
    for (const h of DOCUMENTS_TAB.headers) {
      const column = reg.columns.get(h)!;
      if (columns.includes(column)) updates.push({ row, column, value: cells[h] });
    }
  };
  const at = anchor ? reg.byKey.get(anchor.key)?.row : undefined;
  const fresh = [...records.keys()].filter((k) => k !== anchor?.key && !reg.byKey.has(k));
  if (anchor && at === undefined) {
    // The anchor vanished at once (a colleague cleared it): every new record after the last row with content.
    const rows = [anchor.key, ...fresh];
    rows.forEach((k, i) => {
      place(k, reg.lastContentRow + 1 + i, all);
    });
    for (const k of records.keys()) if (!rows.includes(k)) place(k, reg.byKey.get(k)!.row, inPlace);
    return { updates, positions, insertAfter: { row: reg.lastContentRow, count: rows.length } };
  }
  const shift = (row: number) => (at !== undefined && row >= at ? row + fresh.length : row);
  for (const k of records.keys()) {
    if (k === anchor?.key || fresh.includes(k)) continue;
    place(k, shift(reg.byKey.get(k)!.row), inPlace);
  }
  if (at !== undefined) {
    fresh.forEach((k, i) => {
      place(k, at + i, all);
    });
    place(
      anchor!.key,
      at + fresh.length,
      all.filter((c) => !anchor!.columns.includes(c)),
    );
  } else if (fresh.length) {
    fresh.forEach((k, i) => {
      place(k, reg.lastContentRow + 1 + i, all);
    });
    return { updates, positions, insertAfter: { row: reg.lastContentRow, count: fresh.length } };
  }
  return { updates, positions, ...(at !== undefined && fresh.length ? { insertBefore: { row: at, count: fresh.length } } : {}) };
}

/**
 * One setValues per contiguous run of written cells: rows written on the same columns and next to
 * each other share blocks, each block a run of adjacent columns (a staff column in between splits it).
 */
export function registerBlocks(updates: readonly CellUpdate[]): Array<{ row: number; column: number; values: Cell[][] }> {
  const byRow = new Map<number, Map<number, Cell>>();
  for (const u of updates) byRow.set(u.row, (byRow.get(u.row) ?? new Map()).set(u.column, u.value));
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const signature = (row: number) => [...byRow.get(row)!.keys()].sort((a, b) => a - b).join(',');
  const blocks: Array<{ row: number; column: number; values: Cell[][] }> = [];
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j] === rows[j - 1]! + 1 && signature(rows[j]!) === signature(rows[i]!)) j++;
    const group = rows.slice(i, j);
    const columns = [...byRow.get(rows[i]!)!.keys()].sort((a, b) => a - b);
    for (let k = 0; k < columns.length; ) {
      let l = k + 1;
      while (l < columns.length && columns[l] === columns[l - 1]! + 1) l++;
      const run = columns.slice(k, l);
      blocks.push({ row: group[0]!, column: run[0]! + 1, values: group.map((r) => run.map((c) => byRow.get(r)!.get(c)!)) });
      k = l;
    }
    i = j;
  }
  return blocks;
}
