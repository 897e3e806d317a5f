/**
 * The one writer of `Journal` (workbook.md › `Journal`): every action's rows go through here, under
 * the document lock, appended after the last row with content as read at that very moment, never at
 * a row number remembered from earlier in the run. Append-only: a change of state is a new row.
 * Staff may sort, filter, delete or clear the tab at any time, during a run included.
 */
import { JOURNAL_TAB } from '../workbook/schema';
import { lastContentRow, planJournalAppend, rowsLostToInsertion, type JournalEntry } from '../workbook/journal';
import type { Cell } from '../workbook/cells';
import { sheetHandle, spreadsheetOf, type SpreadsheetHandle } from './handles';
import { withDocumentLock } from './lock';
import { ensureRows, toSheetValue } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type { JournalEntry } from '../workbook/journal';

/** `Journal`'s values (row 1 = headers) in one read; an absent tab reads as empty. */
export function readJournal(ss: SpreadsheetHandle): Cell[][] {
  const sheet = spreadsheetOf(ss).getSheetByName(JOURNAL_TAB.name);
  return sheet ? readAll(sheet) : [];
}

function readAll(sheet: Sheet): Cell[][] {
  // getSheetValues with -1 reads up to the last row and column with content (one empty cell on an empty tab).
  return sheet.getSheetValues(1, 1, -1, -1) as Cell[][];
}

/** Appends `entries` in their own lock section. Never call it while holding the document lock. */
export function appendJournal(ss: SpreadsheetHandle, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  withDocumentLock(() => appendJournalLocked(ss, entries));
}

/**
 * Appends rows; the caller holds the document lock (so no other execution writes meanwhile).
 * `entries` may be decided from `Journal` as read right here (the reminders' claims): then nothing
 * but computation stands between the read and the write. One row goes with appendRow, which finds
 * the last row itself when it lands: nothing a person does in between is overwritten. Several rows
 * go in one write after the last row read, then are checked: when a colleague inserted rows in
 * between (the grid grew by more than this write), the rows pushed under the block were overwritten;
 * they are product rows known from the read, and are written again.
 */
export function appendJournalLocked(
  ss: SpreadsheetHandle,
  entries: readonly JournalEntry[] | ((journal: Cell[][]) => readonly JournalEntry[]),
): void {
  if (Array.isArray(entries) && entries.length === 0) return;
  // Deleted by hand: recreate it rather than lose the trace.
  const book = spreadsheetOf(ss);
  const sheet = book.getSheetByName(JOURNAL_TAB.name) ?? book.insertSheet(JOURNAL_TAB.name);
  // The grid's size before the read tells, after a block's write, whether rows were inserted meanwhile
  // (one row goes with appendRow, which needs no check).
  const gridBefore = Array.isArray(entries) && entries.length === 1 ? undefined : sheet.getMaxRows();
  const before = readAll(sheet);
  const decided = typeof entries === 'function' ? entries(before) : entries;
  if (decided.length === 0) return;
  const plan = planJournalAppend(before, JOURNAL_TAB.headers, decided);
  if (plan.headers) sheet.getRange(1, plan.headers.column, 1, plan.headers.values.length).setValues([plan.headers.values]);
  const rows = plan.rows.map((r) => r.map(toSheetValue));
  if (rows.length === 1 && !plan.headers) {
    // Lands when the lock is released (withDocumentLock flushes), or before, at the caller's flush.
    sheet.appendRow(rows[0]!);
    return;
  }
  const grid = gridBefore ?? sheet.getMaxRows();
  const needed = plan.startRow + rows.length - 1;
  if (needed > grid) sheet.insertRowsAfter(grid, needed - grid);
  sheet.getRange(plan.startRow, 1, rows.length, rows[0]!.length).setValues(rows);
  // The read that checks the block also lands it (Apps Script applies pending writes before a read).
  const after = readAll(sheet);
  const inserted = sheet.getMaxRows() - Math.max(grid, needed);
  const lost = rowsLostToInsertion(before, after, inserted, rows.length);
  if (lost.length)
    writeBlock(
      sheet,
      lastContentRow(after) + 1,
      lost.map((r) => padded(r, rows[0]!.length).map(toSheetValue)),
    );
}

function padded(row: Cell[], width: number): Cell[] {
  return row.length >= width ? row : [...row, ...Array<Cell>(width - row.length).fill('')];
}

function writeBlock(sheet: Sheet, startRow: number, rows: ReturnType<typeof toSheetValue>[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  ensureRows(sheetHandle(sheet), startRow + rows.length - 1);
  sheet
    .getRange(startRow, 1, rows.length, width)
    .setValues(rows.map((r) => padded(r as Cell[], width) as ReturnType<typeof toSheetValue>[]));
}
