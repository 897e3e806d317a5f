/**
 * The document types the product makes, as one table: a new type is one more entry here (its
 * register label, whether it is asked for per session, its folder, the tags it fills, the rows it
 * repeats), in MENTIONS (mentions.ts: what its template must hold), in TEMPLATE_KEYS (src/actions/documents/inputs.ts),
 * in the default templates (src/domain/document-templates/) and in dueDocuments' builders.
 */
import { COMMON_TAGS, LEARNER_TAGS, ROW_TAGS, SESSION_TAGS, type RowKind } from './tags';

export const DOCUMENT_KINDS = [
  'convocation',
  'emargement',
  'attestation-presence',
  'attestation-fin',
  'convocation-soutenance',
  'pv-soutenance',
  'decision',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface KindSpec {
  /** The register's `Type`. */
  label: string;
  /** Asked for one session (the session's folder); otherwise for the cohort's learners, in `folder`. */
  bySession: boolean;
  /** `Dossier Drive` › this folder, for a type that belongs to no session. */
  folder?: string;
  /** Every tag a template of this type may hold outside repeated rows. */
  tags: readonly string[];
  /** Table rows repeated once per person (or per half-day): the tags that live in them. */
  rows?: Partial<Record<RowKind, readonly string[]>>;
}

/** The folder of completion certificates, which belong to no session. */
export const COMPLETION_FOLDER = 'Fin de formation';
/** The folder of soutenance documents. */
export const DEFENCE_FOLDER = 'Soutenances';
/** The folder of selection decisions. */
export const SELECTION_FOLDER = 'Sélection';

const DEFENCE = ['date_soutenance', 'heure_soutenance', 'lieu', 'titre_memoire'] as const;

export const KINDS: Record<DocumentKind, KindSpec> = {
  convocation: {
    label: 'Convocation',
    bySession: true,
    tags: [...COMMON_TAGS, ...SESSION_TAGS, ...LEARNER_TAGS],
  },
  emargement: {
    label: "Feuille d'émargement",
    bySession: true,
    tags: [...COMMON_TAGS, ...SESSION_TAGS, 'date', 'demi_journee'],
    rows: { learner: ROW_TAGS.learner, trainer: ROW_TAGS.trainer },
  },
  'attestation-presence': {
    label: 'Attestation de présence',
    bySession: true,
    tags: [
      ...COMMON_TAGS,
      ...SESSION_TAGS,
      ...LEARNER_TAGS,
      'heures_presentes',
      'demi_journees_presentes',
      'demi_journees_seance',
      'detail_presences',
    ],
    rows: { presence: ROW_TAGS.presence },
  },
  'attestation-fin': {
    label: 'Attestation de fin de formation',
    bySession: false,
    folder: COMPLETION_FOLDER,
    tags: [
      ...COMMON_TAGS,
      ...LEARNER_TAGS,
      'ects',
      'debut_formation',
      'fin_formation',
      'heures_formation',
      'titre_memoire',
      'resultat_memoire',
    ],
  },
  'convocation-soutenance': {
    label: 'Convocation à la soutenance',
    bySession: false,
    folder: DEFENCE_FOLDER,
    tags: [...COMMON_TAGS, ...LEARNER_TAGS, ...DEFENCE, 'jury'],
  },
  'pv-soutenance': {
    label: 'Procès-verbal de soutenance',
    bySession: false,
    folder: DEFENCE_FOLDER,
    tags: [...COMMON_TAGS, ...LEARNER_TAGS, ...DEFENCE, 'jury', 'resultat_memoire'],
    rows: { jury: ROW_TAGS.jury },
  },
  decision: {
    label: 'Décision de sélection',
    bySession: false,
    folder: SELECTION_FOLDER,
    tags: [...COMMON_TAGS, ...LEARNER_TAGS, 'decision', 'suite'],
  },
};

/** The `Type` column of the register. */
export const KIND_LABELS = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, KINDS[k].label])) as Record<DocumentKind, string>;
export const DOCUMENT_TAGS = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, KINDS[k].tags])) as Record<DocumentKind, readonly string[]>;
export const REPEATED_ROWS = Object.fromEntries(DOCUMENT_KINDS.flatMap((k) => (KINDS[k].rows ? [[k, KINDS[k].rows]] : []))) as Partial<
  Record<DocumentKind, Partial<Record<RowKind, readonly string[]>>>
>;

/** Every tag the product knows (a template's tag outside this set is unknown). */
export const ALL_TAGS: ReadonlySet<string> = new Set([...Object.values(DOCUMENT_TAGS).flat(), ...Object.values(ROW_TAGS).flat()]);

/** The programme's name on every document. */
export const PROGRAMME = 'PACTE Soins Primaires';
