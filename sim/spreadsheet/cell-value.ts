/** Cell values in and out: what getValues() returns, what setValue(s) stores, what Google refuses. */
import type { SimContext } from '../context';
import { gasError } from '../errors';
import { dateToSerial, isDateFormat, serialToDate } from './display';
import { AUTOMATIC_FORMAT, parseTyped, TEXT_FORMAT } from './input';
import type { Cell, CellValue } from './model';

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * The value getValues() returns for a cell: '' when empty, a fresh Date for dates, numbers, booleans, strings.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
 * A number in a date-formatted cell reads as a Date and a date in a number-formatted cell as its serial
 * number, as in Sheets. Formula cells read as their cached value: the simulator does not evaluate
 * formulas, so that is '' unless a test stored one.
 */
export function readValue(c: Cell | undefined, tz: string): CellValue {
  if (!c) return '';
  const v = c.value;
  if (typeof v === 'number' && isDateFormat(c.format)) return serialToDate(v, tz);
  if (v instanceof Date) {
    if (c.format && c.format !== TEXT_FORMAT && c.format !== AUTOMATIC_FORMAT && !isDateFormat(c.format)) return dateToSerial(v, tz);
    return new Date(v.getTime());
  }
  return v;
}

/**
 * Google refuses a cell of more than 50,000 characters, and with it the whole write: "Your input contains
 * more than the maximum of 50000 characters in a single cell." Google's reference pages do not state the
 * limit; the message is the one Apps Script and the Sheets API give, e.g.
 * https://github.com/freelabz/secator/issues/96 and https://github.com/moevm/github_repo_commitment_calc/issues/67.
 * Counted in JavaScript string length.
 */
export const MAX_CELL_CHARS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

/** Throws, as Google does at the call, for a value no cell can take. */
export function checkCellInput(v: unknown): void {
  if (v === null || v === undefined || typeof v === 'boolean') return;
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARS) throw gasError(CELL_TOO_LONG);
    return;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw gasError(`Simulator: refusing to store the non-finite number ${v} (Sheets would show #NUM!).`);
    return;
  }
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw gasError('Simulator: refusing to store an invalid Date.');
    return;
  }
  throw gasError(
    `Simulator: refusing to store a value of type ${Array.isArray(v) ? 'array' : typeof v} in a cell (Sheets would store its Java-style string).`,
  );
}

/** A copy of a written value, taken at the call: the script may change its Date afterwards. */
export function copyInput(v: unknown): unknown {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** Stores a value the way Sheets does for a value written by setValue(s). */
export function writeValue(c: Cell, v: unknown, ctx: SimContext): void {
  checkCellInput(v);
  delete c.formula;
  if (v === null || v === undefined) {
    c.value = '';
    return;
  }
  if (typeof v === 'string') {
    const t = parseTyped(v, c.format, ctx.timeZone, ctx.clock.now());
    c.value = t.value;
    if (t.formula !== undefined) c.formula = t.formula;
    if (t.autoFormat && c.format === undefined) c.format = t.autoFormat;
    return;
  }
  c.value = isDate(v) ? new Date(v.getTime()) : (v as number | boolean);
}
