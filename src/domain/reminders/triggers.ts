/**
 * The reminder rules' vocabulary (workbook.md › `Relances`): the `Quand` values, the tags each one
 * may use, and the shape of a rule. Pure data and checks.
 */
import * as z from 'zod/mini';
import { SCHEDULE_SLUGS, type Schedule } from '../keys';

/** `Quand`, exactly as the contract spells it (the keys' schedules are the same list). */
export const REMINDER_TRIGGERS = Object.keys(SCHEDULE_SLUGS) as Schedule[];
export type ReminderTrigger = Schedule;

/** Every e-mail to a person may greet them, sign, and give the federation's contact. */
const PERSON_TAGS = ['civilite', 'prenom', 'nom', 'promo', 'federation', 'expediteur', 'contact'] as const;
const SESSION_TAGS = ['seance', 'date_seance', 'horaires', 'lieu', 'lien_document'] as const;

/** Tags meaningful for each `Quand`; any other tag makes the rule refused (workbook.md). */
export const TAGS_BY_TRIGGER: Readonly<Record<ReminderTrigger, readonly string[]>> = {
  'avant la date limite de candidature': [...PERSON_TAGS, 'date_limite', 'problemes'],
  'avant une séance': [...PERSON_TAGS, ...SESSION_TAGS],
  'après une séance': [...PERSON_TAGS, ...SESSION_TAGS],
  "avant l'échéance d'une production": [...PERSON_TAGS, 'production', 'echeance'],
  "après l'échéance d'une production": [...PERSON_TAGS, 'production', 'echeance'],
  'avant la date limite du mémoire': [...PERSON_TAGS, 'date_limite'],
  'avant une soutenance': [...PERSON_TAGS, 'date_soutenance', 'heure_soutenance', 'lieu', 'lien_document'],
  // A jury member: their name, the day, and their soutenances of that day ({{synthese}}).
  'avant une journée de soutenances': [
    'civilite',
    'nom',
    'promo',
    'federation',
    'expediteur',
    'contact',
    'date_soutenance',
    'lieu',
    'synthese',
  ],
  'fin de formation': [...PERSON_TAGS, 'lien_document'],
  // The digest goes to the team: no learner, so no person tags.
  'chaque lundi': ['promo', 'federation', 'expediteur', 'synthese'],
};

/** Rules whose reminders carry a document of the register (workbook.md › "Documents travel with their e-mail"). */
export const WITH_DOCUMENT: ReadonlySet<ReminderTrigger> = new Set([
  'avant une séance',
  'après une séance',
  'avant une soutenance',
  'fin de formation',
]);

/** Rules about a deposit: their e-mails say where (`Plateforme`). */
export const ABOUT_A_DEPOSIT: ReadonlySet<ReminderTrigger> = new Set([
  "avant l'échéance d'une production",
  "après l'échéance d'une production",
  'avant la date limite du mémoire',
]);

/** The tags of a text, in order of appearance (`{{ prenom }}` counts as `prenom`). */
export function tagsIn(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]!);
}

/** Tags of a rule's subject and message that its `Quand` does not allow, without repeats. */
export function disallowedTags(when: ReminderTrigger, subject: string, message: string): string[] {
  const allowed = new Set(TAGS_BY_TRIGGER[when]);
  return [...new Set([...tagsIn(subject), ...tagsIn(message)])].filter((t) => !allowed.has(t));
}

export const reminderRuleSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets')),
    active: z.boolean(),
    when: z.enum(REMINDER_TRIGGERS as [Schedule, ...Schedule[]]),
    days: z.int().check(z.gte(0)),
    subject: z.string().check(z.minLength(1)),
    message: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((r) => disallowedTags(r.when, r.subject, r.message).length === 0, {
      message: 'balise inconnue ou sans objet pour ce « Quand »',
      path: ['message'],
    }),
    // « fin de formation » is due any day the learner is eligible: no count of days.
    z.refine((r) => r.when !== 'fin de formation' || r.days === 0, {
      message: '« Jours » vaut 0 pour « fin de formation »',
      path: ['days'],
    }),
  );
export type ReminderRule = z.infer<typeof reminderRuleSchema>;
