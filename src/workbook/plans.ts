/**
 * What the Sheet actions write, decided from what they read: pure functions returning cell
 * updates (see plan.ts), so every write is unit-tested without Apps Script.
 */
import { idKey, sharedIds, type CandidateResult } from '../domain/candidates';
import type { LearnerState } from '../domain/codes';
import type { LearnerResult } from '../domain/eligibility';
import { messages } from '../domain/messages';
import { SLOT_ID } from '../domain/selection/create-slots';
import { text, type Cell } from './cells';
import type { CandidateRow } from './cohort';
import type { CellUpdate } from './plan';
import { headerKey, type Table } from './table';

export const INVALID_BACKGROUND = '#f4cccc';
export const STATE_BACKGROUNDS: Record<LearnerState, string | null> = {
  eligible: '#d9ead3',
  in_progress: null,
  at_risk: '#fce5cd',
  not_eligible: '#f4cccc',
};

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
export const SLOT_ID_FORMAT: IdFormat = { ...SLOT_ID, column: 'Créneau' };

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
export function planIds(kind: IdKind, table: Table, rows: readonly number[] | 'all', lastIssued: number) {
  return planIdsOf(ID_FORMATS[kind], table, rows, lastIssued);
}

/** `Créneau` for slot rows a person added without one (the form's slots get theirs from planNewSlots). */
export function planSlotIds(table: Table, lastIssued: number) {
  return planIdsOf(SLOT_ID_FORMAT, table, 'all', lastIssued);
}

function planIdsOf(format: IdFormat, table: Table, rows: readonly number[] | 'all', lastIssued: number) {
  const pattern = new RegExp(`^${format.prefix}-(\\d+)$`, 'i');
  const header = format.column;
  let last = lastIssued;
  for (const r of [...table.rows, ...table.productOnlyRows]) {
    const m = pattern.exec(text(table.get(r, header)));
    if (m) last = Math.max(last, Number(m[1]));
  }
  const column = table.columns.get(header)!;
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

export function planCandidateIds(table: Table, rows: readonly number[] | 'all', lastIssued: number) {
  return planIds('candidate', table, rows, lastIssued);
}

/**
 * The rows whose `Contrôle` a check rewrites, within `scope` ('all', or the rows just edited): up to
 * the last row with content or with a stale `Contrôle` left on a row that no longer has any, as one
 * contiguous run (one write). Rows below, unticked checkboxes to the grid's bottom, are not touched.
 */
export function controlRows(table: Table, scope: readonly number[] | 'all'): number[] {
  let last = 0;
  for (const r of table.rows) last = Math.max(last, r.row);
  for (const r of table.productOnlyRows) if (text(table.get(r, 'Contrôle'))) last = Math.max(last, r.row);
  if (scope === 'all') return Array.from({ length: Math.max(last - 1, 0) }, (_, i) => i + 2);
  return scope.filter((row) => row >= 2 && row <= last);
}

/** `Contrôle` for the given sheet rows: the problems one per line, highlighted; empty and plain when valid. */
export function planControl(table: Table, results: readonly CandidateResult[], rows: readonly number[]): CellUpdate[] {
  const column = table.columns.get('Contrôle')!;
  const byRow = new Map(results.map((r) => [r.row, r]));
  return rows.map((row) => {
    const result = byRow.get(row);
    const invalid = result !== undefined && !result.valid;
    return {
      row,
      column,
      value: invalid ? result.problems.map((p) => p.message).join('\n') : '',
      background: invalid ? INVALID_BACKGROUND : null,
    };
  });
}

/** Applies freshly assigned IDs to the rows read, so checks and writes see them. */
export function withIds(candidates: readonly CandidateRow[], assigned: ReadonlyMap<number, string>): CandidateRow[] {
  return candidates.map((c) => (assigned.has(c.row) ? { ...c, id: assigned.get(c.row)! } : c));
}

/**
 * `Éligibilité` rewritten by learner ID: a learner keeps their row (and whatever staff wrote
 * beside it), a new learner gets the next free row, a learner no longer enrolled is marked so.
 * Two learners sharing an ID (a copied row) each get their own row, in `Candidatures` order, with
 * the warning first in `Motifs`: never one silently dropped.
 */
export function planEligibility(
  table: Table,
  learners: readonly LearnerResult[],
  candidates: readonly CandidateRow[],
  computedAt: Date,
): { updates: CellUpdate[]; lastRow: number } {
  const col = (h: string) => table.columns.get(h)!;
  // ID key → the tab's rows for it, with the ID as written there.
  const existing = new Map<string, Array<{ row: number; id: string }>>();
  let lastRow = 1;
  for (const r of table.rows) {
    lastRow = Math.max(lastRow, r.row);
    const id = text(table.get(r, 'ID apprenant'));
    if (!id) continue;
    const list = existing.get(idKey(id));
    if (list) list.push({ row: r.row, id });
    else existing.set(idKey(id), [{ row: r.row, id }]);
  }
  const statusById = new Map<string, string>();
  for (const c of candidates) if (c.id && !statusById.has(idKey(c.id))) statusById.set(idKey(c.id), c.status);
  const shared = sharedIds(candidates);
  const updates: CellUpdate[] = [];
  const write = (row: number, values: Record<string, Cell>, background: string | null) => {
    for (const [header, value] of Object.entries(values)) {
      updates.push({ row, column: col(header), value, ...(header === 'État' && { background }) });
    }
  };
  const used = new Map<string, number>();
  // A learner without an ID has no row to be found by next time (it would be added again at each
  // run): *Vérifier les candidatures* gives the ID, then the learner gets a row.
  for (const l of [...learners].filter((x) => x.id.trim()).sort((a, b) => a.row - b.row)) {
    const key = idKey(l.id);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const row = existing.get(key)?.[n]?.row ?? ++lastRow;
    const sharedRows = shared.get(key);
    const motifs = l.reasons.map((r) => r.message);
    if (sharedRows) motifs.unshift(messages.sheet.sharedId(l.id, sharedRows));
    write(row, {
      'ID apprenant': l.id,
      'Nom': l.name,
      'État': messages.states[l.state],
      'Motifs': motifs.join('\n'),
      'Calculé le': computedAt,
    }, STATE_BACKGROUNDS[l.state]);
  }
  for (const [key, rows] of existing) {
    const n = used.get(key) ?? 0;
    for (const { row, id } of rows.slice(n)) {
      const motif = n > 0 ? messages.sheet.sharedIdLeftover(id) : messages.sheet.noLongerEnrolled(statusById.get(key) ?? '');
      write(row, { 'État': '', 'Motifs': motif, 'Calculé le': computedAt }, null);
    }
  }
  return { updates, lastRow };
}
