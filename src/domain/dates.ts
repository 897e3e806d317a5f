/**
 * Calendar days in Europe/Paris. A day is an ISO string 'AAAA-MM-JJ': it sorts and compares
 * as text, survives JSON, and carries no time zone to get wrong.
 */
import { messages } from './messages';

export type Day = string;
export const PARIS = 'Europe/Paris';

export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(messages.dates.invalid(input));
    this.name = 'InvalidDateError';
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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
    year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
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

/** Excel and Google Sheets serial day numbers count from 1899-12-30. */
export function dayOfSerial(serial: number): Day {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) throw new InvalidDateError(String(serial));
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
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
    return dayOfInstant(value as Date);
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
