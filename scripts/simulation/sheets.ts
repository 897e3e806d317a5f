/**
 * Sheets v4 as the simulated Google answers it: spreadsheets.get (with grid data for ranges),
 * values.batchGet (FORMATTED_VALUE) and spreadsheets.batchUpdate (atomic: one invalid request and
 * nothing is applied, https://developers.google.com/workspace/sheets/api/guides/batchupdate; the
 * requests themselves: sheet-requests.ts). The `spreadsheets` scope reaches every spreadsheet the
 * account can open — its own, or one shared with it — and answers 403 PERMISSION_DENIED otherwise
 * (https://cloud.google.com/apis/design/errors#handling_errors).
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { bad, denied, notFound } from './errors';
import { cellKey, type CellData, type SimFile, type SimSheet, type SimState } from './model';
import { cellValue } from '../google/sheets-setup';
import { applyRequest } from './sheet-requests';

/** A spreadsheet as the Sheets / Apps Script APIs reach it: made by the account or shared with it. */
export function openable(state: SimState, id: string, user: string): SimFile {
  const f = state.files.get(id);
  if (!f) throw notFound(`File not found: ${id}.`);
  if (f.createdBy !== user && !f.permissions.some((x) => x.emailAddress === user)) throw denied();
  return f;
}

interface Range {
  sheet: SimSheet;
  startRow: number;
  endRow?: number;
}

/** `'Tab'` or `'Tab'!2:5`, the A1 forms pacte sends. */
function parseRange(f: SimFile, a1: string): Range {
  const m = /^'((?:[^']|'')+)'(?:!(\d+):(\d+))?$/.exec(a1);
  const sheet = m && f.sheets.find((s) => s.properties.title === m[1]!.replace(/''/g, "'"));
  if (!m || !sheet) throw bad(`Unable to parse range: ${a1}`);
  return { sheet, startRow: m[2] ? Number(m[2]) - 1 : 0, ...(m[3] ? { endRow: Number(m[3]) } : {}) };
}

/** Rows of a range, each cut after its last non-empty cell, trailing empty rows left out (as Google answers). */
function rowsOf<T>(r: Range, cell: (c: CellData | undefined) => T, empty: (v: T) => boolean): T[][] {
  const g = r.sheet.properties.gridProperties;
  const rows: T[][] = [];
  for (let row = r.startRow; row < Math.min(r.endRow ?? g.rowCount, g.rowCount); row++) {
    const out: T[] = [];
    for (let c = 0; c < g.columnCount; c++) out.push(cell(r.sheet.cells.get(cellKey(row, c))));
    while (out.length && empty(out[out.length - 1]!)) out.pop();
    rows.push(out);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export function getSpreadsheet(f: SimFile, url: URL) {
  const withData = url.searchParams.get('includeGridData') === 'true';
  const ranges = url.searchParams.getAll('ranges').map((r) => parseRange(f, r));
  const sheets = f.sheets.map((s) => {
    const out: sheets_v4.Schema$Sheet = { properties: s.properties, protectedRanges: s.protectedRanges };
    const mine = ranges.filter((r) => r.sheet === s);
    if (withData && mine.length) {
      out.data = mine.map((r) => ({
        startRow: r.startRow,
        startColumn: 0,
        rowData: rowsOf(
          r,
          (c) => c ?? {},
          (c) => Object.keys(c).length === 0,
        ).map((values) => ({ values })),
      }));
    }
    return out;
  });
  return { spreadsheetId: f.id, sheets };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as displayed (FORMATTED_VALUE, https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption):
 * booleans TRUE/FALSE, date serials in their dd/mm/yyyy (hh:mm) pattern.
 */
export function displayed(cell: CellData | undefined): string {
  const value = cellValue(cell);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const pattern = cell?.userEnteredFormat?.numberFormat?.pattern;
    if (!pattern || !/dd\/mm\/yyyy/.test(pattern)) return String(value);
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86_400_000));
    const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    return pattern.includes('hh:mm') ? `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : day;
  }
  return String(value);
}

/** values.batchGet, FORMATTED_VALUE only: rows as displayed, trailing empty cells and rows left out. */
export function batchGet(f: SimFile, url: URL) {
  if (url.searchParams.get('valueRenderOption') !== 'FORMATTED_VALUE') throw bad('This simulation renders FORMATTED_VALUE only.');
  const valueRanges = url.searchParams.getAll('ranges').map((a1) => {
    const rows = rowsOf(parseRange(f, a1), displayed, (v) => v === '');
    return { range: a1, majorDimension: 'ROWS', ...(rows.length ? { values: rows } : {}) };
  });
  return { spreadsheetId: f.id, valueRanges };
}

/** A sheet's rows as displayed, from row 1, trailing empty cells and rows left out (what a view shows). */
export function displayedRows(sheet: SimSheet): string[][] {
  return rowsOf({ sheet, startRow: 0 }, displayed, (v) => v === '');
}

/** Atomic: applied to a copy of the sheets, kept only when every request is valid. */
export function batchUpdate(f: SimFile, body: sheets_v4.Schema$BatchUpdateSpreadsheetRequest | undefined) {
  const copy: SimSheet[] = f.sheets.map((s) => ({
    properties: structuredClone(s.properties),
    cells: new Map(s.cells),
    protectedRanges: structuredClone(s.protectedRanges),
  }));
  const replies = (body?.requests ?? []).map((r, i) => applyRequest(copy, r, i));
  f.sheets = copy;
  return { spreadsheetId: f.id, replies };
}
