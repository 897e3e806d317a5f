/**
 * `Journal`: every action leaves its trace there, and keyed effects (an attendance save, later
 * e-mails and documents) are looked up by `Clé` so that they are never made twice.
 * The tab is read once per action (its keys and where to append), and an action's rows are
 * appended in one write.
 */
import { JOURNAL_TAB } from '../workbook/schema';
import { journalKeySet, planJournalAppend, type JournalEntry } from '../workbook/plans';
import type { Cell } from '../workbook/cells';
import { toSheetValue } from '../gas/spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Journal {
  /** The `Clé` values already journaled, as read at the start of the action. */
  readonly keys: ReadonlySet<string>;
  /** The tab's values as read (row 1 = headers), with this action's appended rows. */
  readonly values: readonly (readonly Cell[])[];
  /**
   * Appends the entries after the last row read: one write, growing the grid if needed. Returns
   * where they went (1-based first row) and the header row they were laid out by.
   */
  append(entries: readonly JournalEntry[]): { startRow: number; headerRow: readonly Cell[] };
}

/** Reads `Journal` once (one call after the lookup); a deleted tab reads as empty and is recreated on append. */
export function openJournal(ss: Spreadsheet): Journal {
  let sheet = ss.getSheetByName(JOURNAL_TAB.name);
  let values: Cell[][] = sheet ? (sheet.getSheetValues(1, 1, -1, -1) as Cell[][]) : [];
  let keys: Set<string> | undefined;
  return {
    get keys() {
      return (keys ??= journalKeySet(values, JOURNAL_TAB.headers));
    },
    get values() {
      return values;
    },
    append(entries) {
      if (entries.length === 0) return { startRow: values.length + 1, headerRow: values[0] ?? [] };
      // Deleted by hand: recreate it rather than lose the trace.
      sheet ??= ss.insertSheet(JOURNAL_TAB.name);
      const plan = planJournalAppend(values, JOURNAL_TAB.headers, entries);
      if (plan.headers) sheet.getRange(1, plan.headers.column, 1, plan.headers.values.length).setValues([plan.headers.values]);
      const rows = plan.rows.map((r) => r.map(toSheetValue));
      if (rows.length === 1) {
        // appendRow writes after the last row with content and grows the grid itself: one call.
        sheet.appendRow(rows[0]!);
      } else {
        const lastRow = plan.startRow + rows.length - 1;
        const max = sheet.getMaxRows();
        if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
        sheet.getRange(plan.startRow, 1, rows.length, rows[0]!.length).setValues(rows);
      }
      const headerRow = plan.headers ? [...(values[0] ?? []).slice(0, plan.headers.column - 1), ...plan.headers.values] : values[0] ?? [];
      values = [headerRow, ...values.slice(1), ...plan.rows];
      keys = undefined;
      return { startRow: plan.startRow, headerRow };
    },
  };
}

/** The keys already in `Journal` (one read). */
export function journalKeys(ss: Spreadsheet): ReadonlySet<string> {
  return openJournal(ss).keys;
}

export function appendJournal(ss: Spreadsheet, entries: readonly JournalEntry[]): void {
  openJournal(ss).append(entries);
}
