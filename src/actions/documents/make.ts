/**
 * « Créer les documents »: one call makes the next few documents of a request, the register
 * deciding (workbook.md › `Documents`). The protocol, lock held only around register reads and writes:
 * 1. read the register (no lock): nothing to make → done, no Drive call;
 * 2. Drive set-up (no lock): folder not in the bin, template read and checked — a refusal here
 *    leaves the register untouched;
 * 3. under the lock: re-read, claim the next jobs (`En cours`, who, since when), write, flush, check;
 * 4. Drive work, no lock: per job copy → batch → PDF, each file carrying its key; a job an earlier
 *    attempt worked on is first looked up in Drive by key;
 * 5. under the lock: re-read, write each outcome into the row found by `Clé` now, flush, check;
 *    claims the call had no time for go back to what they said before;
 * 6. `Journal`, outside the lock (its own writer).
 */
import type { DocumentJob, DocumentKind } from '../../domain/documents';
import { messages } from '../../domain/messages';
import { standing, type RecordCells, type Register, type RegisterRow } from '../../workbook/documents-register';
import { claimRecord, createdRecord, failedRecord, releasedRecord } from '../../workbook/documents-records';
import type { DocumentsProgress } from '../../ui/contract';
import { openAction, type ActionContext } from '../context';
import { appendJournal } from '../journal';
import { serverFunction } from '../rpc';
import { prepareDrive, type DriveSetup } from './drive-setup';
import { isQuotaError, reason } from './errors';
import { jobsWithReason } from './inputs';
import { makeOne, recover, type Attempt, type Made } from './make-one';
import { RegisterTab } from './register';

const D = messages.documents;
/** A call stops starting new documents after this long: far from Apps Script's 6 minutes and the page's 2. */
const CALL_BUDGET_MS = 30_000;
/** …and claims at most this many (2–6 s each in Google: there the budget stops a call first, and unstarted claims go back). */
export const MAX_PER_CALL = 50;

interface Claim {
  job: DocumentJob;
  recover: boolean;
  previous?: RegisterRow;
}

interface Claimed {
  claims: Claim[];
  /** The register the claims were written into (for releasing a claim as it was). */
  reg: Register;
  busy: number;
  created: number;
  /** Jobs still to make that this call could not claim (beyond MAX_PER_CALL). */
  leftOver: number;
}

function claimJobs(tab: RegisterTab, jobs: readonly DocumentJob[], user: string): Claimed {
  let claimed: Claimed | undefined;
  try {
    return tab.locked(() => {
      const reg = tab.read();
      const now = new Date();
      const c: Claimed = { claims: [], reg, busy: 0, created: 0, leftOver: 0 };
      for (const job of jobs) {
        const s = standing(reg, job.key, now.getTime());
        if (s.kind === 'done') c.created++;
        else if (s.kind === 'busy') c.busy++;
        else if (c.claims.length < MAX_PER_CALL) c.claims.push({ job, recover: s.recover, ...(s.row ? { previous: s.row } : {}) });
        else c.leftOver++;
      }
      claimed = c;
      tab.write(reg, new Map(c.claims.map((x) => [x.job.key, claimRecord(x.job, user, now)])));
      return c;
    });
  } catch (error) {
    // The claims may be written: give them back now rather than leave them 10 minutes `En cours`.
    if (claimed) {
      try {
        release(tab, claimed, new Map());
      } catch (again) {
        console.error(again);
      }
    }
    throw error;
  }
}

/**
 * Under the lock: the outcomes, and the claims without one back as they were (returns how many).
 * If this fails the rows stay `En cours`: 10 minutes later the next call looks in Drive by key.
 */
function release(tab: RegisterTab, claimed: Claimed, records: Map<string, RecordCells>): number {
  let released = 0;
  tab.locked(() => {
    const reg = tab.read();
    for (const c of claimed.claims) {
      if (records.has(c.job.key)) continue;
      records.set(c.job.key, releasedRecord(c.job, claimed.reg, c.previous));
      released++;
    }
    tab.write(reg, records);
  });
  return released;
}

interface Outcomes {
  records: Map<string, RecordCells>;
  made: Array<{ job: DocumentJob; made: Made; at: Date }>;
  failed: Array<{ key: string; detail: string }>;
  stopped: string | null;
  released: number;
}

/** Step 4: the Drive work, without the lock. Every claim ends with a record, whatever happens. */
function work(claimed: Claimed, drive: DriveSetup, deadlineMs: number, out: Outcomes): void {
  for (const c of claimed.claims) {
    if (out.stopped || Date.now() > deadlineMs) break;
    let attempt: Attempt;
    try {
      const found = c.recover ? recover(c.job, drive) : undefined;
      attempt = found ? { ok: true, made: found } : makeOne(c.job, drive);
    } catch (error) {
      // The look-up by key failed: nothing was made now; the next attempt looks again.
      attempt = { ok: false, error, leftover: true };
    }
    if (attempt.ok) {
      const at = new Date();
      out.made.push({ job: c.job, made: attempt.made, at });
      out.records.set(
        c.job.key,
        createdRecord(c.job, { doc: attempt.made.doc.webViewLink, pdf: attempt.made.pdf.webViewLink }, at, attempt.made.adopted),
      );
      continue;
    }
    if (isQuotaError(attempt.error)) out.stopped = D.quotaStopped(reason(attempt.error));
    // A quota refusal that left nothing goes back as it was; anything else is `Erreur`, retried (and looked up) next time.
    if (!isQuotaError(attempt.error) || attempt.leftover) {
      if (!isQuotaError(attempt.error)) console.error(attempt.error);
      const detail = reason(attempt.error);
      out.failed.push({ key: c.job.key, detail: D.failed(detail) });
      out.records.set(c.job.key, failedRecord(c.job, detail));
    }
  }
}

function progress(jobs: readonly DocumentJob[], claimed: Claimed, out: Outcomes): DocumentsProgress {
  const done = claimed.created + out.made.length;
  const finished = !out.stopped && out.released === 0 && claimed.leftOver === 0;
  const busy = claimed.busy ? D.busyElsewhere(claimed.busy) : '';
  return {
    total: jobs.length,
    done,
    made: out.made.length,
    failed: out.failed.length,
    finished,
    stopped: out.stopped,
    errors: out.failed,
    message: out.stopped ?? (finished ? D.finished(done, out.failed.length) + busy : D.progress(done, jobs.length)),
  };
}

function nothingToClaim(jobs: readonly DocumentJob[], reg: Register, why: string | null = null): DocumentsProgress | undefined {
  const now = Date.now();
  const standings = jobs.map((j) => standing(reg, j.key, now));
  if (standings.some((s) => s.kind === 'todo')) return undefined;
  const done = standings.filter((s) => s.kind === 'done').length;
  const busy = standings.length - done;
  return {
    total: jobs.length,
    done,
    made: 0,
    failed: 0,
    finished: true,
    stopped: null,
    errors: [],
    // « Tous ces documents existent déjà » only when some do; none at all says why.
    message: why ? D.noneDue(why) : busy ? D.finished(done, 0) + D.busyElsewhere(busy) : D.nothingToDo,
  };
}

function journal(ctx: ActionContext, out: Outcomes): void {
  if (!out.made.length) return;
  appendJournal(
    ctx.ss,
    out.made.map((m) => ({
      at: m.at,
      action: D.journalAction,
      target: m.job.fileName,
      detail: m.made.doc.webViewLink,
      by: ctx.user,
      key: m.job.key,
    })),
  );
}

/**
 * Makes one request's jobs (one type, one folder), starting no new document once `deadlineMs`
 * (a Date.now() value) is past: the protocol above, from step 1. The sidebar's calls and the daily
 * reminders' run (ensure.ts) both come here: same register, same keys, same exactly-once.
 */
export function makeJobs(
  ctx: ActionContext,
  tab: RegisterTab,
  kind: DocumentKind,
  jobs: readonly DocumentJob[],
  deadlineMs: number,
  why: string | null = null,
): DocumentsProgress {
  const early = nothingToClaim(jobs, tab.read(), why);
  if (early) return early;
  const drive = prepareDrive(ctx, kind, jobs[0]!.folder, tab);
  const claimed = claimJobs(tab, jobs, ctx.user);
  if (claimed.claims.length === 0)
    return (
      nothingToClaim(jobs, claimed.reg) ?? progress(jobs, claimed, { records: new Map(), made: [], failed: [], stopped: null, released: 0 })
    );
  const out: Outcomes = { records: new Map(), made: [], failed: [], stopped: null, released: 0 };
  try {
    work(claimed, drive, deadlineMs, out);
  } finally {
    // Whatever happened, claims not settled go back as they were (a kill leaves them to go stale).
    out.released = release(tab, claimed, out.records);
  }
  journal(ctx, out);
  return progress(jobs, claimed, out);
}

export const makeDocuments = serverFunction('pacteDocumentsMake', (request): DocumentsProgress => {
  const deadlineMs = Date.now() + CALL_BUDGET_MS;
  const ctx = openAction();
  const { jobs, why } = jobsWithReason(ctx, request);
  return makeJobs(ctx, new RegisterTab(ctx.ss), request.kind, jobs, deadlineMs, why);
});
