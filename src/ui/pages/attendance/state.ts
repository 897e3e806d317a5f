/**
 * What the person has chosen on the attendance page, apart from the DOM (so it can be tested in plain
 * jest): the recorded statuses come from the server, the choices are the person's, and the batch to save
 * is every learner with a status, recorded or chosen.
 */
import type { AttendanceLearner, AttendanceSelection, AttendanceSessionOption, AttendanceView } from '../../contract';
import type { AttendanceStatus, HalfDay } from '../../../workbook/schema';

export type Mark = { learnerId: string; status: AttendanceStatus };

/** True when the learner's ID is on several rows of `Candidatures` (a copied row). */
export function isShared(learner: AttendanceLearner): boolean {
  return (learner.sharedRows?.length ?? 0) > 1;
}

export class AttendanceDraft {
  private readonly choices = new Map<string, AttendanceStatus>();
  private readonly recorded: ReadonlyMap<string, AttendanceStatus | ''>;

  /** Learners whose ID is on several rows of `Candidatures`: shown, flagged, never marked. */
  private readonly shared: ReadonlySet<string>;

  constructor(readonly learners: readonly AttendanceLearner[]) {
    this.shared = new Set(learners.filter(isShared).map((l) => l.id));
    this.recorded = new Map(learners.filter((l) => !isShared(l)).map((l) => [l.id, l.status]));
  }

  /** The person picks a status for a learner. */
  choose(learnerId: string, status: AttendanceStatus): void {
    if (!this.recorded.has(learnerId) || this.shared.has(learnerId)) return;
    this.choices.set(learnerId, status);
  }

  /** The status shown: the person's choice, else the recorded one, else ''. */
  statusOf(learnerId: string): AttendanceStatus | '' {
    return this.choices.get(learnerId) ?? this.recorded.get(learnerId) ?? '';
  }

  /** True when the person picked a status that is not the recorded one (not saved yet). */
  isChanged(learnerId: string): boolean {
    const choice = this.choices.get(learnerId);
    return choice !== undefined && choice !== this.recorded.get(learnerId);
  }

  changedIds(): string[] {
    return this.learners.filter((l) => this.isChanged(l.id)).map((l) => l.id);
  }

  hasChanges(): boolean {
    return this.learners.some((l) => this.isChanged(l.id));
  }

  /** How many learners show a status (recorded or chosen). */
  filledCount(): number {
    return this.learners.filter((l) => this.statusOf(l.id) !== '').length;
  }

  /**
   * « Tous présents »: every learner the person has not touched and with nothing recorded becomes
   * `present`. Never overwrites a choice or a recorded status. Returns the learners it changed.
   */
  fillUntouched(present: AttendanceStatus): string[] {
    const filled: string[] = [];
    for (const l of this.learners) {
      if (this.choices.has(l.id) || l.status !== '' || this.shared.has(l.id)) continue;
      this.choices.set(l.id, present);
      filled.push(l.id);
    }
    return filled;
  }

  /** The batch for pacteAttendanceSave: every learner with a status, in the list's order. */
  marks(): Mark[] {
    const marks: Mark[] = [];
    for (const l of this.learners) {
      if (this.shared.has(l.id)) continue;
      const status = this.statusOf(l.id);
      if (status !== '') marks.push({ learnerId: l.id, status });
    }
    return marks;
  }
}

/** The selection to ask for when the person picks a session: its first day, the same half-day. */
export function selectionForSession(session: AttendanceSessionOption, halfDay: HalfDay): Partial<AttendanceSelection> {
  const first = session.days[0];
  return first ? { sessionId: session.id, day: first.day, halfDay } : { sessionId: session.id, halfDay };
}

/** True when two selections name the same half-day. */
export function sameSelection(a: AttendanceSelection | null, b: AttendanceSelection | null): boolean {
  return a !== null && b !== null && a.sessionId === b.sessionId && a.day === b.day && a.halfDay === b.halfDay;
}

/** The session of the view's selection, if it is in the list. */
export function selectedSession(view: AttendanceView): AttendanceSessionOption | undefined {
  const id = view.selected?.sessionId;
  return id === undefined ? undefined : view.sessions.find((s) => s.id === id);
}
