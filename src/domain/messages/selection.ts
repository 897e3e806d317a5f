/**
 * The `selection` section of src/domain/messages: what the
 * selection's problems, planner, slot form and invitations say, in French.
 */
import { frenchList, plural, printable, q } from '../french';
import { CANDIDATE_STATUSES } from '../vocabulary';

const typed = (value: string) => q(printable(value));

export const selectionMessages = {
  /** A problem on its row (the tab and row are shown beside it). */
  problems: {
    unknownStatus: (status: string) =>
      `Statut ${typed(status)} inconnu : choisissez une valeur de la liste (${CANDIDATE_STATUSES.join(', ')}).`,
    slotWithoutId:
      'Créneau sans identifiant (colonne « Créneau » vide) : il ne sera proposé à personne tant que PACTE ne lui en a pas donné un.',
    duplicateSlotId: (id: string, firstRow: number) =>
      `Identifiant de créneau ${typed(id)} déjà utilisé ligne ${firstRow} : videz la cellule « Créneau » de la ligne copiée ; aucun des deux créneaux n'est proposé d'ici là.`,
    slotWithoutDate: 'Créneau sans date : indiquez la date (JJ/MM/AAAA).',
    slotBadDate: (value: string) => `Date du créneau illisible : ${typed(value)}. Écrivez-la JJ/MM/AAAA (par exemple 20/11/2025).`,
    slotWithoutTime: "Créneau sans heure : indiquez l'heure de début (par exemple 9h, 9h30 ou 14:00).",
    slotBadTime: (value: string) => `Heure du créneau illisible : ${typed(value)}. Écrivez-la 9h, 9h30, 09:00 ou 14:30.`,
    slotBadDuration: (value: string) =>
      `Durée ${typed(value)} invalide : donnez un nombre entier de minutes entre 10 et 240 (vide : 30 minutes).`,
    slotBadLink: (value: string) => `Lien visio ${typed(value)} invalide : collez l'adresse complète, commençant par https://.`,
    unknownCandidate: (id: string) => `ID candidat ${typed(id)} inconnu dans l'onglet « Candidatures ».`,
    candidateInTwoSlots: (id: string, firstSlot: string, firstRow: number) =>
      `${printable(id)} a déjà le créneau ${firstSlot ? `${printable(firstSlot)} ` : ''}(ligne ${firstRow}) : un candidat n'a qu'un créneau ; videz « ID candidat » sur l'un des deux.`,
    juryOverlap: (members: readonly string[], otherSlot: string, otherRow: number) =>
      `${frenchList(members.map((m) => printable(m)))} ${members.length > 1 ? 'sont' : 'est'} déjà dans le créneau ${otherSlot ? `${printable(otherSlot)} ` : ''}(ligne ${otherRow}), qui chevauche celui-ci : changez l'heure ou le jury.`,
    opinionWithoutCandidate: "Avis sans « ID candidat » : indiquez l'identifiant du candidat (par exemple C-0003).",
    opinionWithoutMember: "Avis sans « Membre » : indiquez l'adresse e-mail du membre du COPIL qui le donne.",
    memberNotInTeam: (member: string) =>
      `${typed(member)} ne fait pas partie de l'« Équipe » (onglet « Paramètres ») : son avis n'est pas compté.`,
    invalidOpinion: (value: string) =>
      value
        ? `Avis ${typed(value)} inconnu : choisissez Favorable, Réservé ou Défavorable.`
        : 'Avis manquant : choisissez Favorable, Réservé ou Défavorable.',
    invalidNote: (value: string) => `Note ${typed(value)} invalide : donnez un nombre entre 0 et 20, ou laissez la case vide.`,
  },
  planner: {
    noId: (row: number) =>
      `La candidature de la ligne ${row} n'a pas encore d'ID : lancez PACTE › Vérifier les candidatures, puis planifiez à nouveau.`,
    noFreeSlot: (id: string) =>
      `${printable(id)} : aucun créneau libre (ou tous les créneaux libres ont un membre du jury déjà occupé à cette heure) ; créez d'autres créneaux.`,
  },
  /** Why an invitation is not sent (the preview lists them). */
  notices: {
    rowWithProblem: (row: number) =>
      `Entretiens, ligne ${row} : aucune invitation ni annulation pour ce créneau tant que le problème de la ligne n'est pas corrigé.`,
    candidateInTwoSlots: (id: string) =>
      `${printable(id)} occupe deux créneaux : aucune invitation ne part tant qu'un seul créneau porte son ID.`,
    noAddress: (id: string, email: string) =>
      `${printable(id)} : ${email ? `adresse e-mail ${typed(email)} invalide` : "pas d'adresse e-mail"} dans « Candidatures » : rien ne lui est envoyé.`,
    documentFailed: (target: string, detail: string) =>
      `${target} : la « Décision de sélection » est en erreur (${detail || 'voir l’onglet « Documents »'}) ; le courrier attend son document, retenté à chaque envoi.`,
  },
  /** The « Sélection… » sidebar, server side. */
  sidebar: {
    title: 'Sélection',
    invalidRequest: (where: string) =>
      `Demande invalide${where ? ` (${where})` : ''} : rechargez la barre latérale « Sélection » et réessayez. Rien n'a été envoyé ni modifié.`,
    unknownIds: (ids: readonly string[]) =>
      `${plural(ids.length, 'ID inconnu', 'ID inconnus')} dans « Candidatures » : ${ids.map((id) => printable(id)).join(', ')} (la feuille a changé ?). Rechargez ; rien n'a été modifié.`,
    statusAction: 'Statut modifié',
    statusDetail: (status: string, n: number) => `Statut ${q(status)} pour ${plural(n, 'candidature')}`,
    statusSet: (status: string, n: number) => `Statut ${q(status)} enregistré pour ${plural(n, 'candidature')}.`,
    opinionSaved: (id: string) => `Votre avis sur ${printable(id)} est enregistré (onglet « Avis »).`,
    slotsWritten: (slots: number, assigned: number) =>
      `${plural(slots, 'créneau écrit', 'créneaux écrits')} dans « Entretiens », ${plural(assigned, 'candidat placé', 'candidats placés')}. Les invitations partent sur « Envoyer ».`,
    slotsChanged: "Les créneaux ont changé depuis l'aperçu : vérifiez le nouvel aperçu, puis confirmez à nouveau. Rien n'a été écrit.",
  },
  /** `Entretiens` › `Invitation`, written by the product. */
  invitationCell: {
    sentOn: (day: string) => `envoyée le ${day}`,
    sent: 'envoyée',
    resend: 'à renvoyer',
    cancelled: 'annulée',
  },
  /** The « Créer des créneaux » form. */
  form: {
    noDate: 'Indiquez la date des créneaux.',
    badDate: (value: string) => `Date ${typed(value)} illisible : écrivez-la JJ/MM/AAAA.`,
    badTime: (value: string) =>
      value ? `Heure ${typed(value)} illisible : écrivez-la 9h, 9h30 ou 09:00.` : "Indiquez l'heure du premier créneau.",
    badCount: (max: number) => `Le nombre de créneaux doit être un nombre entier entre 1 et ${max}.`,
    badDuration: 'La durée doit être un nombre entier de minutes entre 10 et 240.',
    badLink: (value: string) => `Lien visio ${typed(value)} invalide : collez l'adresse complète, commençant par https://.`,
    noJury: 'Indiquez au moins un membre du jury (noms ou adresses e-mail séparés par des virgules).',
    pastMidnight: 'Les créneaux dépasseraient minuit : réduisez leur nombre ou leur durée, ou commencez plus tôt.',
    created: (n: number, first: string, last: string) =>
      `${plural(n, 'créneau', 'créneaux')} créé${n > 1 ? 's' : ''} (${first}${n > 1 ? ` à ${last}` : ''}).`,
  },
  /** The calendar event's texts (the e-mail's own text is the sending's). */
  invitation: {
    summary: (candidate: string) => `Entretien PACTE Soins Primaires — ${candidate}`,
    description: (candidate: string, when: string, duration: number, link: string, jury: readonly string[]) =>
      [
        `Entretien de sélection PACTE Soins Primaires avec ${candidate}.`,
        `Date : ${when} (${duration} minutes, heure de Paris).`,
        link ? `Lien visio : ${link}` : '',
        jury.length ? `Jury : ${jury.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
  },
} as const;
