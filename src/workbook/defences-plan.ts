/**
 * What the soutenance sidebar writes into `Mémoires` (pure; the action applies it under the lock):
 * cells found by `ID apprenant` in the tab as just read, never at a row number remembered from the
 * proposal. A learner's first row is theirs (a second one is refused by the planner).
 */
import { idKey } from '../domain/candidates';
import { instantOfDay } from '../domain/dates';
import type { ThesisUpdate } from '../domain/defences';
import type { CellUpdate } from './blocks';
import type { Cell } from './cells';
import type { THESES_TAB } from './schema';
import { rowsByKey, type HeaderOf, type TableOf } from './table';

type ThesesTable = TableOf<typeof THESES_TAB>;
type ThesisHeader = HeaderOf<typeof THESES_TAB>;

export interface ThesisWritePlan {
  updates: CellUpdate[];
  /** Learners the updates name with no `Mémoires` row now. */
  missingRows: string[];
  /** Headers the updates need and the tab lacks. */
  missingColumns: ThesisHeader[];
}

/** The first row of each learner, by folded ID. */
export const thesisRowsById = (table: ThesesTable) => new Map([...rowsByKey(table, 'ID apprenant')].map(([k, r]) => [k, r.row]));

function cellValue(header: ThesisHeader, value: string): Cell {
  // A date as a Sheet date (Paris midnight), so that it reads and sorts as every date of the tab.
  return header === 'Date de soutenance' ? instantOfDay(value) : value;
}

export function planThesisWrites(table: ThesesTable, updates: readonly ThesisUpdate[]): ThesisWritePlan {
  const rows = thesisRowsById(table);
  const plan: ThesisWritePlan = { updates: [], missingRows: [], missingColumns: [] };
  for (const u of updates) {
    const row = rows.get(idKey(u.learnerId));
    if (row === undefined) {
      plan.missingRows.push(u.learnerId);
      continue;
    }
    for (const [header, value] of Object.entries(u.cells) as [ThesisHeader, string][]) {
      const column = table.column(header);
      if (column === undefined) {
        if (!plan.missingColumns.includes(header)) plan.missingColumns.push(header);
      } else plan.updates.push({ row, column, value: cellValue(header, value) });
    }
  }
  return plan;
}

/** `Résultat` of one learner; undefined when they have no row. */
export function planResultWrite(table: ThesesTable, learnerId: string, result: string): CellUpdate | undefined {
  const row = thesisRowsById(table).get(idKey(learnerId));
  const column = table.column('Résultat');
  return row === undefined || column === undefined ? undefined : { row, column, value: result };
}
