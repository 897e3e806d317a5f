/**
 * The `selectionMail` section of src/domain/messages: the interview invitations and decision letters
 * as candidates read them, and the `Journal` words of their sending, in French.
 */
import { frenchList, plural } from '../french';

/** The end of every selection e-mail: who to ask, who signs. */
const signature = (contact: string, sender: string) =>
  [...(contact ? [`Pour toute question : ${contact}.`, ''] : []), 'Bien cordialement,', sender].join('\n');

export interface InvitationWords {
  greeting: string;
  when: string;
  duration: number;
  link: string;
  jury: readonly string[];
  contact: string;
  sender: string;
}

export interface DecisionWords {
  greeting: string;
  /** For `Retenu`: « le jeudi 11 décembre 2025 à Beaune », or '' when `Séances` has no launch seminar yet. */
  seminar: string;
  contact: string;
  sender: string;
}

/** A selection e-mail: the greeting, its paragraphs (a list is lines of one paragraph), the signature, a blank line between each. */
const letter = (w: { greeting: string; contact: string; sender: string }, ...paragraphs: (string | readonly string[])[]) =>
  [w.greeting, ...paragraphs.map((p) => (typeof p === 'string' ? p : p.join('\n'))), signature(w.contact, w.sender)].join('\n\n');

const details = (w: InvitationWords) =>
  [
    `Date : ${w.when} (${w.duration} minutes, heure de Paris).`,
    w.link ? `Lien visio : ${w.link}` : 'Le lien visio vous sera communiqué avant l’entretien.',
    w.jury.length ? `Jury : ${frenchList(w.jury)}.` : '',
  ].filter(Boolean);

export const selectionMailMessages = {
  greeting: (civility: string, firstName: string, lastName: string) =>
    `Bonjour ${[civility, firstName, lastName].filter((p) => p.trim()).join(' ')},`.replace(/\s+,$/, ','),
  /** Subjects and bodies of the three invitation messages. */
  invitation: {
    subject: (when: string) => `Entretien de sélection PACTE Soins Primaires — ${when}`,
    body: (w: InvitationWords) =>
      letter(
        w,
        'Votre candidature à la formation PACTE Soins Primaires a retenu l’attention du comité de pilotage : nous vous invitons à un entretien en visioconférence.',
        details(w),
        'L’invitation est jointe (fichier .ics) : ouvrez-la pour l’ajouter à votre agenda.',
      ),
  },
  update: {
    subject: (when: string) => `Entretien de sélection PACTE Soins Primaires modifié — ${when}`,
    body: (w: InvitationWords) =>
      letter(
        w,
        'Votre entretien de sélection PACTE Soins Primaires a changé ; voici ce qui vaut désormais :',
        details(w),
        'L’invitation jointe (fichier .ics) met à jour l’événement de votre agenda.',
      ),
  },
  cancel: {
    subject: (when: string) => `Entretien de sélection PACTE Soins Primaires annulé — ${when}`,
    body: (w: InvitationWords) =>
      letter(
        w,
        `L’entretien prévu le ${w.when} est annulé. Nous reviendrons vers vous si un autre créneau vous est proposé.`,
        'Le fichier joint (.ics) retire l’événement de votre agenda.',
      ),
  },
  /** The letter's e-mail, per decision; the « Décision de sélection » travels with it as a PDF. */
  decision: {
    subject: {
      Retenu: 'Votre candidature à PACTE Soins Primaires est retenue',
      "Liste d'attente": 'Votre candidature à PACTE Soins Primaires : liste d’attente',
      Refusé: 'Votre candidature à PACTE Soins Primaires',
    },
    lead: {
      Retenu: 'Le comité de pilotage a le plaisir de vous annoncer que votre candidature à la formation PACTE Soins Primaires est retenue.',
      "Liste d'attente": 'Le comité de pilotage a inscrit votre candidature à la formation PACTE Soins Primaires sur la liste d’attente.',
      Refusé:
        'Après examen par le comité de pilotage, votre candidature à la formation PACTE Soins Primaires n’a pas été retenue cette année.',
    },
    nextStep: {
      Retenu: (seminar: string) =>
        seminar
          ? `Prochaine étape : après validation de la liste par l’EHESP, le séminaire de lancement, ${seminar}.`
          : 'Prochaine étape : après validation de la liste par l’EHESP, la date du séminaire de lancement vous sera communiquée.',
      "Liste d'attente": () => 'Prochaine étape : nous revenons vers vous dès qu’une place se libère.',
      Refusé: () => 'Nous vous remercions de l’intérêt porté à la formation et restons à votre écoute.',
    },
    body: (w: DecisionWords, lead: string, nextStep: string) =>
      letter(w, lead, nextStep, 'Vous trouverez la décision en pièce jointe (PDF).'),
    /** After « Envoyer les décisions »: what the documents did. */
    documentsMade: (n: number) => `${plural(n, 'décision de sélection créée', 'décisions de sélection créées')} (onglet « Documents »).`,
    documentsWaiting: (n: number) =>
      `${plural(n, 'courrier attend', 'courriers attendent')} sa « Décision de sélection » (pas encore créée ou en erreur : voir l'onglet « Documents »).`,
    /** The document's own words (its tags): the decision and the next step. */
    label: { Retenu: 'Candidature retenue', "Liste d'attente": 'Candidature sur liste d’attente', Refusé: 'Candidature non retenue' },
  },
  busy: "Un autre envoi est en cours (relances, invitations ou décisions) : réessayez dans une minute. Rien n'a été envoyé.",
  /** After « Envoyer ». */
  summary: (sent: number, later: number, toCheck: number) =>
    [
      sent === 0 && later === 0 && toCheck === 0 ? 'Rien à envoyer.' : `${plural(sent, 'message envoyé', 'messages envoyés')}.`,
      later ? `${plural(later, 'message repartira', 'messages repartiront')} au prochain envoi.` : '',
      toCheck ? `${plural(toCheck, 'envoi interrompu', 'envois interrompus')} : à vérifier dans la boîte d'envoi (voir « Journal »).` : '',
    ]
      .filter(Boolean)
      .join(' '),
  /** How invitations and decision letters name their `Journal` rows. */
  journal: {
    invitation: {
      inProgress: 'Invitation en cours',
      sent: 'Invitation envoyée',
      notSent: 'Invitation non envoyée',
      deferred: 'Invitations reportées',
      deferredDetail: (n: number) =>
        `${plural(n, 'invitation reportée', 'invitations reportées')} : quota d'envoi quotidien de Google atteint`,
    },
    decision: {
      inProgress: 'Décision en cours',
      sent: 'Décision envoyée',
      notSent: 'Décision non envoyée',
      deferred: 'Décisions reportées',
      deferredDetail: (n: number) => `${plural(n, 'décision reportée', 'décisions reportées')} : quota d'envoi quotidien de Google atteint`,
    },
    inProgressDetail: (to: readonly string[], cc: readonly string[]) =>
      `Envoi en cours à ${to.join(', ')}${cc.length ? ` (copie : ${cc.join(', ')})` : ''}`,
    sentDetail: (to: readonly string[], cc: readonly string[]) =>
      `Envoyé à ${to.join(', ')}${cc.length ? ` (copie : ${cc.join(', ')})` : ''}`,
    notSentDetail:
      "Pas envoyé cette fois (temps d'exécution, pièce jointe introuvable ou adresse refusée par Google) : il repartira au prochain envoi.",
    unknownDetail:
      "Envoi interrompu sans réponse de Google : à vérifier dans la boîte d'envoi avant tout renvoi (il ne repartira pas automatiquement).",
  },
} as const;
