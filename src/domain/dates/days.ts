/**
 * Calendar days in Europe/Paris. A day is an ISO string 'AAAA-MM-JJ': it sorts and compares
 * as text, survives JSON, and carries no time zone to get wrong. Pure calendar arithmetic here;
 * instants and zones: zone.ts.
 */
import { messages } from '../messages';
import { FIRST_YEAR, LAST_YEAR } from '../year-range';

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

/** Excel and Google Sheets serial day numbers count from 1899-12-30 (a day is 1). */
export const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a day from its parts; throws InvalidDateError for an impossible date (31/02/2026). */
export function dayFromParts(year: number, month: number, day: number, original?: string): Day {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    year < FIRST_YEAR ||
    year > LAST_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
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

/** Excel and Google Sheets serial day numbers count from 1899-12-30; only FIRST_YEAR–LAST_YEAR are dates. */
export function dayOfSerial(serial: number): Day {
  const first = (Date.UTC(FIRST_YEAR, 0, 1) - SERIAL_EPOCH) / DAY_MS;
  const last = (Date.UTC(LAST_YEAR, 11, 31) - SERIAL_EPOCH) / DAY_MS;
  if (!Number.isFinite(serial) || Math.floor(serial) < first || Math.floor(serial) > last) {
    throw new InvalidDateError(String(serial));
  }
  return fromUtc(new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS));
}

/** A day's midnight written as if it were UTC: the base of calendar arithmetic (no zone involved). */
export function toUtc(day: Day): Date {
  const m = ISO_DAY.exec(day);
  if (!m) throw new InvalidDateError(day);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Back from toUtc's calendar: the day a UTC midnight stands for. */
function fromUtc(d: Date): Day {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(day: Day, n: number): Day {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
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
