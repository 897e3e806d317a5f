/** Diploma eligibility of enrolled learners (workbook.md, "Learner reasons"). */
import { REASON_SEVERITY, type LearnerReasonCode, type LearnerState } from './codes';
import { attendanceIdentity, byHalfDay, sessionDays } from './attendance';
import { idKey } from './candidates';
import { fullName } from './names';
import { formatDayFr, type Day } from './dates';
import { messages } from './messages';
import type { Profile } from './profile';
import { fold } from './text';
import type { CandidateRow, Cohort, SessionRow } from './rows';
import { ENROLLED_STATUS, HALF_DAYS, type AttendanceStatus, type HalfDay } from './vocabulary';

export interface LearnerReason {
  code: LearnerReasonCode;
  message: string;
}

export interface LearnerResult {
  id: string;
  /** The learner's row in `Candidatures` (two rows may share an ID until staff fix it). */
  row: number;
  name: string;
  state: LearnerState;
  reasons: LearnerReason[];
}

export interface CompulsoryHalfDay {
  session: SessionRow;
  day: Day;
  halfDay: HalfDay;
}

/** Every day of every compulsory session, morning and afternoon, in calendar order. */
export function compulsoryHalfDays(sessions: readonly SessionRow[]): CompulsoryHalfDay[] {
  const result: CompulsoryHalfDay[] = [];
  for (const session of sessions) {
    if (!session.compulsory) continue;
    for (const day of sessionDays(session)) for (const halfDay of HALF_DAYS) result.push({ session, day, halfDay });
  }
  return result.sort(byHalfDay);
}

export function isEnrolled(c: CandidateRow): boolean {
  return fold(c.status) === fold(ENROLLED_STATUS);
}

/** The learners `Inscrit` by ID key, in `Candidatures` order; an ID on several rows counts once (its first row). */
export function enrolledByIdKey(candidates: readonly CandidateRow[]): Map<string, CandidateRow> {
  const enrolled = new Map<string, CandidateRow>();
  for (const c of candidates) {
    const key = idKey(c.id);
    if (key && isEnrolled(c) && !enrolled.has(key)) enrolled.set(key, c);
  }
  return enrolled;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Eligibility of every enrolled candidate, in sheet order. Linear in the size of the workbook. */
export function computeEligibility(cohort: Cohort, profile: Profile, today: Day): LearnerResult[] {
  const halfDays = compulsoryHalfDays(cohort.sessions);
  const attendance = new Map<string, AttendanceStatus>();
  for (const a of cohort.attendance) {
    if (a.day && a.halfDay && a.status) attendance.set(attendanceIdentity(a.learnerId, a.sessionId, a.day, a.halfDay), a.status);
  }
  const productions = groupBy(cohort.productions, (p) => fold(p.learnerId));
  const theses = groupBy(cohort.theses, (t) => fold(t.learnerId));
  const { excusedAbsencesAllowed, thesisDeadline, thesisMinPages } = profile.diploma;
  const L = messages.learner;

  return cohort.candidates.filter(isEnrolled).map((learner) => {
    const reasons: LearnerReason[] = [];
    const add = (code: LearnerReasonCode, message: string) => reasons.push({ code, message });
    let complete = true;

    let excused = 0;
    for (const { session, day, halfDay } of halfDays) {
      const status = attendance.get(attendanceIdentity(learner.id, session.id, day, halfDay));
      const where = [session.title || session.id, formatDayFr(day), halfDay] as const;
      if (status === 'Absent') add('absent', L.absent(...where));
      else if (status === 'Absent excusé') excused++;
      else if (status === undefined) {
        complete = false;
        if (day < today) add('attendance_missing', L.attendanceMissing(...where));
      }
    }
    if (excused > excusedAbsencesAllowed) add('too_many_excused_absences', L.tooManyExcusedAbsences(excused, excusedAbsencesAllowed));

    for (const p of productions.get(fold(learner.id)) ?? []) {
      if (p.deposited) continue;
      complete = false;
      if (p.due && p.due < today) add('production_overdue', L.productionOverdue(p.name, formatDayFr(p.due)));
    }

    const thesis = theses.get(fold(learner.id))?.[0];
    if (!thesis?.deposited) {
      complete = false;
      if (thesisDeadline && thesisDeadline < today) add('thesis_overdue', L.thesisOverdue(formatDayFr(thesisDeadline)));
    }
    if (thesis?.pages !== undefined && thesisMinPages !== undefined && thesis.pages < thesisMinPages) {
      add('thesis_too_short', L.thesisTooShort(thesis.pages, thesisMinPages));
    }
    if (thesis?.result === 'Ajourné') add('defence_failed', L.defenceFailed);
    else if (!thesis?.result && thesis?.defence && thesis.defence < today)
      add('defence_missing', L.defenceMissing(formatDayFr(thesis.defence)));
    if (thesis?.result !== 'Admis') complete = false;

    const severities = reasons.map((r) => REASON_SEVERITY[r.code]);
    const state: LearnerState = severities.includes('not_eligible')
      ? 'not_eligible'
      : severities.includes('at_risk')
        ? 'at_risk'
        : complete
          ? 'eligible'
          : 'in_progress';
    return { id: learner.id, row: learner.row, name: fullName(learner), state, reasons };
  });
}
