/**
 * Every French string of the attendance sidebar. The server's messages live in src/domain/messages/;
 * this page keeps its own small module so the inlined client bundle stays small.
 * Status values (Présent, Retard, …) and half-days (Matin, Après-midi) are data from the server.
 */
import { plural } from '../../../domain/french';

export const M = {
  heading: 'Saisir les présences',
  sessionLabel: 'Séance',
  dayLabel: 'Jour',
  halfDayLegend: 'Demi-journée',
  sessionPlaceholder: '— Choisir une séance —',
  sessionOption: (title: string, id: string, compulsory: boolean) => `${title} (${id})${compulsory ? ' · obligatoire' : ''}`,
  noDays: '— Aucun jour —',
  learnersHeading: 'Apprenant·es',
  statusLabelPrefix: 'Statut de ',
  statusPlaceholder: '— À saisir —',
  changedNote: 'Modifié, non enregistré',
  sharedId: (id: string, rows: readonly number[]) =>
    `ID « ${id} » en double (lignes ${rows.join(', ')} de « Candidatures ») : présence impossible à saisir. Videz la cellule ID de la ligne copiée, lancez PACTE › Vérifier les candidatures, puis rouvrez ce panneau.`,
  allPresent: 'Tous présents',
  allPresentHint: 'Met « Présent » pour chaque personne sans statut, sans toucher aux autres.',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  loading: 'Chargement des présences…',
  retry: 'Réessayer',

  summary: (learners: number, filled: number, changed: number) =>
    [
      plural(learners, 'apprenant·e', 'apprenant·es'),
      `${filled} avec un statut`,
      changed > 0 ? plural(changed, 'modification non enregistrée', 'modifications non enregistrées') : '',
    ]
      .filter(Boolean)
      .join(' · '),

  noSessions: "Aucune séance dans l'onglet « Séances » : ajoutez les séances de la promo (ID, Intitulé, dates), puis rouvrez ce panneau.",
  chooseSession: 'Choisissez une séance, un jour et une demi-journée pour afficher les apprenant·es.',
  sessionWithoutDays: (id: string) =>
    `La séance « ${id} » n'a pas de dates lisibles : vérifiez « Date de début » et « Date de fin » dans l'onglet « Séances », puis rouvrez ce panneau.`,
  noLearners:
    "Aucun·e apprenant·e au statut « Inscrit » : passez le Statut des personnes admises à « Inscrit » dans l'onglet « Candidatures », puis rouvrez ce panneau.",

  filledPresent: (n: number) =>
    n === 0
      ? 'Chaque personne a déjà un statut : rien à compléter.'
      : `${plural(n, 'personne marquée', 'personnes marquées')} « Présent ». Cliquez sur « Enregistrer » pour les garder.`,
  nothingToSave: 'Aucun statut à enregistrer : choisissez un statut pour au moins une personne, ou « Tous présents ».',

  unsavedTitle: (n: number) => `${plural(n, 'modification n’est pas enregistrée', 'modifications ne sont pas enregistrées')}.`,
  unsavedBody: 'Changer de séance, de jour ou de demi-journée les abandonne.',
  discardAndSwitch: 'Changer sans enregistrer',
  stay: 'Rester ici',
  future: (label: string, halfDay: string) =>
    `${label}, ${halfDay.toLowerCase()} : cette demi-journée n'a pas encore eu lieu. Les présences se saisissent pendant ou après (l'après-midi commence à 13 h).`,
  missingTitle: (n: number) => `${plural(n, 'demi-journée passée', 'demi-journées passées')} sans saisie`,
  missingItem: (label: string, halfDay: string, n: number) =>
    `${label}, ${halfDay.toLowerCase()} (${plural(n, 'personne sans statut', 'personnes sans statut')})`,
  noneMissing: 'Toutes les demi-journées passées de cette séance sont saisies.',
  eligibilityHint: 'Présences modifiées : ',
  dismiss: 'Masquer ce message',
  dismissEligibility: "Masquer le rappel de l'éligibilité",
  eligibility: "Calculer l'éligibilité",
  eligibilityRunning: 'Calcul en cours…',
  reloadFailed: (message: string) => `Les présences ont été enregistrées, mais l'affichage n'a pas pu être actualisé : ${message}`,
} as const;
