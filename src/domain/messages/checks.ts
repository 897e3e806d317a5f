/** What the checks of a cohort say: dates, applications, learners' eligibility, the profile, the workbook's tabs. */
import type { LearnerState } from '../codes';
import { frenchList, q } from '../french';
import { CLOSED_STATUSES } from '../vocabulary';
import { FIRST_YEAR, LAST_YEAR } from '../year-range';

const fieldMissing: Record<string, string> = {
  Prénom: 'Prénom manquant',
  Nom: 'Nom manquant',
  'E-mail': 'E-mail manquant',
  Structure: 'Structure manquante',
  'Type de structure': 'Type de structure manquant',
  'Date de réception du dossier': 'Date de réception du dossier manquante',
};

const pieceMissing: Record<string, string> = {
  CV: 'CV manquant',
  'Lettre de motivation': 'Lettre de motivation manquante',
  "Lettre d'engagement de l'équipe": "Lettre d'engagement de l'équipe manquante",
  Photo: 'Photo manquante',
};

export const stateLabels: Record<LearnerState, string> = {
  eligible: 'Éligible',
  in_progress: 'En cours',
  at_risk: 'À risque',
  not_eligible: 'Non éligible',
};

/** « 3 éligible, 5 en cours, … » in the given order of states, states with none left out. */
export function stateCounts(states: readonly LearnerState[], order: readonly LearnerState[]): string {
  return order
    .map((s) => [s, states.filter((x) => x === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${stateLabels[s].toLowerCase()}`)
    .join(', ');
}

export const halfDayLabels = { morning: 'Matin', afternoon: 'Après-midi' } as const;

export const datesMessages = {
  invalid: (input: string) => `Date invalide : ${q(input)}. Écrivez-la JJ/MM/AAAA (par exemple 11/09/2025) ou AAAA-MM-JJ.`,
} as const;

export const candidateMessages = {
  /** « 40 candidatures : 26 complètes, 4 à compléter, 10 closes (Refusé, Désisté) »: the toast's and `pacte check`'s line. */
  summary: ({ total, complete, toComplete, closed }: { total: number; complete: number; toComplete: number; closed: number }) =>
    `${total} candidature${total > 1 ? 's' : ''} : ${complete} complète${complete > 1 ? 's' : ''}, ${toComplete} à compléter` +
    (closed > 0 ? `, ${closed} close${closed > 1 ? 's' : ''} (${CLOSED_STATUSES.join(', ')})` : ''),
  missingField: (column: string) => fieldMissing[column] ?? `${column} : valeur manquante`,
  invalidEmail: (email: string) => `E-mail invalide : ${q(email)}`,
  duplicateEmail: (email: string, firstRow: number) => `E-mail en double : ${q(email)} figure déjà ligne ${firstRow}`,
  duplicateId: (id: string, firstRow: number) =>
    `ID en double : ${q(id)} figure déjà ligne ${firstRow} (ligne copiée ?). Videz la cellule ID de cette ligne dans la Google Sheet : PACTE › Vérifier les candidatures lui en donnera un nouveau.`,
  structureTypeNotAccepted: (type: string, accepted: readonly string[]) =>
    `Type de structure non accepté pour cette promo : ${q(type)} (acceptés : ${accepted.join(', ')})`,
  receivedBeforeOpening: (received: string, opens: string) => `Dossier reçu le ${received}, avant l'ouverture des candidatures (${opens})`,
  receivedAfterDeadline: (received: string, closes: string) => `Dossier reçu le ${received}, après la date limite (${closes})`,
  invalidDate: (column: string, text: string) =>
    `${column} : ${q(text)} n'est pas une date plausible (attendu : une date entre ${FIRST_YEAR} et ${LAST_YEAR}, écrite JJ/MM/AAAA)`,
  missingPiece: (column: string) => pieceMissing[column] ?? `${column} manquant(e)`,
  healthProjectNotValidated: "Projet de santé validé par l'ARS non coché : requis pour une MSP",
  federationMembership: 'Structure non adhérente à la fédération ou cotisation non à jour',
  engagementCommitmentMissing: "Engagement de l'équipe au T0 et à la journée PACTE+ non coché",
  notInTeam: 'Ni « En équipe » ni « Dérogation » coché : le ou la candidat·e doit être en équipe ou avoir une dérogation',
} as const;

export const learnerMessages = {
  absent: (session: string, day: string, halfDay: string) => `Absent·e sans excuse : ${session}, ${day} (${halfDay.toLowerCase()})`,
  tooManyExcusedAbsences: (count: number, allowed: number) =>
    `${count} demi-journée${count > 1 ? 's' : ''} d'absence excusée${count > 1 ? 's' : ''} sur les séances obligatoires (autorisées : ${allowed})`,
  attendanceMissing: (session: string, day: string, halfDay: string) =>
    `Présence non saisie : ${session}, ${day} (${halfDay.toLowerCase()})`,
  productionOverdue: (name: string, due: string) => `Production ${q(name)} non déposée (échéance ${due})`,
  thesisOverdue: (deadline: string) => `Mémoire non déposé (date limite ${deadline})`,
  thesisTooShort: (pages: number, min: number) => `Mémoire de ${pages} pages : ${min} pages minimum`,
  defenceMissing: (day: string) => `Soutenance du ${day} sans résultat`,
  defenceFailed: 'Soutenance : ajourné·e',
} as const;

export const profileMessages = {
  unknownPreset: (id: string, known: readonly string[]) => `Profil inconnu : ${q(id)}. Profils disponibles : ${known.join(', ')}.`,
  noProfile: (known: readonly string[]) =>
    `Aucun profil : renseignez la clé « Profil » dans l'onglet « Paramètres » ou passez --profile (profils disponibles : ${known.join(', ')}).`,
  invalidSetting: (key: string, expected: string, value: string) => `Paramètre ${q(key)} invalide (${q(value)}) : ${expected}.`,
  expectedDate: 'une date JJ/MM/AAAA est attendue',
  expectedWholeNumber: 'un nombre entier positif ou nul est attendu',
  expectedEmail: 'une adresse e-mail est attendue (prenom.nom@example.org)',
  expectedTeamAddress: 'chaque personne de l’équipe s’écrit par son adresse e-mail, séparée des autres par une virgule',
  expectedContactEmail: 'l’adresse e-mail du contact est mal écrite',
  expectedDriveFile: 'le lien (ou l’identifiant) d’un dossier ou d’un document Google Drive est attendu',
  emptyTeam: 'Paramètre « Équipe » vide : inscrivez l’adresse e-mail de chaque personne de l’équipe.',
  settingsProblems: (problems: readonly string[]) =>
    `${problems.length} valeur${problems.length > 1 ? 's' : ''} à corriger dans l'onglet « Paramètres » (rien n'a été modifié) :\n\n` +
    `${problems.map((p) => `• ${p}`).join('\n')}\n\nCorrigez-les dans la colonne « Valeur », puis relancez PACTE › Paramètres… pour les vérifier.`,
  invalidFile: (path: string, where: string, problem: string) =>
    `Fichier de profil ${q(path)} invalide : ${where ? `${where} : ` : ''}${problem}`,
  unreadableFile: (path: string) => `Impossible de lire le fichier de profil ${q(path)}.`,
  notJson: (path: string) => `Le fichier de profil ${q(path)} n'est pas du JSON valide.`,
} as const;

export const workbookMessages = {
  missingTab: (tab: string) => `Onglet ${q(tab)} introuvable dans le classeur.`,
  missingTabs: (tabs: readonly string[]) =>
    tabs.length === 1
      ? `Onglet ${q(tabs[0]!)} introuvable dans le classeur.`
      : `Onglets ${frenchList(tabs.map(q))} introuvables dans le classeur.`,
  missingHeader: (tab: string, header: string) =>
    `Colonne ${q(header)} introuvable dans l'onglet ${q(tab)} : rétablissez l'en-tête exactement ainsi en ligne 1.`,
  duplicateHeader: (tab: string, header: string) =>
    `Colonne ${q(header)} présente deux fois dans l'onglet ${q(tab)} : gardez-en une seule.`,
} as const;
