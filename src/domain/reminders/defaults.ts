/**
 * The contract's default reminder rules (workbook.md › `Relances`, "Defaults"), written into
 * `Relances` by *Initialiser la cohorte…*, with French texts a federation can sign as they are.
 * A line whose tags all come out empty is left out of the e-mail (render.ts): an optional mention
 * (`{{horaires}}`, `{{contact}}`) never leaves an empty « horaires : ».
 */
import type { ReminderRule } from './triggers';

const GREETING = 'Bonjour {{civilite}} {{nom}},\n\n';
const SIGNATURE = '\n\nBien cordialement,\n{{expediteur}}\n{{federation}}\n{{contact}}';

export const DEFAULT_REMINDERS: readonly ReminderRule[] = [
  {
    id: 'dossier-incomplet',
    active: true,
    when: 'avant la date limite de candidature',
    days: 10,
    subject: 'Votre candidature à la formation PACTE ({{promo}}) : pièces à compléter',
    message:
      `${GREETING}Nous avons bien reçu votre candidature à la formation PACTE ({{promo}}). ` +
      'Pour que nous puissions l’étudier, il y manque encore :\n{{problemes}}\n\n' +
      'Merci de compléter votre dossier avant le {{date_limite}}, date limite de candidature : ' +
      'un dossier incomplet à cette date ne pourra pas être retenu. ' +
      'Pour toute question, répondez simplement à ce message.' +
      SIGNATURE,
  },
  {
    id: 'convocation-j7',
    active: true,
    when: 'avant une séance',
    days: 7,
    subject: 'Convocation : {{seance}}, {{date_seance}}',
    message:
      `${GREETING}Vous êtes attendu·e à la séance « {{seance}} » de la formation PACTE ({{promo}}) :\n` +
      '– date : {{date_seance}}\n– horaires : {{horaires}}\n– lieu : {{lieu}}\n\n' +
      'Votre convocation est jointe à ce message ; elle est aussi en ligne : {{lien_document}}\n\n' +
      'La présence est vérifiée à chaque demi-journée. En cas d’empêchement, prévenez-nous au plus tôt ' +
      'en répondant à ce message.' +
      SIGNATURE,
  },
  {
    id: 'production-j7',
    active: true,
    when: "avant l'échéance d'une production",
    days: 7,
    subject: 'Rappel : « {{production}} » à déposer avant le {{echeance}}',
    message:
      `${GREETING}Petit rappel : votre production « {{production}} » est à déposer sur la plateforme de formation ` +
      'avant le {{echeance}}. Si vous rencontrez une difficulté, dites-le-nous en répondant à ce message.' +
      SIGNATURE,
  },
  {
    id: 'production-retard',
    active: true,
    when: "après l'échéance d'une production",
    days: 1,
    subject: '« {{production}} » : échéance du {{echeance}} dépassée',
    message:
      `${GREETING}Sauf erreur de notre part, votre production « {{production}} », attendue pour le {{echeance}}, ` +
      'n’est pas encore déposée sur la plateforme de formation. Merci de la déposer dès que possible, ' +
      'ou de nous dire en répondant à ce message ce qui vous en empêche.' +
      SIGNATURE,
  },
  {
    id: 'memoire-j30',
    active: true,
    when: 'avant la date limite du mémoire',
    days: 30,
    subject: 'Mémoire PACTE : dépôt avant le {{date_limite}}',
    message:
      `${GREETING}Votre mémoire de la formation PACTE ({{promo}}) est à déposer sur la plateforme de formation ` +
      'au plus tard le {{date_limite}}. Il reste un mois : n’hésitez pas à solliciter votre formateur relais.' +
      SIGNATURE,
  },
  {
    id: 'attestation-presence',
    active: true,
    when: 'après une séance',
    days: 1,
    subject: 'Attestation de présence : {{seance}}',
    message:
      `${GREETING}Merci de votre participation à la séance « {{seance}} » ({{date_seance}}). ` +
      'Votre attestation de présence est jointe à ce message ; elle est aussi en ligne : {{lien_document}}' +
      SIGNATURE,
  },
  {
    id: 'soutenance-j14',
    active: true,
    when: 'avant une soutenance',
    days: 14,
    subject: 'Convocation à votre soutenance, le {{date_soutenance}}',
    message:
      `${GREETING}Votre soutenance de mémoire aura lieu le {{date_soutenance}} à {{heure_soutenance}}.\n` +
      '– lieu : {{lieu}}\n\nVotre convocation est jointe à ce message ; elle est aussi en ligne : {{lien_document}}\n\n' +
      'Prévoyez une heure : une présentation, puis un échange avec le jury.' +
      SIGNATURE,
  },
  {
    id: 'jury-j7',
    active: true,
    when: 'avant une journée de soutenances',
    days: 7,
    subject: 'Jury PACTE : vos soutenances du {{date_soutenance}}',
    message:
      `${GREETING}Merci de siéger au jury des soutenances de la formation PACTE ({{promo}}). ` +
      'Voici vos soutenances du {{date_soutenance}} :\n{{synthese}}\n– lieu : {{lieu}}\n\n' +
      'Une invitation de calendrier est jointe pour chacune.' +
      SIGNATURE,
  },
  {
    id: 'attestation-fin',
    active: true,
    when: 'fin de formation',
    days: 0,
    subject: 'Votre attestation de fin de formation PACTE ({{promo}})',
    message:
      `${GREETING}Félicitations : vous remplissez toutes les conditions de validation de la formation PACTE ({{promo}}). ` +
      'Votre attestation de fin de formation est jointe à ce message ; elle est aussi en ligne : {{lien_document}}' +
      SIGNATURE,
  },
  {
    id: 'synthese-equipe',
    active: true,
    when: 'chaque lundi',
    days: 0,
    subject: 'PACTE {{promo}} : synthèse de la semaine',
    message: 'Bonjour,\n\nVoici la synthèse de la semaine pour la cohorte {{promo}} :\n\n{{synthese}}\n\n{{expediteur}}',
  },
];
