/**
 * The default templates, in French: HTML that Drive converts into a Google Doc on upload
 * (https://developers.google.com/drive/api/guides/manage-uploads#import-docs), then one layout
 * batch (layout.ts: borders on every table, a page footer with the legal mentions). Staff then edit
 * the Doc. Each holds every mention the contract lists for its type (workbook.md › `Documents`,
 * "What each document holds") and only tags of its type, so it passes checkTemplate.
 */
import type { DocumentKind } from '../documents';
import { COMPLETION, DEFENCE_INVITATION, DEFENCE_MINUTES, SELECTION_DECISION } from './learner';
import { ATTENDANCE, INVITATION, SIGN_IN } from './session';

export { FOOTER_LINES, layoutRequests, footerRequests } from './layout';

export const DEFAULT_TEMPLATE_NAMES: Record<DocumentKind, string> = {
  convocation: 'Modèle — Convocation',
  emargement: "Modèle — Feuille d'émargement",
  'attestation-presence': 'Modèle — Attestation de présence',
  'attestation-fin': 'Modèle — Attestation de fin de formation',
  'convocation-soutenance': 'Modèle — Convocation à la soutenance',
  'pv-soutenance': 'Modèle — Procès-verbal de soutenance',
  decision: 'Modèle — Décision de sélection',
};

export const DEFAULT_TEMPLATES: Record<DocumentKind, string> = {
  convocation: INVITATION,
  emargement: SIGN_IN,
  'attestation-presence': ATTENDANCE,
  'attestation-fin': COMPLETION,
  'convocation-soutenance': DEFENCE_INVITATION,
  'pv-soutenance': DEFENCE_MINUTES,
  decision: SELECTION_DECISION,
};
