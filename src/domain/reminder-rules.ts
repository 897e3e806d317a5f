/**
 * The reminder rules of workbook.md (`Relances`): the `Quand` vocabulary, the tags each one may use,
 * and the six default rules every profile carries (written into `Relances` by the set-up).
 * Pure data and checks: sending and rendering live elsewhere.
 */
import * as z from 'zod/mini';

/** `Quand`, exactly as the contract spells it. */
export const REMINDER_TRIGGERS = [
  'avant la date limite de candidature',
  'avant une séance',
  "avant l'échéance d'une production",
  "après l'échéance d'une production",
  'avant la date limite du mémoire',
  'chaque lundi',
] as const;
export type ReminderTrigger = (typeof REMINDER_TRIGGERS)[number];

const PERSON_TAGS = ['civilite', 'prenom', 'nom', 'promo', 'federation', 'expediteur'] as const;

/** Tags meaningful for each `Quand`; any other tag makes the rule refused (workbook.md). */
export const TAGS_BY_TRIGGER: Readonly<Record<ReminderTrigger, readonly string[]>> = {
  'avant la date limite de candidature': [...PERSON_TAGS, 'date_limite', 'problemes'],
  'avant une séance': [...PERSON_TAGS, 'seance', 'date_seance', 'horaires', 'lieu'],
  "avant l'échéance d'une production": [...PERSON_TAGS, 'production', 'echeance'],
  "après l'échéance d'une production": [...PERSON_TAGS, 'production', 'echeance'],
  'avant la date limite du mémoire': [...PERSON_TAGS, 'date_limite'],
  // The digest goes to the team: no learner, so no person tags.
  'chaque lundi': ['promo', 'federation', 'expediteur', 'synthese'],
};

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
    when: z.enum(REMINDER_TRIGGERS),
    days: z.int().check(z.gte(0)),
    subject: z.string().check(z.minLength(1)),
    message: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((r) => disallowedTags(r.when, r.subject, r.message).length === 0, {
      message: 'balise inconnue ou sans objet pour ce « Quand »',
      path: ['message'],
    }),
  );
export type ReminderRule = z.infer<typeof reminderRuleSchema>;

const SIGNATURE = '\n\nBien cordialement,\n{{expediteur}}\n{{federation}}';
const GREETING = 'Bonjour {{prenom}} {{nom}},\n\n';

/** The contract's six default rules (workbook.md, `Relances`), with texts a federation can sign. */
export const DEFAULT_REMINDERS: readonly ReminderRule[] = [
  {
    id: 'dossier-incomplet', active: true, when: 'avant la date limite de candidature', days: 10,
    subject: 'Votre candidature à la formation PACTE ({{promo}}) est incomplète',
    message:
      `${GREETING}Nous avons bien reçu votre candidature à la formation PACTE ({{promo}}). ` +
      'Il y manque encore :\n{{problemes}}\n\n' +
      'Merci de compléter votre dossier avant le {{date_limite}}, date limite de candidature : ' +
      'un dossier incomplet à cette date ne pourra pas être retenu. ' +
      'Pour toute question, répondez simplement à ce message.' + SIGNATURE,
  },
  {
    id: 'convocation-j7', active: true, when: 'avant une séance', days: 7,
    subject: 'Convocation : {{seance}} le {{date_seance}}',
    message:
      `${GREETING}Nous vous attendons à la séance « {{seance}} » de la formation PACTE ({{promo}}) :\n` +
      '• date : {{date_seance}}\n• horaires : {{horaires}}\n• lieu : {{lieu}}\n\n' +
      'La présence est vérifiée à chaque demi-journée. En cas d’empêchement, prévenez-nous au plus tôt ' +
      'en répondant à ce message.' + SIGNATURE,
  },
  {
    id: 'production-j7', active: true, when: "avant l'échéance d'une production", days: 7,
    subject: 'Rappel : « {{production}} » à rendre le {{echeance}}',
    message:
      `${GREETING}Petit rappel : votre production « {{production}} » est attendue pour le {{echeance}}. ` +
      'Si vous rencontrez une difficulté, dites-le-nous en répondant à ce message.' + SIGNATURE,
  },
  {
    id: 'production-retard', active: true, when: "après l'échéance d'une production", days: 1,
    subject: '« {{production}} » : échéance du {{echeance}} dépassée',
    message:
      `${GREETING}Sauf erreur de notre part, nous n’avons pas encore reçu votre production « {{production}} », ` +
      'attendue pour le {{echeance}}. Merci de nous la transmettre dès que possible, ' +
      'ou de nous dire en répondant à ce message ce qui vous en empêche.' + SIGNATURE,
  },
  {
    id: 'memoire-j30', active: true, when: 'avant la date limite du mémoire', days: 30,
    subject: 'Mémoire PACTE : dépôt avant le {{date_limite}}',
    message:
      `${GREETING}Votre mémoire de la formation PACTE ({{promo}}) est à déposer au plus tard le {{date_limite}}. ` +
      'Il reste un mois : n’hésitez pas à solliciter votre formateur relais si besoin.' + SIGNATURE,
  },
  {
    id: 'synthese-equipe', active: true, when: 'chaque lundi', days: 0,
    subject: 'PACTE {{promo}} : synthèse de la semaine',
    message: 'Bonjour,\n\nVoici la synthèse de la semaine pour la cohorte {{promo}} :\n\n{{synthese}}\n\n{{expediteur}}',
  },
];
