/** What the « Planifier les soutenances » sidebar's server says (the page's own words are in its messages module). */
import { plural, printable, q } from '../french';

export const defencesSidebarMessages = {
  title: 'Soutenances',
  menu: 'Planifier les soutenances…',
  invalidRequest: (where: string) =>
    `Demande invalide${where ? ` (${where})` : ''} : rechargez la barre latérale des soutenances et réessayez. Rien n'a été écrit.`,
  missingColumn: (header: string) =>
    `L'onglet « Mémoires » n'a pas de colonne ${q(header)} : ajoutez-la (ou lancez PACTE › Initialiser la cohorte…), puis relancez la planification. Rien n'a été écrit.`,
  refused: (reasons: readonly string[]) =>
    `La proposition ne peut pas être enregistrée, rien n'a été écrit :\n${reasons.map((r) => `– ${r}`).join('\n')}`,
  rowGone: (learnerIds: readonly string[]) =>
    `Plus de ligne dans « Mémoires » pour ${learnerIds.map((id) => printable(id)).join(', ')} (supprimée entre-temps ?) : relancez « Planifier les soutenances ». Rien n'a été écrit.`,
  nothingToWrite: 'Rien à écrire : chaque soutenance de la proposition est déjà dans « Mémoires ».',
  written: (n: number) => `${plural(n, 'soutenance enregistrée', 'soutenances enregistrées')} dans « Mémoires ».`,
  journalPlanned: 'Planification des soutenances',
  journalResult: 'Résultat de soutenance',
  unknownLearner: (learnerId: string) =>
    `${q(printable(learnerId))} n'a pas de soutenance dans « Mémoires » (ou n'est plus inscrit·e) : rechargez la barre latérale.`,
  resultWritten: (learnerId: string, result: string, eligibility: string) =>
    `${result ? `Résultat « ${result} » enregistré` : 'Résultat effacé'} pour ${printable(learnerId)}. ${eligibility}`,
  slotLabel: (day: string, time: string, session: string) => `${day} à ${time} (${session})`,
  resultWhen: (day: string, time: string) => (time ? `${day} à ${time}` : day),
} as const;
