/**
 * The thin adapter over SpreadsheetApp: find and read a tab in one call, apply planned blocks in one
 * call each, grow the grid, and the few single writes the product makes. Nothing here knows the rules.
 */
import { asLiteralText, fitCell, PLAIN_TEXT_FORMAT, sheetsWouldRetype, type Cell } from '../workbook/cells';
import type { Block } from '../workbook/blocks';
import { sheetHandle, sheetOf, spreadsheetHandle, spreadsheetOf, type SheetHandle, type SpreadsheetHandle } from './handles';

export type { SheetHandle, SpreadsheetHandle } from './handles';

export interface TabData {
  sheet: SheetHandle;
  values: Cell[][];
}

export function activeSpreadsheet(): SpreadsheetHandle {
  return spreadsheetHandle(SpreadsheetApp.getActiveSpreadsheet());
}

/** The spreadsheet's name, as its title bar shows it. */
export function spreadsheetName(ss: SpreadsheetHandle): string {
  return spreadsheetOf(ss).getName();
}

/** The spreadsheet's ID (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getid). */
export function spreadsheetId(ss: SpreadsheetHandle): string {
  return spreadsheetOf(ss).getId();
}

/** A tab by its name (one call); undefined when there is none. */
export function findTab(ss: SpreadsheetHandle, name: string): SheetHandle | undefined {
  const sheet = spreadsheetOf(ss).getSheetByName(name);
  return sheet ? sheetHandle(sheet) : undefined;
}

/** A new tab at Google's default grid size. */
export function insertTab(ss: SpreadsheetHandle, name: string): SheetHandle {
  return sheetHandle(spreadsheetOf(ss).insertSheet(name));
}

/** Shows a tab to the person at the keyboard, when it exists. */
export function activateTab(ss: SpreadsheetHandle, name: string): void {
  spreadsheetOf(ss).getSheetByName(name)?.activate();
}

/**
 * A tab's whole data rectangle in one read: getSheetValues with -1 reads up to the last row and
 * column with data (an empty tab reads as one empty cell):
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
 * Throws when the tab was deleted since it was found.
 */
export function readValues(sheet: SheetHandle): Cell[][] {
  return sheetOf(sheet).getSheetValues(1, 1, -1, -1) as Cell[][];
}

/** A tab's data rectangle (two calls with the lookup); undefined when the tab does not exist. */
export function readTab(ss: SpreadsheetHandle, name: string): TabData | undefined {
  const sheet = findTab(ss, name);
  if (!sheet) return undefined;
  return { sheet, values: readValues(sheet) };
}

/**
 * What goes into a cell: text a person typed stays text (Sheets would read `=…` as a formula and
 * `0042`, `12/03` or `TRUE` as a number, a date or a boolean), dates and numbers stay what they are.
 * Text is cut to the 50,000 characters a cell holds (fitCell), apostrophe included.
 */
export function toSheetValue(value: Cell): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? asLiteralText(value) : value;
}

/** As toSheetValue, for a cell whose number format is known: a plain-text cell takes the string bare (cut to fit). */
function toSheetValueIn(value: Cell, format: string | undefined): string | number | boolean | Date {
  return format === PLAIN_TEXT_FORMAT && typeof value === 'string' ? fitCell(value) : toSheetValue(value);
}

/**
 * Applies each block with one setValues (and one setBackgrounds when it carries colours). A block
 * holding text Sheets would re-type first reads its number formats (one call, only then): the
 * apostrophe that protects it elsewhere would show in a plain-text cell.
 */
export function applyBlocks(sheet: SheetHandle, blocks: readonly Block[]): void {
  const s = sheetOf(sheet);
  for (const block of blocks) {
    const range = s.getRange(block.row, block.column, block.values.length, block.values[0]!.length);
    const retyped = block.values.some((r) => r.some((v) => typeof v === 'string' && sheetsWouldRetype(v)));
    const formats = retyped ? range.getNumberFormats() : undefined;
    range.setValues(block.values.map((r, i) => r.map((v, j) => toSheetValueIn(v, formats?.[i]?.[j]))));
    if (block.backgrounds) range.setBackgrounds(block.backgrounds as string[][]);
  }
}

/** One cell (1-based row and column), in one write. */
export function writeCell(sheet: SheetHandle, row: number, column: number, value: Cell): void {
  sheetOf(sheet).getRange(row, column).setValue(toSheetValue(value));
}

/**
 * The same value into scattered cells (A1 notations) in one call: RangeList.setValue "sets the
 * value for each Range in the range list"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range-list#setvaluevalue).
 */
export function writeSameValue(sheet: SheetHandle, a1Notations: readonly string[], value: Cell): void {
  if (a1Notations.length === 0) return;
  sheetOf(sheet)
    .getRangeList([...a1Notations])
    .setValue(toSheetValue(value));
}

/** A rectangle of rows from (row, column), 1-based, in one write; every row as wide as the first. */
export function writeRows(sheet: SheetHandle, row: number, column: number, rows: readonly (readonly Cell[])[]): void {
  sheetOf(sheet)
    .getRange(row, column, rows.length, rows[0]!.length)
    .setValues(rows.map((r) => r.map(toSheetValue)));
}

/**
 * One row after the last row with content, placed by Google when it lands: "This operation is
 * atomic; it prevents issues where a user asks for the last row, and then writes to that row, and an
 * intervening mutation occurs" (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents).
 */
export function appendRow(sheet: SheetHandle, cells: readonly Cell[]): void {
  sheetOf(sheet).appendRow(cells.map(toSheetValue));
}

/** Grows the grid when a write would pass its last row (Sheets refuses writes outside it). */
export function ensureRows(sheet: SheetHandle, lastRowNeeded: number): void {
  const s = sheetOf(sheet);
  const max = s.getMaxRows();
  if (lastRowNeeded > max) s.insertRowsAfter(max, lastRowNeeded - max);
}

export function insertRowsBefore(sheet: SheetHandle, row: number, count: number): void {
  sheetOf(sheet).insertRowsBefore(row, count);
}

export function insertRowsAfter(sheet: SheetHandle, row: number, count: number): void {
  sheetOf(sheet).insertRowsAfter(row, count);
}

/** A message in the spreadsheet's corner for `seconds` (no dialog: the person carries on working). */
export function toast(ss: SpreadsheetHandle, message: string, title: string, seconds = 8): void {
  spreadsheetOf(ss).toast(message, title, seconds);
}

/**
 * Sends the writes Apps Script holds back: what follows (an e-mail, a file) must never happen before
 * its trace is in the Sheet. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
 */
export function flushWrites(): void {
  SpreadsheetApp.flush();
}
