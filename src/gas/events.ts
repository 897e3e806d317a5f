/**
 * The event object Apps Script gives onEdit (https://developers.google.com/apps-script/guides/triggers/events#edit):
 * its `source` and `range` are properties (no call); reading the range is a call each.
 */
import { rangeOf, type RangeHandle, type SpreadsheetHandle } from './handles';

export interface EditEvent {
  /** The spreadsheet edited. */
  readonly source: SpreadsheetHandle;
  /** The cells edited. */
  readonly range: RangeHandle;
}

/** The name of the tab the edit was made in (two calls). */
export function editedTabName(range: RangeHandle): string {
  return rangeOf(range).getSheet().getName();
}

/** The edited rows: the first (1-based) and how many (two calls). */
export function editedRows(range: RangeHandle): { row: number; numRows: number } {
  const r = rangeOf(range);
  return { row: r.getRow(), numRows: r.getNumRows() };
}

/** The edited columns: the first (1-based) and how many (two calls). */
export function editedColumns(range: RangeHandle): { column: number; numColumns: number } {
  const r = rangeOf(range);
  return { column: r.getColumn(), numColumns: r.getNumColumns() };
}
