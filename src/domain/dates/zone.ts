/**
 * Instants and the clocks of a time zone (Europe/Paris unless said): the product's ONE time-zone
 * algorithm. `zoneOffset` asks Intl, with an explicit zone, how far the zone's clocks are ahead of
 * UTC at an instant; every other function here is arithmetic on it, so the machine's TZ never
 * matters and every reading agrees with every writing.
 */
import { DAY_MS, InvalidDateError, PARIS, pad, SERIAL_EPOCH, toUtc, type Day } from './days';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/**
 * Milliseconds the zone's clocks are ahead of UTC at an instant (+1 h or +2 h in Paris, +0:09:21 on
 * 30/12/1899, Paris mean time). Offsets only change on a quarter hour: one Intl call per quarter
 * hour met, not one per cell.
 */
export function zoneOffset(instant: number, timeZone = PARIS): number {
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
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
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

/** What the zone's clocks show at an instant, as a Date whose UTC fields are those of the clock. */
function wallClockDate(instant: Date, timeZone: string): Date {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new InvalidDateError(String(instant));
  return new Date(time + zoneOffset(time, timeZone));
}

/**
 * The instant at which the zone's clocks show `wall` (a wall-clock time written as if it were UTC).
 * The offset is taken at the instant itself: a second pass settles the DST change days.
 */
export function instantOfWallClock(wall: number, timeZone = PARIS): Date {
  let instant = wall - zoneOffset(wall, timeZone);
  instant = wall - zoneOffset(instant, timeZone);
  return new Date(instant);
}

/**
 * The Paris calendar day of an instant. Google Sheets returns a date cell as midnight in the
 * spreadsheet's zone, xlsx readers as midnight UTC: both fall on the same Paris day.
 */
export function dayOfInstant(instant: Date, timeZone = PARIS): Day {
  // A workbook repeats the same few dates thousands of times: each is worked out once.
  const key = `${timeZone}|${instant.getTime()}`;
  const cached = dayCache.get(key);
  if (cached) return cached;
  const w = wallClockDate(instant, timeZone);
  const year = w.getUTCFullYear();
  // As a calendar prints a year before ours (no sign): only an error message ever shows one.
  const day = `${year > 0 ? year : 1 - year}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
  if (dayCache.size > 50_000) dayCache.clear();
  dayCache.set(key, day);
  return day;
}
const dayCache = new Map<string, Day>();

export function todayInParis(now: Date = new Date()): Day {
  return dayOfInstant(now, PARIS);
}

/** Midnight of a Paris day as an instant (what Sheets stores for a date cell). */
export function instantOfDay(day: Day, timeZone = PARIS): Date {
  return instantOfWallClock(toUtc(day).getTime(), timeZone);
}

/**
 * The instant a date-time serial (an xlsx cell) names on the clocks of `timeZone`: what Apps Script
 * gives for that cell in a Paris spreadsheet, so that a download and the Sheet read the same day
 * (30/05/2025 22:15 stays the 30th). Undefined when no JS date can hold it (612345678).
 */
export function instantOfSerial(serial: number, timeZone = PARIS): Date | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // The wall-clock time, written as if it were UTC (rounded to the millisecond, as Excel stores it).
  const wall = SERIAL_EPOCH + Math.round(serial * DAY_MS);
  if (Math.abs(wall) > 8.64e15 - 2 * DAY_MS) return undefined;
  return instantOfWallClock(wall, timeZone);
}

/**
 * The serial (days since 30/12/1899) of what the zone's clocks show at an instant: what a Paris
 * spreadsheet stores for it (https://developers.google.com/workspace/sheets/api/guides/formats#about_date_time_values).
 */
export function serialOfInstant(instant: Date, timeZone = PARIS): number {
  return (wallClockDate(instant, timeZone).getTime() - SERIAL_EPOCH) / DAY_MS;
}

/** The hour (0-23) of an instant on Paris clocks. */
export function hourInParis(instant: Date, timeZone = PARIS): number {
  return wallClockDate(instant, timeZone).getUTCHours();
}

/**
 * Minutes since midnight on Paris clocks (0–1439), rounded to the nearest minute: a Sheet time cell
 * is an instant on 30/12/1899, when Paris kept its local mean time (+0:09:21); its wall clock is
 * still the time staff typed. A time that rounds up to 24:00 stays 23:59 rather than change day.
 */
export function minutesOfDayInParis(instant: Date, timeZone = PARIS): number {
  const w = wallClockDate(instant, timeZone);
  const minutes = w.getUTCHours() * 60 + w.getUTCMinutes() + Math.round(w.getUTCSeconds() / 60);
  return Math.min(minutes, 1439);
}

/**
 * « 05/01/2026 10:02 » (« 05/01/2026 10:02:59 » with seconds): an instant as Paris clocks show it,
 * the minute not rounded up (a clock shows 10:02 until 10:03).
 */
export function formatInstantFr(instant: Date, withSeconds = false, timeZone = PARIS): string {
  const w = wallClockDate(instant, timeZone);
  const time = `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}${withSeconds ? `:${pad(w.getUTCSeconds())}` : ''}`;
  return `${pad(w.getUTCDate())}/${pad(w.getUTCMonth() + 1)}/${w.getUTCFullYear()} ${time}`;
}
