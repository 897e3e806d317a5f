/**
 * Every idempotence key the product writes into `Journal` (workbook.md › `Journal`, `Relances`):
 * built here only, from identities the product assigns or that never change once sent (candidate
 * and production IDs, session IDs, a rule's `Quand` and `Jours`, a day), never from text staff
 * correct (a rule's name, a production's or a session's title).
 */
import { formatClockIso, type Day } from './dates';
import type { CandidateStatus, DecisionStatus, HalfDay } from './vocabulary';

/** Every `Quand` of the contract, and the schedule slug its keys start with (`Jours` appended). */
export const SCHEDULE_SLUGS = {
  'avant la date limite de candidature': 'candidature',
  'avant une séance': 'seance',
  'après une séance': 'apres-seance',
  "avant l'échéance d'une production": 'production',
  "après l'échéance d'une production": 'production-retard',
  'avant la date limite du mémoire': 'memoire',
  'avant une soutenance': 'soutenance',
  'avant une journée de soutenances': 'jury',
  'fin de formation': 'fin',
  'chaque lundi': 'lundi',
} as const;
export type Schedule = keyof typeof SCHEDULE_SLUGS;

/**
 * `relance:<slug>-<Jours>:<ids…>`: two rules with the same `Quand` and `Jours` share their keys
 * (the planner refuses the second), renaming a rule or fixing its text sends nothing again.
 */
export function reminderKey(when: Schedule, days: number, ...ids: readonly string[]): string {
  return REMINDER_PREFIX + [`${SCHEDULE_SLUGS[when]}-${days}`, ...ids].join(':');
}

/**
 * The key the product wrote before keys were built from the schedule (`relance:<Règle>:…`, with a
 * production named by its text): found in `Journal`, it counts as sent for the same target.
 */
export function legacyReminderKey(ruleId: string, ...parts: readonly string[]): string {
  return REMINDER_PREFIX + [ruleId, ...parts].join(':');
}

const REMINDER_PREFIX = 'relance:';
const SCHEDULE_BY_SLUG = new Map<string, Schedule>(Object.entries(SCHEDULE_SLUGS).map(([when, slug]) => [slug, when as Schedule]));

export function isReminderKey(key: string): boolean {
  return key.startsWith(REMINDER_PREFIX);
}

/**
 * A reminder key read back: its schedule segment (`seance-7`, or a legacy key's rule name) and, when
 * the segment is a current schedule, the `Quand` and `Jours` it was built from.
 */
export function reminderKeySchedule(key: string): { segment: string; when?: Schedule; days?: number } {
  const segment = key.split(':')[1] ?? '';
  const m = /^(.*)-(\d+)$/.exec(segment);
  const when = m ? SCHEDULE_BY_SLUG.get(m[1]!) : undefined;
  return when ? { segment, when, days: Number(m![2]) } : { segment };
}

/** `matin` / `apres-midi`, in keys and file names. */
export const HALF_DAY_SLUGS: Readonly<Record<HalfDay, string>> = { Matin: 'matin', 'Après-midi': 'apres-midi' };

/** `presences:<séance>:<AAAA-MM-JJ>:<matin|apres-midi>`: one attendance save of a half-day. */
export function attendanceSaveKey(sessionId: string, day: Day, halfDay: HalfDay): string {
  return `presences:${sessionId}:${day}:${HALF_DAY_SLUGS[halfDay]}`;
}

/**
 * A `Statut` in keys and file names: lower case, accents dropped, spaces and apostrophes as `-`
 * (`Retenu` → `retenu`, `Liste d'attente` → `liste-d-attente`, `Refusé` → `refuse`). Typed to the
 * list: a key is built from the list value, never from the text as staff typed it.
 */
export function statusSlug(status: CandidateStatus): string {
  return status
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’]/g, '-');
}

/**
 * `entretien:<ID candidat>:<Créneau>:<AAAA-MM-JJTHH:MM>`: the invitation of a candidate to a slot at a
 * time. The same slot at the same time is never sent twice; a moved slot is a new key (a new
 * invitation, same UID, higher SEQUENCE).
 */
export function interviewKey(candidateId: string, slotId: string, day: Day, startMinutes: number): string {
  return `entretien:${candidateId}:${slotId}:${day}T${formatClockIso(startMinutes)}`;
}

/**
 * A later message about an invitation whose key was already used, carrying the SEQUENCE it goes out
 * with (unique per slot, as sequences only grow): `…:<n>` re-sends the invitation at that time (its
 * link changed, it moved back to a time already sent, the candidate came back after a cancellation),
 * `…:annulation-<n>` cancels it (the candidate taken off the slot).
 */
export function interviewRevisionKey(candidateId: string, slotId: string, day: Day, startMinutes: number, sequence: number): string {
  return `${interviewKey(candidateId, slotId, day, startMinutes)}:${sequence}`;
}

export function interviewCancelKey(candidateId: string, slotId: string, day: Day, startMinutes: number, sequence: number): string {
  return `${interviewKey(candidateId, slotId, day, startMinutes)}:annulation-${sequence}`;
}

const INTERVIEW_KEY = /^entretien:([^:]+):([^:]+):(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d+)|:annulation-(\d+))?$/;

export interface InterviewKeyParts {
  candidateId: string;
  slotId: string;
  day: Day;
  /** Minutes since midnight, Paris time. */
  start: number;
  /** The SEQUENCE a revision or a cancellation carries; absent from the first key of a time. */
  sequence?: number;
  cancel: boolean;
}

/** An invitation key read back (from `Journal` or the claimed-keys store); undefined for any other key. */
export function parseInterviewKey(key: string): InterviewKeyParts | undefined {
  const m = INTERVIEW_KEY.exec(key);
  if (!m) return undefined;
  const sequence = m[6] ?? m[7];
  return {
    candidateId: m[1]!,
    slotId: m[2]!,
    day: m[3]!,
    start: Number(m[4]) * 60 + Number(m[5]),
    ...(sequence !== undefined && { sequence: Number(sequence) }),
    cancel: m[7] !== undefined,
  };
}

/** `decision:<ID>:<Statut slug>`: one decision letter per candidate and decision; a changed decision is a new key. */
export function decisionKey(candidateId: string, status: DecisionStatus): string {
  return `decision:${candidateId}:${statusSlug(status)}`;
}

const DECISION_KEY = /^decision:[^:]+:[a-z-]+$/;

/** A decision letter's key read back (from `Journal` or the claimed-keys store). */
export function isDecisionKey(key: string): boolean {
  return DECISION_KEY.test(key);
}

/** `document:decision:<ID>:<Statut slug>`: the « Décision de sélection » in the `Documents` register. */
export function decisionDocumentKey(candidateId: string, status: DecisionStatus): string {
  return `${DOCUMENT_KEY_PREFIX}decision:${candidateId}:${statusSlug(status)}`;
}

/** What any key looks like (`relance:…`, `document:…`, `presences:…`): a kind, a colon, the rest. */
const KEY_SHAPE = /^[a-z][a-z-]*:\S/;

export function looksLikeKey(text: string): boolean {
  return KEY_SHAPE.test(text);
}

/** Keys of e-mails: sent at most once, remembered outside the Sheet too (see key-store.ts). */
const EMAIL_KEY = /^(relance|entretien|decision):/;

export function isEmailKey(key: string): boolean {
  return EMAIL_KEY.test(key);
}

/** Every key of the `Documents` register starts so; a row with another key is none of the product's. */
export const DOCUMENT_KEY_PREFIX = 'document:';

export function isDocumentKey(key: string): boolean {
  return key.startsWith(DOCUMENT_KEY_PREFIX);
}

/** The `Documents` register's keys (workbook.md › `Documents`), one builder per type. */
export const documentKeys = {
  convocation: (sessionId: string, learnerId: string) => `${DOCUMENT_KEY_PREFIX}convocation:${sessionId}:${learnerId}`,
  emargement: (sessionId: string, day: Day, halfDay: HalfDay) =>
    `${DOCUMENT_KEY_PREFIX}emargement:${sessionId}:${day}:${HALF_DAY_SLUGS[halfDay]}`,
  attestationPresence: (sessionId: string, learnerId: string) => `${DOCUMENT_KEY_PREFIX}attestation-presence:${sessionId}:${learnerId}`,
  attestationFin: (learnerId: string) => `${DOCUMENT_KEY_PREFIX}attestation-fin:${learnerId}`,
  convocationSoutenance: (learnerId: string) => `${DOCUMENT_KEY_PREFIX}convocation-soutenance:${learnerId}`,
  pvSoutenance: (learnerId: string) => `${DOCUMENT_KEY_PREFIX}pv-soutenance:${learnerId}`,
  decision: decisionDocumentKey,
} as const;

/** What a learner's document key names (the inverse of documentKeys for the documents a reminder carries). */
export interface LearnerDocumentRef {
  /** The key's type segment (`convocation`, `attestation-presence`, `attestation-fin`, `convocation-soutenance`…). */
  kind: string;
  /** '' for a type that belongs to no session. */
  sessionId: string;
  learnerId: string;
}

const SESSION_DOCUMENTS = new Set(['convocation', 'attestation-presence']);
const LEARNER_DOCUMENTS = new Set(['attestation-fin', 'convocation-soutenance', 'pv-soutenance']);

/**
 * A learner's document key read back: `document:<type>:<séance>:<ID>`, `document:<type>:<ID>`, or
 * `document:decision:<ID>:<Statut slug>` (the candidate's ID; the slug only tells decisions apart).
 * The learner ID is the last segment (but a decision's); a session ID may hold a colon. Undefined for
 * any other key (an ID typed with a colon reads wrong here: no job then matches the key, so nothing is
 * made for it).
 */
export function learnerDocumentOf(key: string): LearnerDocumentRef | undefined {
  if (!isDocumentKey(key)) return undefined;
  const rest = key.slice(DOCUMENT_KEY_PREFIX.length);
  const kind = rest.slice(0, rest.indexOf(':'));
  const tail = rest.slice(kind.length + 1);
  const cut = tail.lastIndexOf(':');
  if (SESSION_DOCUMENTS.has(kind) && cut > 0 && cut < tail.length - 1)
    return { kind, sessionId: tail.slice(0, cut), learnerId: tail.slice(cut + 1) };
  if (LEARNER_DOCUMENTS.has(kind) && tail && cut === -1) return { kind, sessionId: '', learnerId: tail };
  if (kind === 'decision' && cut > 0 && /^[a-z-]+$/.test(tail.slice(cut + 1)))
    return { kind, sessionId: '', learnerId: tail.slice(0, cut) };
  return undefined;
}

/**
 * A soutenance's calendar event (`UID` of the `.ics` a jury member receives): the learner's ID and
 * day, within the cohort's spreadsheet, so the event is the same whatever staff correct in its text.
 */
export function defenceEventUid(learnerId: string, day: Day, spreadsheetId: string): string {
  return `soutenance-${learnerId.trim()}-${day}@${spreadsheetId}`;
}
