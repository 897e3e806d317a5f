/**
 * `Productions` › `ID` (`P-0001`): given to every row with content that has none, never rewritten,
 * never reused (workbook.md › `Productions`), so that keys name a production by it. Run by *Vérifier
 * les candidatures*, *Initialiser la cohorte…* and the daily reminders, before any key is built.
 */
import { withDocumentLock } from '../gas/lock';
import { idCounter } from '../gas/properties';
import { applyBlocks, readTab, type SpreadsheetHandle } from '../gas/spreadsheet';
import { text, type Cell } from '../workbook/cells';
import { planBlocks } from '../workbook/blocks';
import { planIds } from '../workbook/ids';
import { PRODUCTIONS_TAB } from '../workbook/schema';
import { readTable } from '../workbook/table';

export interface ProductionIds {
  assigned: number;
  /** The tab's values with the new IDs in place (undefined when the tab is absent). */
  values?: Cell[][];
}

function lacksIds(values: Cell[][]): boolean {
  const table = readTable(values, PRODUCTIONS_TAB);
  return table.columns.has('ID') && table.rows.some((r) => !text(table.get(r, 'ID')));
}

export function assignProductionIds(ss: SpreadsheetHandle): ProductionIds {
  const first = readTab(ss, PRODUCTIONS_TAB.name);
  if (!first || !lacksIds(first.values)) return { assigned: 0, ...(first && { values: first.values }) };
  // Read again under the lock: a colleague may have sorted the tab or typed an ID meanwhile.
  return withDocumentLock(() => assignProductionIdsLocked(ss));
}

/** The same, for a caller holding the document lock: one read, and a write only when IDs are missing. */
export function assignProductionIdsLocked(ss: SpreadsheetHandle): ProductionIds {
  const tab = readTab(ss, PRODUCTIONS_TAB.name);
  if (!tab) return { assigned: 0 };
  if (!lacksIds(tab.values)) return { assigned: 0, values: tab.values };
  const counter = idCounter('production');
  const plan = planIds('production', readTable(tab.values, PRODUCTIONS_TAB), 'all', counter.last);
  // Counter first: if the write then fails, numbers are skipped, never reused.
  counter.save(plan.lastIssued);
  // Only cells empty in what was just read, one write per run of them: a typed ID is never rewritten.
  applyBlocks(tab.sheet, planBlocks(plan.updates));
  const values = tab.values.map((row) => [...row]);
  for (const u of plan.updates) values[u.row - 1]![u.column] = u.value;
  return { assigned: plan.updates.length, values };
}
