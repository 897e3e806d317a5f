/**
 * Calendar days in Europe/Paris. A day is an ISO string 'AAAA-MM-JJ': it sorts and compares
 * as text, survives JSON, and carries no time zone to get wrong.
 */
import { messages } from './messages';
import { FIRST_YEAR, LAST_YEAR } from './year-range';

export type Day = string;
export const PARIS = 'Europe/Paris';

export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(messages.dates.invalid(input));
    this.name = 'InvalidDateError';
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export { FIRST_YEAR, LAST_YEAR };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a day from its parts; throws InvalidDateError for an impossible date (31/02/2026). */
export function dayFromParts(year: number, month: number, day: number, original?: string): Day {
  if (
    !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) ||
    year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
  ) {
    throw new InvalidDateError(original ?? `${pad(day)}/${pad(month)}/${year}`);
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function isDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  try {
    dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The Paris calendar day of an instant. Google Sheets returns a date cell as midnight in the
 * spreadsheet's zone, xlsx readers as midnight UTC: both fall on the same Paris day.
 */
export function dayOfInstant(instant: Date, timeZone = PARIS): Day {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new InvalidDateError(String(instant));
  // A workbook repeats the same few dates thousands of times; Intl formatting is the costly part.
  const key = `${timeZone}|${time}`;
  const cached = dayCache.get(key);
  if (cached) return cached;
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  if (dayCache.size > 50_000) dayCache.clear();
  dayCache.set(key, day);
  return day;
}
const dayCache = new Map<string, Day>();

export function todayInParis(now: Date = new Date()): Day {
  return dayOfInstant(now, PARIS);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel and Google Sheets serial day numbers count from 1899-12-30; only FIRST_YEAR–LAST_YEAR are dates. */
export function dayOfSerial(serial: number): Day {
  const first = (Date.UTC(FIRST_YEAR, 0, 1) - SERIAL_EPOCH) / DAY_MS;
  const last = (Date.UTC(LAST_YEAR, 11, 31) - SERIAL_EPOCH) / DAY_MS;
  if (!Number.isFinite(serial) || Math.floor(serial) < first || Math.floor(serial) > last) {
    throw new InvalidDateError(String(serial));
  }
  const d = new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The instant a date-time serial (an xlsx cell) names on the clocks of `timeZone`: what Apps Script
 * gives for that cell in a Paris spreadsheet, so that a download and the Sheet read the same day
 * (30/05/2025 22:15 stays the 30th). Undefined when no JS date can hold it (612345678).
 * Pure arithmetic and Intl with an explicit zone: the machine's TZ never matters.
 */
export function instantOfSerial(serial: number, timeZone = PARIS): Date | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // The wall-clock time, written as if it were UTC (rounded to the millisecond, as Excel stores it).
  const wall = SERIAL_EPOCH + Math.round(serial * DAY_MS);
  if (Math.abs(wall) > 8.64e15 - 2 * DAY_MS) return undefined;
  // The zone's offset, taken at the instant itself: a second pass settles the DST change days.
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/**
 * Milliseconds the zone's clocks are ahead of UTC at an instant (+1 h or +2 h in Paris). Offsets
 * only change on a quarter hour: one Intl call per quarter hour met, not one per cell.
 */
function zoneOffset(instant: number, timeZone: string): number {
  const bucket = Math.floor(instant / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = computeZoneOffset(bucket * QUARTER_HOUR, timeZone);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

function computeZoneOffset(instant: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    offsetFormatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(instant))) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const asUtc = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  const fixed = new Date(asUtc);
  fixed.setUTCFullYear(year);
  return fixed.getTime() - instant;
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SERIAL = /^\d{4,7}(?:[.,]\d+)?$/;

/**
 * Reads a date however a cell holds it: a Date, a serial number, `JJ/MM/AAAA` or `AAAA-MM-JJ`
 * text (a time part is ignored). Empty → undefined; anything else throws InvalidDateError.
 */
export function parseDay(value: unknown): Day | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
    if (Number.isNaN(time)) throw new InvalidDateError('?');
    const day = dayOfInstant(value as Date);
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

function toUtc(day: Day): Date {
  const m = ISO_DAY.exec(day);
  if (!m) throw new InvalidDateError(day);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addDays(day: Day, n: number): Day {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Every day from start to end, both included. */
export function eachDay(start: Day, end: Day): Day[] {
  const days: Day[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

/** 'JJ/MM/AAAA', as French staff write dates. */
export function formatDayFr(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** 'jeudi 11 décembre 2025'; without the year when `withYear` is false. */
export function formatDayLongFr(day: Day, withYear = true): string {
  const d = toUtc(day);
  const text = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}

/** Midnight of a Paris day as an instant (what Sheets stores for a date cell). */
export function instantOfDay(day: Day, timeZone = PARIS): Date {
  const utc = toUtc(day).getTime();
  // The offset at that instant (+1 h or +2 h in Paris); computed, never assumed.
  const asZone = new Date(new Date(utc).toLocaleString('en-US', { timeZone })).getTime();
  const asUtc = new Date(new Date(utc).toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
  return new Date(utc - (asZone - asUtc));
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();
/** The hour (0-23) of an instant on Paris clocks. */
export function hourInParis(instant: Date, timeZone = PARIS): number {
  let f = hourFormatters.get(timeZone);
  if (!f) hourFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })));
  return Number(f.format(instant)) % 24;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * Minutes since midnight on Paris clocks (0–1439), rounded to the nearest minute: a Sheet time cell
 * is an instant on 30/12/1899, when Paris kept its local mean time (+0:09:21); its wall clock is
 * still the time staff typed. A time that rounds up to 24:00 stays 23:59 rather than change day.
 */
export function minutesOfDayInParis(instant: Date, timeZone = PARIS): number {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
  const minutes = (Number(parts.hour) % 24) * 60 + Number(parts.minute) + Math.round(Number(parts.second) / 60);
  return Math.min(minutes, 1439);
}

const DATE_TIME_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DATE_TIME_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * The instant a date-time cell names (a `Journal` `Horodatage`): a Date as is, a serial or
 * `JJ/MM/AAAA HH:MM(:SS)` / `AAAA-MM-JJ HH:MM` text as Paris clocks read it (a download of the
 * Sheet). Undefined when the cell holds no readable date-time.
 */
export function instantOfCell(value: unknown): number | undefined {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const time = (value as Date).getTime();
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
