/** The whole check of a cohort workbook, shaped as `pacte check --json` prints it. */
import { checkCandidates, type CandidateResult } from '../domain/candidates';
import type { LearnerState } from '../domain/codes';
import type { Day } from '../domain/dates';
import { checkDefences, type DefenceProblem } from '../domain/defences/check';
import { computeEligibility, type LearnerReason, type LearnerResult } from '../domain/eligibility';
import type { Profile } from '../domain/profile';
import { resolveProfile } from './settings';
import { readCohort, type Cohort, type RawWorkbook } from './cohort';

export interface CheckReport {
  profile: string;
  today: Day;
  candidates: CandidateResult[];
  learners: Array<{ id: string; state: LearnerState; reasons: LearnerReason[] }>;
  /** Soutenance planning problems of learners `Inscrit` (always present, often empty). */
  defences: DefenceProblem[];
}

export interface CheckResult {
  report: CheckReport;
  profile: Profile;
  cohort: Cohort;
  /** Learner results with their names, for readable reports. */
  learners: LearnerResult[];
}

export function checkCohort(cohort: Cohort, profile: Profile, today: Day): CheckResult {
  const learners = computeEligibility(cohort, profile, today);
  return {
    cohort,
    profile,
    learners,
    report: {
      profile: profile.id,
      today,
      candidates: checkCandidates(cohort.candidates, profile),
      learners: learners.map(({ id, state, reasons }) => ({ id, state, reasons })),
      defences: checkDefences(cohort),
    },
  };
}

/** Reads a workbook and checks it; throws UserError on anything a person must fix first. */
export function checkWorkbook(workbook: RawWorkbook, today: Day, profile?: Profile): CheckResult {
  const cohort = readCohort(workbook, { settingsOptional: profile !== undefined });
  return checkCohort(cohort, resolveProfile(cohort.settings, profile), today);
}
