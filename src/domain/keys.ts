/**
 * Every idempotence key the product writes into `Journal` (workbook.md › `Journal`, `Relances`):
 * built here only, from identities the product assigns or that never change once sent (candidate
 * and production IDs, session IDs, a rule's `Quand` and `Jours`, a day), never from text staff
 * correct (a rule's name, a production's or a session's title).
 */
import type { Day } from './dates';
import type { HalfDay } from './vocabulary';

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
  return ['relance', `${SCHEDULE_SLUGS[when]}-${days}`, ...ids].join(':');
}

/**
 * The key the product wrote before keys were built from the schedule (`relance:<Règle>:…`, with a
 * production named by its text): found in `Journal`, it counts as sent for the same target.
 */
export function legacyReminderKey(ruleId: string, ...parts: readonly string[]): string {
  return ['relance', ruleId, ...parts].join(':');
}

/** `matin` / `apres-midi`, in keys and file names. */
export const HALF_DAY_SLUGS: Readonly<Record<HalfDay, string>> = { Matin: 'matin', 'Après-midi': 'apres-midi' };

/** `presences:<séance>:<AAAA-MM-JJ>:<matin|apres-midi>`: one attendance save of a half-day. */
export function attendanceSaveKey(sessionId: string, day: Day, halfDay: HalfDay): string {
  return `presences:${sessionId}:${day}:${HALF_DAY_SLUGS[halfDay]}`;
}

/** Keys of e-mails: sent at most once, remembered outside the Sheet too (see key-store.ts). */
const EMAIL_KEY = /^(relance|entretien|decision):/;

export function isEmailKey(key: string): boolean {
  return EMAIL_KEY.test(key);
}

/** The `Documents` register's keys (workbook.md › `Documents`), one builder per type. */
export const documentKeys = {
  convocation: (sessionId: string, learnerId: string) => `document:convocation:${sessionId}:${learnerId}`,
  emargement: (sessionId: string, day: Day, halfDay: HalfDay) => `document:emargement:${sessionId}:${day}:${HALF_DAY_SLUGS[halfDay]}`,
  attestationPresence: (sessionId: string, learnerId: string) => `document:attestation-presence:${sessionId}:${learnerId}`,
  attestationFin: (learnerId: string) => `document:attestation-fin:${learnerId}`,
  convocationSoutenance: (learnerId: string) => `document:convocation-soutenance:${learnerId}`,
  pvSoutenance: (learnerId: string) => `document:pv-soutenance:${learnerId}`,
} as const;
