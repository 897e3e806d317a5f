/** PACTE › Vérifier les candidatures, and the re-check of edited rows (onEdit). */
import { countApplications, type ApplicationCounts } from '../domain/application-counts';
import { checkCandidates } from '../domain/candidates';
import { messages } from '../domain/messages';
import { resolveProfile } from '../workbook/settings';
import { applyBlocks, readTab, toast, type SpreadsheetHandle } from '../gas/spreadsheet';
import { editedRows, editedTabName, type EditEvent } from '../gas/events';
import { withDocumentLock } from '../gas/lock';
import { candidateCounter } from '../gas/properties';
import { readCandidates, readSettings } from '../workbook/cohort';
import { planBlocks } from '../workbook/blocks';
import { controlRows, planControl } from '../workbook/control-plan';
import { planCandidateIds, withIds } from '../workbook/ids';
import { CANDIDATES_TAB, SETTINGS_TAB } from '../workbook/schema';
import { readTable } from '../workbook/table';
import { text } from '../workbook/cells';
import { columnLetters } from '../workbook/a1';
import type { Profile } from '../domain/profile';
import { openAction, requireSheetTab, type ActionContext } from './context';
import { appendJournalLocked } from '../gas/journal';
import { assignProductionIdsLocked } from './production-ids';

interface Outcome {
  counts: ApplicationCounts;
  assigned: number;
  /** 0-based column of `Contrôle` as found by its header (undefined when the tab lacks it). */
  controlColumn: number | undefined;
}

/**
 * Under the document lock, reads `Candidatures` and only then writes against it: missing IDs into
 * cells still empty, `Contrôle` for `rows` (sheet rows, or all). Anything read before the lock
 * (a colleague may have sorted the tab, typed an ID, or another check may have run meanwhile)
 * is never used to address a row.
 */
function checkRows(ss: SpreadsheetHandle, profile: Profile, rows: { first: number; last: number } | 'all'): Outcome {
  return withDocumentLock(() => checkRowsLocked(ss, profile, rows));
}

function checkRowsLocked(ss: SpreadsheetHandle, profile: Profile, rows: { first: number; last: number } | 'all'): Outcome {
  const { sheet, values, table } = requireSheetTab(ss, CANDIDATES_TAB);
  const first = rows === 'all' ? 2 : rows.first;
  // Up to the data's end: a row just emptied gets its `Contrôle` cleared too.
  const last = rows === 'all' ? Math.max(table.rows.at(-1)?.row ?? 1, 1) : Math.min(rows.last, values.length);
  const target = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const inRows = (row: number) => row >= first && row <= last;
  let assigned = new Map<number, string>();
  if (table.rows.some((r) => inRows(r.row) && !text(table.get(r, 'ID')))) {
    const counter = candidateCounter();
    const plan = planCandidateIds(table, target, counter.last);
    // Counter first: if the write then fails, numbers are skipped, never reused.
    counter.save(plan.lastIssued);
    // Only cells empty in what was just read, one write per run of them: a typed ID is never rewritten.
    applyBlocks(sheet, planBlocks(plan.updates));
    assigned = plan.assigned;
  }
  const candidates = withIds(readCandidates(table), assigned);
  const results = checkCandidates(candidates, profile);
  // `Contrôle` down to the last applicant or stale message only: not on 1000 rows of unticked checkboxes.
  const control = controlRows(table, rows === 'all' ? 'all' : target);
  if (control.length > 0) applyBlocks(sheet, planBlocks(planControl(table, results, control)));
  const statusOf = new Map(candidates.map((c) => [c.row, c.status]));
  const inScope = results.filter((r) => inRows(r.row)).map((r) => ({ valid: r.valid, status: statusOf.get(r.row) ?? '' }));
  return {
    counts: countApplications(inScope),
    assigned: assigned.size,
    controlColumn: table.columns.get('Contrôle'),
  };
}

/** Checks every candidate row and journals it; returns the summary, for the entry point to report. */
export function checkAllCandidates(ctx: ActionContext): string {
  return checkAndJournal(ctx).detail;
}

/** One lock section: the check, the productions' IDs (reminders name them by it), the journal row. */
function checkAndJournal({ ss, user, profile }: ActionContext): { detail: string; outcome: Outcome } {
  return withDocumentLock(() => {
    const outcome = checkRowsLocked(ss, profile, 'all');
    const productions = assignProductionIdsLocked(ss).assigned;
    const detail = [
      messages.candidate.summary(outcome.counts),
      ...(outcome.assigned ? [messages.sheet.idsAssigned(outcome.assigned)] : []),
      ...(productions ? [messages.sheet.productionIdsAssigned(productions)] : []),
    ].join(' ; ');
    appendJournalLocked(ss, [
      { at: new Date(), action: messages.sheet.journal.checkCandidates, target: CANDIDATES_TAB.name, detail, by: user, key: '' },
    ]);
    return { detail, outcome };
  });
}

/** The menu item: the person at the keyboard, a toast. */
export function checkCandidatesAction(): void {
  const ctx = openAction();
  const { detail, outcome } = checkAndJournal(ctx);
  // `Contrôle` sits far right, off-screen: the toast names its column so staff know where to look.
  const where =
    outcome.controlColumn === undefined ? detail : messages.sheet.seeControlColumn(detail, columnLetters(outcome.controlColumn + 1));
  toast(ctx.ss, where, messages.sheet.toastTitle);
}

/**
 * onEdit: re-checks only the candidate rows just edited. A simple trigger cannot know who edits,
 * so it only refreshes the product's own `Contrôle` (and missing IDs), never anything typed.
 */
export function recheckEditedRows(e: EditEvent, tab = editedTabName(e.range)): void {
  if (tab !== CANDIDATES_TAB.name) return;
  const { row, numRows } = editedRows(e.range);
  // Never the header row: its `Contrôle` cell is the column's header.
  const first = Math.max(row, 2);
  const last = row + numRows - 1;
  if (last < first) return;
  const settingsTab = readTab(e.source, SETTINGS_TAB.name);
  if (!settingsTab) return;
  const profile = resolveProfile(readSettings(readTable(settingsTab.values, SETTINGS_TAB)));
  checkRows(e.source, profile, { first, last });
}
