/** The documents a request asks for: one job per document, with its key, file name, folder and values; or why there is none. */
import { idKey } from '../candidates';
import type { LearnerState } from '../codes';
import { messages } from '../messages';
import { fold } from '../text';
import { decided, decisionJobs } from './due-decision';
import { completionJobs, defenceJobs } from './due-learner';
import { attendanceJobs, convocationJobs, signInJobs, type SessionContext } from './due-session';
import { batchOf, type Batch, type DocumentJob, type DocumentsInput } from './job';
import type { DocumentKind } from './kinds';
import type { DocumentsRequest } from './request';

const D = messages.documents;

type Builder = (batch: Batch, input: DocumentsInput, request: DocumentsRequest, session: SessionContext | undefined) => DocumentJob[];

/** One builder per type; a session type gets its session (none when the request names no dated session). */
const BUILDERS: Record<DocumentKind, Builder> = {
  convocation: (_b, _i, _r, s) => (s ? convocationJobs(s) : []),
  emargement: (_b, _i, r, s) => (s ? signInJobs(s, r.halfDays) : []),
  'attestation-presence': (_b, i, _r, s) => (s ? attendanceJobs(s, i.attendance) : []),
  'attestation-fin': (b, i) => completionJobs(b, i),
  'convocation-soutenance': (b, i) => defenceJobs('convocation-soutenance', b, i),
  'pv-soutenance': (b, i) => defenceJobs('pv-soutenance', b, i),
  decision: (b, i, r) => decisionJobs(b, i, r),
};

function sessionOf(input: DocumentsInput, request: DocumentsRequest, batch: Batch): SessionContext | undefined {
  if (!request.sessionId) return undefined;
  const session = input.sessions.find((s) => s.id && fold(s.id) === fold(request.sessionId!));
  return session?.start ? { batch, session, extras: input.extras.get(session.id) } : undefined;
}

/**
 * The documents a request asks for, in a stable order, each with its values.
 * `civilities` gives each learner's `Civilité` (a column the typed CandidateRow does not carry).
 */
export function dueDocuments(
  input: DocumentsInput,
  request: DocumentsRequest,
  civilities: ReadonlyMap<string, string> = new Map(),
): DocumentJob[] {
  const batch = batchOf(input, request, civilities);
  return BUILDERS[request.kind](batch, input, request, sessionOf(input, request, batch));
}

/** Why a request covers no document, in French (the sidebar says it rather than « nothing new »). */
export function whyNoDocument(input: DocumentsInput, request: DocumentsRequest): string {
  // Decisions are about candidates, not learners.
  if (request.kind === 'decision') return decided(input, request).length ? '' : D.noDecision;
  const learners = batchOf(input, request, new Map()).learners;
  if (learners.length === 0 && request.kind !== 'emargement') return D.noLearner;
  switch (request.kind) {
    case 'attestation-fin': {
      const counts = new Map<LearnerState, number>();
      for (const c of learners) {
        const state = input.eligibility.get(idKey(c.id));
        if (state && state !== 'eligible') counts.set(state, (counts.get(state) ?? 0) + 1);
      }
      return D.noneEligible(counts);
    }
    case 'convocation-soutenance':
    case 'pv-soutenance':
      return D.noDefenceDate;
    case 'attestation-presence':
      return D.noPresence;
    default:
      return D.noSessionDay;
  }
}
