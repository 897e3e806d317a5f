/**
 * The `Documents` register, pure (workbook.md › `Documents`): rows found by `Clé` each time, staff
 * rows and columns kept, only the product's cells written (one block per contiguous run of them),
 * new rows after the last row with content as read at that moment, claims (`En cours`: who, since
 * when) and their 10-minute staleness. The Apps Script side reads, writes and flushes; this decides.
 */
import { instantOfSerial } from '../domain/dates';
import { messages } from '../domain/messages';
import { isContent, text, type Cell } from './cells';
import type { CellUpdate } from './plan';
import { DOCUMENTS_TAB } from './schema';
import { readTable } from './table';

export type RegisterHeader = (typeof DOCUMENTS_TAB.headers)[number];
/** The product's cells of one row, by header. */
export type RecordCells = Record<RegisterHeader, Cell>;

export const KEY_PREFIX = 'document:';
export const CREATED = 'Créé';
export const CLAIMED = 'En cours';
export const FAILED = 'Erreur';
/** A claim older than this is a run that died (workbook.md): look in Drive by key before making anything. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;
/** Google refuses a cell over 50,000 characters and the whole write with it. */
export const CELL_LIMIT = 50_000;

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
  for (const h of DOCUMENTS_TAB.headers) columns.set(h, table.columns.get(h)!);
  const keyCol = columns.get('Clé')!;
  const rows: RegisterRow[] = [];
  const byKey = new Map<string, RegisterRow>();
  let lastContentRow = 1;
  rectangle.forEach((cells, i) => {
    if (i > 0 && cells.some(isContent)) lastContentRow = i + 1;
    const key = i > 0 ? text(cells[keyCol]) : '';
    if (!key.startsWith(KEY_PREFIX)) return;
    const row = { row: i + 1, key, cells };
    rows.push(row);
    if (!byKey.has(key)) byKey.set(key, row);
  });
  return { values: rectangle, headerRow: table.headerRow, columns, rows, byKey, lastContentRow, blank: values.length === 0 };
}

export const cellOf = (reg: Register, row: RegisterRow, h: RegisterHeader): Cell => row.cells[reg.columns.get(h)!];

/** A cell as the product may write it: cut at Google's limit, ending « … (tronqué) ». */
export function fitCell(value: Cell, cut: string): Cell {
  if (typeof value !== 'string' || value.length <= CELL_LIMIT) return value;
  return value.slice(0, CELL_LIMIT - cut.length) + cut;
}

// ---------- claims ----------

const parisClock = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** « 15/01/2026 à 10:02 » on Paris clocks: what a claim's `Détail` says of its start. */
export function claimTime(at: Date): string {
  const p = Object.fromEntries(parisClock.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} à ${p.hour}:${p.minute}`;
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

export interface PlannedWrite {
  /** In-place updates (rows found by key now) and the new rows' cells, product columns only. */
  updates: CellUpdate[];
  /** Where each record went. */
  positions: Map<string, number>;
  /** New rows go from here (right after the last row with content); 0 when none. */
  appendFrom: number;
  appendCount: number;
}

/** The records' cells at their key's row as read now; keys not there get new rows after the last row with content. */
export function planRecords(reg: Register, records: ReadonlyMap<string, RecordCells>): PlannedWrite {
  const updates: CellUpdate[] = [];
  const positions = new Map<string, number>();
  let next = reg.lastContentRow + 1;
  let appendCount = 0;
  for (const [key, cells] of records) {
    const existing = reg.byKey.get(key);
    const row = existing ? existing.row : next++;
    if (!existing) appendCount++;
    positions.set(key, row);
    for (const h of DOCUMENTS_TAB.headers) updates.push({ row, column: reg.columns.get(h)!, value: cells[h] });
  }
  return { updates, positions, appendFrom: appendCount ? reg.lastContentRow + 1 : 0, appendCount };
}
