/** The « Sélection… » sidebar's calls: each request and answer as a zod schema, its type inferred. */
import * as z from 'zod/mini';
import { CANDIDATE_STATUSES, OPINIONS } from '../../domain/vocabulary';

const id = z.string().check(z.minLength(1), z.maxLength(100));

/** Set `Statut` for the selected candidates, found by `ID`. */
export const selectionStatusRequestSchema = z.strictObject({
  ids: z.array(id).check(z.minLength(1), z.maxLength(2000)),
  statut: z.enum(CANDIDATE_STATUSES),
});
export type SelectionStatusRequest = z.infer<typeof selectionStatusRequestSchema>;

/** The person's own opinion on one candidate (`Membre` = their address, set by the server). */
export const selectionOpinionRequestSchema = z.strictObject({
  id,
  avis: z.enum(OPINIONS),
  /** 0–20 or empty; checked by the server's rule (a French problem, nothing written). */
  note: z.string().check(z.maxLength(20)),
  commentaire: z.string().check(z.maxLength(5000)),
});
export type SelectionOpinionRequest = z.infer<typeof selectionOpinionRequestSchema>;

/** « Créer des créneaux »: the form as typed; `confirm` false previews, true writes. */
export const selectionSlotsRequestSchema = z.strictObject({
  date: z.string().check(z.maxLength(40)),
  firstTime: z.string().check(z.maxLength(20)),
  count: z.number(),
  duration: z.number(),
  link: z.string().check(z.maxLength(2000)),
  jury: z.string().check(z.maxLength(2000)),
  confirm: z.boolean(),
  /** On confirm: the assignment lines the preview showed; a different plan now writes nothing. */
  seen: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(1000)),
});
export type SelectionSlotsRequest = z.infer<typeof selectionSlotsRequestSchema>;

const opinionCountsSchema = z.strictObject({ Favorable: z.number(), Réservé: z.number(), Défavorable: z.number() });

export const selectionCandidateSchema = z.strictObject({
  /** '' for a row still without `ID` (counted in the pipeline, no action offered). */
  id: z.string(),
  name: z.string(),
  statut: z.string(),
  structure: z.string(),
  structureType: z.string(),
  department: z.string(),
  /** The file's check (PACTE › Vérifier les candidatures): each problem in French; empty: complete. */
  missing: z.array(z.string()),
  avis: opinionCountsSchema,
  note: z.nullable(z.number()),
  opinions: z.array(z.strictObject({ member: z.string(), avis: z.string(), note: z.nullable(z.number()), comment: z.string() })),
  /** The slot (`E-002 · jeudi 20 novembre 2025 à 14 h 30`), '' without one. */
  slot: z.string(),
});
export type SelectionCandidateView = z.infer<typeof selectionCandidateSchema>;

/** An e-mail « Envoyer » would send, as its recipient reads it. */
export const mailPreviewSchema = z.strictObject({
  key: z.string(),
  /** Invitations: invitation, update or cancel; decision letters: the decision. */
  kind: z.string(),
  target: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  /** The `.ics` attachment as text ('' for a decision letter). */
  ics: z.string(),
  /** The PDF it carries, by file name (a decision letter's « Décision de sélection »; '' for none). */
  pdf: z.string(),
});

export const selectionViewSchema = z.strictObject({
  user: z.string(),
  statuses: z.array(z.string()),
  candidates: z.array(selectionCandidateSchema),
  invitations: z.array(mailPreviewSchema),
  /** Why an invitation is not sent, one French line each. */
  notices: z.array(z.string()),
  decisions: z.array(mailPreviewSchema),
  decisionNotices: z.array(z.string()),
  problems: z.array(z.strictObject({ tab: z.string(), row: z.number(), message: z.string() })),
  /** What the last action did, in French ('' on a plain load). */
  message: z.string(),
});
export type SelectionView = z.infer<typeof selectionViewSchema>;
export type MailPreview = z.infer<typeof mailPreviewSchema>;

export const selectionSlotsResultSchema = z.strictObject({
  /** French problems of the form: nothing written. */
  errors: z.array(z.string()),
  /** The slots the form makes (`E-004 · jeudi 20 novembre 2025 à 9 h`). */
  slots: z.array(z.string()),
  /** Who gets which slot (`C-0003 · Camille Martin → E-004 · …`). */
  assignments: z.array(z.string()),
  /** Candidates at `Entretien` left without a slot, and why. */
  unassigned: z.array(z.string()),
  written: z.boolean(),
  message: z.string(),
});
export type SelectionSlotsResult = z.infer<typeof selectionSlotsResultSchema>;
