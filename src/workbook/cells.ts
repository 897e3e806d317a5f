/** Reading one cell's value, whatever a person or a download made of it. */
import { InvalidDateError, parseClockTime, parseDay } from '../domain/dates';
import type { Cell, DayCell } from '../domain/rows';

export type { Cell, DayCell } from '../domain/rows';

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** An unticked checkbox: FALSE in the Sheet and in an .xlsx, `FALSE` in Google's CSV, `FAUX` in French Excel's. */
export function isUnticked(cell: Cell): boolean {
  if (cell === false) return true;
  return typeof cell === 'string' && /^\s*(false|faux)\s*$/i.test(cell);
}

/**
 * workbook.md, "The rules, precisely": a cell is content unless it holds empty text, spaces or an
 * unticked checkbox (staff put checkboxes on whole columns, which fills FALSE to the grid's bottom).
 */
export function isContent(cell: Cell): boolean {
  return !isBlank(cell) && !isUnticked(cell);
}

export function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'x', '1', 'yes', 'o', '✓', '✔', '☑']);

/** Booleans per workbook.md: checkboxes, TRUE/FALSE, Oui/Non, vrai/faux, x/empty alike. */
export function bool(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  return TRUE_WORDS.has(text(cell).toLowerCase());
}

/** A date cell: `{}` when empty, `{ day }` when readable, `{ invalid }` with the raw text otherwise. */
export function dayCell(cell: Cell): DayCell {
  try {
    const day = parseDay(typeof cell === 'string' ? cell.trim() : cell);
    return day ? { day } : {};
  } catch (e) {
    // The error says the value as staff see it (text(cell) would throw on an impossible Date).
    if (e instanceof InvalidDateError) return { invalid: e.input };
    throw e;
  }
}

/** A time-of-day cell (`Heure`): `{}` when empty, `{ minutes }` when readable, `{ invalid }` with what staff see otherwise. */
export function clockCell(cell: Cell): { minutes?: number; invalid?: string } {
  if (isBlank(cell)) return {};
  const minutes = parseClockTime(cell);
  if (minutes !== undefined) return { minutes };
  // Every valid Date has a time of day: only an impossible one gets here (text() would throw on it).
  return { invalid: cell instanceof Date ? '?' : text(cell) };
}

/** A whole number, or undefined when the cell is empty or not a number. */
export function wholeNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.round(cell) : undefined;
  const t = text(cell).replace(',', '.');
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Math.round(Number(t));
}

import { fold } from '../domain/text';

export { fold };

/** Finds the list value a cell spells, whatever its case and accents; undefined when none. */
export function matchChoice<T extends string>(cell: Cell, choices: readonly T[]): T | undefined {
  const key = fold(text(cell));
  return choices.find((c) => fold(c) === key);
}

/**
 * Words Sheets may read as part of a number, date or time (month and day names in French and English,
 * AM/PM; the exponent's `e`, ISO's `T` and the `h` of `9h30` when they touch digits): a string that
 * holds digits and nothing else but these and punctuation may be re-typed.
 */
const DATE_OR_NUMBER_WORDS =
  /janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|lun(?:di)?|mardi|mer(?:credi)?|jeu(?:di)?|ven(?:dredi)?|sam(?:edi)?|dim(?:anche)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|(?<=\d)[et](?=[+-]?\d)|(?<=\d)h(?!\p{L})/giu;

/**
 * True when Sheets would not keep this string as the same text if it were written with setValue(s),
 * which reads a string as typed input (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue):
 * a formula (`=`), a number (`0042`, `1,5`, `1e5`, `50%`, `+33…`, `-5`), a date or time (`12/03`,
 * `2026-01-02`, `10:30`, `12 mars`), a boolean (`TRUE`, `faux`), an error literal (`#N/A`), or text
 * starting with the apostrophe that Sheets would swallow. Errs on the side of true: a needless
 * apostrophe costs nothing, a missing one changes the data.
 */
export function sheetsWouldRetype(value: string): boolean {
  const t = value.trim();
  if (t === '') return false;
  if (/^[=+\-@'#]/.test(t)) return true;
  if (/^(?:true|false|vrai|faux)$/i.test(t)) return true;
  if (!/\d/.test(t)) return false;
  return !/\p{L}/u.test(t.replace(DATE_OR_NUMBER_WORDS, ''));
}

/**
 * Google Sheets refuses a cell of more than 50,000 characters, and with it the whole write (« Your input
 * contains more than the maximum of 50000 characters in a single cell. »): one applicant's overlong
 * name would stop a block write for everyone. Counted as JavaScript counts a string's length.
 */
export const MAX_CELL_CHARS = 50_000;
/** What ends a text cut to fit a cell; staff read it in the Sheet. */
export const CUT_MARK = '… (tronqué)';

/**
 * The text cut to at most `max` characters (50,000: a cell's limit), ending « … (tronqué) » when cut;
 * a character written as two UTF-16 units is never split.
 */
export function fitCell(value: string, max: number = MAX_CELL_CHARS): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max - CUT_MARK.length);
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end) + CUT_MARK;
}

/**
 * A value that came from a person, made safe to write into a cell that is not formatted as plain
 * text: the leading apostrophe keeps it text (https://support.google.com/docs/answer/56470), and Sheets
 * does not show it. A plain-text cell (format `@`) keeps the string as it is, apostrophe included,
 * so it must get the value bare. Cut to fit a cell, apostrophe included.
 */
export function asLiteralText(value: string): string {
  const fitted = fitCell(value);
  return sheetsWouldRetype(fitted) ? `'${fitCell(value, MAX_CELL_CHARS - 1)}` : fitted;
}

/** The number format Sheets reports for a plain-text cell. */
export const PLAIN_TEXT_FORMAT = '@';
