/**
 * The set-up plan's vocabulary: what it reads of a workbook (TabState, readNeeds), the operations it
 * plans (SetupOp, close to the Sheets API's batchUpdate requests) and what it reports. Coordinates are
 * 1-based (rows and columns as in A1 notation and SpreadsheetApp's getRange); a batchUpdate applier
 * subtracts 1 for its 0-based, end-exclusive GridRange.
 */
import type { Cell } from '../cells';
import { CANDIDATES_TAB, REMINDERS_TAB, SESSIONS_TAB, SETTINGS_TAB, type TabSpec } from '../schema';

/** The grid Google gives a new sheet (insertSheet, or batchUpdate addSheet without gridProperties). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** Plain text: what is typed stays as typed (https://developers.google.com/sheets/api/guides/formats). */
export const TEXT_FORMAT = '@';
/** Formats Google reports for a cell nobody formatted: such a column still needs its date format. */
export const UNFORMATTED: ReadonlySet<string> = new Set(['', 'General', '0.###############']);
/**
 * Names Google gives the one sheet of a new spreadsheet (French and English accounts): once the
 * contract's tabs exist, such a sheet left empty is removed by the set-up.
 */
export const BLANK_DEFAULT_SHEETS = ['Feuille 1', 'Sheet1'] as const;
/** Every protection the product makes has a description starting so (messages.sheet.init). */
export const PROTECTION_PREFIX = 'PACTE';
/** `Candidatures` columns frozen at the left, when they are its first columns. */
export const IDENTITY_COLUMNS = ['ID', 'Civilité', 'Prénom', 'Nom'] as const;
/** Tabs read whole (settings, and tabs written only when empty); the others: rows 1–2 only. */
const READ_IN_FULL = new Set<string>([SETTINGS_TAB.name, SESSIONS_TAB.name, REMINDERS_TAB.name]);

/** A rectangle of the grid, 1-based. */
export interface GridBox {
  row: number;
  column: number;
  /** Absent: down to the last row of the grid, whatever it is when applied (a GridRange without endRowIndex). */
  numRows?: number;
  numColumns: number;
}

export interface ProtectionState {
  description: string;
  warningOnly: boolean;
  /** Range protections that may be the product's (described `PACTE…` or not described): their range. */
  range?: GridBox;
}

/** What the set-up reads of one existing tab (see `readNeeds`). */
export interface TabState {
  /**
   * The grid's row count, read when the plan may need it: tabs read in full (rows may be appended) and
   * tabs whose header row is not frozen (the grid may have a single row). A frozen header row means
   * row 2 exists, and formats and protections reach the end of the grid without knowing where it is.
   */
  maxRows?: number;
  maxColumns: number;
  /** Cells from row 1, as wide as the grid: the whole content for tabs read in full, else rows 1–2. */
  values: Cell[][];
  /** For the same cells (when read): whether the cell carries a data-validation rule. */
  validated: boolean[][];
  /** For the same cells (when read): the number format. */
  numberFormats: string[][];
  frozenRows: number;
  frozenColumns: number;
  /** In the order the applier read them: operations refer to them by index. */
  sheetProtections: ProtectionState[];
  rangeProtections: ProtectionState[];
}

/** Tab name → its state; a tab missing from the workbook is absent. */
export type WorkbookState = ReadonlyMap<string, TabState>;

/** What to read of a tab, so that the applier reads nothing the plan does not look at. */
export interface ReadNeeds {
  /** Every row (else rows 1–2: the headers and the first data row, where formats are checked). */
  allRows: boolean;
  validations: boolean;
  numberFormats: boolean;
  frozenColumns: boolean;
  sheetProtections: boolean;
  rangeProtections: boolean;
}

export function readNeeds(spec: TabSpec): ReadNeeds {
  return {
    allRows: READ_IN_FULL.has(spec.name),
    validations: spec.name === SETTINGS_TAB.name || !!spec.booleans?.length || Object.keys(spec.lists ?? {}).length > 0,
    numberFormats: !!spec.dates?.length || !!spec.dateTimes?.length || !!spec.texts?.length,
    frozenColumns: spec.name === CANDIDATES_TAB.name,
    sheetProtections: !!spec.productTab,
    rangeProtections: !spec.productTab && !!spec.productOwned?.length,
  };
}

/** Whether the applier must read a protection's range (it may be one the product made). */
export function mayBeProducts(description: string): boolean {
  return description === '' || description.startsWith(PROTECTION_PREFIX);
}

export type SetupOp =
  /** Sheets API addSheet; Apps Script's insertSheet(tab) makes the same default grid. */
  | { kind: 'addSheet'; tab: string; rows: number; columns: number }
  /** appendDimension ROWS / COLUMNS: grows the grid at its end. */
  | { kind: 'appendRows'; tab: string; count: number }
  | { kind: 'appendColumns'; tab: string; count: number }
  /** Row 1 from `column`, in bold. */
  | { kind: 'setHeaders'; tab: string; column: number; headers: string[] }
  /** updateSheetProperties gridProperties.frozenRowCount / frozenColumnCount (only those given). */
  | { kind: 'freeze'; tab: string; rows?: number; columns?: number }
  /** setDataValidation BOOLEAN. */
  | { kind: 'setCheckboxes'; tab: string; range: GridBox }
  /** setDataValidation ONE_OF_LIST, drop-down, other values kept with a warning (strict: false). */
  | { kind: 'setList'; tab: string; range: GridBox; values: string[] }
  /** repeatCell numberFormat. */
  | { kind: 'setNumberFormat'; tab: string; range: GridBox; pattern: string }
  /** updateCells: `values` from (row, column), one rectangle. */
  | { kind: 'writeValues'; tab: string; row: number; column: number; values: Cell[][] }
  /** addProtectedRange, warning only. */
  | { kind: 'protectRange'; tab: string; range: GridBox; description: string }
  | { kind: 'protectSheet'; tab: string; description: string }
  /** updateProtectedRange: the `index`-th protection of its type read on the tab becomes warning-only, described, on `range`. */
  | { kind: 'fixProtection'; tab: string; type: 'sheet' | 'range'; index: number; description: string; range?: GridBox };

/** What the set-up did, for the final dialog and the journal. */
export interface SetupSummary {
  tabsCreated: string[];
  /** Headers added to tabs that existed. */
  headersAdded: Array<{ tab: string; headers: string[] }>;
  /** Tabs that existed and whose header row got frozen. */
  headerRowsFrozen: string[];
  identityColumnsFrozen: boolean;
  /** Columns of tabs that existed given their missing checkbox, list or date format. */
  columnsFormatted: Array<{ tab: string; header: string }>;
  settingsAdded: string[];
  sessionsWritten: number;
  remindersWritten: number;
  /** Protections added or repaired. */
  protections: number;
}

export interface SetupPlan {
  ops: SetupOp[];
  summary: SetupSummary;
  /** `Paramètres` as it will be: key → value, for the dialog's next step. */
  settings: ReadonlyMap<string, Cell>;
  /** `Candidatures` has at least one applicant row among the rows read. */
  hasApplicants: boolean;
}

export interface SetupTexts {
  protectedColumn(header: string): string;
  protectedTab(tab: string): string;
}
