/**
 * The selection as the rules see it (workbook.md › Selection): the `Candidatures`, `Avis` and
 * `Entretiens` rows, typed just enough to be read whatever a person typed. What needs a rule to be
 * read (a time, a duration, a note) stays a raw cell here; src/domain/selection reads it.
 */
import type { Day } from '../dates';
import type { Cell, DayCell } from '../rows';
import type { Opinion } from '../vocabulary';

/** The `Candidatures` columns the selection reads. */
export interface SelectionCandidate {
  /** 1-based row in `Candidatures`. */
  row: number;
  id: string;
  /** `Statut` as typed (empty, a list value in any case, or something else). */
  status: string;
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  structure: string;
  structureType: string;
  commune: string;
  department: string;
  /** `Date d'entretien`, which the product keeps equal to the slot's date. */
  interviewDate: DayCell;
}

/** One `Entretiens` row as typed. */
export interface SlotRow {
  row: number;
  /** `Créneau`: `E-001`, assigned by the product; '' on a row a person added. */
  id: string;
  date: DayCell;
  /** `Heure`: a Sheet time (a Date), a fraction of a day (xlsx), or `9h`, `9h30`, `09:00`, `9:00`. */
  time: Cell;
  /** `Durée (min)`: empty means 30. */
  duration: Cell;
  link: string;
  /** `Jury`: names or e-mails separated by `,`. */
  jury: string;
  /** `ID candidat`: empty for a free slot. */
  candidateId: string;
}

/** One `Avis` row as typed. */
export interface OpinionRow {
  row: number;
  candidateId: string;
  member: string;
  opinion: string;
  note: Cell;
  comment: string;
  enteredAt: Cell;
}

export type SelectionTab = 'Candidatures' | 'Avis' | 'Entretiens';

export const SELECTION_PROBLEM_CODES = [
  'unknown_status',
  'slot_without_id',
  'duplicate_slot_id',
  'slot_without_date',
  'slot_without_time',
  'slot_bad_duration',
  'slot_bad_link',
  'jury_overlap',
  'candidate_in_two_slots',
  'unknown_candidate',
  'opinion_without_member',
  'invalid_opinion',
  'invalid_note',
  'member_not_in_team',
] as const;
export type SelectionProblemCode = (typeof SELECTION_PROBLEM_CODES)[number];

/** A French problem on one row of one tab (the JSON of `pacte selection` drops `code`). */
export interface SelectionProblem {
  tab: SelectionTab;
  row: number;
  code: SelectionProblemCode;
  message: string;
}

/** A jury member: how they are written, and the key that finds them in another slot. */
export interface JuryMember {
  label: string;
  /** The e-mail address (lower case) when one is written, else the name folded (case, accents, spaces). */
  key: string;
}

/** An `Entretiens` row read: what the planner, the report and the invitations use. */
export interface Slot {
  row: number;
  id: string;
  day?: Day;
  /** Minutes since midnight, Paris time. */
  start?: number;
  /** Minutes; undefined when `Durée (min)` is unreadable or outside 10–240. */
  duration?: number;
  link: string;
  jury: JuryMember[];
  /** As typed in `ID candidat` (trimmed); '' when free. */
  candidateId: string;
  /**
   * A unique `Créneau`, a readable date and time and a valid duration: the slot has a place in time
   * and can be found again, so the planner may offer it and overlaps are measured on it.
   */
  schedulable: boolean;
}

/** A member's opinion on a candidate: their latest valid `Avis` row. */
export interface MemberOpinion {
  row: number;
  /** The candidate's `ID` as `Candidatures` writes it. */
  candidateId: string;
  member: string;
  memberKey: string;
  opinion: Opinion;
  note: number | null;
  comment: string;
  /** `Saisi le` as an instant (ms), when readable. */
  enteredAt?: number;
}
