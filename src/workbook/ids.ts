/**
 * The IDs the product assigns (workbook.md): their formats, and the writes that give one to each
 * row without (numbered after the highest in the tab and the highest ever issued, so a deleted row's
 * ID is never given again).
 */
import type { CandidateRow } from '../domain/rows';
import { SLOT_ID } from '../domain/selection/create-slots';
import type { CellUpdate } from './blocks';
import { text } from './cells';
import type { Table } from './table';

interface IdFormat {
  readonly prefix: string;
  readonly width: number;
  /** The column holding the ID. */
  readonly column: string;
}

/** The IDs the product assigns, and the column holding them: candidates `C-0001`, productions `P-0001` (workbook.md). */
export const ID_FORMATS = {
  candidate: { prefix: 'C', width: 4, column: 'ID' },
  production: { prefix: 'P', width: 4, column: 'ID' },
} as const satisfies Record<string, IdFormat>;
export type IdKind = keyof typeof ID_FORMATS;

/** Interview slots: `E-001` in `Entretiens` › `Créneau` (its own counter: slots are not an IdKind of the stores yet). */
export const SLOT_ID_FORMAT = { ...SLOT_ID, column: 'Créneau' } as const satisfies IdFormat;

function formatIdOf(format: IdFormat, n: number): string {
  return `${format.prefix}-${String(n).padStart(format.width, '0')}`;
}

export function formatId(kind: IdKind, n: number): string {
  return formatIdOf(ID_FORMATS[kind], n);
}

export function formatCandidateId(n: number): string {
  return formatId('candidate', n);
}

/**
 * IDs for rows that have none: numbered after both the highest ID in the tab and the highest
 * ever issued (kept outside the sheet), so a deleted row's ID is never given again.
 */
export function planIds(kind: IdKind, table: Table<'ID'>, rows: readonly number[] | 'all', lastIssued: number) {
  return planIdsOf(ID_FORMATS[kind], table, rows, lastIssued);
}

/** `Créneau` for slot rows a person added without one (the form's slots get theirs from planNewSlots). */
export function planSlotIds(table: Table<'Créneau'>, lastIssued: number) {
  return planIdsOf(SLOT_ID_FORMAT, table, 'all', lastIssued);
}

function planIdsOf<H extends string>(
  format: IdFormat & { readonly column: H },
  table: Table<H>,
  rows: readonly number[] | 'all',
  lastIssued: number,
) {
  const pattern = new RegExp(`^${format.prefix}-(\\d+)$`, 'i');
  const header = format.column;
  let last = lastIssued;
  for (const r of [...table.rows, ...table.productOnlyRows]) {
    const m = pattern.exec(text(table.get(r, header)));
    if (m) last = Math.max(last, Number(m[1]));
  }
  const column = table.column(header)!;
  const wanted = rows === 'all' ? undefined : new Set(rows);
  const assigned = new Map<number, string>();
  const updates: CellUpdate[] = [];
  for (const r of table.rows) {
    if (wanted && !wanted.has(r.row)) continue;
    if (text(table.get(r, header))) continue;
    const id = formatIdOf(format, ++last);
    assigned.set(r.row, id);
    updates.push({ row: r.row, column, value: id });
  }
  return { updates, assigned, lastIssued: last };
}

export function planCandidateIds(table: Table<'ID'>, rows: readonly number[] | 'all', lastIssued: number) {
  return planIds('candidate', table, rows, lastIssued);
}

/** Applies freshly assigned IDs to the rows read, so checks and writes see them. */
export function withIds(candidates: readonly CandidateRow[], assigned: ReadonlyMap<number, string>): CandidateRow[] {
  return candidates.map((c) => (assigned.has(c.row) ? { ...c, id: assigned.get(c.row)! } : c));
}
