/** The document types the product makes, their register labels and the tags each one fills. */
export const DOCUMENT_KINDS = ['convocation', 'emargement', 'attestation-presence', 'attestation-fin'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The `Type` column of the register. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  convocation: 'Convocation',
  emargement: "Feuille d'émargement",
  'attestation-presence': 'Attestation de présence',
  'attestation-fin': 'Attestation de fin de formation',
};

/** The programme's name on every document. */
export const PROGRAMME = 'PACTE Soins Primaires';

/** The folder of completion certificates, which belong to no session. */
export const COMPLETION_FOLDER = 'Fin de formation';

/** Every tag the product knows, per document type (the README lists them with their meaning). */
const COMMON = ['programme', 'diplome', 'promo', 'federation', 'expediteur', 'date_document'] as const;
const SESSION = ['seance', 'seance_id', 'date_seance', 'dates_seance', 'horaires', 'lieu'] as const;
const LEARNER = ['civilite', 'prenom', 'nom', 'structure'] as const;
export const ROW_TAGS = { learner: LEARNER, trainer: ['formateur'] as const };
export const DOCUMENT_TAGS: Record<DocumentKind, readonly string[]> = {
  convocation: [...COMMON, ...SESSION, ...LEARNER],
  emargement: [...COMMON, ...SESSION, 'date', 'demi_journee'],
  'attestation-presence': [...COMMON, ...SESSION, ...LEARNER, 'demi_journees_presentes', 'demi_journees_seance', 'detail_presences'],
  'attestation-fin': [...COMMON, ...LEARNER, 'ects'],
};
/** Sign-in sheets repeat a table row per learner and per trainer: these tags live in those rows. */
export const REPEATED_ROWS: Partial<Record<DocumentKind, { learner: readonly string[]; trainer: readonly string[] }>> = {
  emargement: ROW_TAGS,
};
export const ALL_TAGS: ReadonlySet<string> = new Set([...Object.values(DOCUMENT_TAGS).flat(), ...ROW_TAGS.learner, ...ROW_TAGS.trainer]);
