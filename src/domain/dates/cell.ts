/** A date or a date-time read however a cell holds it: a Date, a serial number, or text. */
import {
  dayFromParts,
  dayOfSerial,
  DAY_MS,
  FIRST_YEAR,
  formatDayFr,
  InvalidDateError,
  LAST_YEAR,
  SERIAL_EPOCH,
  toUtc,
  type Day,
} from './days';
import { dayOfInstant, instantOfSerial } from './zone';

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SERIAL = /^\d{4,7}(?:[.,]\d+)?$/;

export function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Reads a date however a cell holds it: a Date, a serial number, `JJ/MM/AAAA` or `AAAA-MM-JJ`
 * text (a time part is ignored). Empty → undefined; anything else throws InvalidDateError.
 */
export function parseDay(value: unknown): Day | undefined {
  if (value === null || value === undefined) return undefined;
  if (isDate(value)) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new InvalidDateError('?');
    const day = dayOfInstant(value);
    // A date cell of 25/12/1899 or of the year 10113 is a typing accident, not a date: said as staff see it.
    const inRange = time > Date.UTC(FIRST_YEAR - 1, 11, 30) && time < Date.UTC(LAST_YEAR + 1, 0, 2);
    if (!inRange || day < `${FIRST_YEAR}-01-01` || day > `${LAST_YEAR}-12-31`) throw new InvalidDateError(formatDayFr(day));
    return day;
  }
  if (typeof value === 'number') return dayOfSerial(value);
  if (typeof value !== 'string') throw new InvalidDateError(String(value));
  const text = value.trim();
  if (text === '') return undefined;
  let m = DAY_FIRST.exec(text);
  if (m) return dayFromParts(Number(m[3]), Number(m[2]), Number(m[1]), text);
  m = YEAR_FIRST.exec(text);
  if (m) return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if (SERIAL.test(text)) return dayOfSerial(Number(text.replace(',', '.')));
  throw new InvalidDateError(text);
}

const DATE_TIME_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DATE_TIME_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * The instant a date-time cell names (a `Journal` `Horodatage`): a Date as is, a serial or
 * `JJ/MM/AAAA HH:MM(:SS)` / `AAAA-MM-JJ HH:MM` text as Paris clocks read it (a download of the
 * Sheet). Undefined when the cell holds no readable date-time.
 */
export function instantOfCell(value: unknown): number | undefined {
  if (isDate(value)) {
    const time = value.getTime();
    return Number.isNaN(time) ? undefined : time;
  }
  if (typeof value === 'number') return instantOfSerial(value)?.getTime();
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const m = DATE_TIME_FIRST.exec(text) ?? DATE_TIME_ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day] = DATE_TIME_FIRST.test(text) ? [m[3], m[2], m[1]] : [m[1], m[2], m[3]];
  let iso: Day;
  try {
    iso = dayFromParts(Number(year), Number(month), Number(day));
  } catch {
    return undefined;
  }
  const midnight = (toUtc(iso).getTime() - SERIAL_EPOCH) / DAY_MS;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return instantOfSerial(midnight + seconds / 86_400)?.getTime();
}
