/**
 * The soutenance days and their one-hour slots, from the `Séances` rows of `Type` `Soutenances` and
 * their `Horaires` (`9h00-12h30 / 13h30-17h00`). No `Horaires` is a problem, never a guess.
 */
import { sessionDays } from '../attendance';
import { parseClockTime } from '../dates';
import { messages } from '../messages';
import type { SessionRow } from '../rows';
import { fold } from '../text';
import { DEFENCE_SESSION_TYPE } from '../vocabulary';
import { DEFENCE_MINUTES, type DefenceInputProblem, type DefenceSession, type Slot, type TimeRange } from './types';

const PARTS = /\s*(?:[/;,+]|\bet\b)\s*/i;
const RANGE = /^(.+?)(?:\s*[-–—]\s*|\s+(?:à|a|to)\s+)(.+)$/i;

/**
 * `Horaires` as time ranges, in order (`9h00-12h30 / 13h30-17h00` → 540–750, 810–1020); undefined
 * when a part is no `début-fin` range or the ranges overlap.
 */
export function parseHours(hours: string): TimeRange[] | undefined {
  const parts = hours.split(PARTS).filter((p) => p.trim() !== '');
  if (parts.length === 0) return undefined;
  const ranges: TimeRange[] = [];
  for (const part of parts) {
    const m = RANGE.exec(part.trim());
    const start = m ? parseClockTime(m[1]!.trim()) : undefined;
    const end = m ? parseClockTime(m[2]!.trim()) : undefined;
    if (start === undefined || end === undefined || end <= start) return undefined;
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start);
  return ranges.every((r, i) => i === 0 || r.start >= ranges[i - 1]!.end) ? ranges : undefined;
}

/** One-hour slot starts within each range: 9h00-12h30 → 9h00, 10h00, 11h00. */
export function slotStarts(ranges: readonly TimeRange[]): number[] {
  const starts: number[] = [];
  for (const r of ranges) for (let s = r.start; s + DEFENCE_MINUTES <= r.end; s += DEFENCE_MINUTES) starts.push(s);
  return starts;
}

/** True when a soutenance starting at `start` fits within one of the ranges. */
export function withinHours(ranges: readonly TimeRange[], start: number): boolean {
  return ranges.some((r) => start >= r.start && start + DEFENCE_MINUTES <= r.end);
}

export function isDefenceSession(session: SessionRow): boolean {
  return fold(session.type) === fold(DEFENCE_SESSION_TYPE);
}

/** The room a session's soutenances take: its `Lieu`, or the session itself when it has none. */
export function roomOf(session: SessionRow): string {
  return session.place ? `lieu:${fold(session.place)}` : `seance:${fold(session.id)}`;
}

export interface DefenceSessions {
  sessions: DefenceSession[];
  problems: DefenceInputProblem[];
}

/** The `Soutenances` sessions in sheet order, each with its days and ranges, or what to fix. */
export function readDefenceSessions(rows: readonly SessionRow[]): DefenceSessions {
  const M = messages.defences;
  const sessions: DefenceSession[] = [];
  const problems: DefenceInputProblem[] = [];
  const candidates = rows.filter(isDefenceSession);
  if (candidates.length === 0) problems.push({ code: 'no_defence_session', message: M.noSession });
  const seen = new Set<string>();
  for (const s of candidates) {
    const name = s.title || s.id;
    // Placements name their session by ID: it must name one.
    if (!s.id || seen.has(fold(s.id))) {
      problems.push({ code: 'session_without_id', message: M.sessionWithoutId(s.row, s.id) });
      continue;
    }
    seen.add(fold(s.id));
    if (!s.start) problems.push({ code: 'session_without_dates', message: M.sessionWithoutDates(name) });
    const hours = s.hours ?? '';
    const ranges = hours ? parseHours(hours) : undefined;
    if (!hours) problems.push({ code: 'session_without_hours', message: M.sessionWithoutHours(name) });
    else if (!ranges) problems.push({ code: 'session_hours_unreadable', message: M.sessionHoursUnreadable(name, hours) });
    else if (slotStarts(ranges).length === 0)
      problems.push({ code: 'session_hours_too_short', message: M.sessionHoursTooShort(name, hours) });
    if (s.start && ranges) sessions.push({ id: s.id, title: name, room: roomOf(s), days: sessionDays(s), ranges });
  }
  return { sessions, problems };
}

/** Every slot of every session, by day, time, then room (then session ID): the planner's order. */
export function allSlots(sessions: readonly DefenceSession[]): Slot[] {
  const slots: Slot[] = [];
  for (const s of sessions) {
    for (const day of s.days) for (const start of slotStarts(s.ranges)) slots.push({ sessionId: s.id, room: s.room, day, start });
  }
  return slots.sort((a, b) =>
    a.day !== b.day
      ? a.day < b.day
        ? -1
        : 1
      : a.start !== b.start
        ? a.start - b.start
        : a.room !== b.room
          ? a.room < b.room
            ? -1
            : 1
          : a.sessionId < b.sessionId
            ? -1
            : a.sessionId > b.sessionId
              ? 1
              : 0,
  );
}
