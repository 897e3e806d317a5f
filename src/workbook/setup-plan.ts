/**
 * PACTE › Initialiser la cohorte…, as a pure plan: from the declarative tab specs (schema.ts), the
 * profile and the state read from the workbook, the list of operations that make it a complete
 * cohort workbook. It only adds (tabs, headers at the end, formats, settings rows, the calendar
 * and the default reminders into empty tabs, warning-only protections): nothing is renamed, moved
 * or deleted, no value a person typed is overwritten.
 *
 * Every check looks at the real state (is the checkbox rule there? is the protection warning-only,
 * on the right column?), so a run interrupted half-way is completed by the next one, and a
 * complete workbook plans nothing.
 *
 * The plan is plain data, close to the Sheets API's batchUpdate vocabulary so that a Node or
 * Sheets-API applier can share it. Coordinates are 1-based (rows and columns as in A1 notation and
 * SpreadsheetApp's getRange); a batchUpdate applier subtracts 1 for its 0-based, end-exclusive
 * GridRange.
 */
import { instantOfDay } from '../domain/dates';
import type { Profile } from '../domain/profile';
import { isBlank, isContent, text, type Cell } from './cells';
import { planBlocks, type CellUpdate } from './blocks';
import { CANDIDATES_TAB, REMINDERS_TAB, SESSIONS_TAB, SETTING_KEYS, SETTINGS_TAB, type TabSpec } from './schema';
import { headerKey } from './table';

/** The grid Google gives a new sheet (insertSheet, or batchUpdate addSheet without gridProperties). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** Formats Google reports for a cell nobody formatted: such a column still needs its date format. */
const UNFORMATTED = new Set(['', 'General', '0.###############']);
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
    numberFormats: !!spec.dates?.length || !!spec.dateTimes?.length,
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
  /** Sheets API addSheet; SpreadsheetApp.insertSheet(tab) makes the same default grid. */
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

// The contract's rule (workbook.md): unticked checkboxes filling a column are not content.
const hasContent = (row: readonly Cell[]) => row.some(isContent);

type ColumnRule = { key: string; op: (range: GridBox) => SetupOp };

/** The rule the set-up gives a contract column (checkbox, list or format), if any. */
function columnRule(spec: TabSpec, header: string): ColumnRule | undefined {
  const tab = spec.name;
  if (spec.booleans?.includes(header)) return { key: 'checkbox', op: (range) => ({ kind: 'setCheckboxes', tab, range }) };
  const list = spec.lists?.[header];
  if (list) return { key: `list:${header}`, op: (range) => ({ kind: 'setList', tab, range, values: [...list] }) };
  if (spec.dateTimes?.includes(header)) return { key: 'datetime', op: (range) => ({ kind: 'setNumberFormat', tab, range, pattern: DATETIME_FORMAT }) };
  if (spec.dates?.includes(header)) return { key: 'date', op: (range) => ({ kind: 'setNumberFormat', tab, range, pattern: DATE_FORMAT }) };
  return undefined;
}

interface PlannedTab {
  spec: TabSpec;
  state?: TabState;
  /** Contract header → 1-based column, after the planned additions. */
  columns: Map<string, number>;
  maxRows?: number;
  /** Data rows read (row 2 onwards). */
  rows: Cell[][];
}

function planTab(spec: TabSpec, state: TabState | undefined, ops: SetupOp[], summary: SetupSummary): PlannedTab {
  const tab = spec.name;
  let maxRows = state ? state.maxRows : NEW_SHEET_ROWS;
  const maxColumns = state?.maxColumns ?? NEW_SHEET_COLUMNS;
  if (!state) {
    ops.push({ kind: 'addSheet', tab, rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS });
    summary.tabsCreated.push(tab);
  }
  const header = (state?.values[0] ?? []).map((h) => text(h));
  const keys = header.map(headerKey);
  const lastUsed = header.reduce((last, h, i) => (h ? i + 1 : last), 0);
  const columns = new Map<string, number>();
  const missing: string[] = [];
  for (const h of spec.headers) {
    const at = keys.indexOf(headerKey(h));
    if (at >= 0) columns.set(h, at + 1);
    else missing.push(h);
  }
  missing.forEach((h, k) => columns.set(h, lastUsed + k + 1));

  // Row 2 must exist: the header row is frozen above it and formats start there.
  if (maxRows !== undefined && maxRows < 2) {
    ops.push({ kind: 'appendRows', tab, count: 2 - maxRows });
    maxRows = 2;
  }
  if (missing.length) {
    if (lastUsed + missing.length > maxColumns) ops.push({ kind: 'appendColumns', tab, count: lastUsed + missing.length - maxColumns });
    ops.push({ kind: 'setHeaders', tab, column: lastUsed + 1, headers: missing });
    if (state) summary.headersAdded.push({ tab, headers: missing });
  }

  // Checkboxes, lists and formats: on new columns, and on existing ones whose first data row lacks them
  // (a person's own rule or format on a column is kept). Neighbouring columns with one rule share a range.
  const isNew = new Set(missing);
  const needing: Array<{ header: string; column: number; rule: ColumnRule }> = [];
  for (const h of spec.headers) {
    const rule = columnRule(spec, h);
    if (!rule) continue;
    const column = columns.get(h)!;
    let needs = isNew.has(h);
    if (!needs && state) {
      const first = state.values[1]?.[column - 1];
      if (rule.key === 'checkbox') {
        // A column where people type « Oui » or « x » stays as they made it (the product reads those too).
        needs = !(state.validated[1]?.[column - 1] ?? false) && (isBlank(first) || typeof first === 'boolean');
      } else if (rule.key.startsWith('list:')) {
        needs = !(state.validated[1]?.[column - 1] ?? false);
      } else {
        needs = UNFORMATTED.has(state.numberFormats[1]?.[column - 1] ?? '');
      }
    }
    if (needs) {
      needing.push({ header: h, column, rule });
      if (state && !isNew.has(h)) summary.columnsFormatted.push({ tab, header: h });
    }
  }
  needing.sort((a, b) => a.column - b.column);
  for (let i = 0; i < needing.length; ) {
    let j = i + 1;
    while (j < needing.length && needing[j]!.rule.key === needing[i]!.rule.key && needing[j]!.column === needing[j - 1]!.column + 1) j++;
    ops.push(needing[i]!.rule.op({ row: 2, column: needing[i]!.column, numColumns: j - i }));
    i = j;
  }

  const freeze: { rows?: number; columns?: number } = {};
  if ((state?.frozenRows ?? 0) < 1) {
    freeze.rows = 1;
    if (state) summary.headerRowsFrozen.push(tab);
  }
  if (spec.name === CANDIDATES_TAB.name && (state?.frozenColumns ?? 0) === 0) {
    // Freeze the identity columns only where they already are: a column is never moved for it.
    const finalKeys = [...keys.slice(0, lastUsed), ...missing.map(headerKey)];
    if (IDENTITY_COLUMNS.every((h, i) => finalKeys[i] === headerKey(h))) {
      freeze.columns = IDENTITY_COLUMNS.length;
      summary.identityColumnsFrozen = true;
    }
  }
  if (freeze.rows !== undefined || freeze.columns !== undefined) ops.push({ kind: 'freeze', tab, ...freeze });

  return { spec, state, columns, maxRows, rows: (state?.values ?? []).slice(1) };
}

function writeUpdates(tab: PlannedTab, updates: CellUpdate[], ops: SetupOp[]): void {
  const lastRow = Math.max(0, ...updates.map((u) => u.row));
  // Only tabs read in full are written, and their grid size is always read.
  if (tab.maxRows === undefined) throw new Error(`setup-plan: the grid size of ${tab.spec.name} was not read`);
  if (lastRow > tab.maxRows) {
    ops.push({ kind: 'appendRows', tab: tab.spec.name, count: lastRow - tab.maxRows });
    tab.maxRows = lastRow;
  }
  for (const block of planBlocks(updates)) {
    ops.push({ kind: 'writeValues', tab: tab.spec.name, row: block.row, column: block.column, values: block.values });
  }
}

function lastContentRow(tab: PlannedTab): number {
  let last = 1;
  tab.rows.forEach((row, i) => {
    if (hasContent(row)) last = i + 2;
  });
  return last;
}

/** The `Paramètres` rows the profile brings; values already there stay (empty Profil and Équipe are filled). */
function planSettings(tab: PlannedTab, profile: Profile, user: string, ops: SetupOp[], summary: SetupSummary): Map<string, Cell> {
  const keyCol = tab.columns.get('Clé')!;
  const valueCol = tab.columns.get('Valeur')!;
  const existing = new Map<string, { row: number; value: Cell; validated: boolean }>();
  tab.rows.forEach((cells, i) => {
    const key = headerKey(text(cells[keyCol - 1]));
    if (key && !existing.has(key)) {
      existing.set(key, { row: i + 2, value: cells[valueCol - 1], validated: tab.state?.validated[i + 1]?.[valueCol - 1] ?? false });
    }
  });
  const { diploma } = profile;
  const wanted: Array<[string, Cell]> = [
    [SETTING_KEYS.profile, profile.id],
    [SETTING_KEYS.team, user],
    [SETTING_KEYS.senderName, `Équipe PACTE ${profile.federation}`],
    [SETTING_KEYS.replyTo, ''],
    [SETTING_KEYS.driveFolder, ''],
    [SETTING_KEYS.thesisDeadline, diploma.thesisDeadline ? instantOfDay(diploma.thesisDeadline) : ''],
    [SETTING_KEYS.excusedAbsencesAllowed, diploma.excusedAbsencesAllowed],
    [SETTING_KEYS.thesisMinPages, diploma.thesisMinPages ?? ''],
    [SETTING_KEYS.templateInvitation, ''],
    [SETTING_KEYS.templateSignInSheet, ''],
    [SETTING_KEYS.templateAttendanceCertificate, ''],
    [SETTING_KEYS.templateCompletionCertificate, ''],
    [SETTING_KEYS.automaticReminders, false],
    // What documents and e-mails print (workbook.md › `Paramètres`): to fill, the training body first.
    [SETTING_KEYS.organisation, profile.federation],
    [SETTING_KEYS.organisationAddress, ''],
    [SETTING_KEYS.siret, ''],
    [SETTING_KEYS.declarationNumber, ''],
    [SETTING_KEYS.contact, ''],
    [SETTING_KEYS.signatory, ''],
    [SETTING_KEYS.city, ''],
    [SETTING_KEYS.platform, ''],
  ];
  const settings = new Map<string, Cell>();
  for (const [key, value] of existing) settings.set(key, value.value);
  const updates: CellUpdate[] = [];
  // Planned after the values, so that the rule lands on the written cell.
  const checkboxes: SetupOp[] = [];
  let lastRow = lastContentRow(tab);
  for (const [key, value] of wanted) {
    const found = existing.get(headerKey(key));
    const fillEmpty = (key === SETTING_KEYS.profile || key === SETTING_KEYS.team || key === SETTING_KEYS.automaticReminders) && found && isBlank(found.value);
    if (key === SETTING_KEYS.automaticReminders) {
      // A checkbox, unless a person typed something else there (kept, and read as a boolean).
      const row = found?.row ?? lastRow + 1;
      const cellValue = found && !fillEmpty ? found.value : value;
      if (!found?.validated && (typeof cellValue === 'boolean' || isBlank(cellValue))) {
        checkboxes.push({ kind: 'setCheckboxes', tab: tab.spec.name, range: { row, column: valueCol, numRows: 1, numColumns: 1 } });
        // Counted below when the row is new; an existing row only gains its checkbox.
        if (found && !fillEmpty) summary.columnsFormatted.push({ tab: tab.spec.name, header: key });
      }
    }
    if (found && !fillEmpty) continue;
    const row = found?.row ?? ++lastRow;
    if (!found) updates.push({ row, column: keyCol - 1, value: key });
    updates.push({ row, column: valueCol - 1, value });
    settings.set(headerKey(key), value);
    summary.settingsAdded.push(key);
  }
  writeUpdates(tab, updates, ops);
  ops.push(...checkboxes);
  return settings;
}

/** Rows of `values` (by contract header) written from row 2 of an empty tab, in as few blocks as its columns allow. */
function fillEmptyTab(tab: PlannedTab, rows: Array<Record<string, Cell>>, ops: SetupOp[]): number {
  if (rows.length === 0 || tab.rows.some(hasContent)) return 0;
  const updates: CellUpdate[] = rows.flatMap((cells, i) =>
    tab.spec.headers.map((h) => ({ row: i + 2, column: tab.columns.get(h)! - 1, value: cells[h] ?? '' })),
  );
  writeUpdates(tab, updates, ops);
  return rows.length;
}

function planProtections(tab: PlannedTab, texts: SetupTexts, ops: SetupOp[], summary: SetupSummary): void {
  const name = tab.spec.name;
  if (tab.spec.productTab) {
    const description = texts.protectedTab(name);
    const found = tab.state?.sheetProtections ?? [];
    let index = found.findIndex((p) => p.description === description);
    // A protection left undescribed by an interrupted run is adopted, not doubled.
    if (index < 0) index = found.findIndex((p) => p.description === '');
    if (index < 0) ops.push({ kind: 'protectSheet', tab: name, description });
    else if (!found[index]!.warningOnly || found[index]!.description !== description) {
      ops.push({ kind: 'fixProtection', tab: name, type: 'sheet', index, description });
    } else return;
    summary.protections++;
    return;
  }
  const found = tab.state?.rangeProtections ?? [];
  for (const header of tab.spec.productOwned ?? []) {
    const description = texts.protectedColumn(header);
    const column = tab.columns.get(header)!;
    const range: GridBox = { row: 1, column, numColumns: 1 };
    const onColumn = (p: ProtectionState) => p.range?.row === 1 && p.range.column === column && p.range.numColumns === 1;
    let index = found.findIndex((p) => p.description === description);
    if (index < 0) index = found.findIndex((p) => p.description === '' && onColumn(p));
    if (index < 0) ops.push({ kind: 'protectRange', tab: name, range, description });
    else {
      const p = found[index]!;
      if (p.warningOnly && p.description === description && onColumn(p)) continue;
      ops.push({ kind: 'fixProtection', tab: name, type: 'range', index, description, ...(onColumn(p) ? {} : { range }) });
    }
    summary.protections++;
  }
}

/**
 * The set-up of a workbook in `state` for `profile`, `user` becoming the team when it has none.
 * Pure: the same state gives the same plan, whoever applies it.
 */
export function planSetup(
  specs: readonly TabSpec[],
  state: WorkbookState,
  profile: Profile,
  user: string,
  texts: SetupTexts,
): SetupPlan {
  const ops: SetupOp[] = [];
  const summary: SetupSummary = {
    tabsCreated: [], headersAdded: [], headerRowsFrozen: [], identityColumnsFrozen: false, columnsFormatted: [],
    settingsAdded: [], sessionsWritten: 0, remindersWritten: 0, protections: 0,
  };
  const tabs = new Map(specs.map((spec) => [spec.name, planTab(spec, state.get(spec.name), ops, summary)]));

  const settingsTab = tabs.get(SETTINGS_TAB.name);
  const settings = settingsTab ? planSettings(settingsTab, profile, user, ops, summary) : new Map<string, Cell>();

  const sessionsTab = tabs.get(SESSIONS_TAB.name);
  if (sessionsTab) {
    summary.sessionsWritten = fillEmptyTab(sessionsTab, profile.sessions.map((s) => ({
      'ID': s.id, 'Intitulé': s.title, 'Type': s.type, 'Date de début': instantOfDay(s.start), 'Date de fin': instantOfDay(s.end),
      'Lieu': s.place ?? '', 'Obligatoire': s.compulsory, 'Public': s.audience, 'Heures': s.hours ?? '',
    })), ops);
  }
  const remindersTab = tabs.get(REMINDERS_TAB.name);
  if (remindersTab) {
    summary.remindersWritten = fillEmptyTab(remindersTab, profile.reminders.map((r) => ({
      'Règle': r.id, 'Active': r.active, 'Quand': r.when, 'Jours': r.days, 'Objet': r.subject, 'Message': r.message,
    })), ops);
  }

  for (const tab of tabs.values()) planProtections(tab, texts, ops, summary);

  const candidates = tabs.get(CANDIDATES_TAB.name);
  return { ops, summary, settings, hasApplicants: !!candidates?.rows.some(hasContent) };
}
