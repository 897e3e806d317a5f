/**
 * The soutenance planner's shapes (workbook.md › `Jury`, `Mémoires`). A placement is plain JSON: the
 * sidebar holds the proposal and sends it back with each adjustment and at confirmation, when the
 * server checks it again against the workbook as it is then.
 */
import * as z from 'zod/mini';
import { isDay, type Day } from '../dates';
import type { CandidateRow, JuryRowInput, SessionRow, ThesisRow } from '../rows';
import type { JuryRole } from '../vocabulary';

/** Every soutenance lasts one hour from its `Heure` (workbook.md › `pacte check`). */
export const DEFENCE_MINUTES = 60;

export const PLACEMENT_ORIGINS = ['typed', 'timed', 'proposed'] as const;

/**
 * One soutenance. `origin`: `typed` (date, time and jury typed by staff: never changed), `timed`
 * (date and time typed by staff, the jury proposed), `proposed` (all of it proposed).
 */
export const placementSchema = z.strictObject({
  learnerId: z.string(),
  day: z.string().check(z.refine(isDay)),
  /** Minutes since midnight. */
  start: z.int().check(z.gte(0), z.lt(24 * 60)),
  /** Names as written in `Jury`; the planner puts the Président first. */
  jury: z.array(z.string()),
  /** The `Soutenances` session (hence the room) it takes place in; '' for a typed one outside every session. */
  sessionId: z.string(),
  origin: z.enum(PLACEMENT_ORIGINS),
});
export type Placement = z.infer<typeof placementSchema>;

/** What the planner reads: the typed cohort, `Jury` included (undefined when the tab is absent). */
export interface DefenceInput {
  candidates: readonly CandidateRow[];
  sessions: readonly SessionRow[];
  theses: readonly ThesisRow[];
  jury?: readonly JuryRowInput[];
}

/** A workbook fault that stops the planning until staff fix it; `message` says what to change, in French. */
export interface DefenceInputProblem {
  code: string;
  message: string;
}

export interface JuryMember {
  row: number;
  name: string;
  /** The name folded (case, accents, spaces): how `Mémoires` › `Jury` names are matched. */
  key: string;
  email: string;
  role: JuryRole;
  /** The days they can sit; undefined = every soutenance day. */
  days?: ReadonlySet<Day>;
}

export interface TimeRange {
  start: number;
  end: number;
}

export interface DefenceSession {
  id: string;
  title: string;
  /** One room per `Lieu` (folded): sessions sharing a `Lieu` share its room. */
  room: string;
  days: readonly Day[];
  ranges: readonly TimeRange[];
}

export interface Slot {
  sessionId: string;
  room: string;
  day: Day;
  start: number;
}

export interface LearnerToPlan {
  id: string;
  /** `Formateur relais`, folded ('' when none): never the Président of their jury. */
  relayKey: string;
  relay: string;
}

/** Everything the planner and the adjustments need, read and checked once from a workbook. */
export interface DefenceContext {
  sessions: ReadonlyMap<string, DefenceSession>;
  /** Every one-hour slot, by day, time, then room. */
  slots: readonly Slot[];
  /** By folded name. */
  members: readonly JuryMember[];
  /** Learners `Inscrit` whose thesis is deposited, by ID (folded as IDs are). */
  learners: ReadonlyMap<string, LearnerToPlan>;
  /** Folded IDs of every learner `Inscrit` (their typed soutenances are part of the proposal shown). */
  enrolled: ReadonlySet<string>;
  /** Soutenances staff typed whole (`typed`, any learner: all of them hold their room and jury) or with date and time only (`timed`, learners to plan). */
  fixed: readonly Placement[];
  /** Learners `Inscrit` whose thesis is not deposited yet: not planned. */
  notDeposited: readonly string[];
}

export type Prepared = { ok: true; context: DefenceContext } | { ok: false; problems: DefenceInputProblem[] };

export const UNPLACED_CODES = [
  'no_free_slot',
  'no_president',
  'relay_only_president',
  'no_member',
  'no_jury_together',
  'outside_sessions',
] as const;
export type UnplacedCode = (typeof UNPLACED_CODES)[number];

export interface Unplaced {
  learnerId: string;
  code: UnplacedCode;
  message: string;
}

/** The `Mémoires` cells a confirmation writes, found by `ID apprenant` (never by row number). */
export interface ThesisUpdate {
  learnerId: string;
  cells: {
    /** AAAA-MM-JJ: written as a Sheet date. */
    'Date de soutenance'?: Day;
    /** `9h00`: written as text. */
    Heure?: string;
    /** Names separated by `, `, the Président first. */
    Jury: string;
  };
}

export interface DefencePlan {
  /** Typed, timed and proposed soutenances of learners `Inscrit`, by day, time, then learner ID. */
  placements: Placement[];
  unplaced: Unplaced[];
  updates: ThesisUpdate[];
  notDeposited: string[];
}

/** A rule a proposal breaks, for one learner. */
export interface Violation {
  learnerId: string;
  message: string;
}
