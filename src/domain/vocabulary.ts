/**
 * The words of the programme, as staff spell them in the Sheet: structure types, statuses,
 * session types, half-days. The domain owns them; `src/workbook` maps tabs onto them.
 */

export const STRUCTURE_TYPES = ['MSP', 'CPTS', 'CDS'] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

export const CANDIDATE_STATUSES = [
  'Reçu',
  'Pré-sélectionné',
  'Entretien',
  'Retenu',
  'Validé EHESP',
  'Inscrit',
  "Liste d'attente",
  'Refusé',
  'Désisté',
] as const;
export const ENROLLED_STATUS = 'Inscrit';
/** Applications that are over: nothing left to complete, counted apart. */
export const CLOSED_STATUSES = ['Refusé', 'Désisté'] as const satisfies readonly (typeof CANDIDATE_STATUSES)[number][];

export const SESSION_TYPES = ['Accueil T0', 'Séminaire', 'PACTE+', 'Soutenances'] as const;
export const SESSION_AUDIENCES = ['Coordinateur', 'Coordinateur et équipe', 'Gouvernance'] as const;
export const HALF_DAYS = ['Matin', 'Après-midi'] as const;
export type HalfDay = (typeof HALF_DAYS)[number];
export const ATTENDANCE_STATUSES = ['Présent', 'Retard', 'Absent excusé', 'Absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const DEFENCE_RESULTS = ['Admis', 'Ajourné'] as const;
export const CIVILITIES = ['Mme', 'M.'] as const;

/** A COPIL member's opinion on a candidate (`Avis` tab). */
export const OPINIONS = ['Favorable', 'Réservé', 'Défavorable'] as const;
export type Opinion = (typeof OPINIONS)[number];
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];
/** The COPIL's decisions, each with its letter (« Décision de sélection »). */
export const DECISION_STATUSES = ['Retenu', "Liste d'attente", 'Refusé'] as const satisfies readonly CandidateStatus[];
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
/** `Jury` › `Rôle`: who may preside a soutenance, who sits beside them. */
export const JURY_ROLES = ['Président', 'Membre'] as const;
export type JuryRole = (typeof JURY_ROLES)[number];
/** `Séances` › `Type` of the soutenance days. */
export const DEFENCE_SESSION_TYPE = 'Soutenances';
