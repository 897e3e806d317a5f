/**
 * The Sheets API side of the set-up: the state setup-plan/ looks at, read in one spreadsheets.get,
 * and its operations rendered as the requests of ONE spreadsheets.batchUpdate (atomic: all or nothing,
 * https://developers.google.com/workspace/sheets/api/guides/batchupdate). No rule lives here: the plan
 * is the one Initialiser la cohorte… applies in Apps Script (src/gas/setup.ts).
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { serialOfInstant } from '../../src/domain/dates';
import type { Cell } from '../../src/workbook/cells';
import type { TabSpec } from '../../src/workbook/schema';
import {
  DATE_FORMAT,
  TEXT_FORMAT,
  mayBeProducts,
  type GridBox,
  type ProtectionState,
  type SetupOp,
  type TabState,
  type WorkbookState,
} from '../../src/workbook/setup-plan';

type Schema = sheets_v4.Schema$Request;

/** What the applier needs besides the plan's state: sheet ids and the protections' ids, in the order read. */
export interface SheetHandles {
  sheetIds: Map<string, number>;
  sheetProtections: Map<string, number[]>;
  rangeProtections: Map<string, number[]>;
  /** Row counts, for appendDimension on grids whose size the plan did not ask for. */
  nextSheetId: number;
}

/** `'Tab'` quoted for A1 notation (a quote inside doubles). */
export function quoteTab(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

/** The ranges to read: tabs read in full whole, the others rows 1–2 (setup-plan/types.ts readNeeds). */
export function stateRanges(specs: readonly TabSpec[], present: ReadonlySet<string>, allRows: (spec: TabSpec) => boolean): string[] {
  return specs.filter((s) => present.has(s.name)).map((s) => (allRows(s) ? quoteTab(s.name) : `${quoteTab(s.name)}!1:2`));
}

/** The fields of spreadsheets.get the state needs (a field mask keeps the answer small). */
export const STATE_FIELDS =
  'sheets(properties(sheetId,title,gridProperties),protectedRanges(protectedRangeId,range,description,warningOnly),' +
  'data(startRow,startColumn,rowData(values(userEnteredValue,dataValidation,userEnteredFormat.numberFormat))))';

/** A cell's value as typed (userEnteredValue): the simulated Google displays it from this too. */
export function cellValue(cell: sheets_v4.Schema$CellData | undefined): Cell {
  const v = cell?.userEnteredValue;
  if (!v) return '';
  if (v.boolValue !== undefined && v.boolValue !== null) return v.boolValue;
  if (v.numberValue !== undefined && v.numberValue !== null) return v.numberValue;
  if (v.formulaValue) return v.formulaValue;
  return v.stringValue ?? '';
}

function boxOf(range: sheets_v4.Schema$GridRange): GridBox | undefined {
  if (range.startColumnIndex == null || range.endColumnIndex == null) return undefined;
  const row = (range.startRowIndex ?? 0) + 1;
  return {
    row,
    column: range.startColumnIndex + 1,
    ...(range.endRowIndex == null ? {} : { numRows: range.endRowIndex - row + 1 }),
    numColumns: range.endColumnIndex - range.startColumnIndex,
  };
}

/** A tab's protected ranges: whole-sheet ones and ranges, with their ids (to fix them in place). */
function readProtectedRanges(ranges: readonly sheets_v4.Schema$ProtectedRange[]) {
  const sheetProtections: ProtectionState[] = [];
  const rangeProtections: ProtectionState[] = [];
  const sheetIds: number[] = [];
  const rangeIds: number[] = [];
  for (const pr of ranges) {
    const range = pr.range ?? {};
    const description = pr.description ?? '';
    const whole =
      range.startRowIndex == null && range.endRowIndex == null && range.startColumnIndex == null && range.endColumnIndex == null;
    if (whole) {
      sheetProtections.push({ description, warningOnly: !!pr.warningOnly });
      sheetIds.push(pr.protectedRangeId ?? 0);
    } else {
      const box = mayBeProducts(description) ? boxOf(range) : undefined;
      rangeProtections.push({ description, warningOnly: !!pr.warningOnly, ...(box ? { range: box } : {}) });
      rangeIds.push(pr.protectedRangeId ?? 0);
    }
  }
  return { sheetProtections, rangeProtections, sheetIds, rangeIds };
}

/** The plan's state from a spreadsheets.get answer (with grid data for the ranges of `stateRanges`). */
export function readState(
  sheets: readonly sheets_v4.Schema$Sheet[],
  specs: readonly TabSpec[],
): { state: WorkbookState; handles: SheetHandles } {
  const state = new Map<string, TabState>();
  const handles: SheetHandles = { sheetIds: new Map(), sheetProtections: new Map(), rangeProtections: new Map(), nextSheetId: 1 };
  const wanted = new Set(specs.map((s) => s.name));
  for (const sheet of sheets) {
    const p = sheet.properties ?? {};
    handles.nextSheetId = Math.max(handles.nextSheetId, (p.sheetId ?? 0) + 1);
    const title = p.title ?? '';
    if (!wanted.has(title)) continue;
    handles.sheetIds.set(title, p.sheetId ?? 0);
    const grid = p.gridProperties ?? {};
    const width = grid.columnCount ?? 0;
    const rows = (sheet.data?.[0]?.rowData ?? []).map((r) => r.values ?? []);
    const pad = <T>(row: T[], blank: T): T[] => [...row, ...Array<T>(Math.max(0, width - row.length)).fill(blank)];
    const values = rows.map((r) => pad(r.map(cellValue), '' as Cell));
    if (values.length === 0) values.push(pad([], '' as Cell));
    const validated = rows.map((r) =>
      pad(
        r.map((c) => !!c.dataValidation),
        false,
      ),
    );
    const numberFormats = rows.map((r) =>
      pad(
        r.map((c) => c.userEnteredFormat?.numberFormat?.pattern ?? ''),
        '',
      ),
    );
    const { sheetProtections, rangeProtections, sheetIds, rangeIds } = readProtectedRanges(sheet.protectedRanges ?? []);
    handles.sheetProtections.set(title, sheetIds);
    handles.rangeProtections.set(title, rangeIds);
    state.set(title, {
      maxRows: grid.rowCount ?? 0,
      maxColumns: width,
      values,
      validated,
      numberFormats,
      frozenRows: grid.frozenRowCount ?? 0,
      frozenColumns: grid.frozenColumnCount ?? 0,
      sheetProtections,
      rangeProtections,
    });
  }
  return { state, handles };
}

/** 1-based box → 0-based, end-exclusive GridRange; no numRows: no endRowIndex (to the grid's end). */
function gridRange(sheetId: number, box: GridBox): sheets_v4.Schema$GridRange {
  return {
    sheetId,
    startRowIndex: box.row - 1,
    ...(box.numRows === undefined ? {} : { endRowIndex: box.row - 1 + box.numRows }),
    startColumnIndex: box.column - 1,
    endColumnIndex: box.column - 1 + box.numColumns,
  };
}

function cellData(value: Cell): sheets_v4.Schema$CellData {
  if (value instanceof Date) {
    return {
      userEnteredValue: { numberValue: serialOfInstant(value) },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: DATE_FORMAT } },
    };
  }
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  if (value === null || value === undefined || value === '') return {};
  return { userEnteredValue: { stringValue: String(value) } };
}

/** NumberFormatType of a plan's pattern (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#numberformattype). */
function numberFormatType(pattern: string): string {
  if (pattern === TEXT_FORMAT) return 'TEXT';
  return pattern === DATE_FORMAT ? 'DATE' : 'DATE_TIME';
}

type Kind = Exclude<SetupOp['kind'], 'addSheet'>;
type Render<K extends Kind> = (op: Extract<SetupOp, { kind: K }>, id: (tab: string) => number, handles: SheetHandles) => Schema;

/** Each operation but addSheet as its one request (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request). */
const RENDER: { [K in Kind]: Render<K> } = {
  appendRows: (op, id) => ({ appendDimension: { sheetId: id(op.tab), dimension: 'ROWS', length: op.count } }),
  appendColumns: (op, id) => ({ appendDimension: { sheetId: id(op.tab), dimension: 'COLUMNS', length: op.count } }),
  setHeaders: (op, id) => ({
    updateCells: {
      start: { sheetId: id(op.tab), rowIndex: 0, columnIndex: op.column - 1 },
      rows: [
        { values: op.headers.map((h) => ({ userEnteredValue: { stringValue: h }, userEnteredFormat: { textFormat: { bold: true } } })) },
      ],
      fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
    },
  }),
  freeze: (op, id) => {
    const gridProperties: sheets_v4.Schema$GridProperties = {};
    const fields: string[] = [];
    if (op.rows !== undefined) {
      gridProperties.frozenRowCount = op.rows;
      fields.push('gridProperties.frozenRowCount');
    }
    if (op.columns !== undefined) {
      gridProperties.frozenColumnCount = op.columns;
      fields.push('gridProperties.frozenColumnCount');
    }
    return { updateSheetProperties: { properties: { sheetId: id(op.tab), gridProperties }, fields: fields.join(',') } };
  },
  setCheckboxes: (op, id) => ({ setDataValidation: { range: gridRange(id(op.tab), op.range), rule: { condition: { type: 'BOOLEAN' } } } }),
  // strict: false is Apps Script's setAllowInvalid(true): other values kept, with a warning.
  setList: (op, id) => ({
    setDataValidation: {
      range: gridRange(id(op.tab), op.range),
      rule: {
        condition: { type: 'ONE_OF_LIST', values: op.values.map((v) => ({ userEnteredValue: v })) },
        strict: false,
        showCustomUi: true,
      },
    },
  }),
  setNumberFormat: (op, id) => ({
    repeatCell: {
      range: gridRange(id(op.tab), op.range),
      cell: { userEnteredFormat: { numberFormat: { type: numberFormatType(op.pattern), pattern: op.pattern } } },
      fields: 'userEnteredFormat.numberFormat',
    },
  }),
  writeValues: (op, id) => {
    // Dates carry their format; the mask then includes it (other cells of the block are new, unformatted).
    const hasDate = op.values.some((r) => r.some((c) => c instanceof Date));
    return {
      updateCells: {
        start: { sheetId: id(op.tab), rowIndex: op.row - 1, columnIndex: op.column - 1 },
        rows: op.values.map((r) => ({ values: r.map(cellData) })),
        fields: hasDate ? 'userEnteredValue,userEnteredFormat.numberFormat' : 'userEnteredValue',
      },
    };
  },
  protectRange: (op, id) => ({
    addProtectedRange: { protectedRange: { range: gridRange(id(op.tab), op.range), description: op.description, warningOnly: true } },
  }),
  protectSheet: (op, id) => ({
    addProtectedRange: { protectedRange: { range: { sheetId: id(op.tab) }, description: op.description, warningOnly: true } },
  }),
  fixProtection: (op, id, handles) => {
    const list = (op.type === 'sheet' ? handles.sheetProtections : handles.rangeProtections).get(op.tab) ?? [];
    const protectedRangeId = list[op.index];
    if (protectedRangeId === undefined) throw new Error(`setupRequests: no protection ${op.index} on ${op.tab}`);
    return {
      updateProtectedRange: {
        protectedRange: {
          protectedRangeId,
          warningOnly: true,
          description: op.description,
          ...(op.range ? { range: gridRange(id(op.tab), op.range) } : {}),
        },
        fields: op.range ? 'warningOnly,description,range' : 'warningOnly,description',
      },
    };
  },
};

/**
 * The plan as batchUpdate requests, in its order. New tabs get their sheetId chosen here, so that
 * the requests after an addSheet can name it within the same batch.
 */
export function setupRequests(ops: readonly SetupOp[], handles: SheetHandles): Schema[] {
  const ids = new Map(handles.sheetIds);
  let next = handles.nextSheetId;
  const id = (tab: string) => {
    const found = ids.get(tab);
    if (found === undefined) throw new Error(`setupRequests: unknown tab ${tab}`);
    return found;
  };
  return ops.map((op): Schema => {
    if (op.kind !== 'addSheet') return (RENDER[op.kind] as Render<Kind>)(op as Extract<SetupOp, { kind: Kind }>, id, handles);
    const sheetId = next++;
    ids.set(op.tab, sheetId);
    return { addSheet: { properties: { sheetId, title: op.tab, gridProperties: { rowCount: op.rows, columnCount: op.columns } } } };
  });
}
