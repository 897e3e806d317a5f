/** The tags templates hold (the README lists each with its meaning), grouped as the document types share them. */

/** On every document: the programme, the training body's legal mentions, « Fait à …, le … ». */
export const COMMON_TAGS = [
  'programme',
  'diplome',
  'promo',
  'federation',
  'expediteur',
  'date_document',
  'organisme',
  'adresse_organisme',
  'ligne_siret',
  'ligne_declaration',
  'contact',
  'ligne_contact',
  'responsable',
  'ville',
  'fait_le',
] as const;

/** A session's documents: what `Séances` says of it. */
export const SESSION_TAGS = [
  'seance',
  'seance_id',
  'type_seance',
  'date_seance',
  'dates_seance',
  'horaires',
  'heures_seance',
  'lieu',
  'formateurs',
  'ligne_programme',
] as const;

/** `apprenant`: « Civilité Prénom Nom » in one, with no stray space when `Civilité` is empty. */
export const LEARNER_TAGS = ['civilite', 'prenom', 'nom', 'apprenant', 'structure'] as const;

/** What a repeated table row stands for: a learner or a trainer (sign-in sheets), a half-day attended, a jury member. */
export type RowKind = 'learner' | 'trainer' | 'presence' | 'jury';
export const ROW_KINDS: readonly RowKind[] = ['learner', 'trainer', 'presence', 'jury'];

export const ROW_TAGS: Record<RowKind, readonly string[]> = {
  learner: LEARNER_TAGS,
  trainer: ['formateur'],
  presence: ['date_presence', 'demi_journee_presence', 'horaires_presence', 'heures_presence'],
  jury: ['membre_jury', 'role_jury'],
};

/**
 * Tags whose value is a whole line, its label included (« SIRET : … »), empty when the setting or
 * column is: a paragraph holding nothing else is removed with its line break, so an empty optional
 * mention leaves no empty line (workbook.md › `Paramètres`).
 */
export const LINE_TAGS: ReadonlySet<string> = new Set(['ligne_siret', 'ligne_declaration', 'ligne_programme', 'ligne_contact', 'suite']);
