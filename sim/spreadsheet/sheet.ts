import type { SimContext } from '../context';
import { gasError } from '../errors';
import { parseA1 } from './a1';
import { clearCell, type SheetModel, type Cell } from './model';
import { checkCellInput, copyInput, readValue, writeValue } from './cell-value';
import { raw } from '../runtime';
import { RangeList } from './range-list';

type Sheet_ = GoogleAppsScript.Spreadsheet.Sheet;
type Range_ = GoogleAppsScript.Spreadsheet.Range;

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export class Sheet {
  constructor(
    private readonly ctx: SimContext,
    readonly _m: SheetModel,
  ) {}

  private self(): Sheet_ {
    return this.ctx.api.sheet(this._m);
  }
  private alive(): void {
    if (!this.ctx.model.sheets.includes(this._m)) throw gasError('The sheet has been deleted.');
  }
  /** A whole-sheet cell write, applied when its execution's writes land (pending.ts). */
  private write(apply: () => void): Sheet_ {
    this.alive();
    this.ctx.pending.write({ sheet: this._m, apply });
    return this.self();
  }

  /** Google's argument checks: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns */
  private box(row: number, col: number, numRows: number, numCols: number): Range_ {
    if (![row, col, numRows, numCols].every(isInt)) throw gasError('Invalid argument: the row, column and sizes must be integers.');
    if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw gasError('The number of columns in the range must be at least 1.');
    if (row < 1 || col < 1 || row + numRows - 1 > this._m.maxRows || col + numCols - 1 > this._m.maxCols) throw gasError(OUTSIDE);
    return this.ctx.api.range(this._m, row, col, numRows, numCols);
  }

  getName(): string {
    return this._m.name;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setnamename
  setName(name: string): Sheet_ {
    this.alive();
    const n = String(name);
    if (n.trim() === '') throw gasError('Invalid argument: name');
    if (this.ctx.model.nameTaken(n, this._m)) throw gasError(`A sheet with the name "${n}" already exists. Please enter another name.`);
    this._m.name = n;
    return this.self();
  }
  getSheetId(): number {
    return this._m.id;
  }
  getIndex(): number {
    return this.ctx.model.sheets.indexOf(this._m) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ctx.api.spreadsheet();
  }
  activate(): Sheet_ {
    this.alive();
    this.ctx.model.active = this._m;
    return this.self();
  }
  getSheetName(): string {
    return this._m.name;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range_ {
    this.alive();
    if (typeof a === 'string') {
      const box = parseA1(a, this._m.maxRows, this._m.maxCols);
      if (!box || (box.sheetName !== undefined && box.sheetName !== this._m.name)) throw gasError('Range not found');
      return this.box(box.row, box.col, box.numRows, box.numCols);
    }
    if (column === undefined) throw gasError(`The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    return this.box(a, column, numRows ?? 1, numColumns ?? 1);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations
  // "Returns the RangeList collection representing the ranges in the same sheet specified by a
  // non-empty list of A1 notations or R1C1 notations."
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.alive();
    if (!Array.isArray(a1Notations) || a1Notations.length === 0 || !a1Notations.every((a) => typeof a === 'string'))
      throw gasError(
        `The parameters (${Array.isArray(a1Notations) ? 'String[]' : typeof a1Notations}) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.`,
      );
    const ranges = a1Notations.map((a) => this.getRange(a));
    return this.ctx.runtime.instrument(new RangeList(this.ctx, ranges), 'RangeList') as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange ; A1 alone on an empty sheet.
  getDataRange(): Range_ {
    this.alive();
    return this.ctx.api.range(this._m, 1, 1, Math.max(1, this._m.lastRow()), Math.max(1, this._m.lastCol()));
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
   * "A -1 value given as the row or column position is equivalent to getting the very last row or
   * column that has data in the sheet": the data range's values in one call, without a Range.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.alive();
    const rows = numRows === -1 ? Math.max(1, this._m.lastRow()) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? Math.max(1, this._m.lastCol()) - startColumn + 1 : numColumns;
    const range = this.box(startRow, startColumn, rows, cols);
    return (raw(range) as unknown as { getValues(): unknown[][] }).getValues();
  }
  getLastRow(): number {
    return this._m.lastRow();
  }
  getLastColumn(): number {
    return this._m.lastCol();
  }
  getMaxRows(): number {
    return this._m.maxRows;
  }
  getMaxColumns(): number {
    return this._m.maxCols;
  }

  // --- grid changes: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany
  insertRowsAfter(afterPosition: number, howMany: number): Sheet_ {
    this.checkPos(afterPosition, this._m.maxRows, howMany);
    this._m.insertRows(afterPosition + 1, howMany);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet_ {
    this.checkPos(beforePosition, this._m.maxRows, howMany);
    this._m.insertRows(beforePosition, howMany);
    return this.self();
  }
  insertRowAfter(afterPosition: number): Sheet_ {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet_ {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet_ {
    this.checkPos(afterPosition, this._m.maxCols, howMany);
    this._m.insertCols(afterPosition + 1, howMany);
    return this.self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet_ {
    this.checkPos(beforePosition, this._m.maxCols, howMany);
    this._m.insertCols(beforePosition, howMany);
    return this.self();
  }
  insertColumnAfter(afterPosition: number): Sheet_ {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): Sheet_ {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
  deleteRows(rowPosition: number, howMany: number): void {
    this.checkPos(rowPosition, this._m.maxRows, howMany);
    if (rowPosition + howMany - 1 > this._m.maxRows) throw gasError('Those rows are out of bounds.');
    if (rowPosition <= this._m.frozenRows + 1 && howMany >= this._m.maxRows - this._m.frozenRows) {
      throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this._m.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): Sheet_ {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkPos(columnPosition, this._m.maxCols, howMany);
    if (columnPosition + howMany - 1 > this._m.maxCols) throw gasError('Those columns are out of bounds.');
    if (howMany >= this._m.maxCols) throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    this._m.deleteCols(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): Sheet_ {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }
  private checkPos(pos: number, max: number, howMany: number): void {
    this.alive();
    if (!isInt(pos) || !isInt(howMany) || howMany < 1) throw gasError('Invalid argument: howMany');
    if (pos < 1 || pos > max) throw gasError(OUTSIDE);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents : grows the grid when needed.
  appendRow(rowContents: unknown[]): Sheet_ {
    this.alive();
    if (!Array.isArray(rowContents))
      throw gasError(`The parameters (${typeof rowContents}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    const values = rowContents.map(copyInput);
    values.forEach(checkCellInput);
    // The row is the one after the last row with content when the write lands, not when it is queued.
    return this.write(() => {
      const row = this._m.lastRow() + 1;
      if (row > this._m.maxRows) this._m.maxRows = row;
      if (values.length > this._m.maxCols) this._m.maxCols = values.length;
      values.forEach((v, i) => {
        writeValue(this._m.ensure(row, i + 1), v, this.ctx);
      });
    });
  }

  // --- frozen rows: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
  setFrozenRows(rows: number): void {
    if (!isInt(rows) || rows < 0 || rows >= this._m.maxRows) throw gasError('Invalid argument: rows');
    this._m.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._m.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (!isInt(columns) || columns < 0 || columns >= this._m.maxCols) throw gasError('Invalid argument: columns');
    this._m.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._m.frozenCols;
  }

  // --- columns look
  autoResizeColumns(startColumn: number, numColumns: number): Sheet_ {
    this.checkPos(startColumn, this._m.maxCols, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._m.colWidths.delete(c);
    return this.self();
  }
  autoResizeColumn(columnPosition: number): Sheet_ {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setColumnWidth(columnPosition: number, width: number): Sheet_ {
    this.checkPos(columnPosition, this._m.maxCols, 1);
    this._m.colWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet_ {
    this.checkPos(startColumn, this._m.maxCols, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._m.colWidths.set(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._m.colWidths.get(columnPosition) ?? 100;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.checkPos(columnIndex, this._m.maxCols, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._m.hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.checkPos(columnIndex, this._m.maxCols, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._m.hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._m.hiddenCols.has(columnPosition);
  }
  setTabColor(color: string | null): Sheet_ {
    this._m.tabColor = color;
    return this.self();
  }
  hideSheet(): Sheet_ {
    if (this.ctx.model.sheets.filter((s) => !s.hidden).length <= 1) throw gasError("You can't hide all the sheets in a document.");
    this._m.hidden = true;
    return this.self();
  }
  showSheet(): Sheet_ {
    this._m.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this._m.hidden;
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#sortcolumnposition,-ascending : rows below the frozen rows.
  sort(columnPosition: number, ascending = true): Sheet_ {
    this.checkPos(columnPosition, this._m.maxCols, 1);
    sortRows(this._m, this._m.frozenRows + 1, this._m.lastRow(), columnPosition, ascending, this.ctx.timeZone);
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear
  clear(): Sheet_ {
    return this.write(() => this._m.clear({ contents: true, formats: true, notes: false, validations: false }));
  }
  clearContents(): Sheet_ {
    return this.write(() => this._m.clear({ contents: true, formats: false, notes: false, validations: false }));
  }
  clearFormats(): Sheet_ {
    return this.write(() => this._m.clear({ contents: false, formats: true, notes: false, validations: false }));
  }
  clearNotes(): Sheet_ {
    return this.write(() => this._m.clear({ contents: false, formats: false, notes: true, validations: false }));
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect : one sheet protection per sheet.
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.alive();
    const existing = this.ctx.model.protections.find((p) => p.sheet === this._m && p.type === 'SHEET');
    const p =
      existing ??
      this.ctx.model.addProtection({
        type: 'SHEET',
        sheet: this._m,
        row: 1,
        col: 1,
        numRows: this._m.maxRows,
        numCols: this._m.maxCols,
        warningOnly: false,
        description: '',
        removed: false,
        unprotected: [],
      });
    return this.ctx.api.protection(p);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw gasError('Invalid argument: type');
    return this.ctx.model.protections.filter((p) => p.sheet === this._m && p.type === t).map((p) => this.ctx.api.protection(p));
  }
}

/** Stable sort of rows [from, to] by one column: numbers/dates, then text, then booleans, blanks last. */
export function sortRows(m: SheetModel, from: number, to: number, col: number, ascending: boolean, tz: string): void {
  if (to <= from) return;
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  for (let r = from; r <= to; r++) rows.push(m.rows[r - 1]);
  const rank = (v: unknown): number => (v === '' ? 3 : typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'string' ? 1 : 2);
  const keyed = rows.map((row, i) => ({ row, i, v: readValue(row?.[col - 1], tz) as unknown }));
  keyed.sort((a, b) => {
    const ra = rank(a.v);
    const rb = rank(b.v);
    if (ra === 3 || rb === 3) return ra === rb ? a.i - b.i : ra === 3 ? 1 : -1;
    let d = ra - rb;
    if (d === 0) {
      if (ra === 0) d = Number(a.v) - Number(b.v);
      else if (ra === 1) d = String(a.v).localeCompare(String(b.v), 'fr', { sensitivity: 'base' });
      else d = Number(a.v) - Number(b.v);
    }
    if (!ascending) d = -d;
    return d === 0 ? a.i - b.i : d;
  });
  keyed.forEach((k, i) => {
    m.rows[from - 1 + i] = k.row;
  });
}

export function clearSheetCells(m: SheetModel): void {
  for (const r of m.rows) if (r) for (const c of r) if (c) clearCell(c, { contents: true, formats: true, notes: true, validations: true });
}
