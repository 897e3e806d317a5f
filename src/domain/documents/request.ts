/**
 * What the documents sidebar asks for: ONE shape, validated at the server's boundary with this
 * schema (the sidebar contract, src/ui/contract, re-exports it) and taken as is by dueDocuments.
 */
import * as z from 'zod/mini';
import { isDay } from '../dates';
import { HALF_DAYS } from '../vocabulary';
import { DOCUMENT_KINDS } from './kinds';

const id = z.string().check(z.minLength(1), z.maxLength(200));

/** A type, a session (every type but attestation-fin), optionally half-days and learners. */
export const documentsRequestSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  sessionId: z.optional(id),
  /** Sign-in sheets only; default: every half-day of the session. */
  halfDays: z.optional(
    z.array(z.strictObject({ day: z.string().check(z.refine(isDay)), halfDay: z.enum(HALF_DAYS) })).check(z.maxLength(200)),
  ),
  /** Default: every learner concerned. */
  learnerIds: z.optional(z.array(id).check(z.maxLength(2000))),
});
export type DocumentsRequest = z.infer<typeof documentsRequestSchema>;
