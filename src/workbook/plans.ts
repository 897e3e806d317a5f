/**
 * What the Sheet actions write, decided from what they read: pure functions returning cell
 * updates (see plan.ts), so every write is unit-tested without Apps Script.
 */
import type { CandidateResult } from '../domain/candidates';
import type { LearnerState } from '../domain/codes';
import type { LearnerResult } from '../domain/eligibility';
import { messages } from '../domain/messages';
import { text, type Cell } from './cells';
import type { CandidateRow } from './cohort';
import type { CellUpdate } from './plan';
import type { Table } from './table';

export const INVALID_BACKGROUND = '#f4cccc';
export const STATE_BACKGROUNDS: Record<LearnerState, string | null> = {
  eligible: '#d9ead3',
  in_progress: null,
  at_risk: '#fce5cd',
  not_eligible: '#f4cccc',
};

const ID_PATTERN = /^C-(\d+)$/i;

export function formatCandidateId(n: number): string {
  return `C-${String(n).padStart(4, '0')}`;
}

/**
 * IDs for rows that have none: numbered after both the highest ID in the tab and the highest
 * ever issued (kept outside the sheet), so a deleted row's ID is never given again.
 */
export function planCandidateIds(table: Table, rows: readonly number[] | 'all', lastIssued: number) {
  let last = lastIssued;
  for (const r of [...table.rows, ...table.productOnlyRows]) {
    const m = ID_PATTERN.exec(text(table.get(r, 'ID')));
    if (m) last = Math.max(last, Number(m[1]));
  }
  const column = table.columns.get('ID')!;
  const wanted = rows === 'all' ? undefined : new Set(rows);
  const assigned = new Map<number, string>();
  const updates: CellUpdate[] = [];
  for (const r of table.rows) {
    if (wanted && !wanted.has(r.row)) continue;
    if (text(table.get(r, 'ID'))) continue;
    const id = formatCandidateId(++last);
    assigned.set(r.row, id);
    updates.push({ row: r.row, column, value: id });
  }
  return { updates, assigned, lastIssued: last };
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
 */
export function planEligibility(
  table: Table,
  learners: readonly LearnerResult[],
  statusById: ReadonlyMap<string, string>,
  computedAt: Date,
): { updates: CellUpdate[]; lastRow: number } {
  const col = (h: string) => table.columns.get(h)!;
  const existing = new Map<string, number>();
  let lastRow = 1;
  for (const r of table.rows) {
    const id = text(table.get(r, 'ID apprenant'));
    if (id && !existing.has(id)) existing.set(id, r.row);
    lastRow = Math.max(lastRow, r.row);
  }
  const updates: CellUpdate[] = [];
  const write = (row: number, values: Record<string, Cell>, background: string | null) => {
    for (const [header, value] of Object.entries(values)) {
      updates.push({ row, column: col(header), value, ...(header === 'État' && { background }) });
    }
  };
  const seen = new Set<string>();
  for (const l of learners) {
    if (seen.has(l.id)) continue;
    seen.add(l.id);
    const row = existing.get(l.id) ?? ++lastRow;
    write(row, {
      'ID apprenant': l.id,
      'Nom': l.name,
      'État': messages.states[l.state],
      'Motifs': l.reasons.map((r) => r.message).join('\n'),
      'Calculé le': computedAt,
    }, STATE_BACKGROUNDS[l.state]);
  }
  for (const [id, row] of existing) {
    if (seen.has(id)) continue;
    write(row, { 'État': '', 'Motifs': messages.sheet.noLongerEnrolled(statusById.get(id) ?? ''), 'Calculé le': computedAt }, null);
  }
  return { updates, lastRow };
}

export interface JournalEntry {
  at: Date;
  action: string;
  target: string;
  detail: string;
  by: string;
  key: string;
}

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
