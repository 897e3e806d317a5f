/**
 * What the selection's two sendings (interview invitations, decision letters) share around the one
 * ledger (send-once.ts): the sender, the `Journal` words of each kind, the French summary of a run.
 */
import { messages } from '../../domain/messages';
import { sentKeys, type JournalLine, type SentKeys } from '../../domain/sent-keys';
import { readJournal } from '../../gas/journal';
import { openKeyStore, type KeyStore } from '../../gas/key-store';
import type { SpreadsheetHandle } from '../../gas/spreadsheet';
import { readJournalLines } from '../../workbook/journal';
import { text } from '../../workbook/cells';
import { setting } from '../../workbook/cohort';
import { SETTING_KEYS } from '../../workbook/schema';
import type { CohortContext } from '../context';
import type { LedgerWords, SendingResult } from '../send-once';

const W = messages.selectionMail.journal;

/** How invitations (« Invitation en cours »…) or decision letters (« Décision envoyée »…) name their `Journal` rows. */
export function selectionLedgerWords(kind: 'invitation' | 'decision'): LedgerWords {
  const words = W[kind];
  return {
    inProgress: words.inProgress,
    sent: words.sent,
    notSent: words.notSent,
    restored: messages.reminders.actionRestored,
    deferred: words.deferred,
    inProgressDetail: (m) => W.inProgressDetail(m.to, m.cc ?? []),
    sentDetail: (m) => W.sentDetail(m.to, m.cc ?? []),
    notSentDetail: W.notSentDetail,
    unknownDetail: W.unknownDetail,
    restoredDetail: messages.reminders.restoredDetail,
    deferredDetail: words.deferredDetail,
  };
}

/** A `Paramètres` value as text (`Nom de l'expéditeur`, `Contact`…). */
export function settingText(cohort: CohortContext, key: (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS]): string {
  return text(setting(cohort.settings, key));
}

/** `Nom de l'expéditeur` and `Adresse de réponse`. */
export function senderOf(cohort: CohortContext): { name: string; replyTo: string } {
  return { name: settingText(cohort, SETTING_KEYS.senderName), replyTo: settingText(cohort, SETTING_KEYS.replyTo) };
}

/** The ledger as a plan reads it: `Journal`'s lines and the claimed keys (and what claims recorded). */
export interface LedgerView {
  lines: readonly JournalLine[];
  sent: SentKeys;
  store: Pick<KeyStore, 'keys' | 'properties'>;
}

/** The ledger as it stands, for a preview (the sending reads it again under the lock). */
export function readLedgerNow(ss: SpreadsheetHandle): LedgerView {
  const store = openKeyStore();
  const lines = readJournalLines(readJournal(ss));
  return { lines, sent: sentKeys(lines, store.keys), store };
}

/** The keys done among those `Journal` and the store hold, that `keep` recognises. */
export function doneKeys(ledger: LedgerView, keep: (key: string) => boolean): string[] {
  const keys = new Set([...ledger.lines.map((l) => l.key), ...ledger.store.keys]);
  return [...keys].filter((k) => keep(k) && ledger.sent.isDone(k));
}

/** After « Envoyer »: what went, in French. */
export function sendingSummary<P>(result: SendingResult<P> | undefined): string {
  if (!result) return messages.selectionMail.busy;
  return messages.selectionMail.summary(result.count('sent'), result.count('notSent') + result.deferredByQuota, result.count('unknown'));
}
