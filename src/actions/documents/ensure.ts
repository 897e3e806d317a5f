/**
 * The documents today's reminders carry, made before they are sent (workbook.md › `Relances`,
 * "Documents travel with their e-mail"), through the sidebar's own make path (make.ts): same
 * register, same keys, same exactly-once, the document lock held only around register reads and
 * writes. Keys are grouped into the sidebar's requests (one type, one session, the learners named),
 * so the tabs are read once per group, never per document.
 */
import { DOCUMENT_KINDS, type DocumentKind, type DocumentsRequest } from '../../domain/documents';
import { learnerDocumentOf } from '../../domain/keys';
import { messages } from '../../domain/messages';
import type { ActionContext } from '../context';
import { reason } from './errors';
import { jobsFor } from './inputs';
import { makeJobs } from './make';
import { RegisterTab } from './register';

const M = messages.reminders;

export interface EnsureReport {
  /** Documents made now (or found in Drive, made by a run that died). */
  made: number;
  /** Why some were not made, in French (a refused set-up, a failure, Google's quota): their reminders wait. */
  problems: string[];
}

interface Group {
  kind: DocumentKind;
  request: DocumentsRequest;
  keys: Set<string>;
}

const isKind = (kind: string): kind is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(kind);

/** One request per (type, session), naming its learners; keys the product cannot make are said so. */
function groupsOf(keys: readonly string[], problems: string[]): Group[] {
  const groups = new Map<string, Group>();
  for (const key of keys) {
    const ref = learnerDocumentOf(key);
    if (!ref || !isKind(ref.kind)) {
      problems.push(M.documentsNotMade(key, M.documentKindUnknown));
      continue;
    }
    const id = `${ref.kind}|${ref.sessionId}`;
    const group = groups.get(id) ?? {
      kind: ref.kind,
      request: { kind: ref.kind, ...(ref.sessionId && { sessionId: ref.sessionId }), learnerIds: [] },
      keys: new Set<string>(),
    };
    group.request.learnerIds!.push(ref.learnerId);
    group.keys.add(key);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/**
 * Makes the documents of `keys` not yet `Créé` (an `Erreur` is tried again), starting none after
 * `budgetMs`. Never throws for a document: a group that cannot be made is a problem, and the
 * other groups go on. The register then says what exists; the caller reads it again.
 */
export function ensureDocuments(ctx: ActionContext, keys: readonly string[], budgetMs: number): EnsureReport {
  const deadlineMs = Date.now() + budgetMs;
  const report: EnsureReport = { made: 0, problems: [] };
  const groups = groupsOf(keys, report.problems);
  if (groups.length === 0) return report;
  const tab = new RegisterTab(ctx.ss);
  for (const group of groups) {
    if (Date.now() > deadlineMs) break;
    try {
      const jobs = jobsFor(ctx, group.request).filter((j) => group.keys.has(j.key));
      const progress = makeJobs(ctx, tab, group.kind, jobs, deadlineMs);
      report.made += progress.made;
      report.problems.push(...progress.errors.map((e) => M.documentsNotMade(e.key, e.detail)));
      // Google's quota: the next groups would be refused alike.
      if (progress.stopped) {
        report.problems.push(progress.stopped);
        break;
      }
    } catch (error) {
      // A refused set-up (template, folder in the bin) or a failure: these reminders wait, the others go.
      console.error(error);
      report.problems.push(M.documentsNotMade([...group.keys].join(', '), reason(error)));
    }
  }
  return report;
}
