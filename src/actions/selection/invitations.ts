/**
 * Interview invitations (workbook.md › Selection): the preview of what is due, and « Envoyer »
 * through the one ledger of every e-mail (send-once.ts `sendOnce`): the tabs read under the
 * document lock, the plan made from `Journal` and the claimed keys alone, each invitation's record
 * (SEQUENCE, link, day) claimed with its key, the `.ics` made just before its send, then the
 * `Invitation` cells written by `Créneau` on `Entretiens` read afresh. Calls: a constant plus one per e-mail.
 */
import { todayInParis } from '../../domain/dates';
import type { InvitationLedger } from '../../domain/selection/invitation-history';
import { renderInvitation, type InvitationMail, type InvitationMailContext } from '../../domain/selection/invitation-mail';
import { readRecords, recordProperties } from '../../domain/selection/invitation-records';
import type { InvitationPlan } from '../../domain/selection/invitations';
import { parseInterviewKey } from '../../domain/keys';
import { textAttachment } from '../../gas/mail';
import { spreadsheetId } from '../../gas/spreadsheet';
import { SETTING_KEYS } from '../../workbook/schema';
import type { CohortContext } from '../context';
import { sendOnce, type KeyedMail } from '../send-once';
import { doneKeys, readLedgerNow, selectionLedgerWords, senderOf, sendingSummary, settingText, type LedgerView } from './sending';
import { planFromSheet, writeInvitationCells } from './invitation-cells';
import { selectionOf, type SelectionSheet } from './sheet';

export interface InvitationPreview {
  plan: InvitationPlan;
  mails: InvitationMail[];
}

/** The ledger as the planner reads it: every interview key done, with what its claim recorded. */
export function invitationLedger(ledger: LedgerView): InvitationLedger {
  return { done: doneKeys(ledger, (k) => parseInterviewKey(k) !== undefined), records: readRecords(ledger.store.properties) };
}

/** Who sends and how: read before `Journal` (a Google call: never between reading it and the claims). */
function mailContext(cohort: CohortContext, by: string): InvitationMailContext {
  const senderName = settingText(cohort, SETTING_KEYS.senderName);
  return {
    spreadsheetId: spreadsheetId(cohort.ss),
    organizer: { email: by, ...(senderName && { name: senderName }) },
    stamp: new Date(),
    senderName,
    contact: settingText(cohort, SETTING_KEYS.contact),
  };
}

/** Computation only: the plan and each message rendered. */
function render(sheet: SelectionSheet, ledger: InvitationLedger, context: InvitationMailContext): InvitationPreview {
  const plan = planFromSheet(sheet, ledger, context.stamp);
  return { plan, mails: plan.due.map((d) => renderInvitation(d, context)) };
}

/** What « Envoyer » would send now (the sidebar's preview); reads only. */
export function previewInvitations(cohort: CohortContext, by: string, sheet = selectionOf(cohort)): InvitationPreview {
  return render(sheet, invitationLedger(readLedgerNow(cohort.ss)), mailContext(cohort, by));
}

const keyedMail = (m: InvitationMail): KeyedMail => ({
  key: m.key,
  to: m.to,
  cc: m.cc,
  subject: m.subject,
  body: m.body,
  target: m.target,
  attachments: () => [textAttachment(m.ics, `text/calendar; charset=UTF-8; method=${m.method}`, 'invitation.ics')],
});

/** The ledger after a send: the keys that went (or may have) added, with what their claims recorded. */
function ledgerAfter(ledger: InvitationLedger, mails: readonly InvitationMail[], went: ReadonlySet<string>): InvitationLedger {
  const records = new Map(ledger.records);
  const day = todayInParis();
  for (const m of mails) if (went.has(m.key)) records.set(m.key, { sequence: m.sequence, link: m.link, day });
  return { done: [...ledger.done, ...went], records };
}

/** « Envoyer les invitations »: every invitation due, once per key; the French summary. */
export function sendInvitations(cohort: CohortContext, by: string): string {
  let planned: { ledger: InvitationLedger; preview: InvitationPreview } | undefined;
  const result = sendOnce<InvitationPreview>({
    ss: cohort.ss,
    by,
    words: selectionLedgerWords('invitation'),
    startedMs: Date.now(),
    sender: senderOf(cohort),
    prepare: () => {
      const sheet = selectionOf(cohort);
      const context = mailContext(cohort, by);
      return (read) => {
        const ledger = invitationLedger(read);
        const preview = render(sheet, ledger, context);
        planned = { ledger, preview };
        return { plan: preview, mails: preview.mails.map(keyedMail) };
      };
    },
    // The SEQUENCE, link and day land with the keys, in the same write (or not at all).
    claimProperties: (claimed) => {
      const keys = new Set(claimed.map((m) => m.key));
      return recordProperties(
        planned!.preview.mails.filter((m) => keys.has(m.key)),
        todayInParis(),
      );
    },
    recordLocked: (claimed, outcomes) => {
      // What calendars were told: keys sent, or of unknown outcome (never resent), join the ledger.
      const went = new Set(claimed.filter((_, i) => outcomes[i] !== 'notSent').map((m) => m.key));
      writeInvitationCells(selectionOf(cohort), ledgerAfter(planned!.ledger, planned!.preview.mails, went));
    },
  });
  return sendingSummary(result);
}
