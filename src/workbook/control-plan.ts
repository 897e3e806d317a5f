/** `Contrôle` of `Candidatures`: which rows a check rewrites, and what it writes there. */
import type { CandidateResult } from '../domain/candidates';
import type { CellUpdate } from './blocks';
import { text } from './cells';
import type { Table } from './table';

export const INVALID_BACKGROUND = '#f4cccc';

/**
 * The rows whose `Contrôle` a check rewrites, within `scope` ('all', or the rows just edited): up to
 * the last row with content or with a stale `Contrôle` left on a row that no longer has any, as one
 * contiguous run (one write). Rows below, unticked checkboxes to the grid's bottom, are not touched.
 */
export function controlRows(table: Table<'Contrôle'>, scope: readonly number[] | 'all'): number[] {
  let last = 0;
  for (const r of table.rows) last = Math.max(last, r.row);
  for (const r of table.productOnlyRows) if (text(table.get(r, 'Contrôle'))) last = Math.max(last, r.row);
  if (scope === 'all') return Array.from({ length: Math.max(last - 1, 0) }, (_, i) => i + 2);
  return scope.filter((row) => row >= 2 && row <= last);
}

/** `Contrôle` for the given sheet rows: the problems one per line, highlighted; empty and plain when valid. */
export function planControl(table: Table<'Contrôle'>, results: readonly CandidateResult[], rows: readonly number[]): CellUpdate[] {
  const column = table.column('Contrôle')!;
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
