/**
 * The sidebar drives the batch: one server call makes a few documents and returns; the page calls
 * again until the register says everything is made, Google's quota stops the run, an error comes
 * back, or the person stops it. Pure, so it is tested without a browser.
 */
import { KINDS } from '../../../domain/documents/kinds';
import type { DocumentsProgress, DocumentsRequest } from '../../contract';

export type RunEnd =
  | { kind: 'finished'; progress: DocumentsProgress }
  | { kind: 'stopped'; progress: DocumentsProgress }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' };

export async function runBatch(
  make: (request: DocumentsRequest) => Promise<DocumentsProgress>,
  request: DocumentsRequest,
  onProgress: (p: DocumentsProgress) => void,
  cancelled: () => boolean = () => false,
  maxCalls = 500,
): Promise<RunEnd> {
  for (let i = 0; i < maxCalls; i++) {
    if (cancelled()) return { kind: 'cancelled' };
    let progress: DocumentsProgress;
    try {
      progress = await make(request);
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    onProgress(progress);
    if (progress.stopped) return { kind: 'stopped', progress };
    if (progress.finished) return { kind: 'finished', progress };
    // A call that made nothing and did not finish would loop for ever: stop and show it.
    if (progress.made === 0 && progress.failed === 0) return { kind: 'stopped', progress };
  }
  return { kind: 'cancelled' };
}

/** The request the form describes; `null` with the reason when it is incomplete. */
export function buildRequest(form: {
  kind: DocumentsRequest['kind'];
  sessionId: string;
  halfDays: Array<{ day: string; halfDay: 'Matin' | 'Après-midi'; checked: boolean }>;
  learners: Array<{ id: string; checked: boolean }>;
}): { request: DocumentsRequest } | { missing: 'session' | 'halfDay' | 'learner' } {
  // Decisions are about candidates: the learners' list does not apply.
  if (form.kind === 'decision') return { request: { kind: form.kind } };
  if (!KINDS[form.kind].bySession) {
    const learnerIds = form.learners.filter((l) => l.checked).map((l) => l.id);
    if (form.learners.length && !learnerIds.length) return { missing: 'learner' };
    return { request: { kind: form.kind, ...(learnerIds.length < form.learners.length ? { learnerIds } : {}) } };
  }
  if (!form.sessionId) return { missing: 'session' };
  if (form.kind === 'emargement') {
    const halfDays = form.halfDays.filter((h) => h.checked).map(({ day, halfDay }) => ({ day, halfDay }));
    if (!halfDays.length) return { missing: 'halfDay' };
    return { request: { kind: form.kind, sessionId: form.sessionId, ...(halfDays.length < form.halfDays.length ? { halfDays } : {}) } };
  }
  const learnerIds = form.learners.filter((l) => l.checked).map((l) => l.id);
  if (form.learners.length && !learnerIds.length) return { missing: 'learner' };
  return { request: { kind: form.kind, sessionId: form.sessionId, ...(learnerIds.length < form.learners.length ? { learnerIds } : {}) } };
}
