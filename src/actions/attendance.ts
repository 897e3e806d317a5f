import { attendanceIdentity, defaultSelection, isFutureHalfDay, missingHalfDays, sessionDays, type Selection } from '../domain/attendance';
import { byName, fullName } from '../domain/names';
import { planAttendanceUpsert } from '../workbook/attendance-plan';
import { formatDayFr, formatDayLongFr, instantOfDay } from '../domain/dates';
import { idKey, sharedIds } from '../domain/candidates';
import { isEnrolled } from '../domain/eligibility';
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { applyBlocks, ensureRows } from '../gas/spreadsheet';
import { withDocumentLock } from '../gas/lock';
import { showSidebar } from '../gas/ui';
import { fold } from '../workbook/cells';
import { readAttendance, readCandidates, readSessions, type SessionRow } from '../workbook/cohort';
import { planBlocks } from '../workbook/blocks';
import { attendanceSaveKey } from '../domain/keys';
import { ATTENDANCE_STATUSES, ATTENDANCE_TAB, CANDIDATES_TAB, HALF_DAYS, SESSIONS_TAB, type AttendanceStatus } from '../workbook/schema';
import type { AttendanceLearner, AttendanceSaveResult, AttendanceView, EligibilityResult } from '../ui/contract';
import { computeEligibilityFor } from './eligibility';
import { openAction, requireSheetTab, type ActionContext } from './context';
import { appendJournalLocked } from '../gas/journal';
import { serverFunction } from './rpc';

const A = messages.sheet.attendance;

export function openAttendanceSidebar(): void {
  openAction();
  showSidebar('attendance', A.sidebarTitle);
}

function cohortForAttendance(ctx: ActionContext) {
  const sessions = readSessions(requireSheetTab(ctx.ss, SESSIONS_TAB).table).filter((s) => s.id && s.start);
  const candidates = readCandidates(requireSheetTab(ctx.ss, CANDIDATES_TAB).table);
  const learners = candidates.filter((c) => isEnrolled(c) && c.id);
  // An ID on two rows of `Candidatures` (a copied row) names no one for sure: no mark is taken for it.
  const shared = sharedIds(candidates);
  return { sessions, learners, shared };
}

/** A session and day that exist in `Séances`, or a UserError saying what is wrong. */
function checkSelection(sessions: readonly SessionRow[], sel: Selection): SessionRow {
  const session = sessions.find((s) => fold(s.id) === fold(sel.sessionId));
  if (!session) throw new UserError(A.unknownSession(sel.sessionId));
  const days = sessionDays(session);
  if (!days.includes(sel.day)) {
    throw new UserError(A.dayOutsideSession(formatDayFr(sel.day), session.id, formatDayFr(days[0]!), formatDayFr(days.at(-1)!)));
  }
  return session;
}

export const loadAttendance = serverFunction('pacteAttendanceLoad', (request): AttendanceView => {
  const ctx = openAction();
  const { sessions, learners, shared } = cohortForAttendance(ctx);
  const now = new Date();
  let selected: Selection | null = defaultSelection(sessions, now);
  if (request?.sessionId) {
    const session = sessions.find((s) => fold(s.id) === fold(request.sessionId!));
    if (!session) throw new UserError(A.unknownSession(request.sessionId));
    const days = sessionDays(session);
    const day = request.day && days.includes(request.day) ? request.day : days[0]!;
    selected = { sessionId: session.id, day, halfDay: request.halfDay ?? 'Matin' };
  }
  const recorded = new Map<string, AttendanceStatus>();
  let missing: AttendanceView['missing'] = [];
  if (selected) {
    const sel = selected;
    // Every key with a status, for the half-days still to record (one read of `Présences`).
    const withStatus = new Set<string>();
    for (const a of readAttendance(requireSheetTab(ctx.ss, ATTENDANCE_TAB).table)) {
      if (!a.status || !a.day || !a.halfDay) continue;
      withStatus.add(attendanceIdentity(a.learnerId, a.sessionId, a.day, a.halfDay));
      if (a.day === sel.day && a.halfDay === sel.halfDay && fold(a.sessionId) === fold(sel.sessionId)) {
        recorded.set(fold(a.learnerId), a.status);
      }
    }
    const session = sessions.find((s) => fold(s.id) === fold(sel.sessionId))!;
    const markable = learners.filter((l) => !shared.has(idKey(l.id))).map((l) => l.id);
    missing = missingHalfDays(session, markable, withStatus, now).map((h) => ({ ...h, label: formatDayLongFr(h.day, false) }));
  }
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title || s.id,
      compulsory: s.compulsory,
      days: sessionDays(s).map((day) => ({ day, label: formatDayLongFr(day) })),
    })),
    selected,
    // In `Nom` order, as every list of learners (sign-in sheets included).
    learners: [...learners].sort(byName).map((l): AttendanceLearner => {
      const sharedRows = shared.get(idKey(l.id));
      const name = fullName(l);
      // Whose mark a shared ID holds is unknown: none is shown, none can be saved (see saveAttendance).
      return sharedRows ? { id: l.id, name, status: '', sharedRows } : { id: l.id, name, status: recorded.get(fold(l.id)) ?? '' };
    }),
    statuses: ATTENDANCE_STATUSES,
    halfDays: HALF_DAYS,
    future: selected !== null && isFutureHalfDay(selected, now),
    missing,
  };
});

export const saveAttendance = serverFunction('pacteAttendanceSave', (request): AttendanceSaveResult => {
  const ctx = openAction();
  const { sessions, learners, shared } = cohortForAttendance(ctx);
  const session = checkSelection(sessions, request);
  // Attendance is a record of what happened: a half-day that has not started cannot be saved.
  if (isFutureHalfDay(request, new Date())) throw new UserError(A.futureHalfDay(formatDayLongFr(request.day), request.halfDay));
  const enrolled = new Map(learners.map((l) => [fold(l.id), l.id]));
  const unknown = request.marks.filter((m) => !enrolled.has(fold(m.learnerId))).map((m) => m.learnerId);
  if (unknown.length) throw new UserError(A.unknownLearners(unknown));
  // The learner IDs as the sheet spells them, so that later reads match exactly.
  const asked = request.marks.map((m) => ({ learnerId: enrolled.get(fold(m.learnerId))!, status: m.status }));
  // A mark is never recorded under another person: an ID shared by two rows of `Candidatures`, or
  // marked twice in one request, is refused (and named); the other marks of the half-day are saved.
  const timesAsked = new Map<string, number>();
  for (const m of asked) timesAsked.set(fold(m.learnerId), (timesAsked.get(fold(m.learnerId)) ?? 0) + 1);
  const ambiguous = (id: string) => shared.has(idKey(id)) || timesAsked.get(fold(id))! > 1;
  // Named as the page sent them: a shared ID may be spelt differently on its two rows.
  const refusedByKey = new Map<string, string>();
  for (const m of request.marks)
    if (ambiguous(m.learnerId) && !refusedByKey.has(fold(m.learnerId))) refusedByKey.set(fold(m.learnerId), m.learnerId);
  const refused = [...refusedByKey.values()];
  const marks = asked.filter((m) => !ambiguous(m.learnerId));
  if (marks.length === 0) throw new UserError(A.ambiguousIds(refused));
  const selection: Selection = { sessionId: session.id, day: request.day, halfDay: request.halfDay };

  const message = A.saved(marks.length, session.id, formatDayLongFr(selection.day, false), selection.halfDay);
  withDocumentLock(() => {
    // Re-read under the lock: what a colleague saved a second ago is kept and updated, not duplicated.
    const tab = requireSheetTab(ctx.ss, ATTENDANCE_TAB);
    const rowKeys = new Map<string, number>();
    for (const a of readAttendance(tab.table)) {
      if (a.day && a.halfDay) rowKeys.set(attendanceIdentity(a.learnerId, a.sessionId, a.day, a.halfDay), a.row);
    }
    const plan = planAttendanceUpsert(tab.table, rowKeys, selection, marks, ctx.user, new Date(), instantOfDay(selection.day));
    if (plan.lastRow > tab.values.length) ensureRows(tab.sheet, plan.lastRow);
    // Only the planned cells, one block per contiguous run: the rows between them (a colleague's
    // line, a formula) are never rewritten, not even with the value read a moment ago.
    applyBlocks(tab.sheet, planBlocks(plan.updates));
    // Its trace in the same lock section: one lock for both.
    appendJournalLocked(ctx.ss, [
      {
        at: new Date(),
        action: messages.sheet.journal.attendance,
        target: `${session.id} ${formatDayFr(selection.day)} ${selection.halfDay}`,
        detail: message,
        by: ctx.user,
        key: attendanceSaveKey(session.id, selection.day, selection.halfDay),
      },
    ]);
  });

  return { saved: marks.length, message: refused.length ? `${message}. ${A.ambiguousIds(refused)}` : message, refused };
});

/** The attendance page's « Calculer l'éligibilité » button: the menu item's work and summary. */
export const recomputeEligibility = serverFunction(
  'pacteEligibilityRecompute',
  (): EligibilityResult => ({ message: computeEligibilityFor(openAction()) }),
);
