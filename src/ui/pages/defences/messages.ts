/** Every French string of the soutenances sidebar (the server's live in src/domain/messages/). */
import { plural } from '../../../domain/french';

export const M = {
  heading: 'Soutenances',
  working: 'Un instant…',
  problems: 'À corriger avant de planifier',
  problemsHint: 'Corrigez le classeur, puis « Actualiser ». Rien n’a été écrit.',
  proposal: (n: number) => (n === 0 ? 'Aucune soutenance à planifier.' : `Proposition : ${plural(n, 'soutenance', 'soutenances')}`),
  proposalHint: 'Rien n’est écrit dans « Mémoires » avant « Confirmer ».',
  president: 'Président·e : ',
  members: 'Membres : ',
  noJury: 'Jury : —',
  typed: 'saisie dans « Mémoires »',
  timed: 'date et heure saisies',
  change: 'Modifier',
  moveTo: 'Déplacer vers',
  move: 'Déplacer',
  noFreeSlot: 'Aucun autre créneau libre.',
  replace: 'Remplacer',
  by: 'par',
  swap: 'Changer',
  unplaced: (n: number) => `Sans créneau (${n})`,
  notDeposited: (n: number) => `Mémoire non déposé (${n}) : pas de soutenance proposée`,
  confirm: (n: number) => `Confirmer et écrire (${n})`,
  confirmAsk: (n: number) =>
    `Écrire ${plural(n, 'soutenance', 'soutenances')} dans « Mémoires » (date, heure, jury) ? Les soutenances déjà saisies ne changent pas.`,
  reload: 'Actualiser',
  moved: (learner: string) => `Soutenance de ${learner} déplacée (pas encore écrite).`,
  swapped: (learner: string) => `Jury de ${learner} modifié (pas encore écrit).`,
  results: 'Résultats',
  resultsHint: 'Choisir un résultat l’écrit dans « Mémoires » et recalcule l’éligibilité.',
  noResult: '—',
} as const;
