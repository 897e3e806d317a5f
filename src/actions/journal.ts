/** Appends to `Journal`: every action leaves its trace there, laid out by the tab's headers. */
import { JOURNAL_TAB } from '../workbook/schema';
import { journalRow, type JournalEntry } from '../workbook/plans';
import { headerKey } from '../workbook/table';
import { toSheetValue } from '../gas/spreadsheet';

export function appendJournal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  let sheet = ss.getSheetByName(JOURNAL_TAB.name);
  let headers: string[];
  if (!sheet) {
    // Journal deleted by hand: recreate it rather than lose the trace.
    sheet = ss.insertSheet(JOURNAL_TAB.name);
    headers = [...JOURNAL_TAB.headers];
    sheet.appendRow(headers);
  } else {
    // The header row only, whatever its width: the journal itself is never read back.
    headers = (sheet.getRange('1:1').getValues()[0] ?? []).map(String);
    while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  }
  const keys = headers.map(headerKey);
  const complete = JOURNAL_TAB.headers.every((h) => keys.includes(headerKey(h)));
  for (const entry of entries) {
    // A renamed journal header: keep the trace readable, in contract order after the columns found.
    const row = complete
      ? journalRow(headers, entry, (h) => keys.indexOf(headerKey(h)))
      : [...headers.map(() => ''), entry.at, entry.action, entry.target, entry.detail, entry.by, entry.key];
    // appendRow grows the grid and is atomic: one row, one call (actions journal one entry each).
    sheet.appendRow(row.map(toSheetValue));
  }
}
