/** Recording attendance, half-day by half-day: which half-day to show, and the upsert plan. */
import { eachDay, hourInParis, todayInParis, type Day } from './dates';
import { fold, text, type Cell } from '../workbook/cells';
import type { SessionRow } from '../workbook/cohort';
import type { CellUpdate } from '../workbook/plan';
import { HALF_DAYS, type AttendanceStatus, type HalfDay } from '../workbook/schema';
import type { Table } from '../workbook/table';

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
 * (`recorded`: attendanceKey of every row with a status). Future half-days are not listed: they
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
    .map((h) => ({ ...h, missing: learnerIds.filter((id) => !recorded.has(attendanceKey(id, session.id, h.day, h.halfDay))).length }))
    .filter((h) => h.missing > 0);
}

export const attendanceKey = (learnerId: string, sessionId: string, day: Day, halfDay: HalfDay) =>
  `${fold(learnerId)}|${fold(sessionId)}|${day}|${halfDay}`;

export interface Mark {
  learnerId: string;
  status: AttendanceStatus;
}

/**
 * Upserts marks by (learner, session, date, half-day): an existing row gets its status and
 * `Saisi par`/`Saisi le`; a new mark becomes a new row after the last one. `rowKeys` gives the
 * key of each existing sheet row (from the rows just read, under the lock).
 */
export function planAttendanceUpsert(
  table: Table,
  rowKeys: ReadonlyMap<string, number>,
  selection: Selection,
  marks: readonly Mark[],
  by: string,
  at: Date,
  dateCell: Cell,
): { updates: CellUpdate[]; appended: number; lastRow: number } {
  const col = (h: string) => table.columns.get(h);
  let lastRow = Math.max(1, ...table.rows.map((r) => r.row));
  const updates: CellUpdate[] = [];
  const put = (row: number, header: string, value: Cell) => {
    const c = col(header);
    if (c !== undefined) updates.push({ row, column: c, value });
  };
  let appended = 0;
  for (const mark of marks) {
    const existing = rowKeys.get(attendanceKey(mark.learnerId, selection.sessionId, selection.day, selection.halfDay));
    const row = existing ?? ++lastRow;
    if (existing === undefined) {
      appended++;
      put(row, 'ID apprenant', mark.learnerId);
      put(row, 'Séance', selection.sessionId);
      put(row, 'Date', dateCell);
      put(row, 'Demi-journée', selection.halfDay);
    }
    put(row, 'Statut', mark.status);
    put(row, 'Saisi par', by);
    put(row, 'Saisi le', at);
  }
  return { updates, appended, lastRow };
}

export function learnerName(firstName: string, lastName: string): string {
  return `${text(firstName)} ${text(lastName)}`.trim();
}
