/**
 * The soutenances sidebar's calls (Planifier les soutenances…): each request and answer as a zod
 * schema, its type inferred. The page holds the proposal (plain placements) and sends it back with
 * each adjustment and at confirmation; the server checks it again against the workbook as it is then.
 */
import * as z from 'zod/mini';
import { placementSchema } from '../../domain/defences/types';
import { DEFENCE_RESULTS, JURY_ROLES } from '../../domain/vocabulary';
import { dayField as day, idField as id } from './fields';

const name = z.string().check(z.minLength(1), z.maxLength(300));
/** A proposal: at most one soutenance per learner, and a cohort is never this large. */
const proposal = z.array(placementSchema).check(z.maxLength(2000));

export const defencesMoveSchema = z.strictObject({
  kind: z.literal('move'),
  learnerId: id,
  sessionId: id,
  day,
  start: z.int().check(z.gte(0), z.lt(24 * 60)),
});

export const defencesSwapSchema = z.strictObject({ kind: z.literal('swap'), learnerId: id, outgoing: name, incoming: name });

export const defencesAdjustRequestSchema = z.strictObject({
  proposal,
  change: z.union([defencesMoveSchema, defencesSwapSchema]),
});
export type DefencesAdjustRequest = z.infer<typeof defencesAdjustRequestSchema>;

export const defencesConfirmRequestSchema = z.strictObject({ proposal });
export type DefencesConfirmRequest = z.infer<typeof defencesConfirmRequestSchema>;

/** '' empties `Résultat`. */
export const defencesResultRequestSchema = z.strictObject({ learnerId: id, result: z.enum([...DEFENCE_RESULTS, '']) });
export type DefencesResultRequest = z.infer<typeof defencesResultRequestSchema>;

/** role '' for a name typed in `Mémoires` that `Jury` does not know. */
const juror = z.strictObject({ name: z.string(), role: z.enum([...JURY_ROLES, '']) });

/** One soutenance as the page shows it. */
export const defenceRowSchema = z.strictObject({
  learnerId: z.string(),
  /** « Prénom Nom ». */
  learner: z.string(),
  day: z.string(),
  /** « jeudi 24 septembre 2026 ». */
  dayLabel: z.string(),
  /** « 9h00 ». */
  time: z.string(),
  session: z.string(),
  /** The Président first (as proposed; a typed jury as staff typed it). */
  jury: z.array(juror),
  /** typed: staff typed it whole (never changed here); timed: staff typed date and time; proposed. */
  origin: placementSchema.shape.origin,
});
export type DefenceRow = z.infer<typeof defenceRowSchema>;

const learnerRef = z.strictObject({ learnerId: z.string(), learner: z.string() });
const learnerLine = z.strictObject({ ...learnerRef.shape, message: z.string() });

export const defenceSlotOptionSchema = z.strictObject({ sessionId: z.string(), day: z.string(), start: z.number(), label: z.string() });
export type DefenceSlotOption = z.infer<typeof defenceSlotOptionSchema>;

export const defenceResultRowSchema = z.strictObject({
  learnerId: z.string(),
  learner: z.string(),
  /** « 24/09/2026 à 9h00 ». */
  when: z.string(),
  result: z.enum([...DEFENCE_RESULTS, '']),
});
export type DefenceResultRow = z.infer<typeof defenceResultRowSchema>;

export const defencesViewSchema = z.strictObject({
  /** What staff must change before anything can be planned (then every list below is empty). */
  problems: z.array(z.string()),
  /** The placements the page sends back (adjustments, confirmation). */
  proposal: z.array(placementSchema),
  rows: z.array(defenceRowSchema),
  unplaced: z.array(learnerLine),
  /** Learners `Inscrit` whose thesis is not deposited yet. */
  notDeposited: z.array(learnerRef),
  /** Where a proposed soutenance may move: a free room then. */
  freeSlots: z.array(defenceSlotOptionSchema),
  members: z.array(juror),
  /** How many `Mémoires` rows the confirmation writes (0: nothing to confirm). */
  toWrite: z.number(),
  /** Learners `Inscrit` with a soutenance in `Mémoires`, and their `Résultat`. */
  results: z.array(defenceResultRowSchema),
});
export type DefencesView = z.infer<typeof defencesViewSchema>;

export const defencesDoneSchema = z.strictObject({ message: z.string(), view: defencesViewSchema });
export type DefencesDone = z.infer<typeof defencesDoneSchema>;
