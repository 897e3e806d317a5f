/**
 * Decision letters (workbook.md › Selection): previewed, sent on « Envoyer les décisions » through the
 * one ledger (send-once.ts), once per decision key (keys.ts decisionKey). The « Décision de sélection »
 * document is not attached yet: its kind belongs to the documents (issue 17); the e-mail carries the
 * decision and the next step itself. Calls: a constant plus one per e-mail.
 */
import { isDecisionKey } from '../../domain/keys';
import { planDecisions, type DecisionMail, type DecisionPlan } from '../../domain/selection/decisions';
import type { SessionRow } from '../../domain/rows';
import { readTab } from '../../gas/spreadsheet';
import { readSessions } from '../../workbook/cohort';
import { SESSIONS_TAB, SETTING_KEYS } from '../../workbook/schema';
import { readTable } from '../../workbook/table';
import { selectionOf, type SelectionSheet } from './sheet';
import { doneKeys, readLedgerNow, selectionLedgerWords, senderOf, sendingSummary, settingText, type LedgerView } from './sending';
import { sendOnce, type KeyedMail } from '../send-once';
import type { CohortContext } from '../context';

interface DecisionSheet {
  selection: SelectionSheet;
  sessions: SessionRow[];
}

/** The tabs the letters need (the launch seminar from `Séances`), read before `Journal`. */
function readDecisionSheet(cohort: CohortContext, selection = selectionOf(cohort)): DecisionSheet {
  const sessions = readTab(cohort.ss, SESSIONS_TAB.name);
  return { selection, sessions: sessions ? readSessions(readTable(sessions.values, SESSIONS_TAB)) : [] };
}

function plan(cohort: CohortContext, sheet: DecisionSheet, ledger: LedgerView): DecisionPlan {
  const done = new Set(doneKeys(ledger, isDecisionKey));
  return planDecisions({
    candidates: sheet.selection.input.candidates,
    sessions: sheet.sessions,
    isDone: (key) => done.has(key),
    senderName: settingText(cohort, SETTING_KEYS.senderName),
    contact: settingText(cohort, SETTING_KEYS.contact),
  });
}

/** What « Envoyer les décisions » would send now; reads only. */
export function previewDecisions(cohort: CohortContext, selection = selectionOf(cohort)): DecisionPlan {
  const sheet = readDecisionSheet(cohort, selection);
  return plan(cohort, sheet, readLedgerNow(cohort.ss));
}

const keyedMail = (m: DecisionMail): KeyedMail => ({ key: m.key, to: m.to, subject: m.subject, body: m.body, target: m.target });

/** « Envoyer les décisions »: every letter due, once per key; the French summary. */
export function sendDecisions(cohort: CohortContext, by: string): string {
  const result = sendOnce<DecisionPlan>({
    ss: cohort.ss,
    by,
    words: selectionLedgerWords('decision'),
    sender: senderOf(cohort),
    startedMs: Date.now(),
    prepare: () => {
      const readSheet = readDecisionSheet(cohort);
      return (ledger) => {
        const decisions = plan(cohort, readSheet, ledger);
        return { plan: decisions, mails: decisions.due.map(keyedMail) };
      };
    },
  });
  return sendingSummary(result);
}
