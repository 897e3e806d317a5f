/**
 * Excel's grid limits, checked on every reference a worksheet part gives (cell `r`, row `r`, `<dimension
 * ref>`, `<col min max>`): 16,384 columns (XFD) and 1,048,576 rows
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
 * ECMA-376 Part 1 §18.3.1.73 row, §18.3.1.4 c, §18.3.1.35 dimension, §18.3.1.13 col). Neither Excel nor
 * Google Sheets writes more: a reference beyond is a damaged file, refused at once. Read as is, one cell at
 * `ZZZZZZ2` would make the reader fill 321 million columns (V8 out of memory after 17 s).
 */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** A reference beyond the grid: the worksheet is refused as damaged (read-xlsx.ts says it in French). */
export class BeyondExcelLimits extends Error {
  /** A cell reference (`ZZZZZZ2`), a row number or a column number, as the file gives it. */
  constructor(
    readonly kind: 'cell' | 'row' | 'column',
    readonly ref: string,
  ) {
    super(`${kind} beyond Excel's limits: ${ref}`);
    this.name = 'BeyondExcelLimits';
  }
}

/** What a reference's text shows of itself in a message: short, whatever the file holds. */
const shown = (ref: string) => (ref.length > 24 ? `${ref.slice(0, 24)}…` : ref);

/**
 * `AB12` → { column: 27 (0-based), row: 11 (0-based) }; a part absent or odd is undefined (the reader
 * then counts from the previous cell or row). Throws BeyondExcelLimits past XFD or row 1,048,576: the
 * letters are counted only while they stay within the limit, so a reference of any length costs nothing.
 */
export function cellRef(ref: string | undefined): { column?: number; row?: number } {
  if (!ref) return {};
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    if (col > MAX_COLUMNS) throw new BeyondExcelLimits('cell', shown(ref));
  }
  const digits = ref.slice(i);
  const row = /^\d+$/.test(digits) ? rowNumber(digits, 'cell', ref) : undefined;
  return { ...(i > 0 ? { column: col - 1 } : {}), ...(row ? { row: row - 1 } : {}) };
}

/** A row number (1-based) from its digits; beyond 1,048,576 (or absurdly long) throws. */
export function rowNumber(digits: string, kind: 'cell' | 'row' = 'row', ref = digits): number {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed.length > 7 || Number(trimmed) > MAX_ROWS) throw new BeyondExcelLimits(kind, shown(ref));
  return Number(trimmed);
}

/** `<row r>`: 1-based, within the grid; undefined when absent or not a positive whole number. */
export function rowAttribute(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const r = rowNumber(value.trim());
  return r > 0 ? r : undefined;
}

/** `<dimension ref="A1:XFD1048576">` (or one cell): each end within the grid. */
export function checkDimension(ref: string | undefined): void {
  for (const part of (ref ?? '').split(':')) cellRef(part.replace(/\$/g, '').trim().toUpperCase());
}

/** `<col min max>`: column numbers (1-based) within the grid. */
export function checkColumns(min: string | undefined, max: string | undefined): void {
  for (const v of [min, max]) {
    if (v !== undefined && /^\d+$/.test(v.trim()) && (v.trim().length > 6 || Number(v) > MAX_COLUMNS))
      throw new BeyondExcelLimits('column', shown(v.trim()));
  }
}
