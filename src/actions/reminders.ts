/**
 * Sending the due reminders, exactly once (workbook.md › `Journal`, `Relances`), through the one
 * ledger of every e-mail (send-once.ts): production IDs given first (keys name productions by them),
 * then the due list from the one planner (src/domain/reminders), the tabs, `Journal` and the claimed
 * keys read once under the document lock; the rest — quota, claims, one MailApp call per e-mail,
 * outcomes — is the ledger's. Calls per run: a constant plus one per e-mail.
 */
import { todayInParis } from '../domain/dates';
import { messages } from '../domain/messages';
import { planReminders, type DueReminder, type ReminderPlan } from '../domain/reminders/plan';
import { reminderInputFromWorkbook } from '../workbook/reminders';
import { bool, text, type Cell } from '../workbook/cells';
import { setting } from '../workbook/cohort';
import {
  ATTENDANCE_TAB,
  CANDIDATES_TAB,
  DOCUMENTS_TAB,
  JOURNAL_TAB,
  JURY_TAB,
  PRODUCTIONS_TAB,
  REMINDERS_TAB,
  SESSIONS_TAB,
  SETTING_KEYS,
  SETTINGS_TAB,
  THESES_TAB,
} from '../workbook/schema';
import { readJournal } from '../gas/journal';
import { openKeyStore, type KeyStore } from '../gas/key-store';
import { readTab } from '../gas/spreadsheet';
import type { CohortContext } from './context';
import { calendarAttachments, type CalendarSender } from './defences/jury-mail';
import { assignProductionIds, assignProductionIdsLocked } from './production-ids';
import type { EnsureReport } from './documents/ensure';
import { carryingRun, type CarryingRun } from './reminder-documents';
import { sendOnce, type KeyedMail, type LedgerWords } from './send-once';

const M = messages.reminders;

// `Jury` (optional) gives the members' addresses of `avant une journée de soutenances`; `Documents` the PDFs reminders carry.
const PLANNER_TABS = [CANDIDATES_TAB, SESSIONS_TAB, ATTENDANCE_TAB, THESES_TAB, REMINDERS_TAB, DOCUMENTS_TAB, JURY_TAB];

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
  /** Left due because the document they carry is not `Créé` yet (not made in time, or in `Erreur`). */
  waitingForDocument: number;
  summary: string;
}

/** How reminders name their `Journal` rows. */
export const REMINDER_WORDS: LedgerWords = {
  inProgress: M.actionInProgress,
  sent: M.actionSent,
  notSent: M.actionNotSent,
  restored: M.actionRestored,
  deferred: M.actionDeferred,
  inProgressDetail: (m) => M.inProgressDetail(m.to),
  sentDetail: (m) => M.sentDetail(m.to),
  notSentDetail: M.notSentDetail,
  unknownDetail: M.unknownDetail,
  restoredDetail: M.restoredDetail,
  deferredDetail: M.deferredDetail,
};

const targetOf = (r: DueReminder) => (r.targetId ? `${r.targetId} · ${r.targetLabel}` : r.targetLabel);

const mailOf = (r: DueReminder, attach: CarryingRun['attach']): KeyedMail => ({
  key: r.key,
  to: r.to,
  subject: r.subject,
  body: r.body,
  html: r.html,
  target: targetOf(r),
  ...(r.document && { attachments: () => attach(r.document!) }),
});

/** A jury day's e-mail gets its `.ics` files (jury-mail.ts), after any PDF it carries; every other one goes as it is. */
function withCalendar(mail: KeyedMail, r: DueReminder, sender: CalendarSender): KeyedMail {
  const calendarFiles = calendarAttachments(r, sender);
  if (!calendarFiles) return mail;
  const carried = mail.attachments;
  return { ...mail, attachments: () => [...(carried?.() ?? []), ...calendarFiles()] };
}

/**
 * Sends the reminders due today (the trigger, « Envoyer maintenant ») through the ledger
 * (send-once.ts): first the documents they carry are made (reminder-documents.ts), then each goes
 * with its PDF; one whose document is not `Créé` waits. `by` is who the run is for (its `Journal`
 * rows, the documents' claims). Throws only before anything is claimed.
 */
export function sendDueReminders(cohort: CohortContext, by: string): SendReport {
  const carrying = carryingRun(cohort, by);
  const sender = {
    name: text(setting(cohort.settings, SETTING_KEYS.senderName)),
    replyTo: text(setting(cohort.settings, SETTING_KEYS.replyTo)),
  };
  const calendar = { ss: cohort.ss, organizer: sender.replyTo || by };
  const result = sendOnce<ReminderPlan>({
    ss: cohort.ss,
    by,
    words: REMINDER_WORDS,
    sender,
    startedMs: Date.now(),
    first: () => carrying.make(planFromSheet(cohort).plan.reminders),
    prepare: () => {
      // Production IDs first (keys name productions by them), then the planner's tabs.
      const tabs = readPlannerTabs(cohort, assignProductionIdsLocked(cohort.ss).values);
      return ({ journal, store }) => {
        tabs.set(JOURNAL_TAB.name, journal);
        const plan = planReminders(reminderInputFromWorkbook(tabs, todayInParis(new Date()), cohort.profile, store.keys));
        return { plan, mails: carrying.ready(plan.reminders).map((r) => withCalendar(mailOf(r, carrying.attach), r, calendar)) };
      };
    },
  });
  if (!result)
    return { busy: true, due: 0, sent: 0, deferredByQuota: 0, notSent: 0, toCheck: 0, problems: 0, waitingForDocument: 0, summary: M.busy };
  const counts = { sent: result.count('sent'), deferredByQuota: result.deferredByQuota, notSent: result.count('notSent') };
  return report(result.plan, { ...counts, toCheck: result.count('unknown'), waitingForDocument: carrying.waiting() }, carrying.documents());
}

type Counts = Pick<SendReport, 'sent' | 'deferredByQuota' | 'notSent' | 'toCheck' | 'waitingForDocument'>;

function report(plan: ReminderPlan, c: Counts, documents: EnsureReport): SendReport {
  const due = plan.reminders.length;
  const summary = [
    M.runSummary(due, c.sent, c.deferredByQuota, c.notSent, c.toCheck, plan.problems.length),
    ...(documents.made ? [M.documentsMade(documents.made)] : []),
    ...(c.waitingForDocument ? [M.documentsWaiting(c.waitingForDocument)] : []),
    ...documents.problems,
  ].join(' ; ');
  return { busy: false, due, ...c, problems: plan.problems.length, summary };
}

/** The daily trigger: sends only when `Relances automatiques` is ticked. */
export function dailyReminders(cohort: CohortContext, by: string): string {
  if (!automaticSending(cohort)) return M.automaticOff;
  return sendDueReminders(cohort, by).summary;
}

export function automaticSending(cohort: CohortContext): boolean {
  return bool(setting(cohort.settings, SETTING_KEYS.automaticReminders));
}
