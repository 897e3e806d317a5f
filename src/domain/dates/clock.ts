/**
 * Times of day, as minutes since midnight (0–1439): the ONE reader of a time cell (`Heure` of
 * `Mémoires` and `Entretiens`, the ranges of `Horaires`) and its three written forms.
 */
import { PARIS, pad } from './days';
import { isDate } from './cell';
import { minutesOfDayInParis } from './zone';

const CLOCK_TEXT = /^(\d{1,2})(?:\s*(?:h\s*(\d{2})?|:\s*(\d{2})(?::\d{2})?))?\s*(am|pm)?$/i;
const LAST_MINUTE = 1439;

/**
 * A time of day as minutes since midnight (0–1439), however a cell holds it, read as leniently as
 * a person may have typed it:
 * - a Sheet time: a Date whose clock in `timeZone` shows it, rounded to the minute (a time cell is
 *   an instant on 30/12/1899, when Paris kept its local mean time, +0:09:21); a date-time typed
 *   there gives its time;
 * - a number: an xlsx fraction of a day (0.375 = 9:00; a date-time serial gives its time), or a
 *   whole number of hours (`9`: what a person typed); a date alone (46289) is no time;
 * - text: `9h`, `9h30`, `9 h 30`, `9H30`, `09:00`, `09:00:00` (Google's CSV), `9:00 AM`, `9`.
 * A time that rounds up to 24:00 stays 23:59 rather than change day. Undefined when empty or
 * unreadable: callers tell the two apart with the cell itself.
 */
export function parseClockTime(value: unknown, timeZone = PARIS): number | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : minutesOfDayInParis(value, timeZone);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    if (Number.isInteger(value)) return value < 24 ? value * 60 : undefined;
    return Math.min(Math.round((value - Math.floor(value)) * 1440), LAST_MINUTE);
  }
  if (typeof value !== 'string') return undefined;
  const m = CLOCK_TEXT.exec(value.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? m[3] ?? 0);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return hour < 24 && minute < 60 ? hour * 60 + minute : undefined;
}

/** `9h00`, `14h30`: a time of day as French staff write it in a cell (and as parseClockTime reads it back). */
export function formatClockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}h${pad(minutes % 60)}`;
}

/** `09:00`, `14:30`: as keys, JSON and the sidebar give a time (ISO 8601's hh:mm). */
export function formatClockIso(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `14 h 30`, `9 h`: a time of day in a French sentence (e-mails, the CLI). */
export function formatClockWords(minutes: number): string {
  const m = minutes % 60;
  return `${Math.floor(minutes / 60)} h${m ? ` ${pad(m)}` : ''}`;
}
