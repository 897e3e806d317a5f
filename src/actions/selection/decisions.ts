/**
 * Decision letters (workbook.md › Selection): previewed, sent on « Envoyer les décisions » through the
 * one ledger (send-once.ts), once per decision key (keys.ts decisionKey), each with its « Décision de
 * sélection » PDF as the reminders carry theirs (reminder-documents.ts): the documents due are made
 * first, then each letter goes with its own; a letter whose document is not `Créé` waits.
 * Calls: a constant plus one per document made and two per e-mail (its PDF, its send).
 */
import { isDecisionKey } from '../../domain/keys';
import { messages } from '../../domain/messages';
import { planDecisions, type DecisionMail, type DecisionPlan } from '../../domain/selection/decisions';
import type { SessionRow } from '../../domain/rows';
import type { RegisterEntry } from '../../domain/reminders/types';
import { readTab } from '../../gas/spreadsheet';
import { readSessions } from '../../workbook/cohort';
import { readRegisterEntries } from '../../workbook/reminders';
import { DOCUMENTS_TAB, SESSIONS_TAB, SETTING_KEYS } from '../../workbook/schema';
import { readTable } from '../../workbook/table';
import { selectionOf, type SelectionSheet } from './sheet';
import { doneKeys, readLedgerNow, selectionLedgerWords, senderOf, sendingSummary, settingText, type LedgerView } from './sending';
import { carryingRun, type CarryingRun } from '../reminder-documents';
import { sendOnce, type KeyedMail } from '../send-once';
import type { CohortContext } from '../context';

interface DecisionSheet {
  selection: SelectionSheet;
  sessions: SessionRow[];
  documents: Map<string, RegisterEntry>;
}

/** The tabs the letters need (the launch seminar from `Séances`, the `Documents` register), read before `Journal`. */
function readDecisionSheet(cohort: CohortContext, selection = selectionOf(cohort)): DecisionSheet {
  const sessions = readTab(cohort.ss, SESSIONS_TAB.name);
  return {
    selection,
    sessions: sessions ? readSessions(readTable(sessions.values, SESSIONS_TAB)) : [],
    documents: readRegisterEntries(readTab(cohort.ss, DOCUMENTS_TAB.name)?.values),
  };
}

function plan(cohort: CohortContext, sheet: DecisionSheet, ledger: LedgerView): DecisionPlan {
  const done = new Set(doneKeys(ledger, isDecisionKey));
  return planDecisions({
    candidates: sheet.selection.input.candidates,
    sessions: sheet.sessions,
    isDone: (key) => done.has(key),
    documents: sheet.documents,
    senderName: settingText(cohort, SETTING_KEYS.senderName),
    contact: settingText(cohort, SETTING_KEYS.contact),
  });
}

/** What « Envoyer les décisions » would send now (a document not made yet is made first); reads only. */
export function previewDecisions(cohort: CohortContext, selection = selectionOf(cohort)): DecisionPlan {
  const sheet = readDecisionSheet(cohort, selection);
  return plan(cohort, sheet, readLedgerNow(cohort.ss));
}

const keyedMail = (m: DecisionMail, attach: CarryingRun['attach']): KeyedMail => ({
  key: m.key,
  to: m.to,
  subject: m.subject,
  body: m.body,
  target: m.target,
  attachments: () => attach(m.document),
});

/** « Envoyer les décisions »: the documents due made, then every letter ready, once per key; the French summary. */
export function sendDecisions(cohort: CohortContext, by: string): string {
  const carrying = carryingRun(cohort, by);
  const result = sendOnce<DecisionPlan>({
    ss: cohort.ss,
    by,
    words: selectionLedgerWords('decision'),
    sender: senderOf(cohort),
    startedMs: Date.now(),
    first: () => carrying.make(previewDecisions(cohort).due),
    prepare: () => {
      const readSheet = readDecisionSheet(cohort);
      return (ledger) => {
        const decisions = plan(cohort, readSheet, ledger);
        return { plan: decisions, mails: carrying.ready(decisions.due).map((m) => keyedMail(m, carrying.attach)) };
      };
    },
  });
  if (!result) return sendingSummary(result);
  const W = messages.selectionMail.decision;
  const { made, problems } = carrying.documents();
  const waiting = carrying.waiting();
  return [
    sendingSummary(result),
    ...(made ? [W.documentsMade(made)] : []),
    ...(waiting ? [W.documentsWaiting(waiting)] : []),
    ...problems,
  ].join(' ');
}
