/**
 * The thin adapter over SpreadsheetApp: read a tab in one call, apply planned blocks in one call
 * each. Nothing here knows the rules.
 */
import { asLiteralText, fitCell, PLAIN_TEXT_FORMAT, sheetsWouldRetype, type Cell } from '../workbook/cells';
import type { Block } from '../workbook/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TabData {
  sheet: Sheet;
  values: Cell[][];
}

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * A tab's whole data rectangle in one read (two calls with the lookup); undefined when the tab does
 * not exist. getSheetValues with -1 reads up to the last row and column with data:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
 */
export function readTab(ss: Spreadsheet, name: string): TabData | undefined {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return undefined;
  return { sheet, values: sheet.getSheetValues(1, 1, -1, -1) as Cell[][] };
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
export function applyBlocks(sheet: Sheet, blocks: readonly Block[]): void {
  for (const block of blocks) {
    const range = sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length);
    const retyped = block.values.some((r) => r.some((v) => typeof v === 'string' && sheetsWouldRetype(v)));
    const formats = retyped ? range.getNumberFormats() : undefined;
    range.setValues(block.values.map((r, i) => r.map((v, j) => toSheetValueIn(v, formats?.[i]?.[j]))));
    if (block.backgrounds) range.setBackgrounds(block.backgrounds as string[][]);
  }
}

/** Grows the grid when a write would pass its last row (Sheets refuses writes outside it). */
export function ensureRows(sheet: Sheet, lastRowNeeded: number): void {
  const max = sheet.getMaxRows();
  if (lastRowNeeded > max) sheet.insertRowsAfter(max, lastRowNeeded - max);
}

export function toast(ss: Spreadsheet, message: string, title: string): void {
  ss.toast(message, title, 8);
}

/**
 * Sends the writes Apps Script holds back: what follows (an e-mail, a file) must never happen before
 * its trace is in the Sheet. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
 */
export function flushWrites(): void {
  SpreadsheetApp.flush();
}
