import type { SimContext } from '../context';
import { gasError } from '../errors';
import { raw } from '../runtime';
import { parseA1 } from './a1';
import type { SheetModel } from './model';
import { Sheet } from './sheet';

type Sheet_ = GoogleAppsScript.Spreadsheet.Sheet;

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class Spreadsheet {
  constructor(private readonly ctx: SimContext) {}
  private get m() {
    return this.ctx.model;
  }
  private self(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ctx.api.spreadsheet();
  }
  getName(): string {
    return this.m.name;
  }
  rename(newName: string): void {
    this.m.name = String(newName);
  }
  getId(): string {
    return this.m.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.m.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.m.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.m.locale;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename : null when absent.
  getSheetByName(name: string): Sheet_ | null {
    const s = this.m.byName(String(name));
    return s ? this.ctx.api.sheet(s) : null;
  }
  getSheetById(id: number): Sheet_ | null {
    const s = this.m.sheets.find((x) => x.id === id);
    return s ? this.ctx.api.sheet(s) : null;
  }
  getSheets(): Sheet_[] {
    return this.m.sheets.map((s) => this.ctx.api.sheet(s));
  }
  getNumSheets(): number {
    return this.m.sheets.length;
  }
  getActiveSheet(): Sheet_ {
    return this.ctx.api.sheet(this.m.active ?? this.m.sheets[0]!);
  }
  setActiveSheet(sheet: Sheet_): Sheet_ {
    const s = modelOf(sheet, this.ctx);
    this.m.active = s;
    return this.ctx.api.sheet(s);
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    const s = this.m.active ?? this.m.sheets[0]!;
    return this.ctx.api.range(s, 1, 1, 1, 1);
  }
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const box = parseA1(a1Notation, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const s = box?.sheetName !== undefined ? this.m.byName(box.sheetName) : (this.m.active ?? this.m.sheets[0]);
    if (!box || !s) throw gasError('Range not found');
    return this.ctx.api.sheet(s).getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
  // The new sheet becomes the active sheet; the index is 0-based.
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet_ {
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else {
      name = nameOrIndex;
      at = index;
    }
    if (name === undefined) {
      let n = this.m.sheets.length + 1;
      while (this.m.nameTaken(`Feuille ${n}`)) n++;
      name = `Feuille ${n}`;
    }
    name = String(name);
    if (this.m.nameTaken(name)) throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (at !== undefined && (!Number.isInteger(at) || at < 0)) throw gasError('Invalid argument: sheetIndex');
    const s = this.m.addSheet(name, at);
    this.m.active = s;
    this.m.pristineDefault = null;
    return this.ctx.api.sheet(s);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
  deleteSheet(sheet: Sheet_): void {
    const s = modelOf(sheet, this.ctx);
    if (this.m.sheets.length <= 1) throw gasError("You can't remove all the sheets in a document.");
    this.m.removeSheet(s);
  }
  deleteActiveSheet(): Sheet_ {
    this.deleteSheet(this.getActiveSheet());
    return this.getActiveSheet();
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    if (timeoutSeconds !== undefined && typeof timeoutSeconds !== 'number') throw new TypeError('toast: timeoutSeconds must be a number');
    const t: { message: string; title?: string; timeoutSeconds?: number } = { message: String(msg) };
    if (title !== undefined && title !== null) t.title = String(title);
    // "if null, the toast defaults to 5 seconds; if negative, the toast remains until dismissed": kept for the playground.
    if (typeof timeoutSeconds === 'number') t.timeoutSeconds = timeoutSeconds;
    this.ctx.ui.toasts.push(t);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getprotectionstype
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw gasError('Invalid argument: type');
    return this.m.protections.filter((p) => p.type === t).map((p) => this.ctx.api.protection(p));
  }
  getOwner(): GoogleAppsScript.Base.User | null {
    return null;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [];
  }
  addEditor(_user: unknown) {
    return this.self();
  }
}

export function modelOf(sheet: unknown, ctx: SimContext): SheetModel {
  const s = raw(sheet);
  if (!(s instanceof Sheet) || !ctx.model.sheets.includes(s._m)) throw gasError('Invalid argument: sheet');
  return s._m;
}
