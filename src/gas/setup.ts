/**
 * The thin SpreadsheetApp side of the set-up: read what the plan looks at (setup-plan.ts `readNeeds`),
 * and apply its operations one call or two each. No rule lives here.
 */
import type { Cell } from '../workbook/cells';
import { mayBeProducts, readNeeds, type GridBox, type ProtectionState, type SetupOp, type TabState, type WorkbookState } from '../workbook/setup-plan';
import type { TabSpec } from '../workbook/schema';
import { spreadsheetOf, type Handle, type SpreadsheetHandle } from './handles';
import { toSheetValue } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** The Apps Script objects behind a state, so that operations can refer to them by tab and index. */
interface SetupObjects {
  sheets: Map<string, Sheet>;
  sheetProtections: Map<string, Protection[]>;
  rangeProtections: Map<string, Protection[]>;
}

/** What readSetupState found, for applySetupPlan (opaque outside src/gas). */
export type SetupHandles = Handle<'SetupHandles'>;

/** "A1:A1000" (Range.getA1Notation) → box; the whole-column forms are not what Apps Script returns for a protection. */
function boxOfA1(a1: string): GridBox | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return undefined;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  const column = col(m[1]!);
  return { row, column, numRows: Number(m[4] ?? row) - row + 1, numColumns: col(m[3] ?? m[1]!) - column + 1 };
}

function readProtections(list: Protection[], withRange: boolean): ProtectionState[] {
  return list.map((p) => {
    const description = p.getDescription();
    const state: ProtectionState = { description, warningOnly: p.isWarningOnly() };
    if (withRange && mayBeProducts(description)) {
      const box = boxOfA1(p.getRange().getA1Notation());
      if (box) state.range = box;
    }
    return state;
  });
}

/** One read per kind of data per tab: a handful of calls per tab, whatever its rows. */
export function readSetupState(ss: SpreadsheetHandle, specs: readonly TabSpec[]): { state: WorkbookState; handles: SetupHandles } {
  const state = new Map<string, TabState>();
  const handles: SetupObjects = { sheets: new Map(), sheetProtections: new Map(), rangeProtections: new Map() };
  for (const spec of specs) {
    const sheet = spreadsheetOf(ss).getSheetByName(spec.name);
    if (!sheet) continue;
    handles.sheets.set(spec.name, sheet);
    const needs = readNeeds(spec);
    const frozenRows = sheet.getFrozenRows();
    // A frozen header row means the grid has a row 2: its size is then needed only where rows are appended.
    const maxRows = needs.allRows || frozenRows < 1 ? sheet.getMaxRows() : undefined;
    const lastRow = needs.allRows ? Math.max(2, sheet.getLastRow()) : 2;
    // Whole rows (A1 "1:n"): as wide as the grid without asking its width.
    const range = sheet.getRange(`1:${Math.min(lastRow, maxRows ?? 2)}`);
    const values = range.getValues() as Cell[][];
    const validated = needs.validations ? range.getDataValidations().map((row) => row.map((v) => v !== null)) : [];
    const numberFormats = needs.numberFormats ? range.getNumberFormats() : [];
    const sheetProtections = needs.sheetProtections ? sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET) : [];
    const rangeProtections = needs.rangeProtections ? sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE) : [];
    handles.sheetProtections.set(spec.name, sheetProtections);
    handles.rangeProtections.set(spec.name, rangeProtections);
    state.set(spec.name, {
      ...(maxRows === undefined ? {} : { maxRows }),
      maxColumns: values[0]?.length ?? 0,
      values,
      validated,
      numberFormats,
      frozenRows,
      frozenColumns: needs.frozenColumns ? sheet.getFrozenColumns() : 0,
      sheetProtections: readProtections(sheetProtections, false),
      rangeProtections: readProtections(rangeProtections, true),
    });
  }
  return { state, handles: handles as unknown as SetupHandles };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A box without numRows reaches the last row of the grid: A1 "L2:T" says so without asking its size. */
function rangeOf(sheet: Sheet, box: GridBox): GoogleAppsScript.Spreadsheet.Range {
  if (box.numRows !== undefined) return sheet.getRange(box.row, box.column, box.numRows, box.numColumns);
  return sheet.getRange(`${columnLetters(box.column)}${box.row}:${columnLetters(box.column + box.numColumns - 1)}`);
}

/**
 * Applies the plan in order. Protections are made warning-only before they are described, so that
 * an interruption never leaves a full protection the next run could not recognise (it adopts an
 * undescribed one on the same column).
 */
export function applySetupPlan(ss: SpreadsheetHandle, setup: SetupHandles, ops: readonly SetupOp[]): void {
  const handles = setup as unknown as SetupObjects;
  const sheet = (tab: string) => handles.sheets.get(tab)!;
  // A rule is built once and put on every range that takes it (building costs three or four calls).
  const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const rule = (key: string, build: () => GoogleAppsScript.Spreadsheet.DataValidation) => {
    if (!rules.has(key)) rules.set(key, build());
    return rules.get(key)!;
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'addSheet':
        // insertSheet gives Google's default grid, the size the plan assumed (NEW_SHEET_ROWS × NEW_SHEET_COLUMNS).
        handles.sheets.set(op.tab, spreadsheetOf(ss).insertSheet(op.tab));
        break;
      case 'appendRows':
        sheet(op.tab).insertRowsAfter(sheet(op.tab).getMaxRows(), op.count);
        break;
      case 'appendColumns':
        sheet(op.tab).insertColumnsAfter(sheet(op.tab).getMaxColumns(), op.count);
        break;
      case 'setHeaders': {
        // Bold first: a header written is then always a finished one.
        const range = sheet(op.tab).getRange(1, op.column, 1, op.headers.length);
        range.setFontWeight('bold');
        range.setValues([op.headers]);
        break;
      }
      case 'freeze':
        if (op.rows !== undefined) sheet(op.tab).setFrozenRows(op.rows);
        if (op.columns !== undefined) sheet(op.tab).setFrozenColumns(op.columns);
        break;
      case 'setCheckboxes':
        rangeOf(sheet(op.tab), op.range).setDataValidation(rule('checkbox', () => SpreadsheetApp.newDataValidation().requireCheckbox().build()));
        break;
      case 'setList':
        // Other values are allowed with a warning: what staff typed is never refused outright.
        rangeOf(sheet(op.tab), op.range).setDataValidation(
          rule(JSON.stringify(op.values), () => SpreadsheetApp.newDataValidation().requireValueInList(op.values, true).setAllowInvalid(true).build()),
        );
        break;
      case 'setNumberFormat':
        rangeOf(sheet(op.tab), op.range).setNumberFormat(op.pattern);
        break;
      case 'writeValues':
        sheet(op.tab)
          .getRange(op.row, op.column, op.values.length, op.values[0]!.length)
          .setValues(op.values.map((r) => r.map(toSheetValue)));
        break;
      case 'protectRange':
        rangeOf(sheet(op.tab), op.range).protect().setWarningOnly(true).setDescription(op.description);
        break;
      case 'protectSheet':
        sheet(op.tab).protect().setWarningOnly(true).setDescription(op.description);
        break;
      case 'fixProtection': {
        const list = (op.type === 'sheet' ? handles.sheetProtections : handles.rangeProtections).get(op.tab)!;
        const protection = list[op.index]!;
        protection.setWarningOnly(true);
        if (op.range) protection.setRange(rangeOf(sheet(op.tab), op.range));
        protection.setDescription(op.description);
        break;
      }
    }
  }
}
