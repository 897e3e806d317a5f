/**
 * Sending the due reminders, exactly once (workbook.md › `Journal`, `Relances`):
 * 1. the script lock, without waiting (a second run — the trigger and « Envoyer maintenant » — stops);
 * 2. production IDs given first (keys name productions by them), then the due list from the one
 *    planner (src/domain/reminders.ts), the tabs, `Journal` and the claimed keys read once;
 * 3. the recipients quota: what fits is sent, the rest stays due (and is said);
 * 4. the claim, under the document lock: `Journal` and the claimed keys read again, keys that became
 *    done meanwhile dropped, one « Relance en cours » row per reminder appended (and « Clé restaurée »
 *    for claimed keys a person sorted or cleared away), flushed, then the keys added to the store:
 *    from here on a key is never sent again, whatever happens to `Journal`;
 * 5. one MailApp call per e-mail, the document lock free meanwhile, stopping well before 6 minutes;
 * 6. the outcomes as NEW rows (append-only), under the lock: « Relance envoyée », or « Relance non
 *    envoyée » (certainly not sent: due again) with its key taken out of the store; an unknown
 *    outcome stays « en cours » (never resent, named in the digest).
 * Calls per run: a constant plus one per e-mail.
 */
import { isEmail } from '../domain/candidates';
import { todayInParis } from '../domain/dates';
import { isEmailKey } from '../domain/keys';
import { messages } from '../domain/messages';
import { planReminders, type DueReminder, type ReminderPlan } from '../domain/reminders/plan';
import { sentKeys } from '../domain/sent-keys';
import { reminderInputFromWorkbook } from '../workbook/reminders';
import { readJournalLines, type JournalEntry } from '../workbook/journal';
import { bool, text, type Cell } from '../workbook/cells';
import { setting } from '../workbook/cohort';
import {
  ATTENDANCE_TAB,
  CANDIDATES_TAB,
  JOURNAL_TAB,
  PRODUCTIONS_TAB,
  REMINDERS_TAB,
  SESSIONS_TAB,
  SETTING_KEYS,
  SETTINGS_TAB,
  THESES_TAB,
} from '../workbook/schema';
import { appendJournalLocked, readJournal } from '../gas/journal';
import { openKeyStore, type KeyStore } from '../gas/key-store';
import { ifScriptLockFree, withDocumentLock } from '../gas/lock';
import { certainlyNotSent, remainingRecipients, sendMail } from '../gas/mail';
import { flushWrites, readTab, type SpreadsheetHandle } from '../gas/spreadsheet';
import type { CohortContext } from './context';
import { assignProductionIds, assignProductionIdsLocked } from './production-ids';

const M = messages.reminders;

/** Apps Script stops an execution at 6 minutes; sending stops here, the rest waits for the next run. */
export const SEND_BUDGET_MS = 4 * 60 * 1000;

const PLANNER_TABS = [CANDIDATES_TAB, SESSIONS_TAB, ATTENDANCE_TAB, THESES_TAB, REMINDERS_TAB];

/** The tabs the planner reads, one getSheetValues each (a missing tab is simply absent). */
function readPlannerTabs(cohort: CohortContext, productions: Cell[][] | undefined): Map<string, readonly (readonly Cell[])[]> {
  const workbook = new Map<string, readonly (readonly Cell[])[]>([[SETTINGS_TAB.name, cohort.settingsValues]]);
  for (const spec of PLANNER_TABS) {
    const tab = readTab(cohort.ss, spec.name);
    if (tab) workbook.set(spec.name, tab.values);
  }
  if (productions) workbook.set(PRODUCTIONS_TAB.name, productions);
  return workbook;
}

export interface SheetPlan {
  plan: ReminderPlan;
  journal: Cell[][];
  store: KeyStore;
}

function planWith(cohort: CohortContext, productions: Cell[][] | undefined): SheetPlan {
  const store = openKeyStore();
  const tabs = readPlannerTabs(cohort, productions);
  // `Journal` last, just before its append is planned: the window for a person's edit in between is small.
  const journal = readJournal(cohort.ss);
  tabs.set(JOURNAL_TAB.name, journal);
  const input = reminderInputFromWorkbook(tabs, todayInParis(new Date()), cohort.profile, store.keys);
  return { plan: planReminders(input), journal, store };
}

/** Today's plan as the Sheet holds it, claimed keys included (the sidebar's preview and test). */
export function planFromSheet(cohort: CohortContext): SheetPlan {
  return planWith(cohort, assignProductionIds(cohort.ss).values);
}

export interface SendReport {
  /** The script lock was held by another run: nothing done. */
  busy: boolean;
  due: number;
  sent: number;
  /** Left due because the daily recipients quota would not cover them. */
  deferredByQuota: number;
  /** Left due because the run ran out of time or Google refused the address. */
  notSent: number;
  /** Interrupted sends, left « en cours » (à vérifier). */
  toCheck: number;
  problems: number;
  summary: string;
}

/**
 * Sends the reminders due today (the trigger, « Envoyer maintenant »). `by` is who the run is for
 * (its `Journal` rows). Throws only before anything is claimed.
 */
export function sendDueReminders(cohort: CohortContext, by: string): SendReport {
  const started = Date.now();
  return (
    ifScriptLockFree(() => sendAlone(cohort, by, started)) ?? {
      busy: true,
      due: 0,
      sent: 0,
      deferredByQuota: 0,
      notSent: 0,
      toCheck: 0,
      problems: 0,
      summary: M.busy,
    }
  );
}

type Outcome = 'sent' | 'notSent' | 'unknown';

function sendAlone(cohort: CohortContext, by: string, started: number): SendReport {
  const { plan, claimed, deferredByQuota } = withDocumentLock(() => planAndClaim(cohort, by));
  const name = text(setting(cohort.settings, SETTING_KEYS.senderName));
  const replyTo = text(setting(cohort.settings, SETTING_KEYS.replyTo));
  // The document lock is free while mail goes out: staff saving attendance never wait for it.
  const outcomes: Outcome[] = claimed.map((r) => {
    // The rest waits for the next run, far from Apps Script's 6 minutes.
    if (Date.now() - started > SEND_BUDGET_MS) return 'notSent';
    try {
      sendMail({ to: r.to, subject: r.subject, body: r.body, htmlBody: r.html, name, ...(isEmail(replyTo) && { replyTo }) });
      return 'sent';
    } catch (error) {
      console.error(`Relance ${r.key} :`, error);
      return certainlyNotSent(error) ? 'notSent' : 'unknown';
    }
  });
  recordOutcomes(cohort.ss, claimed, outcomes, by);
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  return report(plan, count('sent'), deferredByQuota, count('notSent'), count('unknown'));
}

const targetOf = (r: DueReminder) => (r.targetId ? `${r.targetId} · ${r.targetLabel}` : r.targetLabel);

/**
 * Steps 2-4, under the document lock (a few seconds of reads): nothing another execution appends to
 * `Journal` can slip between what the plan read and the claims. `Journal` rows first, flushed, then
 * the store: a run cut between the two leaves « en cours » rows, never an e-mail without its trace.
 * The store is read once: only a run holding the script lock (this one) changes it.
 */
function planAndClaim(cohort: CohortContext, by: string): { plan: ReminderPlan; claimed: DueReminder[]; deferredByQuota: number } {
  // The quota and the other tabs first: nothing but computation between reading `Journal` and
  // appending the claims to it (appendJournalLocked reads it and hands it to the plan).
  const remaining = remainingRecipients();
  const productions = assignProductionIdsLocked(cohort.ss).values;
  const store = openKeyStore();
  const tabs = readPlannerTabs(cohort, productions);
  let outcome: { plan: ReminderPlan; claimed: DueReminder[]; deferredByQuota: number; firstRun: string[] } | undefined;
  appendJournalLocked(cohort.ss, (journal) => {
    tabs.set(JOURNAL_TAB.name, journal);
    const plan = planReminders(reminderInputFromWorkbook(tabs, todayInParis(new Date()), cohort.profile, store.keys));
    const claimed = withinQuota(plan.reminders, remaining);
    const deferredByQuota = plan.reminders.length - claimed.length;
    const lines = readJournalLines(journal);
    // The store's first run takes in every e-mail key `Journal` already holds as done.
    const firstRun = store.ready ? [] : [...new Set(lines.map((l) => l.key).filter(isEmailKey))].filter((k) => sentKeys(lines).isDone(k));
    outcome = { plan, claimed, deferredByQuota, firstRun };
    const at = new Date();
    return [
      ...sentKeys(lines, store.keys).toRestore.map(
        (key): JournalEntry => ({ at, action: M.actionRestored, target: '', detail: M.restoredDetail, by, key }),
      ),
      ...claimed.map(
        (r): JournalEntry => ({ at, action: M.actionInProgress, target: targetOf(r), detail: M.inProgressDetail(r.to), by, key: r.key }),
      ),
      ...(deferredByQuota > 0
        ? [{ at, action: M.actionDeferred, target: '', detail: M.deferredDetail(deferredByQuota), by, key: '' }]
        : []),
    ];
  });
  const { plan, claimed, deferredByQuota, firstRun } = outcome!;
  // The claims land in `Journal` first; the store then keeps them whatever staff do to the tab (a run
  // cut between the two leaves « en cours » rows, never a key claimed without its trace).
  if (!store.ready || claimed.length > 0 || firstRun.length > 0) {
    flushWrites();
    store.save([...firstRun, ...claimed.map((r) => r.key)]);
  }
  return { plan, claimed, deferredByQuota };
}

/** The quota counts recipients; reminders go in key order while they fit. */
function withinQuota(reminders: readonly DueReminder[], recipients: number): DueReminder[] {
  const fit: DueReminder[] = [];
  let remaining = recipients;
  for (const r of reminders) {
    if (r.to.length > remaining) break;
    remaining -= r.to.length;
    fit.push(r);
  }
  return fit;
}

/** Step 6: one new row per reminder; keys certainly not sent leave the store (due again). */
function recordOutcomes(ss: SpreadsheetHandle, claimed: readonly DueReminder[], outcomes: readonly Outcome[], by: string): void {
  if (claimed.length === 0) return;
  withDocumentLock(() => {
    const at = new Date();
    appendJournalLocked(
      ss,
      claimed.map((r, i): JournalEntry => {
        const o = outcomes[i];
        if (o === 'sent') return { at, action: M.actionSent, target: targetOf(r), detail: M.sentDetail(r.to), by, key: r.key };
        if (o === 'notSent') return { at, action: M.actionNotSent, target: targetOf(r), detail: M.notSentDetail, by, key: r.key };
        return { at, action: M.actionInProgress, target: targetOf(r), detail: M.unknownDetail, by, key: r.key };
      }),
    );
    const notSent = claimed.filter((_, i) => outcomes[i] === 'notSent').map((r) => r.key);
    if (notSent.length) openKeyStore().save([], notSent);
  });
}

function report(plan: ReminderPlan, sent: number, deferredByQuota: number, notSent: number, toCheck: number): SendReport {
  const due = plan.reminders.length;
  return {
    busy: false,
    due,
    sent,
    deferredByQuota,
    notSent,
    toCheck,
    problems: plan.problems.length,
    summary: M.runSummary(due, sent, deferredByQuota, notSent, toCheck, plan.problems.length),
  };
}

/** The daily trigger: sends only when `Relances automatiques` is ticked. */
export function dailyReminders(cohort: CohortContext, by: string): string {
  if (!automaticSending(cohort)) return M.automaticOff;
  return sendDueReminders(cohort, by).summary;
}

export function automaticSending(cohort: CohortContext): boolean {
  return bool(setting(cohort.settings, SETTING_KEYS.automaticReminders));
}
