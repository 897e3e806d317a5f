import type { SimContext } from '../context';
import { gasError } from '../errors';
import { raw } from '../runtime';
import type { ProtectionData } from './model';
import type { Range } from './range';

/** https://developers.google.com/apps-script/reference/spreadsheet/protection-type */
export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * Editors are not modelled beyond the effective user: getEditors() lists them, canEdit() is true.
 */
export class Protection {
  constructor(
    private readonly d: ProtectionData,
    private readonly ctx: SimContext,
  ) {}
  private check(): void {
    if (this.d.removed) throw gasError('This protection has been removed.');
  }
  private self(): GoogleAppsScript.Spreadsheet.Protection {
    return this.ctx.api.protection(this.d);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.d.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const s = this.d.sheet;
    if (this.d.type === 'SHEET') return this.ctx.api.range(s, 1, 1, s.maxRows, s.maxCols);
    return this.ctx.api.range(s, this.d.row, this.d.col, this.d.numRows, this.d.numCols);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setrangerange
  // Only a range protection can be moved; the range must be on the protected sheet.
  setRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.check();
    if (this.d.type !== 'RANGE') throw gasError('The range of a sheet protection cannot be changed.');
    const x = raw(range) as unknown as Range;
    if (x._sheet !== this.d.sheet) throw gasError('Invalid argument: range');
    this.d.row = x._row;
    this.d.col = x._col;
    this.d.numRows = x._numRows;
    this.d.numCols = x._numCols;
    return this.self();
  }
  getDescription(): string {
    return this.d.description;
  }
  setDescription(description: string) {
    this.check();
    this.d.description = String(description);
    return this.self();
  }
  isWarningOnly(): boolean {
    return this.d.warningOnly;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly
  setWarningOnly(warningOnly: boolean) {
    this.check();
    this.d.warningOnly = !!warningOnly;
    return this.self();
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return false;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [];
  }
  addEditor(_user: unknown) {
    return this.self();
  }
  addEditors(_users: unknown[]) {
    return this.self();
  }
  removeEditor(_user: unknown) {
    return this.self();
  }
  removeEditors(_users: unknown[]) {
    return this.self();
  }
  setDomainEdit(_edit: boolean) {
    return this.self();
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setunprotectedrangesranges
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this.check();
    if (this.d.type !== 'SHEET') throw gasError('Unprotected ranges can only be set on a sheet protection.');
    this.d.unprotected = ranges.map((r) => {
      const x = raw(r) as unknown as Range;
      return { row: x._row, col: x._col, numRows: x._numRows, numCols: x._numCols };
    });
    return this.self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.d.unprotected.map((u) => this.ctx.api.range(this.d.sheet, u.row, u.col, u.numRows, u.numCols));
  }
  remove(): void {
    this.check();
    this.d.removed = true;
    this.ctx.model.protections = this.ctx.model.protections.filter((p) => p !== this.d);
  }
}
