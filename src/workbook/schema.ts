import { REMINDER_TRIGGERS } from '../domain/reminders/triggers';

/**
 * The cohort workbook's tabs and headers, exactly as workbook.md (the contract with users) names them.
 * Columns are always found by these headers, never by position.
 */
// The vocabulary lives in the domain; re-exported here for the code that maps tabs.
import {
  STRUCTURE_TYPES,
  CANDIDATE_STATUSES,
  ENROLLED_STATUS,
  SESSION_TYPES,
  SESSION_AUDIENCES,
  HALF_DAYS,
  ATTENDANCE_STATUSES,
  DEFENCE_RESULTS,
  CIVILITIES,
  OPINIONS,
  JURY_ROLES,
} from '../domain/vocabulary';
export {
  STRUCTURE_TYPES,
  CANDIDATE_STATUSES,
  ENROLLED_STATUS,
  SESSION_TYPES,
  SESSION_AUDIENCES,
  HALF_DAYS,
  ATTENDANCE_STATUSES,
  DEFENCE_RESULTS,
  CIVILITIES,
  OPINIONS,
  JURY_ROLES,
};
export type { StructureType, HalfDay, AttendanceStatus } from '../domain/vocabulary';

export interface TabSpec {
  readonly name: string;
  readonly headers: readonly string[];
  /** Headers the product reads; a workbook without one of them is refused with its name. */
  readonly required: readonly string[];
  readonly booleans?: readonly string[];
  readonly dates?: readonly string[];
  /** Drop-down lists put on these columns by the set-up. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /** Columns only the product writes (protected with a warning in the Sheet). */
  readonly productOwned?: readonly string[];
  /** Columns the product derives from the rest of the row: they alone do not make a row one with content. */
  readonly derived?: readonly string[];
  /** The whole tab is written by the product. */
  readonly productTab?: boolean;
  /** Date-and-time columns, shown with the hour (they win over `dates`). */
  readonly dateTimes?: readonly string[];
  /** Plain-text columns (format '@'): a phone 0612345678 or a département 01 keeps its leading 0. */
  readonly texts?: readonly string[];
  /** Headers the set-up adds but a workbook may lack and stay valid (never in `required`). */
  readonly optional?: readonly string[];
  /** Created by the set-up, but a workbook may lack it whole: read when present, never refused for its absence. */
  readonly optionalTab?: boolean;
}

export const SETTINGS_TAB = {
  name: 'Paramètres',
  headers: ['Clé', 'Valeur'],
  required: ['Clé', 'Valeur'],
} as const satisfies TabSpec;

export const CANDIDATE_PIECES = ['CV', 'Lettre de motivation', "Lettre d'engagement de l'équipe", 'Photo'] as const;

export const CANDIDATES_TAB = {
  name: 'Candidatures',
  headers: [
    'ID',
    'Civilité',
    'Prénom',
    'Nom',
    'E-mail',
    'Téléphone',
    'Structure',
    'Type de structure',
    'Commune',
    'Département',
    'Date de réception du dossier',
    'CV',
    'Lettre de motivation',
    "Lettre d'engagement de l'équipe",
    'Photo',
    'Engagement T0 et PACTE+',
    'Projet de santé validé ARS',
    'Adhérent fédération à jour',
    'En équipe',
    'Dérogation',
    'Statut',
    "Date d'entretien",
    'Formateur relais',
    'Contrôle',
    'Notes',
  ],
  required: [
    'ID',
    'Prénom',
    'Nom',
    'E-mail',
    'Structure',
    'Type de structure',
    'Date de réception du dossier',
    ...CANDIDATE_PIECES,
    'Engagement T0 et PACTE+',
    'Projet de santé validé ARS',
    'Adhérent fédération à jour',
    'En équipe',
    'Dérogation',
    'Statut',
  ],
  booleans: [
    ...CANDIDATE_PIECES,
    'Engagement T0 et PACTE+',
    'Projet de santé validé ARS',
    'Adhérent fédération à jour',
    'En équipe',
    'Dérogation',
  ],
  dates: ['Date de réception du dossier', "Date d'entretien"],
  texts: ['Téléphone', 'Département'],
  lists: { Statut: CANDIDATE_STATUSES, 'Type de structure': STRUCTURE_TYPES, Civilité: CIVILITIES },
  productOwned: ['ID', 'Contrôle'],
  derived: ['Contrôle'],
} as const satisfies TabSpec;

/**
 * The COPIL's opinions, one row per member and candidate (members type them, or the selection
 * sidebar writes them). A member's latest valid row for a candidate is their opinion.
 */
export const OPINIONS_TAB = {
  name: 'Avis',
  headers: ['ID candidat', 'Membre', 'Avis', 'Note', 'Commentaire', 'Saisi le'],
  required: ['ID candidat', 'Membre', 'Avis', 'Note', 'Saisi le'],
  optional: ['Commentaire'],
  lists: { Avis: OPINIONS },
  dateTimes: ['Saisi le'],
  optionalTab: true,
} as const satisfies TabSpec;

/**
 * Interview slots, one a row: `Créneau` (`E-001`) is the product's stable ID, by which every write
 * finds its row; `Invitation` says what was sent (written by the product only).
 */
export const SLOTS_TAB = {
  name: 'Entretiens',
  headers: ['Créneau', 'Date', 'Heure', 'Durée (min)', 'Lien visio', 'Jury', 'ID candidat', 'Invitation'],
  required: ['Créneau', 'Date', 'Heure', 'Durée (min)', 'Lien visio', 'Jury', 'ID candidat'],
  optional: ['Invitation'],
  dates: ['Date'],
  productOwned: ['Créneau', 'Invitation'],
  derived: ['Invitation'],
  optionalTab: true,
} as const satisfies TabSpec;

export const SESSIONS_TAB = {
  name: 'Séances',
  headers: ['ID', 'Intitulé', 'Type', 'Date de début', 'Date de fin', 'Lieu', 'Obligatoire', 'Public', 'Heures', 'Horaires', 'Formateurs'],
  required: ['ID', 'Intitulé', 'Date de début', 'Date de fin', 'Obligatoire'],
  optional: ['Horaires', 'Formateurs'],
  booleans: ['Obligatoire'],
  dates: ['Date de début', 'Date de fin'],
  lists: { Type: SESSION_TYPES, Public: SESSION_AUDIENCES },
} as const satisfies TabSpec;

export const ATTENDANCE_TAB = {
  name: 'Présences',
  headers: ['ID apprenant', 'Séance', 'Date', 'Demi-journée', 'Statut', 'Saisi par', 'Saisi le'],
  required: ['ID apprenant', 'Séance', 'Date', 'Demi-journée', 'Statut'],
  dates: ['Date'],
  lists: { 'Demi-journée': HALF_DAYS, Statut: ATTENDANCE_STATUSES },
  dateTimes: ['Saisi le'],
  productOwned: ['Saisi par', 'Saisi le'],
  derived: ['Saisi par', 'Saisi le'],
} as const satisfies TabSpec;

/**
 * `ID` (`P-0001`, assigned by the product, never rewritten or reused) names a production in keys, so
 * correcting its `Production` text changes nothing sent. Optional: a workbook made before it still
 * reads (its rows get no reminder until *Initialiser la cohorte…* adds the column).
 */
export const PRODUCTIONS_TAB = {
  name: 'Productions',
  headers: ['ID', 'ID apprenant', 'Production', 'Échéance', 'Déposée le', 'Commentaire'],
  required: ['ID apprenant', 'Production', 'Échéance', 'Déposée le'],
  optional: ['ID'],
  dates: ['Échéance', 'Déposée le'],
  productOwned: ['ID'],
} as const satisfies TabSpec;

export const THESES_TAB = {
  name: 'Mémoires',
  headers: ['ID apprenant', 'Titre', 'Déposé le', 'Pages', 'Date de soutenance', 'Heure', 'Jury', 'Résultat'],
  required: ['ID apprenant', 'Déposé le', 'Pages', 'Date de soutenance', 'Résultat'],
  dates: ['Déposé le', 'Date de soutenance'],
  lists: { Résultat: DEFENCE_RESULTS },
} as const satisfies TabSpec;

/**
 * The people who may sit on a soutenance jury. `Disponibilités`: dates separated by `,`, empty = every
 * soutenance day (a workbook without the column reads so too). The tab is optional: *Planifier les
 * soutenances* needs it, `pacte check` reads it when present.
 */
export const JURY_TAB = {
  name: 'Jury',
  headers: ['Nom', 'E-mail', 'Rôle', 'Disponibilités'],
  required: ['Nom', 'E-mail', 'Rôle'],
  optional: ['Disponibilités'],
  lists: { Rôle: JURY_ROLES },
  optionalTab: true,
} as const satisfies TabSpec;

export const ELIGIBILITY_TAB = {
  name: 'Éligibilité',
  headers: ['ID apprenant', 'Nom', 'État', 'Motifs', 'Calculé le'],
  required: ['ID apprenant', 'Nom', 'État', 'Motifs', 'Calculé le'],
  dates: ['Calculé le'],
  dateTimes: ['Calculé le'],
  productTab: true,
} as const satisfies TabSpec;

export const JOURNAL_TAB = {
  name: 'Journal',
  headers: ['Horodatage', 'Action', 'Cible', 'Détail', 'Par', 'Clé'],
  required: ['Horodatage', 'Action', 'Cible', 'Détail', 'Par', 'Clé'],
  dateTimes: ['Horodatage'],
  productTab: true,
} as const satisfies TabSpec;

/** The reminder rules, one a row; staff edit them (workbook.md, `Relances`). */
export const REMINDERS_TAB = {
  name: 'Relances',
  headers: ['Règle', 'Active', 'Quand', 'Jours', 'Objet', 'Message'],
  required: ['Règle', 'Active', 'Quand', 'Jours', 'Objet', 'Message'],
  booleans: ['Active'],
  lists: { Quand: REMINDER_TRIGGERS },
} as const satisfies TabSpec;

/** The register of documents made (workbook.md, `Documents`). */
export const DOCUMENTS_TAB = {
  name: 'Documents',
  headers: ['Clé', 'Type', 'Séance', 'Date', 'Demi-journée', 'ID apprenant', 'Nom', 'Document', 'PDF', 'État', 'Détail', 'Créé le'],
  required: ['Clé', 'Type', 'Séance', 'Date', 'Demi-journée', 'ID apprenant', 'Nom', 'Document', 'PDF', 'État', 'Détail', 'Créé le'],
  dates: ['Date', 'Créé le'],
  dateTimes: ['Créé le'],
  productTab: true,
} as const satisfies TabSpec;

/** In the order the set-up creates them. */
export const ALL_TABS: readonly TabSpec[] = [
  SETTINGS_TAB,
  CANDIDATES_TAB,
  OPINIONS_TAB,
  SLOTS_TAB,
  SESSIONS_TAB,
  ATTENDANCE_TAB,
  PRODUCTIONS_TAB,
  THESES_TAB,
  JURY_TAB,
  ELIGIBILITY_TAB,
  JOURNAL_TAB,
  REMINDERS_TAB,
  DOCUMENTS_TAB,
];

/** The Paramètres keys the product reads. */
export const SETTING_KEYS = {
  profile: 'Profil',
  team: 'Équipe',
  senderName: "Nom de l'expéditeur",
  replyTo: 'Adresse de réponse',
  driveFolder: 'Dossier Drive',
  thesisDeadline: 'Date limite de dépôt du mémoire',
  excusedAbsencesAllowed: 'Absences excusées autorisées (demi-journées)',
  thesisMinPages: 'Pages minimum du mémoire',
  templateInvitation: 'Modèle : convocation',
  templateSignInSheet: "Modèle : feuille d'émargement",
  templateAttendanceCertificate: 'Modèle : attestation de présence',
  templateCompletionCertificate: 'Modèle : attestation de fin de formation',
  templateDefenceInvitation: 'Modèle : convocation à la soutenance',
  templateDefenceMinutes: 'Modèle : procès-verbal de soutenance',
  templateSelectionDecision: 'Modèle : décision de sélection',
  /** Ticked → the daily trigger sends due reminders; a checkbox, unticked by default. */
  automaticReminders: 'Relances automatiques',
  /** The training body's legal mentions, on every document. */
  organisation: 'Organisme',
  organisationAddress: "Adresse de l'organisme",
  siret: 'SIRET',
  declarationNumber: "Numéro de déclaration d'activité",
  /** The e-mail and phone learners use, on convocations and at the end of every e-mail. */
  contact: 'Contact',
  /** Who signs attestations (« Sophie Kerzerho, coordinatrice régionale »). */
  signatory: 'Responsable',
  /** The « Fait à » of documents. */
  city: 'Ville',
  /** Where productions and the thesis are deposited (in reminders). */
  platform: 'Plateforme',
} as const;
