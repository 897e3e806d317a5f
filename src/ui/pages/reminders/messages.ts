/** Every French string of the reminders sidebar (the server's live in src/domain/messages/). */
import { frenchNumber, plural } from '../../../domain/french';

export const M = {
  heading: 'Relances',
  loading: 'Chargement de l’aperçu…',
  dueToday: (n: number, day: string) =>
    n === 0 ? `Aucune relance due aujourd’hui (${day}).` : `${plural(n, 'relance due', 'relances dues')} aujourd’hui (${day}).`,
  quota: (n: number) => `Quota Google restant aujourd’hui : ${plural(n, 'destinataire', 'destinataires')}.`,
  overQuota: (n: number) => `Au-delà du quota, ${plural(n, 'relance attendra', 'relances attendront')} le prochain envoi.`,
  /** A rule by what it does (« Convocations (7 jours avant chaque séance) »), with its count. */
  group: (label: string, n: number) => `${label} (${frenchNumber(n)})`,
  ruleId: (id: string) => `Règle « ${id} » de l’onglet « Relances »`,
  to: 'À : ',
  subject: 'Objet : ',
  show: 'Voir le message',
  test: 'M’envoyer un test',
  sendNow: 'Envoyer maintenant',
  confirmSend: (n: number) => `Envoyer ${plural(n, 'relance', 'relances')} maintenant ? Chacune ne part qu’une fois.`,
  problems: 'Problèmes à corriger',
  automatic: 'Envoi automatique chaque matin (vers 7 h)',
  working: 'Un instant…',
  reload: 'Actualiser',
} as const;
