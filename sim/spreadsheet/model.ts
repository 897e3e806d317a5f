/** Plain data behind the Spreadsheet/Sheet/Range facades. Never counted, never exposed to product code. */

export type CellValue = string | number | boolean | Date;

export interface ValidationData {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  value: CellValue; // '' = empty
  formula?: string;
  format?: string; // number format; undefined = automatic
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  note?: string;
  validation?: ValidationData;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
}

export interface ProtectionData {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheet: SheetModel;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  warningOnly: boolean;
  description: string;
  removed: boolean;
  unprotected: Array<{ row: number; col: number; numRows: number; numCols: number }>;
}

/** New sheets have 1000 rows and 26 columns: https://support.google.com/docs/answer/37603 */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetModel {
  rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  hiddenCols = new Set<number>();
  colWidths = new Map<number, number>();
  hidden = false;
  tabColor: string | null = null;
  constructor(
    public name: string,
    readonly id: number,
  ) {}

  /** 1-based access; undefined when the cell was never touched. */
  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = { value: '' };
      r[col - 1] = c;
    }
    return c;
  }

  static hasContent(c: Cell | undefined): boolean {
    return !!c && (c.value !== '' || c.formula !== undefined);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const row = this.rows[r - 1];
      if (row?.some((c) => SheetModel.hasContent(c))) return r;
    }
    return 0;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastcolumn */
  lastCol(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (SheetModel.hasContent(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRows(beforeRow: number, n: number): void {
    if (this.rows.length >= beforeRow) this.rows.splice(beforeRow - 1, 0, ...new Array<undefined>(n));
    this.maxRows += n;
  }

  deleteRows(row: number, n: number): void {
    this.rows.splice(row - 1, n);
    this.maxRows -= n;
  }

  insertCols(beforeCol: number, n: number): void {
    for (const r of this.rows) if (r && r.length >= beforeCol) r.splice(beforeCol - 1, 0, ...new Array<undefined>(n));
    this.maxCols += n;
  }

  deleteCols(col: number, n: number): void {
    for (const r of this.rows) if (r) r.splice(col - 1, n);
    this.maxCols -= n;
  }

  clear(opts: { contents: boolean; formats: boolean; notes: boolean; validations: boolean }): void {
    for (const r of this.rows) {
      if (!r) continue;
      for (const c of r) if (c) clearCell(c, opts);
    }
  }
}

export function clearCell(c: Cell, opts: { contents: boolean; formats: boolean; notes: boolean; validations: boolean }): void {
  if (opts.contents) {
    c.value = '';
    delete c.formula;
  }
  if (opts.formats) {
    delete c.format;
    delete c.background;
    delete c.fontWeight;
    delete c.fontColor;
    delete c.wrap;
    delete c.hAlign;
    delete c.vAlign;
  }
  if (opts.notes) delete c.note;
  if (opts.validations) delete c.validation;
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  active: SheetModel | null = null;
  protections: ProtectionData[] = [];
  private nextSheetId = 0;
  private nextProtectionId = 1;
  /** True while the initial, untouched default sheet exists (load() may drop it). */
  pristineDefault: SheetModel | null = null;
  constructor(
    public name: string,
    readonly id: string,
    public timeZone: string,
    readonly locale: string,
  ) {}

  byName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  nameTaken(name: string, except?: SheetModel): boolean {
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string, index?: number): SheetModel {
    const id = this.nextSheetId === 0 ? 0 : 100000000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const s = new SheetModel(name, id);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, index), 0, s);
    return s;
  }

  removeSheet(s: SheetModel): void {
    this.sheets = this.sheets.filter((x) => x !== s);
    this.protections = this.protections.filter((p) => p.sheet !== s);
    if (this.active === s) this.active = this.sheets[0] ?? null;
    if (this.pristineDefault === s) this.pristineDefault = null;
  }

  addProtection(p: Omit<ProtectionData, 'id'>): ProtectionData {
    const full = { ...p, id: this.nextProtectionId++ };
    this.protections.push(full);
    return full;
  }
}
