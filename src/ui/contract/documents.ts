/** The documents sidebar's calls (Documents…): each request and answer as a zod schema, its type inferred. */
import * as z from 'zod/mini';
import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/kinds';
import { HALF_DAYS } from '../../domain/vocabulary';

/** The one request shape, owned by the domain (dueDocuments takes it as is). */
export { documentsRequestSchema, type DocumentsRequest } from '../../domain/documents/request';
export type DocumentKindId = DocumentKind;

export const documentsOptionsSchema = z.strictObject({
  kinds: z.array(z.strictObject({ id: z.enum(DOCUMENT_KINDS), label: z.string() })),
  sessions: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      halfDays: z.array(z.strictObject({ day: z.string(), halfDay: z.enum(HALF_DAYS), label: z.string() })),
    }),
  ),
  learners: z.array(z.strictObject({ id: z.string(), name: z.string() })),
});
export type DocumentsOptions = z.infer<typeof documentsOptionsSchema>;

export const documentsPreviewSchema = z.strictObject({
  /** Documents the request covers, and how many of them are already `Créé`. */
  total: z.number(),
  done: z.number(),
  /** The first document still to make: its file name and every tag value. */
  first: z.nullable(
    z.strictObject({
      fileName: z.string(),
      values: z.array(z.strictObject({ tag: z.string(), value: z.string() })),
      learners: z.optional(z.array(z.string())),
      trainers: z.optional(z.array(z.string())),
    }),
  ),
  createdToday: z.number(),
  dailyLimit: z.number(),
  /** French warning when the batch would exceed the day's allowance. */
  warning: z.nullable(z.string()),
  /** When the request covers no document: why, in French (« aucun·e apprenant·e n'est éligible à ce jour : … »). */
  why: z.nullable(z.string()),
});
export type DocumentsPreview = z.infer<typeof documentsPreviewSchema>;

export const documentsProgressSchema = z.strictObject({
  total: z.number(),
  done: z.number(),
  made: z.number(),
  failed: z.number(),
  /** No document left to make for this request (failures excepted: a new click retries them). */
  finished: z.boolean(),
  /** Set when Google's quota or rate limit stopped the run: French, says when to resume. */
  stopped: z.nullable(z.string()),
  errors: z.array(z.strictObject({ key: z.string(), detail: z.string() })),
  message: z.string(),
});
export type DocumentsProgress = z.infer<typeof documentsProgressSchema>;

export const templateReportSchema = z.strictObject({ key: z.string(), label: z.string(), ok: z.boolean(), lines: z.array(z.string()) });
export type TemplateReport = z.infer<typeof templateReportSchema>;
