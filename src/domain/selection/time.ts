/** Reading an interview's `Heure` and `Durée (min)` however a cell holds them. */
import { minutesOfDayInParis } from '../dates';
import type { Cell } from '../rows';

export const DEFAULT_DURATION = 30;
export const MIN_DURATION = 10;
export const MAX_DURATION = 240;
const DAY_MINUTES = 24 * 60;

/** `9h`, `9 h 30`, `9H30`, `09:00`, `9:00`, and `09:00:00` as a CSV download writes a time cell. */
const TIME_TEXT = /^(\d{1,2})\s*(?:[hH]\s*(\d{2})?|:\s*(\d{2})(?::(\d{2}))?)$/;

function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Minutes since midnight (Paris) of a time cell, or undefined when it holds no readable time:
 * - a Date (what Apps Script gives for a time cell: 30/12/1899 at that time in the spreadsheet's
 *   zone; or a date-time typed there): its time on Paris clocks;
 * - a number from 0 up to 1 excluded (an xlsx time cell without its format): the fraction of a day;
 * - text: `9h`, `9h30`, `09:00`, `9:00` (hours 0–23, minutes 0–59).
 */
export function readTime(cell: Cell): number | undefined {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? undefined : minutesOfDayInParis(cell);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0 || cell >= 1) return undefined;
    return Math.min(Math.round(cell * DAY_MINUTES), DAY_MINUTES - 1);
  }
  if (typeof cell !== 'string') return undefined;
  const m = TIME_TEXT.exec(cell.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? 0);
  const seconds = Number(m[4] ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return hours * 60 + minutes;
}

/** `14:30`, as keys, JSON and the sidebar show a time. */
export function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `14 h 30`, `9 h`: as French text writes a time. */
export function formatTimeFr(minutes: number): string {
  const m = minutes % 60;
  return `${Math.floor(minutes / 60)} h${m ? ` ${String(m).padStart(2, '0')}` : ''}`;
}

const DURATION_TEXT = /^(\d+(?:[.,]\d+)?)\s*(?:min(?:utes?)?\.?)?$/i;

/**
 * `Durée (min)`: empty means 30; a number of minutes from 10 to 240 (`45`, `45 min`); anything
 * else (0, 600, « une heure ») is `invalid`.
 */
export function readDuration(cell: Cell): { minutes: number } | { invalid: true } {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return { minutes: DEFAULT_DURATION };
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string' && DURATION_TEXT.test(cell.trim())) n = Number(DURATION_TEXT.exec(cell.trim())![1]!.replace(',', '.'));
  else return { invalid: true };
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < MIN_DURATION || n > MAX_DURATION) return { invalid: true };
  return { minutes: n };
}
