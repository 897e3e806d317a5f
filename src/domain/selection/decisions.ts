/**
 * The decision letters due (workbook.md › Selection): one e-mail per candidate and decision, key
 * keys.ts decisionKey (ID and Statut slug), for every candidate whose `Statut` is Retenu, Liste d'attente or
 * Refusé; a decision changed after sending is a new key, so the new one goes. Each letter carries its
 * « Décision de sélection » (keys.ts documentKeys.decision, same ID and slug), as the `Documents`
 * register holds it now. Pure and stable: with the same ledger the same keys come back; once done,
 * nothing is due.
 */
import { idKey, isEmail } from '../candidates';
import { formatDayLongFr } from '../dates';
import { decisionKey, documentKeys } from '../keys';
import { messages } from '../messages';
import { fullName } from '../names';
import { carriedDocument, FAILED, type CarriedDocument } from '../reminders/attachments';
import type { RegisterEntry } from '../reminders/types';
import type { SessionRow } from '../rows';
import { DECISION_STATUSES, type DecisionStatus } from '../vocabulary';
import { canonicalStatus } from './pipeline';
import type { SelectionCandidate } from './types';

const W = messages.selectionMail;

export interface DecisionMail {
  key: string;
  status: DecisionStatus;
  candidateId: string;
  /** « C-0003 · Camille Martin »: `Cible` in `Journal`. */
  target: string;
  to: string[];
  subject: string;
  body: string;
  /** The « Décision de sélection » it carries: it goes once the register says `Créé`. */
  document: CarriedDocument;
}

export interface DecisionPlan {
  due: DecisionMail[];
  /** Why a letter is not sent (no address, its document in `Erreur`), in French. */
  notices: string[];
}

export interface DecisionInput {
  candidates: readonly SelectionCandidate[];
  sessions: readonly SessionRow[];
  isDone(key: string): boolean;
  /** The `Documents` register by `Clé`. */
  documents: ReadonlyMap<string, RegisterEntry>;
  senderName: string;
  contact: string;
}

/** « le jeudi 11 décembre 2025 à Beaune »: the first session of the calendar, or '' when none has a date. */
export function launchSeminar(sessions: readonly SessionRow[]): string {
  const first = sessions.filter((s) => s.start).sort((a, b) => a.start!.localeCompare(b.start!))[0];
  if (!first) return '';
  return `le ${formatDayLongFr(first.start!)}${first.place.trim() ? ` à ${first.place.trim()}` : ''}`;
}

export function planDecisions(input: DecisionInput): DecisionPlan {
  const plan: DecisionPlan = { due: [], notices: [] };
  const seen = new Set<string>();
  const seminar = launchSeminar(input.sessions);
  for (const c of input.candidates) {
    const status = canonicalStatus(c.status);
    if (!c.id || !status || !(DECISION_STATUSES as readonly string[]).includes(status) || seen.has(idKey(c.id))) continue;
    seen.add(idKey(c.id));
    const decision = status as DecisionStatus;
    const key = decisionKey(c.id, decision);
    if (input.isDone(key)) continue;
    const email = c.email.trim();
    if (!isEmail(email)) {
      plan.notices.push(messages.selection.notices.noAddress(c.id, email));
      continue;
    }
    const words = { greeting: W.greeting(c.civility, c.firstName, c.lastName), seminar, contact: input.contact, sender: input.senderName };
    const target = [c.id, fullName(c)].filter(Boolean).join(' · ');
    const documentKey = documentKeys.decision(c.id, decision);
    const document = carriedDocument(documentKey, input.documents.get(documentKey), '', fullName(c));
    if (document.state === FAILED) plan.notices.push(messages.selection.notices.documentFailed(target, document.detail));
    plan.due.push({
      key,
      status: decision,
      candidateId: c.id,
      target,
      to: [email],
      subject: W.decision.subject[decision],
      body: W.decision.body(words, W.decision.lead[decision], W.decision.nextStep[decision](seminar)),
      document,
    });
  }
  return plan;
}
