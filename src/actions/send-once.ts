/**
 * Sending keyed e-mails exactly once (workbook.md › `Journal`): the one ledger every e-mail of the
 * product goes through (reminders, interview invitations, decision letters).
 * 1. the script lock, without waiting (a second sending run stops: `undefined`);
 * 2. under the document lock: the recipients quota, the caller's reads (`prepare`), the claimed keys,
 *    then `Journal` read and, from it alone, the caller's plan of the mails due; what fits the quota
 *    is claimed: one « … en cours » row per mail (and « Clé restaurée » for claimed keys a person
 *    sorted or cleared away), flushed, then the keys added to the store (with what the caller records
 *    beside them, in the same write): from here on a key is never sent again, whatever happens to `Journal`;
 * 3. one MailApp call per e-mail, the document lock free meanwhile, stopping well before 6 minutes;
 *    a mail's attachments are made just before its send (a failure there is certainly not sent);
 * 4. the outcomes as NEW rows (append-only), under the lock: « … envoyée », or « … non envoyée »
 *    (certainly not sent: due again) with its key taken out of the store; an unknown outcome stays
 *    « en cours » (never resent, named in the digest); then the caller's own record (`recordLocked`).
 * Calls per run: a constant plus one per e-mail.
 */
import { isEmail } from '../domain/candidates';
import { isEmailKey } from '../domain/keys';
import { sentKeys, type JournalLine, type SentKeys } from '../domain/sent-keys';
import { readJournalLines, type JournalEntry } from '../workbook/journal';
import type { Cell } from '../workbook/cells';
import type { BlobHandle } from '../gas/handles';
import { appendJournalLocked } from '../gas/journal';
import { openKeyStore, type KeyStore } from '../gas/key-store';
import { ifScriptLockFree, withDocumentLock } from '../gas/lock';
import { certainlyNotSent, remainingRecipients, sendMail } from '../gas/mail';
import { flushWrites, type SpreadsheetHandle } from '../gas/spreadsheet';

/** Apps Script stops an execution at 6 minutes; sending stops here, the rest waits for the next run. */
export const SEND_BUDGET_MS = 4 * 60 * 1000;

/** One e-mail and the key that makes it once. */
export interface KeyedMail {
  key: string;
  to: readonly string[];
  cc?: readonly string[];
  subject: string;
  body: string;
  html?: string;
  /** `Cible` of its `Journal` rows. */
  target: string;
  /** Made after the claim, just before the send (a Drive download, an .ics): a failure is « non envoyée ». */
  attachments?: () => readonly BlobHandle[];
}

/** How one kind of e-mail names its `Journal` rows (« Relance en cours », « Invitation envoyée »…). */
export interface LedgerWords {
  inProgress: string;
  sent: string;
  notSent: string;
  restored: string;
  deferred: string;
  inProgressDetail(mail: KeyedMail): string;
  sentDetail(mail: KeyedMail): string;
  notSentDetail: string;
  unknownDetail: string;
  restoredDetail: string;
  deferredDetail(count: number): string;
}

/** The ledger as read under the document lock, for the caller's plan. */
export interface Ledger {
  /** `Journal`'s values as read right now (row 1 = headers). */
  journal: Cell[][];
  lines: JournalLine[];
  /** Decided from `Journal` and the claimed keys. */
  sent: SentKeys;
  store: KeyStore;
}

export interface Planned<P> {
  plan: P;
  /** Mails due, in the order they go (the quota keeps a prefix); keys not done. */
  mails: readonly KeyedMail[];
}

export type Outcome = 'sent' | 'notSent' | 'unknown';

export interface SendingRun<P> {
  ss: SpreadsheetHandle;
  /** Who the run is for (its `Journal` rows). */
  by: string;
  words: LedgerWords;
  sender: { name: string; replyTo: string };
  /**
   * Under the document lock, before `Journal` is read: the caller's reads (tabs…); returns the plan
   * made from the ledger, where nothing but computation stands between reading `Journal` and the claims.
   */
  prepare(): (ledger: Ledger) => Planned<P>;
  /** Document properties written with the claimed keys, in the same call (see KeyStore.save). */
  claimProperties?(claimed: readonly KeyedMail[], ledger: Ledger): Record<string, string>;
  /** Under the document lock, after the outcome rows: the caller's own record of what went. */
  recordLocked?(claimed: readonly KeyedMail[], outcomes: readonly Outcome[]): void;
  /** When the run began (Date.now()): sending stops SEND_BUDGET_MS after it. */
  startedMs: number;
}

export interface SendingResult<P> {
  plan: P;
  claimed: KeyedMail[];
  outcomes: Outcome[];
  /** Mails left due because the daily recipients quota would not cover them. */
  deferredByQuota: number;
  count(outcome: Outcome): number;
}

/** Runs the whole protocol; undefined when another sending run holds the script lock (nothing done). */
export function sendOnce<P>(run: SendingRun<P>): SendingResult<P> | undefined {
  return ifScriptLockFree(() => sendAlone(run));
}

function sendAlone<P>(run: SendingRun<P>): SendingResult<P> {
  const { plan, claimed, deferredByQuota } = withDocumentLock(() => planAndClaim(run));
  const { name, replyTo } = run.sender;
  // The document lock is free while mail goes out: staff saving attendance never wait for it.
  const outcomes: Outcome[] = claimed.map((m) => {
    // The rest waits for the next run, far from Apps Script's 6 minutes.
    if (Date.now() - run.startedMs > SEND_BUDGET_MS) return 'notSent';
    let attachments: readonly BlobHandle[];
    try {
      attachments = m.attachments?.() ?? [];
    } catch (error) {
      // Nothing has left: the mail is due again.
      console.error(`${m.key} :`, error);
      return 'notSent';
    }
    try {
      sendMail({
        to: m.to,
        ...(m.cc?.length && { cc: m.cc }),
        subject: m.subject,
        body: m.body,
        htmlBody: m.html,
        name,
        ...(isEmail(replyTo) && { replyTo }),
        ...(attachments.length > 0 && { attachments }),
      });
      return 'sent';
    } catch (error) {
      console.error(`${m.key} :`, error);
      return certainlyNotSent(error) ? 'notSent' : 'unknown';
    }
  });
  recordOutcomes(run, claimed, outcomes);
  return { plan, claimed, outcomes, deferredByQuota, count: (o) => outcomes.filter((x) => x === o).length };
}

/** Every address a mail reaches: MailApp's quota counts each of `to` and `cc`. */
const recipients = (m: KeyedMail) => m.to.length + (m.cc?.length ?? 0);

/**
 * Step 2, under the document lock (a few seconds of reads): nothing another execution appends to
 * `Journal` can slip between what the plan read and the claims. `Journal` rows first, flushed, then
 * the store: a run cut between the two leaves « en cours » rows, never an e-mail without its trace.
 * The store is read once: only a run holding the script lock (this one) changes it.
 */
function planAndClaim<P>(run: SendingRun<P>): { plan: P; claimed: KeyedMail[]; deferredByQuota: number } {
  // The quota and the caller's reads first: nothing but computation between reading `Journal` and
  // appending the claims to it (appendJournalLocked reads it and hands it to the plan).
  const remaining = remainingRecipients();
  const planFrom = run.prepare();
  const store = openKeyStore();
  let outcome: { plan: P; claimed: KeyedMail[]; deferredByQuota: number; firstRun: string[]; ledger: Ledger } | undefined;
  appendJournalLocked(run.ss, (journal) => {
    const lines = readJournalLines(journal);
    const ledger: Ledger = { journal, lines, sent: sentKeys(lines, store.keys), store };
    const { plan, mails } = planFrom(ledger);
    const claimed = withinQuota(mails, remaining);
    const deferredByQuota = mails.length - claimed.length;
    // The store's first run takes in every e-mail key `Journal` already holds as done.
    const firstRun = store.ready ? [] : [...new Set(lines.map((l) => l.key).filter(isEmailKey))].filter((k) => sentKeys(lines).isDone(k));
    outcome = { plan, claimed, deferredByQuota, firstRun, ledger };
    return claimRows(run, ledger.sent.toRestore, claimed, deferredByQuota);
  });
  const { plan, claimed, deferredByQuota, firstRun, ledger } = outcome!;
  // The claims land in `Journal` first; the store then keeps them whatever staff do to the tab (a run
  // cut between the two leaves « en cours » rows, never a key claimed without its trace).
  if (!store.ready || claimed.length > 0 || firstRun.length > 0) {
    flushWrites();
    const extra = claimed.length > 0 ? (run.claimProperties?.(claimed, ledger) ?? {}) : {};
    store.save([...firstRun, ...claimed.map((m) => m.key)], [], extra);
  }
  return { plan, claimed, deferredByQuota };
}

function claimRows<P>(run: SendingRun<P>, toRestore: readonly string[], claimed: readonly KeyedMail[], deferred: number): JournalEntry[] {
  const { words: W, by } = run;
  const at = new Date();
  return [
    ...toRestore.map((key): JournalEntry => ({ at, action: W.restored, target: '', detail: W.restoredDetail, by, key })),
    ...claimed.map((m): JournalEntry => ({ at, action: W.inProgress, target: m.target, detail: W.inProgressDetail(m), by, key: m.key })),
    ...(deferred > 0 ? [{ at, action: W.deferred, target: '', detail: W.deferredDetail(deferred), by, key: '' }] : []),
  ];
}

/** The quota counts recipients; mails go in the caller's order while they fit. */
function withinQuota(mails: readonly KeyedMail[], available: number): KeyedMail[] {
  const fit: KeyedMail[] = [];
  let remaining = available;
  for (const m of mails) {
    if (recipients(m) > remaining) break;
    remaining -= recipients(m);
    fit.push(m);
  }
  return fit;
}

/** Step 4: one new row per mail; keys certainly not sent leave the store (due again). */
function recordOutcomes<P>(run: SendingRun<P>, claimed: readonly KeyedMail[], outcomes: readonly Outcome[]): void {
  if (claimed.length === 0) return;
  const { words: W, by } = run;
  withDocumentLock(() => {
    const at = new Date();
    appendJournalLocked(
      run.ss,
      claimed.map((m, i): JournalEntry => {
        const o = outcomes[i];
        if (o === 'sent') return { at, action: W.sent, target: m.target, detail: W.sentDetail(m), by, key: m.key };
        if (o === 'notSent') return { at, action: W.notSent, target: m.target, detail: W.notSentDetail, by, key: m.key };
        return { at, action: W.inProgress, target: m.target, detail: W.unknownDetail, by, key: m.key };
      }),
    );
    const notSent = claimed.filter((_, i) => outcomes[i] === 'notSent').map((m) => m.key);
    if (notSent.length) openKeyStore().save([], notSent);
    run.recordLocked?.(claimed, outcomes);
  });
}
