/**
 * The thin SpreadsheetApp side of the set-up: read what the plan looks at (setup-plan.ts `readNeeds`),
 * and apply its operations one call or two each. No rule lives here.
 */
import { columnLetters, columnNumber } from '../workbook/a1';
import type { Cell } from '../workbook/cells';
import {
  BLANK_DEFAULT_SHEETS,
  mayBeProducts,
  readNeeds,
  type GridBox,
  type ProtectionState,
  type SetupOp,
  type TabState,
  type WorkbookState,
} from '../workbook/setup-plan';
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
  const row = Number(m[2]);
  const column = columnNumber(m[1]!);
  return { row, column, numRows: Number(m[4] ?? row) - row + 1, numColumns: columnNumber(m[3] ?? m[1]!) - column + 1 };
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
/** What the appliers share: the tabs' handles and the validation rules built so far. */
interface ApplyContext {
  ss: SpreadsheetHandle;
  handles: SetupObjects;
  sheet(tab: string): Sheet;
  /** A rule is built once and put on every range that takes it (building costs three or four calls). */
  rule(key: string, build: () => GoogleAppsScript.Spreadsheet.DataValidation): GoogleAppsScript.Spreadsheet.DataValidation;
}

type Applier<K extends SetupOp['kind']> = (op: Extract<SetupOp, { kind: K }>, ctx: ApplyContext) => void;

/** One Apps Script call sequence per kind of operation of the set-up plan. */
const APPLY: { [K in SetupOp['kind']]: Applier<K> } = {
  // insertSheet gives Google's default grid, the size the plan assumed (NEW_SHEET_ROWS × NEW_SHEET_COLUMNS).
  addSheet: (op, c) => void c.handles.sheets.set(op.tab, spreadsheetOf(c.ss).insertSheet(op.tab)),
  appendRows: (op, c) => void c.sheet(op.tab).insertRowsAfter(c.sheet(op.tab).getMaxRows(), op.count),
  appendColumns: (op, c) => void c.sheet(op.tab).insertColumnsAfter(c.sheet(op.tab).getMaxColumns(), op.count),
  setHeaders: (op, c) => {
    // Bold first: a header written is then always a finished one.
    const range = c.sheet(op.tab).getRange(1, op.column, 1, op.headers.length);
    range.setFontWeight('bold');
    range.setValues([op.headers]);
  },
  freeze: (op, c) => {
    if (op.rows !== undefined) c.sheet(op.tab).setFrozenRows(op.rows);
    if (op.columns !== undefined) c.sheet(op.tab).setFrozenColumns(op.columns);
  },
  setCheckboxes: (op, c) =>
    void rangeOf(c.sheet(op.tab), op.range).setDataValidation(
      c.rule('checkbox', () => SpreadsheetApp.newDataValidation().requireCheckbox().build()),
    ),
  // Other values are allowed with a warning (what staff typed is never refused outright): a new rule's
  // default, so no setAllowInvalid call (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata).
  setList: (op, c) =>
    void rangeOf(c.sheet(op.tab), op.range).setDataValidation(
      c.rule(JSON.stringify(op.values), () => SpreadsheetApp.newDataValidation().requireValueInList(op.values, true).build()),
    ),
  setNumberFormat: (op, c) => void rangeOf(c.sheet(op.tab), op.range).setNumberFormat(op.pattern),
  writeValues: (op, c) =>
    void c
      .sheet(op.tab)
      .getRange(op.row, op.column, op.values.length, op.values[0]!.length)
      .setValues(op.values.map((r) => r.map(toSheetValue))),
  protectRange: (op, c) => void rangeOf(c.sheet(op.tab), op.range).protect().setWarningOnly(true).setDescription(op.description),
  protectSheet: (op, c) => void c.sheet(op.tab).protect().setWarningOnly(true).setDescription(op.description),
  fixProtection: (op, c) => {
    const protection = (op.type === 'sheet' ? c.handles.sheetProtections : c.handles.rangeProtections).get(op.tab)![op.index]!;
    protection.setWarningOnly(true);
    if (op.range) protection.setRange(rangeOf(c.sheet(op.tab), op.range));
    protection.setDescription(op.description);
  },
};

export function applySetupPlan(ss: SpreadsheetHandle, setup: SetupHandles, ops: readonly SetupOp[]): void {
  const handles = setup as unknown as SetupObjects;
  const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const ctx: ApplyContext = {
    ss,
    handles,
    sheet: (tab) => handles.sheets.get(tab)!,
    rule: (key, build) => {
      if (!rules.has(key)) rules.set(key, build());
      return rules.get(key)!;
    },
  };
  for (const op of ops) (APPLY[op.kind] as Applier<typeof op.kind>)(op as never, ctx);
}

/**
 * Removes Google's default sheet (« Feuille 1 ») when nothing was typed in it (no content, whatever
 * its formats) and other tabs exist; returns its name, or undefined.
 */
export function removeBlankDefaultSheet(ss: SpreadsheetHandle): string | undefined {
  const book = spreadsheetOf(ss);
  for (const name of BLANK_DEFAULT_SHEETS) {
    const sheet = book.getSheetByName(name);
    if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) continue;
    book.deleteSheet(sheet);
    return name;
  }
  return undefined;
}
