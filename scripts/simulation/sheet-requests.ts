/**
 * The spreadsheets.batchUpdate requests the simulated Google knows (those pacte sends), each applied to
 * the copy batchUpdate works on; anything else is refused as Google refuses an unknown field
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request).
 * Cells are replaced, never changed in place: the copy shares them with the state until then.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { bad } from './errors';
import { cellKey, type CellData, type SimSheet } from './model';

type Request = sheets_v4.Schema$Request;
type Handler = (sheets: SimSheet[], q: never, i: number, kind: string) => object;

function byId(sheets: SimSheet[], sheetId: number | null | undefined, i: number): SimSheet {
  const s = sheets.find((x) => x.properties.sheetId === sheetId);
  if (!s) throw bad(`Invalid requests[${i}]: No grid with id: ${sheetId}`);
  return s;
}

/** A range's bounds, refused when it goes past the grid. */
function within(s: SimSheet, g: sheets_v4.Schema$GridRange, i: number) {
  const rows = s.properties.gridProperties.rowCount;
  const cols = s.properties.gridProperties.columnCount;
  if ((g.endRowIndex ?? 0) > rows || (g.endColumnIndex ?? 0) > cols) throw bad(`Invalid requests[${i}]: Range exceeds grid limits.`);
  return { r0: g.startRowIndex ?? 0, r1: g.endRowIndex ?? rows, c0: g.startColumnIndex ?? 0, c1: g.endColumnIndex ?? cols };
}

function merge(s: SimSheet, row: number, col: number, patch: CellData): void {
  const key = cellKey(row, col);
  s.cells.set(key, { ...(s.cells.get(key) ?? {}), ...patch });
}

const formatOf = (s: SimSheet, row: number, col: number) => s.cells.get(cellKey(row, col))?.userEnteredFormat ?? {};

function addSheet(sheets: SimSheet[], q: sheets_v4.Schema$AddSheetRequest, i: number) {
  const props = q.properties ?? {};
  if (sheets.some((s) => s.properties.title === props.title))
    throw bad(`Invalid requests[${i}].addSheet: A sheet with the name "${props.title}" already exists. Please enter another name.`);
  const sheetId = props.sheetId ?? Math.max(0, ...sheets.map((s) => s.properties.sheetId)) + 1;
  if (sheets.some((s) => s.properties.sheetId === sheetId))
    throw bad(`Invalid requests[${i}].addSheet: Sheet with id ${sheetId} already exists.`);
  const sheet: SimSheet = {
    properties: {
      sheetId,
      title: props.title ?? `Feuille ${sheets.length + 1}`,
      index: sheets.length,
      gridProperties: { rowCount: props.gridProperties?.rowCount ?? 1000, columnCount: props.gridProperties?.columnCount ?? 26 },
    },
    cells: new Map(),
    protectedRanges: [],
  };
  sheets.push(sheet);
  return { addSheet: { properties: sheet.properties } };
}

function appendDimension(sheets: SimSheet[], q: sheets_v4.Schema$AppendDimensionRequest, i: number) {
  const g = byId(sheets, q.sheetId, i).properties.gridProperties;
  if (q.dimension === 'ROWS') g.rowCount += q.length ?? 0;
  else g.columnCount += q.length ?? 0;
  return {};
}

function updateCells(sheets: SimSheet[], q: sheets_v4.Schema$UpdateCellsRequest, i: number) {
  const s = byId(sheets, q.start?.sheetId, i);
  if (!q.fields) throw bad(`Invalid requests[${i}].updateCells: fields is required.`);
  const fields = q.fields;
  for (const [dr, row] of (q.rows ?? []).entries())
    for (const [dc, cell] of (row.values ?? []).entries()) {
      const rr = (q.start?.rowIndex ?? 0) + dr;
      const cc = (q.start?.columnIndex ?? 0) + dc;
      if (rr >= s.properties.gridProperties.rowCount || cc >= s.properties.gridProperties.columnCount)
        throw bad(`Invalid requests[${i}].updateCells: Range exceeds grid limits.`);
      const patch: CellData = {};
      if (fields.includes('userEnteredValue')) patch.userEnteredValue = cell.userEnteredValue;
      if (fields.includes('userEnteredFormat')) patch.userEnteredFormat = { ...formatOf(s, rr, cc), ...(cell.userEnteredFormat ?? {}) };
      merge(s, rr, cc, patch);
    }
  return {};
}

function updateSheetProperties(sheets: SimSheet[], q: sheets_v4.Schema$UpdateSheetPropertiesRequest, i: number) {
  const s = byId(sheets, q.properties?.sheetId, i);
  for (const field of String(q.fields).split(',')) {
    const key = field.replace('gridProperties.', '') as 'frozenRowCount' | 'frozenColumnCount';
    const value = q.properties?.gridProperties?.[key];
    if (value === null || value === undefined) delete s.properties.gridProperties[key];
    else s.properties.gridProperties[key] = value;
  }
  return {};
}

/** setDataValidation and repeatCell: the same rule or format on every cell of a range. */
function onRange(
  sheets: SimSheet[],
  q: sheets_v4.Schema$RepeatCellRequest & sheets_v4.Schema$SetDataValidationRequest,
  i: number,
  kind: string,
) {
  const s = byId(sheets, q.range?.sheetId, i);
  const { r0, r1, c0, c1 } = within(s, q.range ?? {}, i);
  for (let rr = r0; rr < r1; rr++)
    for (let cc = c0; cc < c1; cc++)
      merge(
        s,
        rr,
        cc,
        kind === 'setDataValidation'
          ? { dataValidation: q.rule ?? undefined }
          : { userEnteredFormat: { ...formatOf(s, rr, cc), ...(q.cell?.userEnteredFormat ?? {}) } },
      );
  return {};
}

function addProtectedRange(sheets: SimSheet[], q: sheets_v4.Schema$AddProtectedRangeRequest, i: number) {
  const s = byId(sheets, q.protectedRange?.range?.sheetId, i);
  within(s, q.protectedRange?.range ?? {}, i);
  const protectedRangeId = 1000 + sheets.reduce((n, x) => n + x.protectedRanges.length, 0) + i;
  const pr = { ...q.protectedRange, protectedRangeId };
  s.protectedRanges.push(pr);
  return { addProtectedRange: { protectedRange: pr } };
}

function updateProtectedRange(sheets: SimSheet[], q: sheets_v4.Schema$UpdateProtectedRangeRequest, i: number) {
  const id = q.protectedRange?.protectedRangeId;
  const pr = sheets.flatMap((s) => s.protectedRanges).find((p) => p.protectedRangeId === id);
  if (!pr) throw bad(`Invalid requests[${i}].updateProtectedRange: No protected range with id: ${id}`);
  const source = (q.protectedRange ?? {}) as Record<string, unknown>;
  for (const field of String(q.fields).split(',')) (pr as Record<string, unknown>)[field] = source[field];
  return {};
}

function deleteSheet(sheets: SimSheet[], q: sheets_v4.Schema$DeleteSheetRequest, i: number) {
  const s = byId(sheets, q.sheetId, i);
  if (sheets.length === 1) throw bad(`Invalid requests[${i}].deleteSheet: You can't remove all the sheets in a document.`);
  sheets.splice(sheets.indexOf(s), 1);
  return {};
}

const HANDLERS: Record<string, Handler> = {
  addSheet,
  appendDimension,
  updateCells,
  updateSheetProperties,
  setDataValidation: onRange,
  repeatCell: onRange,
  addProtectedRange,
  updateProtectedRange,
  deleteSheet,
} as Record<string, Handler>;

/** One request of a batchUpdate, applied to `sheets` (the batch's copy); its reply. */
export function applyRequest(sheets: SimSheet[], r: Request, i: number): object {
  const kind = Object.keys(r)[0] ?? '';
  const handler = Object.hasOwn(HANDLERS, kind) ? HANDLERS[kind] : undefined;
  if (!handler) throw bad(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`);
  return handler(sheets, (r as Record<string, unknown>)[kind] as never, i, kind);
}
