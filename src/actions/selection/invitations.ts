/**
 * Interview invitations (workbook.md › Selection): the preview of what is due, and « Envoyer »
 * through the one ledger of every e-mail (send-once.ts `sendOnce`): the tabs read under the
 * document lock, the plan made from `Journal` and the claimed keys alone, each invitation's record
 * (SEQUENCE, link, day) claimed with its key, the `.ics` made just before its send, then the
 * `Invitation` cells written by `Créneau` on `Entretiens` read afresh. Calls: a constant plus one per e-mail.
 */
import { todayInParis } from '../../domain/dates';
import { messages } from '../../domain/messages';
import type { InvitationLedger } from '../../domain/selection/invitation-history';
import { renderInvitation, type InvitationMail } from '../../domain/selection/invitation-mail';
import { readRecords, recordProperties } from '../../domain/selection/invitation-records';
import type { InvitationPlan } from '../../domain/selection/invitations';
import { parseInterviewKey } from '../../domain/keys';
import { sentKeys, type SentKeys } from '../../domain/sent-keys';
import { readJournal } from '../../gas/journal';
import { openKeyStore } from '../../gas/key-store';
import { textAttachment } from '../../gas/mail';
import { spreadsheetId } from '../../gas/spreadsheet';
import { text } from '../../workbook/cells';
import { setting } from '../../workbook/cohort';
import { readJournalLines } from '../../workbook/journal';
import { SETTING_KEYS } from '../../workbook/schema';
import type { CohortContext } from '../context';
import { sendOnce, type KeyedMail, type LedgerWords } from '../send-once';
import { planFromSheet, writeInvitationCells } from './invitation-cells';
import { selectionOf, type SelectionSheet } from './sheet';

const W = messages.selectionMail.journal;

/** How invitations name their `Journal` rows (« Invitation en cours », « … envoyée »…). */
export const INVITATION_WORDS: LedgerWords = {
  inProgress: W.invitation.inProgress,
  sent: W.invitation.sent,
  notSent: W.invitation.notSent,
  restored: messages.reminders.actionRestored,
  deferred: W.invitation.deferred,
  inProgressDetail: (m) => W.inProgressDetail(m.to, m.cc ?? []),
  sentDetail: (m) => W.sentDetail(m.to, m.cc ?? []),
  notSentDetail: W.notSentDetail,
  unknownDetail: W.unknownDetail,
  restoredDetail: messages.reminders.restoredDetail,
  deferredDetail: W.invitation.deferredDetail,
};

export interface InvitationPreview {
  plan: InvitationPlan;
  mails: InvitationMail[];
}

/** The ledger as the planner reads it: every interview key done, with what its claim recorded. */
function invitationLedger(
  sent: SentKeys,
  journalKeys: Iterable<string>,
  store: { keys: ReadonlySet<string>; properties: Readonly<Record<string, string>> },
): InvitationLedger {
  const done = [...new Set([...journalKeys, ...store.keys])].filter((k) => parseInterviewKey(k) !== undefined && sent.isDone(k));
  return { done, records: readRecords(store.properties) };
}

function render(cohort: CohortContext, by: string, sheet: SelectionSheet, ledger: InvitationLedger): InvitationPreview {
  const now = new Date();
  const plan = planFromSheet(sheet, ledger, now);
  const senderName = text(setting(cohort.settings, SETTING_KEYS.senderName));
  const ctx = {
    spreadsheetId: spreadsheetId(cohort.ss),
    organizer: { email: by, ...(senderName && { name: senderName }) },
    stamp: now,
    senderName,
    contact: text(setting(cohort.settings, SETTING_KEYS.contact)),
  };
  return { plan, mails: plan.due.map((d) => renderInvitation(d, ctx)) };
}

/** What « Envoyer » would send now (the sidebar's preview); reads only. */
export function previewInvitations(cohort: CohortContext, by: string, sheet = selectionOf(cohort)): InvitationPreview {
  const store = openKeyStore();
  const lines = readJournalLines(readJournal(cohort.ss));
  const ledger = invitationLedger(
    sentKeys(lines, store.keys),
    lines.map((l) => l.key),
    store,
  );
  return render(cohort, by, sheet, ledger);
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

export interface InvitationSendReport {
  busy: boolean;
  sent: number;
  notSent: number;
  toCheck: number;
  deferredByQuota: number;
  summary: string;
}

/** The ledger after a send: the keys that went (or may have) added, with what their claims recorded. */
function ledgerAfter(ledger: InvitationLedger, mails: readonly InvitationMail[], went: ReadonlySet<string>): InvitationLedger {
  const records = new Map(ledger.records);
  const day = todayInParis();
  for (const m of mails) if (went.has(m.key)) records.set(m.key, { sequence: m.sequence, link: m.link, day });
  return { done: [...ledger.done, ...went], records };
}

/** `Nom de l'expéditeur` and `Adresse de réponse`. */
export function senderOf(cohort: CohortContext): { name: string; replyTo: string } {
  const value = (key: string) => text(setting(cohort.settings, key));
  return { name: value(SETTING_KEYS.senderName), replyTo: value(SETTING_KEYS.replyTo) };
}

/** « Envoyer »: every invitation due, once per key. */
export function sendInvitations(cohort: CohortContext, by: string): InvitationSendReport {
  let sheet: SelectionSheet | undefined;
  let planned: { ledger: InvitationLedger; preview: InvitationPreview } | undefined;
  const result = sendOnce<InvitationPreview>({
    ss: cohort.ss,
    by,
    words: INVITATION_WORDS,
    startedMs: Date.now(),
    sender: senderOf(cohort),
    prepare: () => {
      sheet = selectionOf(cohort);
      return ({ lines, sent, store }) => {
        const ledger = invitationLedger(
          sent,
          lines.map((l) => l.key),
          store,
        );
        const preview = render(cohort, by, sheet!, ledger);
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
      writeInvitationCells(cohort, ledgerAfter(planned!.ledger, planned!.preview.mails, went));
    },
  });
  if (!result) return { busy: true, sent: 0, notSent: 0, toCheck: 0, deferredByQuota: 0, summary: messages.selectionMail.busy };
  const sent = result.count('sent');
  const notSent = result.count('notSent') + result.deferredByQuota;
  const toCheck = result.count('unknown');
  return {
    busy: false,
    sent,
    notSent,
    toCheck,
    deferredByQuota: result.deferredByQuota,
    summary: messages.selectionMail.summary(sent, notSent, toCheck),
  };
}
