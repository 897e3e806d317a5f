/**
 * Hours on documents: a half-day lasts what its part of `Horaires` says (`9h00-12h30 / 13h30-17h00`:
 * the morning 3 h 30, the afternoon 3 h 30); a session lasts its `Heures` when given, else the sum of
 * its half-days. With `Heures` but no readable `Horaires`, the session's hours are shared evenly among
 * its half-days; with neither, documents count half-days instead of hours.
 */
import { sessionHalfDays } from '../attendance';
import type { Day } from '../dates';
import { parseHours } from '../defences/schedule';
import { messages } from '../messages';
import type { Cell, SessionRow } from '../rows';
import { HALF_DAYS, type HalfDay } from '../vocabulary';

const D = messages.documents;

/** `Heures` as typed: `14`, `10,5`, `14 h`, `10h30`, `10 heures`; undefined when empty or unreadable. */
export function parseHoursCount(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell > 0 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const t = cell.trim().toLowerCase();
  const decimal = /^(\d+(?:[.,]\d+)?)\s*(?:h|heures?)?$/.exec(t);
  if (decimal) return Number(decimal[1]!.replace(',', '.')) || undefined;
  const clock = /^(\d+)\s*h\s*(\d{1,2})$/.exec(t);
  return clock && Number(clock[2]) < 60 ? Number(clock[1]) + Number(clock[2]) / 60 || undefined : undefined;
}

/** The half-day's part of `Horaires` when it has one per half-day (`matin / après-midi`), else all of it. */
export function halfDayHours(hours: string, halfDay: HalfDay): string {
  const parts = splitHours(hours);
  return parts.length === 2 ? parts[halfDay === 'Matin' ? 0 : 1]! : hours.trim();
}

function splitHours(hours: string): string[] {
  return hours
    .split('/')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Minutes of each half-day, from its part of `Horaires`; undefined when there is no readable part per half-day. */
function halfDayMinutes(hours: string): Record<HalfDay, number> | undefined {
  const parts = splitHours(hours);
  if (parts.length !== 2) return undefined;
  const minutes = parts.map((p) => parseHours(p)?.reduce((n, r) => n + r.end - r.start, 0));
  if (minutes.some((m) => m === undefined)) return undefined;
  return { Matin: minutes[0]!, 'Après-midi': minutes[1]! };
}

/** How long a session and each of its half-days last, as far as `Heures` and `Horaires` tell. */
export interface SessionTime {
  /** Its half-days (days × 2). */
  halfDays: number;
  /** The session's minutes, or undefined when neither `Heures` nor `Horaires` tells. */
  total?: number;
  /** Minutes of a half-day of this session, or undefined. */
  of(halfDay: HalfDay): number | undefined;
}

export function sessionTime(session: SessionRow, hoursText: string, hoursCount: number | undefined): SessionTime {
  const halfDays = sessionHalfDays(session).length;
  const parts = halfDayMinutes(hoursText);
  const fromParts = parts ? (halfDays / HALF_DAYS.length) * (parts.Matin + parts['Après-midi']) : undefined;
  const total = hoursCount !== undefined ? Math.round(hoursCount * 60) : fromParts;
  const even = total !== undefined && halfDays ? total / halfDays : undefined;
  return { halfDays, ...(total !== undefined && { total }), of: (h) => parts?.[h] ?? even };
}

/** Minutes attended over a session: its half-days attended, never more than the session lasts; undefined when unknown. */
export function minutesAttended(time: SessionTime, attended: ReadonlyArray<{ day: Day; halfDay: HalfDay }>): number | undefined {
  let sum = 0;
  for (const a of attended) {
    const m = time.of(a.halfDay);
    if (m === undefined) return undefined;
    sum += m;
  }
  return time.total === undefined ? sum : Math.min(sum, time.total);
}

/** « 14 heures », « 10,5 heures »; half-days counted instead when the hours are unknown. */
export function durationText(minutes: number | undefined, halfDays: number): string {
  return minutes === undefined ? D.halfDaysCount(halfDays) : D.hoursCount(minutes / 60);
}
