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

/** The half-day in progress at `now` (Paris time): the morning until 13:00, then the afternoon. */
export function halfDayInProgress(now: Date): { day: Day; halfDay: HalfDay } {
  return { day: todayInParis(now), halfDay: hourInParis(now) < AFTERNOON_FROM_HOUR ? 'Matin' : 'Après-midi' };
}

/** True when the half-day has not started yet at `now`: nobody can have attended it. */
export function isFutureHalfDay(sel: { day: Day; halfDay: HalfDay }, now: Date): boolean {
  return byHalfDay(sel, halfDayInProgress(now)) > 0;
}

/** Every half-day of a session, in calendar order. */
export function sessionHalfDays(session: SessionRow): Array<{ day: Day; halfDay: HalfDay }> {
  return sessionDays(session).flatMap((day) => HALF_DAYS.map((halfDay) => ({ day, halfDay })));
}

/**
 * The half-day to open on: the one in progress, else the latest past one (attendance is recorded
 * for what happened), else — nothing has happened yet — the first one of the calendar.
 */
export function defaultSelection(sessions: readonly SessionRow[], now: Date): Selection | null {
  const all = sessions
    .filter((s) => s.id)
    .flatMap((s) => sessionHalfDays(s).map((h) => ({ sessionId: s.id, ...h })))
    .sort(byHalfDay);
  const started = all.filter((x) => !isFutureHalfDay(x, now));
  return started.at(-1) ?? all[0] ?? null;
}

export interface MissingHalfDay {
  day: Day;
  halfDay: HalfDay;
  /** Enrolled learners with no status recorded for that half-day. */
  missing: number;
}

/**
 * The half-days of `session` that have started and where some enrolled learner has no status yet
 * (`recorded`: attendanceIdentity of every row with a status). Future half-days are not listed: they
 * cannot be recorded yet.
 */
export function missingHalfDays(
  session: SessionRow,
  learnerIds: readonly string[],
  recorded: ReadonlySet<string>,
  now: Date,
): MissingHalfDay[] {
  if (learnerIds.length === 0) return [];
  return sessionHalfDays(session)
    .filter((h) => !isFutureHalfDay(h, now))
    .map((h) => ({ ...h, missing: learnerIds.filter((id) => !recorded.has(attendanceIdentity(id, session.id, h.day, h.halfDay))).length }))
    .filter((h) => h.missing > 0);
}

/**
 * Who, at which session, which half-day: what finds an attendance row in `Présences` (IDs folded as
 * staff may retype them). Compared in memory only, never written: the `Journal` key of a save is
 * keys.ts' attendanceSaveKey.
 */
export const attendanceIdentity = (learnerId: string, sessionId: string, day: Day, halfDay: HalfDay) =>
  `${fold(learnerId)}|${fold(sessionId)}|${day}|${halfDay}`;

export interface Mark {
  learnerId: string;
  status: AttendanceStatus;
}
