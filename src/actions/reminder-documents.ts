/**
 * Documents travel with their e-mail (workbook.md › `Relances`, Selection): the daily run (and
 * « Envoyer les décisions ») makes the documents of the e-mails due first (ensure.ts, the documents'
 * own make path), then each e-mail carries its PDF, read back from Drive just before its send. An
 * e-mail whose document is not `Créé` waits.
 */
import { documentsToMake, readyToSend, type CarriedDocument } from '../domain/reminders/attachments';
import type { BlobHandle } from '../gas/handles';
import { oauthToken, pdfBlobOf } from '../gas/drive';
import type { CohortContext } from './context';
import { ensureDocuments, type EnsureReport } from './documents/ensure';

/**
 * Making documents stops starting new ones after this long (2–6 s each in Google), so that sending
 * keeps the rest of the run's 4 minutes; the others are made at the next run.
 */
export const DOCUMENTS_BUDGET_MS = 2 * 60 * 1000;

/** An e-mail due (a reminder, a decision letter) and the document it carries, if any. */
interface Carrying {
  document?: CarriedDocument;
}

/** Step one of a sending run: the documents of the e-mails due (as the Sheet plans them now) not yet made. */
export function makeCarriedDocuments(cohort: CohortContext, by: string, mails: readonly Carrying[]): EnsureReport {
  const keys = documentsToMake(mails);
  if (keys.length === 0) return { made: 0, problems: [] };
  return ensureDocuments({ ...cohort, user: by }, keys, DOCUMENTS_BUDGET_MS);
}

/** The e-mails that go now; the others wait for their document. */
export function splitByDocument<T extends Carrying>(mails: readonly T[]): { ready: T[]; waiting: number } {
  const ready = mails.filter(readyToSend);
  return { ready, waiting: mails.length - ready.length };
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

/** One sending run's documents: made first, then each mail's readiness and attachment; what happened, for its summary. */
export interface CarryingRun {
  /** Step one (SendingRun.first): makes the documents of `mails` not yet made. */
  make(mails: readonly Carrying[]): void;
  /** In the plan: the mails that go now; the count of the others is kept. */
  ready<T extends Carrying>(mails: readonly T[]): T[];
  attach: (document: CarriedDocument) => BlobHandle[];
  documents(): EnsureReport;
  waiting(): number;
}

export function carryingRun(cohort: CohortContext, by: string): CarryingRun {
  let documents: EnsureReport = { made: 0, problems: [] };
  let waiting = 0;
  return {
    make: (mails) => {
      documents = makeCarriedDocuments(cohort, by, mails);
    },
    ready: (mails) => {
      const split = splitByDocument(mails);
      waiting = split.waiting;
      return split.ready;
    },
    attach: pdfAttacher(),
    documents: () => documents,
    waiting: () => waiting,
  };
}
