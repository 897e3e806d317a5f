import type { SimContext } from '../context';
import { gasError } from '../errors';
import { displayValue } from './display';
import { AUTOMATIC_FORMAT } from './input';
import { checkCellInput, copyInput, readValue, writeValue } from './cell-value';
import { clearCell, type Cell, type CellValue, type SheetModel, type ValidationData } from './model';
import { toA1 } from './a1';
import { validationData, newValidation } from './validation';

type Range_ = GoogleAppsScript.Spreadsheet.Range;

export { AUTOMATIC_FORMAT };
const WHITE = '#ffffff';
const BLACK = '#000000';
const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
  lime: '#00ff00',
  cyan: '#00ffff',
};

/** Colours come back as lower-case #rrggbb (CSS names are converted). */
export function normalizeColor(color: string | null | undefined, fallback: string): string {
  if (color === null || color === undefined || color === '') return fallback;
  const c = String(color).trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

/** Google's size check for 2-D arguments (setValues, setFormulas, setNotes, ...). */
function checkGrid(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
    throw gasError(
      `The parameters (${data === null ? 'null' : Array.isArray(data) ? 'number[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const rows = data as unknown[][];
  if (rows.length !== numRows) {
    throw gasError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${numRows}.`,
    );
  }
  for (const r of rows) {
    if (r.length !== numCols) {
      throw gasError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${numCols}.`,
      );
    }
  }
  return rows;
}

/** https://developers.google.com/apps-script/reference/spreadsheet/range */
export class Range {
  constructor(
    private readonly ctx: SimContext,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  private self(): Range_ {
    return this.ctx.api.range(this._sheet, this._row, this._col, this._numRows, this._numCols);
  }
  private map<T>(fn: (c: Cell | undefined, r: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._numCols; c++) row.push(fn(this._sheet.get(this._row + r, this._col + c), this._row + r, this._col + c));
      out.push(row);
    }
    return out;
  }
  /** A cell write of this range: checked by the caller already, applied when its execution's writes land (pending.ts). */
  private write(apply: () => void): Range_ {
    const box = { row: this._row, col: this._col, numRows: this._numRows, numCols: this._numCols };
    this.ctx.pending.write({ sheet: this._sheet, box, apply });
    return this.self();
  }
  private each(fn: (c: Cell) => void): Range_ {
    return this.write(() => {
      for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numCols; c++) fn(this._sheet.ensure(this._row + r, this._col + c));
    });
  }
  /** Checks a 2-D argument (size, then each value with `check`) at the call; copies it for the write. */
  private eachGrid(data: unknown, method: string, fn: (c: Cell, v: unknown) => void, check: (v: unknown) => void = () => {}): Range_ {
    const rows = checkGrid(data, this._numRows, this._numCols, method).map((row) => row.map(copyInput));
    for (const row of rows) row.forEach(check);
    return this.write(() => {
      for (const [r, row] of rows.entries()) for (const [c, v] of row.entries()) fn(this._sheet.ensure(this._row + r, this._col + c), v);
    });
  }
  private touchedOnly(fn: (c: Cell) => void): Range_ {
    return this.write(() => {
      for (let r = 0; r < this._numRows; r++) {
        const row = this._sheet.rows[this._row + r - 1];
        if (!row) continue;
        for (let c = 0; c < this._numCols; c++) {
          const cell = row[this._col + c - 1];
          if (cell) fn(cell);
        }
      }
    });
  }

  // --- geometry
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getA1Notation(): string {
    return toA1(this._row, this._col, this._numRows, this._numCols);
  }
  getGridId(): number {
    return this._sheet.id;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.ctx.api.sheet(this._sheet);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset,-numrows,-numcolumns
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range_ {
    return this.getSheet().getRange(this._row + rowOffset, this._col + columnOffset, numRows ?? this._numRows, numColumns ?? this._numCols);
  }
  getCell(row: number, column: number): Range_ {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.ctx.api.range(this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }
  activate(): Range_ {
    this.ctx.model.active = this._sheet;
    return this.self();
  }
  isBlank(): boolean {
    return this.map((c) => !c || (c.value === '' && c.formula === undefined)).every((r) => r.every(Boolean));
  }

  // --- values: https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
  getValues(): CellValue[][] {
    return this.map((c) => readValue(c, this.ctx.timeZone));
  }
  getValue(): CellValue {
    return readValue(this._sheet.get(this._row, this._col), this.ctx.timeZone);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
  getDisplayValues(): string[][] {
    return this.map((c) => displayValue(c, this.ctx.timeZone));
  }
  getDisplayValue(): string {
    return displayValue(this._sheet.get(this._row, this._col), this.ctx.timeZone);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
  setValues(values: unknown[][]): Range_ {
    return this.eachGrid(values, 'setValues', (c, v) => writeValue(c, v, this.ctx), checkCellInput);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue : sets every cell of the range.
  setValue(value: unknown): Range_ {
    checkCellInput(value);
    const v = copyInput(value);
    return this.each((c) => writeValue(c, v, this.ctx));
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas
  getFormulas(): string[][] {
    return this.map((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this._sheet.get(this._row, this._col)?.formula ?? '';
  }
  setFormula(formula: string): Range_ {
    checkCellInput(formula);
    return this.each((c) => setFormulaOf(c, formula, this.ctx));
  }
  setFormulas(formulas: string[][]): Range_ {
    return this.eachGrid(formulas, 'setFormulas', (c, f) => setFormulaOf(c, f, this.ctx), checkCellInput);
  }

  // --- clearing: https://developers.google.com/apps-script/reference/spreadsheet/range#clear
  clearContent(): Range_ {
    return this.touchedOnly((c) => clearCell(c, { contents: true, formats: false, notes: false, validations: false }));
  }
  clearFormat(): Range_ {
    return this.touchedOnly((c) => clearCell(c, { contents: false, formats: true, notes: false, validations: false }));
  }
  clearNote(): Range_ {
    return this.touchedOnly((c) => clearCell(c, { contents: false, formats: false, notes: true, validations: false }));
  }
  clearDataValidations(): Range_ {
    return this.touchedOnly((c) => clearCell(c, { contents: false, formats: false, notes: false, validations: true }));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): Range_ {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const opts = any
      ? { contents: !!o.contentsOnly, formats: !!o.formatOnly, notes: !!o.commentsOnly, validations: !!o.validationsOnly }
      : { contents: true, formats: true, notes: false, validations: false };
    return this.touchedOnly((c) => clearCell(c, opts));
  }

  // --- number formats: https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat
  getNumberFormat(): string {
    return this._sheet.get(this._row, this._col)?.format ?? AUTOMATIC_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.map((c) => c?.format ?? AUTOMATIC_FORMAT);
  }
  setNumberFormat(numberFormat: string): Range_ {
    return this.each((c) => setFormatOf(c, numberFormat));
  }
  setNumberFormats(numberFormats: string[][]): Range_ {
    return this.eachGrid(numberFormats, 'setNumberFormats', (c, f) => setFormatOf(c, f as string));
  }

  // --- styles (null or '' resets): https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor
  getBackground(): string {
    return this._sheet.get(this._row, this._col)?.background ?? WHITE;
  }
  getBackgrounds(): string[][] {
    return this.map((c) => c?.background ?? WHITE);
  }
  setBackground(color: string | null): Range_ {
    const bg = normalizeColor(color, WHITE);
    return this.each((c) => setOrDelete(c, 'background', bg, WHITE));
  }
  setBackgrounds(colors: (string | null)[][]): Range_ {
    return this.eachGrid(colors, 'setBackgrounds', (c, v) =>
      setOrDelete(c, 'background', normalizeColor(v as string | null, WHITE), WHITE),
    );
  }
  setBackgroundRGB(red: number, green: number, blue: number): Range_ {
    const hex = '#' + [red, green, blue].map((n) => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0')).join('');
    return this.setBackground(hex);
  }
  getFontWeight(): string {
    return this._sheet.get(this._row, this._col)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this.map((c) => c?.fontWeight ?? 'normal');
  }
  setFontWeight(fontWeight: string | null): Range_ {
    const w = checkWeight(fontWeight);
    return this.each((c) => setOrDelete(c, 'fontWeight', w, 'normal'));
  }
  setFontWeights(fontWeights: (string | null)[][]): Range_ {
    const check = (v: unknown) => void checkWeight(v as string | null);
    return this.eachGrid(
      fontWeights,
      'setFontWeights',
      (c, v) => setOrDelete(c, 'fontWeight', checkWeight(v as string | null), 'normal'),
      check,
    );
  }
  getFontColor(): string {
    return this._sheet.get(this._row, this._col)?.fontColor ?? BLACK;
  }
  setFontColor(color: string | null): Range_ {
    const fc = normalizeColor(color, BLACK);
    return this.each((c) => setOrDelete(c, 'fontColor', fc, BLACK));
  }
  setFontColors(colors: (string | null)[][]): Range_ {
    return this.eachGrid(colors, 'setFontColors', (c, v) => setOrDelete(c, 'fontColor', normalizeColor(v as string | null, BLACK), BLACK));
  }
  setFontSize(_size: number): Range_ {
    return this.self();
  }
  setFontStyle(_style: string | null): Range_ {
    return this.self();
  }
  setFontFamily(_family: string | null): Range_ {
    return this.self();
  }
  setBorder(..._args: unknown[]): Range_ {
    return this.self();
  }
  setWrap(isWrapEnabled: boolean): Range_ {
    return this.each((c) => {
      c.wrap = !!isWrapEnabled;
    });
  }
  getWrap(): boolean {
    return this._sheet.get(this._row, this._col)?.wrap ?? true;
  }
  setWraps(wraps: boolean[][]): Range_ {
    return this.eachGrid(wraps, 'setWraps', (c, v) => {
      c.wrap = !!v;
    });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#sethorizontalalignmentalignment
  setHorizontalAlignment(alignment: string | null): Range_ {
    const a = checkAlign(alignment, ['left', 'center', 'normal', 'right', 'general', 'general-left', 'general-right'], 'alignment');
    return this.each((c) => setOrDelete(c, 'hAlign', a, 'general'));
  }
  getHorizontalAlignment(): string {
    return this._sheet.get(this._row, this._col)?.hAlign ?? 'general';
  }
  setVerticalAlignment(alignment: string | null): Range_ {
    const a = checkAlign(alignment, ['top', 'middle', 'bottom'], 'alignment');
    return this.each((c) => setOrDelete(c, 'vAlign', a, 'bottom'));
  }
  getVerticalAlignment(): string {
    return this._sheet.get(this._row, this._col)?.vAlign ?? 'bottom';
  }

  // --- notes: https://developers.google.com/apps-script/reference/spreadsheet/range#setnotenote
  getNote(): string {
    return this._sheet.get(this._row, this._col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.map((c) => c?.note ?? '');
  }
  setNote(note: string | null): Range_ {
    const n = note === null || note === undefined ? '' : String(note);
    return this.each((c) => setOrDelete(c, 'note', n, ''));
  }
  setNotes(notes: (string | null)[][]): Range_ {
    return this.eachGrid(notes, 'setNotes', (c, v) => setOrDelete(c, 'note', v === null || v === undefined ? '' : String(v), ''));
  }

  // --- data validation: https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationrule
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this._sheet.get(this._row, this._col)?.validation;
    return v ? newValidation(this.ctx, v) : null;
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.map((c) => (c?.validation ? newValidation(this.ctx, c.validation) : null));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range_ {
    const data = validationData(rule);
    return this.each((c) => {
      if (data) c.validation = { ...data, values: [...data.values] };
      else delete c.validation;
    });
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range_ {
    // Rules are checked at the call; each cell gets its own copy of its rule's data when the write lands.
    const data = checkGrid(rules, this._numRows, this._numCols, 'setDataValidations').map((row) => row.map(validationData));
    return this.eachGrid(data, 'setDataValidations', (c, d) => {
      if (d) c.validation = { ...(d as ValidationData), values: [...(d as ValidationData).values] };
      else delete c.validation;
    });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
  // Checkboxes are true/false, or custom values (unchecked defaults to '' when only checked is given);
  // every cell is set to the unchecked value.
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range_ {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    checkCellInput(unchecked);
    return this.each((c) => {
      c.validation = { criteria: 'CHECKBOX', values: [...values], allowInvalid: true, helpText: '' };
      writeValue(c, unchecked, this.ctx);
    });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#removecheckboxes
  removeCheckboxes(): Range_ {
    return this.touchedOnly((c) => {
      if (c.validation?.criteria !== 'CHECKBOX') return;
      delete c.validation;
      if (typeof c.value === 'boolean') c.value = '';
    });
  }
  isChecked(): boolean | null {
    const cells = this.map((c) => c);
    const boxes = cells.flat().map((c) => (c?.validation?.criteria === 'CHECKBOX' ? c.value === true : null));
    if (boxes.some((b) => b === null)) return null;
    return boxes.every(Boolean) ? true : boxes.some(Boolean) ? null : false;
  }
  check(): Range_ {
    return this.touchedOnly((c) => {
      if (c.validation?.criteria === 'CHECKBOX') c.value = true;
    });
  }
  uncheck(): Range_ {
    return this.touchedOnly((c) => {
      if (c.validation?.criteria === 'CHECKBOX') c.value = false;
    });
  }

  // --- protection: https://developers.google.com/apps-script/reference/spreadsheet/range#protect
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p = this.ctx.model.addProtection({
      type: 'RANGE',
      sheet: this._sheet,
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
      warningOnly: false,
      description: '',
      removed: false,
      unprotected: [],
    });
    return this.ctx.api.protection(p);
  }
}

function setFormulaOf(c: Cell, formula: unknown, ctx: SimContext): void {
  const f = formula === null || formula === undefined ? '' : String(formula);
  if (f === '') {
    c.value = '';
    delete c.formula;
  } else if (f.startsWith('=')) {
    c.value = '';
    c.formula = f;
  } else {
    writeValue(c, f, ctx);
  }
}

function setFormatOf(c: Cell, fmt: unknown): void {
  if (fmt === null || fmt === undefined || fmt === '' || fmt === AUTOMATIC_FORMAT) delete c.format;
  else c.format = String(fmt);
}

function setOrDelete<K extends 'background' | 'fontWeight' | 'fontColor' | 'note' | 'hAlign' | 'vAlign'>(
  c: Cell,
  key: K,
  value: string,
  dflt: string,
): void {
  if (value === dflt) delete c[key];
  else c[key] = value;
}

function checkWeight(w: string | null | undefined): string {
  if (w === null || w === undefined) return 'normal';
  if (w !== 'bold' && w !== 'normal') throw gasError(`Invalid argument: fontWeight`);
  return w;
}

function checkAlign(a: string | null | undefined, allowed: string[], name: string): string {
  if (a === null || a === undefined) return allowed.includes('general') ? 'general' : 'bottom';
  const v = String(a).toLowerCase();
  if (!allowed.includes(v)) throw gasError(`Invalid argument: ${name}`);
  return v === 'normal' ? 'general' : v;
}
