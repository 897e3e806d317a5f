/**
 * One tab of the set-up: created when missing, its missing headers added at the end, the checkbox,
 * list or format of each column it lacks, its header row (and `Candidatures`' identity columns) frozen.
 */
import { headerKey } from '../table';
import { isBlank, isContent, text, type Cell } from '../cells';
import type { CellUpdate } from '../blocks';
import { planBlocks } from '../blocks';
import { CANDIDATES_TAB, type TabSpec } from '../schema';
import {
  DATE_FORMAT,
  DATETIME_FORMAT,
  IDENTITY_COLUMNS,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
  TEXT_FORMAT,
  UNFORMATTED,
  type GridBox,
  type SetupOp,
  type SetupSummary,
  type TabState,
} from './types';

// The contract's rule (workbook.md): unticked checkboxes filling a column are not content.
export const hasContent = (row: readonly Cell[]) => row.some(isContent);

/** A tab as the plan will leave it, for the steps after planTab. */
export interface PlannedTab {
  spec: TabSpec;
  state?: TabState;
  /** Contract header → 1-based column, after the planned additions. */
  columns: Map<string, number>;
  maxRows?: number;
  /** Data rows read (row 2 onwards). */
  rows: Cell[][];
}

type ColumnRule = { key: string; op: (range: GridBox) => SetupOp };

/** The rule the set-up gives a contract column (checkbox, list or format), if any. */
function columnRule(spec: TabSpec, header: string): ColumnRule | undefined {
  const tab = spec.name;
  if (spec.booleans?.includes(header)) return { key: 'checkbox', op: (range) => ({ kind: 'setCheckboxes', tab, range }) };
  const list = spec.lists?.[header];
  if (list) return { key: `list:${header}`, op: (range) => ({ kind: 'setList', tab, range, values: [...list] }) };
  if (spec.dateTimes?.includes(header))
    return { key: 'datetime', op: (range) => ({ kind: 'setNumberFormat', tab, range, pattern: DATETIME_FORMAT }) };
  if (spec.dates?.includes(header)) return { key: 'date', op: (range) => ({ kind: 'setNumberFormat', tab, range, pattern: DATE_FORMAT }) };
  if (spec.texts?.includes(header)) return { key: 'text', op: (range) => ({ kind: 'setNumberFormat', tab, range, pattern: TEXT_FORMAT }) };
  return undefined;
}

/** The header row as found, and where each contract header is or will be (missing ones after the last used column). */
function headerLayout(spec: TabSpec, state: TabState | undefined) {
  const keys = (state?.values[0] ?? []).map((h) => headerKey(text(h)));
  const lastUsed = keys.reduce((last, h, i) => (h ? i + 1 : last), 0);
  const columns = new Map<string, number>();
  const missing: string[] = [];
  for (const h of spec.headers) {
    const at = keys.indexOf(headerKey(h));
    if (at >= 0) columns.set(h, at + 1);
    else missing.push(h);
  }
  missing.forEach((h, k) => {
    columns.set(h, lastUsed + k + 1);
  });
  return { keys, lastUsed, columns, missing };
}

/**
 * Checkboxes, lists and formats: on new columns, and on existing ones whose first data row lacks them
 * (a person's own rule or format on a column is kept). Neighbouring columns with one rule share a range.
 */
function planColumnRules(
  spec: TabSpec,
  state: TabState | undefined,
  columns: ReadonlyMap<string, number>,
  isNew: ReadonlySet<string>,
  ops: SetupOp[],
  summary: SetupSummary,
): void {
  const needing: Array<{ column: number; rule: ColumnRule }> = [];
  for (const h of spec.headers) {
    const rule = columnRule(spec, h);
    if (!rule) continue;
    const column = columns.get(h)!;
    if (!isNew.has(h) && !(state && lacksRule(state, column, rule))) continue;
    needing.push({ column, rule });
    if (state && !isNew.has(h)) summary.columnsFormatted.push({ tab: spec.name, header: h });
  }
  needing.sort((a, b) => a.column - b.column);
  for (let i = 0; i < needing.length; ) {
    let j = i + 1;
    while (j < needing.length && needing[j]!.rule.key === needing[i]!.rule.key && needing[j]!.column === needing[j - 1]!.column + 1) j++;
    ops.push(needing[i]!.rule.op({ row: 2, column: needing[i]!.column, numColumns: j - i }));
    i = j;
  }
}

/** Whether an existing column's first data row lacks the rule (or format) the contract gives it. */
function lacksRule(state: TabState, column: number, rule: ColumnRule): boolean {
  const validated = state.validated[1]?.[column - 1] ?? false;
  if (rule.key === 'checkbox') {
    // A column where people type « Oui » or « x » stays as they made it (the product reads those too).
    const first = state.values[1]?.[column - 1];
    return !validated && (isBlank(first) || typeof first === 'boolean');
  }
  if (rule.key.startsWith('list:')) return !validated;
  return UNFORMATTED.has(state.numberFormats[1]?.[column - 1] ?? '');
}

/** The header row frozen; `Candidatures`' identity columns too, only where they already are (a column is never moved for it). */
function planFreeze(spec: TabSpec, state: TabState | undefined, finalKeys: readonly string[], ops: SetupOp[], summary: SetupSummary): void {
  const freeze: { rows?: number; columns?: number } = {};
  if ((state?.frozenRows ?? 0) < 1) {
    freeze.rows = 1;
    if (state) summary.headerRowsFrozen.push(spec.name);
  }
  if (
    spec.name === CANDIDATES_TAB.name &&
    (state?.frozenColumns ?? 0) === 0 &&
    IDENTITY_COLUMNS.every((h, i) => finalKeys[i] === headerKey(h))
  ) {
    freeze.columns = IDENTITY_COLUMNS.length;
    summary.identityColumnsFrozen = true;
  }
  if (freeze.rows !== undefined || freeze.columns !== undefined) ops.push({ kind: 'freeze', tab: spec.name, ...freeze });
}

export function planTab(spec: TabSpec, state: TabState | undefined, ops: SetupOp[], summary: SetupSummary): PlannedTab {
  const tab = spec.name;
  let maxRows = state ? state.maxRows : NEW_SHEET_ROWS;
  const maxColumns = state?.maxColumns ?? NEW_SHEET_COLUMNS;
  if (!state) {
    ops.push({ kind: 'addSheet', tab, rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS });
    summary.tabsCreated.push(tab);
  }
  const { keys, lastUsed, columns, missing } = headerLayout(spec, state);
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
  planColumnRules(spec, state, columns, new Set(missing), ops, summary);
  planFreeze(spec, state, [...keys.slice(0, lastUsed), ...missing.map(headerKey)], ops, summary);
  return { spec, state, columns, maxRows, rows: (state?.values ?? []).slice(1) };
}

/** Writes `updates` into a tab read in full, growing its grid first when they go below it. */
export function writeUpdates(tab: PlannedTab, updates: CellUpdate[], ops: SetupOp[]): void {
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

export function lastContentRow(tab: PlannedTab): number {
  let last = 1;
  tab.rows.forEach((row, i) => {
    if (hasContent(row)) last = i + 2;
  });
  return last;
}

/** Rows of `values` (by contract header) written from row 2 of an empty tab, in as few blocks as its columns allow. */
export function fillEmptyTab(tab: PlannedTab, rows: Array<Record<string, Cell>>, ops: SetupOp[]): number {
  if (rows.length === 0 || tab.rows.some(hasContent)) return 0;
  const updates: CellUpdate[] = rows.flatMap((cells, i) =>
    tab.spec.headers.map((h) => ({ row: i + 2, column: tab.columns.get(h)! - 1, value: cells[h] ?? '' })),
  );
  writeUpdates(tab, updates, ops);
  return rows.length;
}
