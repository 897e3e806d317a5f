/**
 * Sending the due reminders, exactly once (issue 10):
 * 1. the script lock, without waiting (a second run — the trigger and « Envoyer maintenant » — stops);
 * 2. the due list from the one planner (src/domain/reminders.ts), `Journal` read once;
 * 3. the recipients quota first: what fits is sent, the rest stays due (and is said);
 * 4. one `Journal` row per reminder « Relance en cours » with its `Clé`, in one write, then flush:
 *    from here on a key is never sent again, whatever happens;
 * 5. one MailApp call per e-mail, stopping well before the 6-minute limit;
 * 6. the same rows rewritten in one write: « Relance envoyée », or, for those not attempted (time,
 *    quota refused), « Relance non envoyée » with the key cleared so the next run sends them.
 * A crash between 4 and 6 leaves « Relance en cours »: never resent, listed « à vérifier » in the digest.
 * Calls per run: a constant plus one per e-mail.
 */
import { isEmail } from '../domain/candidates';
import { todayInParis } from '../domain/dates';
import { messages } from '../domain/messages';
import { planReminders, type DueReminder, type ReminderPlan } from '../domain/reminders';
import { reminderInputFromWorkbook } from '../workbook/reminders';
import { bool, text, type Cell } from '../workbook/cells';
import { setting, type RawWorkbook } from '../workbook/cohort';
import { journalRow, type JournalEntry } from '../workbook/plans';
import { headerKey } from '../workbook/table';
import {
  ATTENDANCE_TAB, CANDIDATES_TAB, JOURNAL_TAB, PRODUCTIONS_TAB, REMINDERS_TAB, SESSIONS_TAB, SETTING_KEYS, SETTINGS_TAB, THESES_TAB,
} from '../workbook/schema';
import { toSheetValue } from '../gas/spreadsheet';
import type { CohortContext } from './context';
import { openJournal } from './journal';

const M = messages.reminders;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script stops an execution at 6 minutes; sending stops here, the rest waits for the next run. */
export const SEND_BUDGET_MS = 4 * 60 * 1000;

const PLANNER_TABS = [SETTINGS_TAB, CANDIDATES_TAB, SESSIONS_TAB, ATTENDANCE_TAB, PRODUCTIONS_TAB, THESES_TAB, REMINDERS_TAB];

/** The tabs the planner reads, one getSheetValues each (a missing tab is simply absent). */
function readPlannerTabs(ss: Spreadsheet, journal: readonly (readonly Cell[])[]): RawWorkbook {
  const workbook = new Map<string, readonly (readonly Cell[])[]>();
  for (const spec of PLANNER_TABS) {
    const sheet = ss.getSheetByName(spec.name);
    if (sheet) workbook.set(spec.name, sheet.getSheetValues(1, 1, -1, -1) as Cell[][]);
  }
  workbook.set(JOURNAL_TAB.name, journal);
  return workbook;
}

/** Today's plan as the Sheet holds it (the sidebar preview uses the same). */
export function planFromSheet(cohort: CohortContext, journalValues?: readonly (readonly Cell[])[]): ReminderPlan {
  const values = journalValues ?? openJournal(cohort.ss).values;
  const input = reminderInputFromWorkbook(readPlannerTabs(cohort.ss, values), todayInParis(new Date()), cohort.profile);
  return planReminders(input);
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

/** Known refusals, after which Google has certainly not sent the message. */
function certainlyNotSent(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /^Invalid email|^Limit Exceeded: Email|Service invoked too many times for one day: email/.test(message);
}

/**
 * Sends the reminders due today (the trigger, « Envoyer maintenant »). `by` is who the run is for
 * (its `Journal` rows). Throws only before anything is journaled.
 */
export function sendDueReminders(cohort: CohortContext, by: string): SendReport {
  const started = Date.now();
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(0)) {
    return { busy: true, due: 0, sent: 0, deferredByQuota: 0, notSent: 0, toCheck: 0, problems: 0, summary: M.busy };
  }
  try {
    return sendLocked(cohort, by, started);
  } finally {
    lock.releaseLock();
  }
}

function sendLocked(cohort: CohortContext, by: string, started: number): SendReport {
  const { ss, settings } = cohort;
  const plan = planFromSheet(cohort, openJournal(ss).values);

  // The quota counts recipients; reminders go in key order while they fit.
  let remaining = MailApp.getRemainingDailyQuota();
  const batch: DueReminder[] = [];
  for (const r of plan.reminders) {
    if (r.to.length > remaining) break;
    remaining -= r.to.length;
    batch.push(r);
  }
  const deferredByQuota = plan.reminders.length - batch.length;
  const at = new Date();
  const entry = (r: DueReminder, action: string, detail: string, key = r.key): JournalEntry => ({
    at, action, target: r.targetId ? `${r.targetId} · ${r.targetLabel}` : r.targetLabel, detail, by, key,
  });
  const entries = batch.map((r) => entry(r, M.actionInProgress, M.inProgressDetail(r.to)));
  if (deferredByQuota > 0) entries.push({ at, action: M.actionDeferred, target: '', detail: M.deferredDetail(deferredByQuota), by, key: '' });
  if (entries.length === 0) return report(plan, 0, 0, 0, 0);

  // Journal read again just before writing: a colleague's row appended while this run planned
  // (an attendance save) must not be overwritten; a key that appeared meanwhile is not sent.
  const fresh = openJournal(ss);
  const appeared = fresh.keys;
  const kept = entries.filter((e) => !e.key || !appeared.has(e.key));
  for (let i = batch.length - 1; i >= 0; i--) if (appeared.has(batch[i]!.key)) batch.splice(i, 1);
  const { startRow, headerRow } = fresh.append(kept);
  // From here the keys are in Journal: even if the run dies now, nothing is sent twice.
  SpreadsheetApp.flush();

  const name = text(setting(settings, SETTING_KEYS.senderName));
  const replyTo = text(setting(settings, SETTING_KEYS.replyTo));
  const options = { ...(name && { name }), ...(isEmail(replyTo) && { replyTo }) };
  const outcome: Array<'sent' | 'notSent' | 'unknown'> = [];
  for (const r of batch) {
    if (Date.now() - started > SEND_BUDGET_MS) {
      outcome.push('notSent');
      continue;
    }
    try {
      MailApp.sendEmail(r.to.join(','), r.subject, r.body, { ...options, htmlBody: r.html });
      outcome.push('sent');
    } catch (error) {
      console.error(`Relance ${r.key} :`, error);
      outcome.push(certainlyNotSent(error) ? 'notSent' : 'unknown');
    }
  }

  // Rewrite the rows just appended (same place: Journal is append-only), in one write.
  const index = (h: string) => headerRow.findIndex((x) => headerKey(x) === headerKey(h));
  const rows = batch.map((r, i) => {
    const o = outcome[i];
    if (o === 'sent') return entry(r, M.actionSent, M.sentDetail(r.to));
    if (o === 'notSent') return entry(r, M.actionNotSent, M.notSentDetail, '');
    return entry(r, M.actionInProgress, M.unknownDetail);
  }).map((e) => journalRow(headerRow.map((h) => text(h)), e, index).map(toSheetValue));
  if (rows.length > 0) ss.getSheetByName(JOURNAL_TAB.name)!.getRange(startRow, 1, rows.length, rows[0]!.length).setValues(rows);

  const count = (o: string) => outcome.filter((x) => x === o).length;
  return report(plan, count('sent'), deferredByQuota, count('notSent'), count('unknown'));
}

function report(plan: ReminderPlan, sent: number, deferredByQuota: number, notSent: number, toCheck: number): SendReport {
  const due = plan.reminders.length;
  return {
    busy: false, due, sent, deferredByQuota, notSent, toCheck, problems: plan.problems.length,
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
