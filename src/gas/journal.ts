/**
 * The one writer of `Journal` (workbook.md › `Journal`): every action's rows go through here, under
 * the document lock, appended after the last row with content as read at that very moment, never at
 * a row number remembered from earlier in the run. Append-only: a change of state is a new row.
 * Staff may sort, filter, delete or clear the tab at any time, during a run included.
 */
import { JOURNAL_TAB } from '../workbook/schema';
import { lastContentRow, planJournalAppend, rowsLostToAppend, type JournalEntry } from '../workbook/journal';
import type { Cell } from '../workbook/cells';
import { withDocumentLock } from './lock';
import { ensureRows, toSheetValue } from './spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { JournalEntry } from '../workbook/journal';

/** `Journal`'s values (row 1 = headers) in one read; an absent tab reads as empty. */
export function readJournal(ss: Spreadsheet): Cell[][] {
  const sheet = ss.getSheetByName(JOURNAL_TAB.name);
  return sheet ? readAll(sheet) : [];
}

function readAll(sheet: Sheet): Cell[][] {
  // getSheetValues with -1 reads up to the last row and column with content (one empty cell on an empty tab).
  return sheet.getSheetValues(1, 1, -1, -1) as Cell[][];
}

/** Appends `entries` in their own lock section. Never call it while holding the document lock. */
export function appendJournal(ss: Spreadsheet, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  withDocumentLock(() => appendJournalLocked(ss, entries));
}

/**
 * Appends `entries`; the caller holds the document lock (so no other execution writes meanwhile).
 * Returns the tab's values as read just before writing (for callers that decided under the lock).
 * One row goes with appendRow, which finds the last row itself when it is applied: nothing a person
 * does in between can be overwritten. Several rows go in one write right after the read, then are
 * checked: if a colleague inserted rows above in between, the rows pushed onto the block are written
 * again (they are product rows, known from the read).
 */
export function appendJournalLocked(ss: Spreadsheet, entries: readonly JournalEntry[], read?: Cell[][]): void {
  if (entries.length === 0) return;
  // Deleted by hand: recreate it rather than lose the trace.
  const sheet = ss.getSheetByName(JOURNAL_TAB.name) ?? ss.insertSheet(JOURNAL_TAB.name);
  const before = read ?? readAll(sheet);
  const plan = planJournalAppend(before, JOURNAL_TAB.headers, entries);
  if (plan.headers) sheet.getRange(1, plan.headers.column, 1, plan.headers.values.length).setValues([plan.headers.values]);
  const rows = plan.rows.map((r) => r.map(toSheetValue));
  if (rows.length === 1 && !plan.headers) {
    // Lands when the lock is released (withDocumentLock flushes), or before, at the caller's flush.
    sheet.appendRow(rows[0]!);
    return;
  }
  writeBlock(sheet, plan.startRow, rows);
  // The read that checks the block also sends it (Apps Script flushes before a read).
  const lost = rowsLostToAppend(before, readAll(sheet), plan.startRow, rows.length);
  if (lost.length) {
    writeBlock(sheet, lastContentRow(readAll(sheet)) + 1, lost.map((r) => padded(r, rows[0]!.length).map(toSheetValue)));
  }
}

function padded(row: Cell[], width: number): Cell[] {
  return row.length >= width ? row : [...row, ...Array<Cell>(width - row.length).fill('')];
}

function writeBlock(sheet: Sheet, startRow: number, rows: ReturnType<typeof toSheetValue>[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  ensureRows(sheet, startRow + rows.length - 1);
  sheet.getRange(startRow, 1, rows.length, width).setValues(rows.map((r) => padded(r as Cell[], width) as ReturnType<typeof toSheetValue>[]));
}
