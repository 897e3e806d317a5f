/**
 * `Journal` as values (workbook.md › `Journal`): reading its rows by header, laying out new rows,
 * and checking an append after the fact. Pure: src/gas/journal.ts is the one writer.
 */
import { dayOfInstant, instantOfCell, type Day } from '../domain/dates';
import { looksLikeKey } from '../domain/keys';
import type { JournalLine } from '../domain/sent-keys';
import { text, type Cell } from './cells';
import { JOURNAL_TAB } from './schema';
import { headerKey } from './table';

export interface JournalEntry {
  at: Date;
  action: string;
  target: string;
  detail: string;
  by: string;
  key: string;
}

type Values = readonly (readonly Cell[])[];

/** A journal row laid out by the tab's own header row. */
export function journalRow(headerRow: readonly string[], entry: JournalEntry, headerIndex: (h: string) => number): Cell[] {
  const row: Cell[] = headerRow.map(() => '');
  const put = (h: string, v: Cell) => {
    const i = headerIndex(h);
    if (i >= 0) row[i] = v;
  };
  put('Horodatage', entry.at);
  put('Action', entry.action);
  put('Cible', entry.target);
  put('Détail', entry.detail);
  put('Par', entry.by);
  put('Clé', entry.key);
  return row;
}

/** The journal's header row as read (trailing empty cells dropped) and where each contract header is. */
function journalHeaders(values: Values, contract: readonly string[]) {
  const headers = (values[0] ?? []).map((h) => text(h));
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const keys = headers.map(headerKey);
  const missing = contract.filter((h) => !keys.includes(headerKey(h)));
  return { headers, keys, missing };
}

/**
 * The columns holding keys: `Clé`, and any column the product does not recognise (a `Clé` header
 * staff renamed, then added back by the product): a key there counts, so an effect may be
 * skipped, never made twice.
 */
function keyColumns(values: Values, contract: readonly string[]): { main: number; others: number[] } {
  const { keys } = journalHeaders(values, contract);
  const known = new Set(contract.map(headerKey));
  return { main: keys.indexOf(headerKey('Clé')), others: keys.map((k, i) => (known.has(k) ? -1 : i)).filter((i) => i >= 0) };
}

function rowKey(row: readonly Cell[], columns: { main: number; others: number[] }): string {
  const key = columns.main >= 0 ? text(row[columns.main]) : '';
  if (key) return key;
  for (const c of columns.others) {
    const cell = text(row[c]);
    if (looksLikeKey(cell)) return cell;
  }
  return '';
}

/** The keys in `Journal`, from the values of the tab read once. */
export function journalKeySet(values: Values, contract: readonly string[] = JOURNAL_TAB.headers): Set<string> {
  const columns = keyColumns(values, contract);
  const found = new Set<string>();
  for (const row of values.slice(1)) {
    const key = rowKey(row, columns);
    if (key) found.add(key);
  }
  return found;
}

/** `Journal` rows by header (any order, extra columns ignored); an absent tab reads as empty. */
export function readJournalLines(values: Values | undefined): JournalLine[] {
  if (!values || values.length === 0) return [];
  const headers = (values[0] ?? []).map(headerKey);
  const col = (h: string) => headers.indexOf(headerKey(h));
  const [at, action, target, detail] = ['Horodatage', 'Action', 'Cible', 'Détail'].map(col) as [number, number, number, number];
  const columns = keyColumns(values, JOURNAL_TAB.headers);
  const cell = (row: readonly Cell[], i: number) => (i >= 0 ? row[i] : undefined);
  return values.slice(1).flatMap((row) => {
    const instant = instantOfCell(cell(row, at));
    const line: JournalLine = {
      action: text(cell(row, action)),
      target: text(cell(row, target)),
      detail: text(cell(row, detail)),
      key: rowKey(row, columns),
    };
    if (!line.action && !line.key && !line.target) return [];
    if (instant !== undefined) {
      line.instant = instant;
      line.at = dayOfInstant(new Date(instant)) as Day;
    }
    return [line];
  });
}

export interface JournalAppendPlan {
  /** Headers to add at row 1, starting at this 1-based column (an empty tab, or contract headers gone). */
  headers?: { column: number; values: string[] };
  /** 1-based row where `rows` start: right after the last row with content. */
  startRow: number;
  rows: Cell[][];
}

const hasContent = (row: readonly Cell[] | undefined) => (row ?? []).some((c) => text(c) !== '');

/** The 1-based number of the last row holding something (0 for an empty tab). */
export function lastContentRow(values: Values): number {
  for (let i = values.length - 1; i >= 0; i--) if (hasContent(values[i])) return i + 1;
  return 0;
}

/**
 * Where and what to append: one block of rows after the last row with content, laid out by the
 * tab's own headers; a contract header staff removed or renamed is added back at the end of row 1.
 */
export function planJournalAppend(values: Values, contract: readonly string[], entries: readonly JournalEntry[]): JournalAppendPlan {
  const { headers, missing } = journalHeaders(values, contract);
  const full = [...headers, ...missing];
  const index = (h: string) => full.findIndex((x) => headerKey(x) === headerKey(h));
  const rows = entries.map((e) => journalRow(full, e, index));
  return {
    ...(missing.length > 0 && { headers: { column: headers.length + 1, values: missing } }),
    startRow: Math.max(lastContentRow(values), 1) + 1,
    rows,
  };
}

const cellId = (c: Cell) => (c instanceof Date ? `d${c.getTime()}` : `s${text(c)}`);
const rowId = (row: readonly Cell[]) => {
  const cells = row.map(cellId);
  while (cells.length && cells.at(-1) === 's') cells.pop();
  return cells.join('\u0001');
};

/**
 * After a block of `written` rows was appended below the rows read in `before`: when a colleague
 * inserted `inserted` rows between that read and the write, rows above were pushed down under the
 * block and overwritten. They are among the last rows read (at most `inserted` and `written` of
 * them); those no longer in the tab are returned, to be written again. A sort, a deleted or cleared
 * row (no row inserted) costs nothing and returns nothing: what staff took away stays away.
 */
export function rowsLostToInsertion(before: Values, after: Values, inserted: number, written: number): Cell[][] {
  if (inserted <= 0) return [];
  const remaining = new Map<string, number>();
  for (const row of after) if (hasContent(row)) remaining.set(rowId(row), (remaining.get(rowId(row)) ?? 0) + 1);
  const contentRows = before.slice(1).filter(hasContent);
  const lost: Cell[][] = [];
  for (const row of contentRows.slice(-Math.min(inserted, written))) {
    const id = rowId(row);
    const n = remaining.get(id) ?? 0;
    if (n > 0) remaining.set(id, n - 1);
    else lost.push([...row]);
  }
  return lost;
}
