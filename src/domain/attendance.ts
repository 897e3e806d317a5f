/** Recording attendance, half-day by half-day: which half-day to show, and how a mark is keyed. */
import { eachDay, hourInParis, todayInParis, type Day } from './dates';
import type { SessionRow } from './rows';
import { fold } from './text';
import { HALF_DAYS, type AttendanceStatus, type HalfDay } from './vocabulary';

/** Afternoon sessions start after lunch: from 13:00 the afternoon is the half-day in progress. */
const AFTERNOON_FROM_HOUR = 13;
/** A session longer than this is a typo in its dates, not a calendar to walk day by day. */
const MAX_SESSION_DAYS = 31;

/** Every day of a session, start to end (an end before the start counts as a one-day session). */
export function sessionDays(session: SessionRow): Day[] {
  if (!session.start) return [];
  const end = session.end && session.end >= session.start ? session.end : session.start;
  return eachDay(session.start, end).slice(0, MAX_SESSION_DAYS);
}

/** Calendar order of half-days: by day, the morning first. */
export function byHalfDay(a: { day: Day; halfDay: HalfDay }, b: { day: Day; halfDay: HalfDay }): number {
  return a.day === b.day ? HALF_DAYS.indexOf(a.halfDay) - HALF_DAYS.indexOf(b.halfDay) : a.day < b.day ? -1 : 1;
}

export interface Selection {
  sessionId: string;
  day: Day;
  halfDay: HalfDay;
}

/** The half-day in progress, else the next one, else the last one of the calendar. */
export function defaultSelection(sessions: readonly SessionRow[], now: Date): Selection | null {
  const today = todayInParis(now);
  const current: HalfDay = hourInParis(now) < AFTERNOON_FROM_HOUR ? 'Matin' : 'Après-midi';
  const all = sessions
    .filter((s) => s.id)
    .flatMap((s) => sessionDays(s).flatMap((day) => HALF_DAYS.map((halfDay) => ({ sessionId: s.id, day, halfDay }))))
    .sort(byHalfDay);
  const inProgress = { day: today, halfDay: current };
  return all.find((x) => byHalfDay(x, inProgress) >= 0) ?? all.at(-1) ?? null;
}

export const attendanceKey = (learnerId: string, sessionId: string, day: Day, halfDay: HalfDay) =>
  `${fold(learnerId)}|${fold(sessionId)}|${day}|${halfDay}`;

export interface Mark {
  learnerId: string;
  status: AttendanceStatus;
}

export function learnerName(firstName: string, lastName: string): string {
  return `${firstName.trim()} ${lastName.trim()}`.trim();
}
