/**
 * Documents travel with their e-mail (workbook.md › `Relances`): the daily run makes the documents
 * of today's reminders first (ensure.ts, the documents' own make path), then each e-mail carries its
 * PDF, read back from Drive just before its send. A reminder whose document is not `Créé` waits.
 */
import { documentsToMake, readyToSend, type CarriedDocument } from '../domain/reminders/attachments';
import type { DueReminder } from '../domain/reminders/plan';
import type { BlobHandle } from '../gas/handles';
import { oauthToken, pdfBlobOf } from '../gas/drive';
import type { CohortContext } from './context';
import { ensureDocuments, type EnsureReport } from './documents/ensure';

/**
 * Making documents stops starting new ones after this long (2–6 s each in Google), so that sending
 * keeps the rest of the run's 4 minutes; the others are made at the next run.
 */
export const DOCUMENTS_BUDGET_MS = 2 * 60 * 1000;

/** Step one of the daily run: the documents of today's reminders (as the Sheet plans them now) not yet made. */
export function makeCarriedDocuments(cohort: CohortContext, by: string, reminders: readonly DueReminder[]): EnsureReport {
  const keys = documentsToMake(reminders);
  if (keys.length === 0) return { made: 0, problems: [] };
  return ensureDocuments({ ...cohort, user: by }, keys, DOCUMENTS_BUDGET_MS);
}

/** The reminders that go now; the others wait for their document. */
export function splitByDocument(reminders: readonly DueReminder[]): { ready: DueReminder[]; waiting: number } {
  const ready = reminders.filter(readyToSend);
  return { ready, waiting: reminders.length - ready.length };
}

/**
 * Each PDF read back from Drive as its e-mail's attachment: one call per e-mail, the execution's
 * token fetched once, on the first attachment (a run without one asks for nothing).
 */
export function pdfAttacher(): (document: CarriedDocument) => BlobHandle[] {
  let token: string | undefined;
  return (document) => {
    token ??= oauthToken();
    return [pdfBlobOf(document.pdf, document.name, token)];
  };
}
