/** PACTE › Vérifier les candidatures, and the re-check of edited rows (onEdit). */
import { checkCandidates } from '../domain/candidates';
import { messages } from '../domain/messages';
import { resolveProfile } from '../domain/settings';
import { applyBlocks, readTab, toast } from '../gas/spreadsheet';
import { withDocumentLock } from '../gas/lock';
import { lastCandidateNumber, saveLastCandidateNumber } from '../gas/properties';
import { readCandidates, readSettings } from '../workbook/cohort';
import { fillColumnGaps, planBlocks } from '../workbook/plan';
import { controlRows, planCandidateIds, planControl, withIds } from '../workbook/plans';
import { CANDIDATES_TAB, SETTINGS_TAB } from '../workbook/schema';
import { readTable, type Table } from '../workbook/table';
import { text, type Cell } from '../workbook/cells';
import type { Profile } from '../domain/profile';
import { openAction, requireSheetTab } from './context';
import { appendJournal } from './journal';

interface Outcome {
  total: number;
  valid: number;
  assigned: number;
}

/** Assigns missing IDs (under the document lock), then rewrites `Contrôle` for `rows`. */
function checkRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: Cell[][], table: Table, profile: Profile, rows: number[] | 'all'): Outcome {
  const inRows = rows === 'all' ? () => true : (row: number) => rows.includes(row);
  const missingIds = table.rows.some((r) => inRows(r.row) && !text(table.get(r, 'ID')));
  let assigned = new Map<number, string>();
  if (missingIds) {
    assigned = withDocumentLock(() => {
      // Counter first: if the write then fails, numbers are skipped, never reused.
      const plan = planCandidateIds(table, rows, lastCandidateNumber());
      saveLastCandidateNumber(plan.lastIssued);
      applyBlocks(sheet, planBlocks(fillColumnGaps(plan.updates, values)));
      return plan.assigned;
    });
  }
  const candidates = withIds(readCandidates(table), assigned);
  const results = checkCandidates(candidates, profile);
  applyBlocks(sheet, planBlocks(planControl(table, results, controlRows(table, rows))));
  const inScope = results.filter((r) => inRows(r.row));
  return { total: inScope.length, valid: inScope.filter((r) => r.valid).length, assigned: assigned.size };
}

export function checkCandidatesAction(): void {
  const { ss, user, profile } = openAction();
  const { sheet, values, table } = requireSheetTab(ss, CANDIDATES_TAB);
  const outcome = checkRows(sheet, values, table, profile, 'all');
  const summary = messages.sheet.candidatesChecked(outcome.total, outcome.valid);
  const detail = outcome.assigned ? `${summary} ; ${messages.sheet.idsAssigned(outcome.assigned)}` : summary;
  appendJournal(ss, [{ at: new Date(), action: messages.sheet.journal.checkCandidates, target: CANDIDATES_TAB.name, detail, by: user, key: '' }]);
  toast(ss, detail, messages.sheet.toastTitle);
}

/**
 * onEdit: re-checks only the candidate rows just edited. A simple trigger cannot know who edits,
 * so it only refreshes the product's own `Contrôle` (and missing IDs), never anything typed.
 */
export function recheckEditedRows(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  if (sheet.getName() !== CANDIDATES_TAB.name) return;
  const first = Math.max(range.getRow(), 2);
  const last = range.getRow() + range.getNumRows() - 1;
  if (last < first) return;
  const settingsTab = readTab(e.source, SETTINGS_TAB.name);
  if (!settingsTab) return;
  const profile = resolveProfile(readSettings(readTable(settingsTab.values, SETTINGS_TAB)));
  const values = sheet.getDataRange().getValues();
  const table = readTable(values, CANDIDATES_TAB);
  // Up to the data's end: a row just emptied gets its `Contrôle` cleared too.
  const rows: number[] = [];
  for (let r = first; r <= Math.min(last, values.length); r++) rows.push(r);
  if (rows.length > 0) checkRows(sheet, values as Cell[][], table, profile, rows);
}
