/** The codes of workbook.md: stable identifiers, printed by `pacte check --json`. */
export const CANDIDATE_PROBLEM_CODES = [
  'missing_field',
  'invalid_email',
  'duplicate_email',
  'structure_type_not_accepted',
  'received_before_opening',
  'received_after_deadline',
  'invalid_date',
  'missing_piece',
  'health_project_not_validated',
  'federation_membership',
  'engagement_commitment_missing',
  'not_in_team',
  'duplicate_id',
] as const;
export type CandidateProblemCode = (typeof CANDIDATE_PROBLEM_CODES)[number];

export const LEARNER_REASON_CODES = [
  'absent',
  'too_many_excused_absences',
  'defence_failed',
  'attendance_missing',
  'production_overdue',
  'thesis_overdue',
  'thesis_too_short',
  'defence_missing',
] as const;
export type LearnerReasonCode = (typeof LEARNER_REASON_CODES)[number];

/** Learner states from the worst to the best: reports list them in this order, summaries the reverse. */
export const LEARNER_STATES = ['not_eligible', 'at_risk', 'in_progress', 'eligible'] as const;
export type LearnerState = (typeof LEARNER_STATES)[number];

/** Which state a reason forces; the worst one wins. */
export const REASON_SEVERITY: Record<LearnerReasonCode, 'not_eligible' | 'at_risk'> = {
  absent: 'not_eligible',
  too_many_excused_absences: 'not_eligible',
  defence_failed: 'not_eligible',
  attendance_missing: 'at_risk',
  production_overdue: 'at_risk',
  thesis_overdue: 'at_risk',
  thesis_too_short: 'at_risk',
  defence_missing: 'at_risk',
};

/** Soutenance planning problems of learners `Inscrit` (`defences` in `pacte check --json`). */
export const DEFENCE_PROBLEM_CODES = ['defence_without_jury', 'defence_without_president', 'jury_double_booked'] as const;
export type DefenceProblemCode = (typeof DEFENCE_PROBLEM_CODES)[number];
