/** The selection pipeline: how many applications at each `Statut`, by structure type and department. */
import { messages } from '../messages';
import { fold } from '../text';
import { CANDIDATE_STATUSES, STRUCTURE_TYPES, type CandidateStatus } from '../vocabulary';
import type { SelectionCandidate, SelectionProblem } from './types';

/** The list value a `Statut` spells (any case or accents); empty is `Reçu`; undefined when not in the list. */
export function canonicalStatus(status: string): CandidateStatus | undefined {
  const key = fold(status);
  if (key === '') return 'Reçu';
  return CANDIDATE_STATUSES.find((s) => fold(s) === key);
}

/** What the selection shows as a candidate's `Statut`: the list value, or the text as typed when unknown. */
export function statusLabel(status: string): string {
  return canonicalStatus(status) ?? status.trim();
}

/** `Statut` values that are not in the list, each on its row of `Candidatures`. */
export function statusProblems(candidates: readonly SelectionCandidate[]): SelectionProblem[] {
  return candidates
    .filter((c) => canonicalStatus(c.status) === undefined)
    .map((c) => ({
      tab: 'Candidatures',
      row: c.row,
      code: 'unknown_status',
      message: messages.selection.problems.unknownStatus(c.status.trim()),
    }));
}

export interface PipelineFilter {
  /** `Type de structure` (compared without case or accents); absent: every type. */
  structureType?: string;
  department?: string;
}

export interface Pipeline {
  /** Every value of the `Statut` list in its order, 0 included, then unknown values as typed. */
  statuts: Record<string, number>;
  /** `Type de structure` → count: MSP, CPTS, CDS first, then other spellings; '' for an empty cell. */
  types: Record<string, number>;
  /** `Département` → count, as first spelled (`35` and ` 35` together), in text order; '' for empty. */
  departements: Record<string, number>;
}

/** Counts grouped by folded text, labelled as first written; `first` labels come first, in their order. */
function countBy(values: readonly string[], first: readonly string[] = []): Record<string, number> {
  const labels = new Map<string, string>(first.map((v) => [fold(v), v]));
  const counts = new Map<string, number>();
  for (const value of values) {
    const key = fold(value);
    if (!labels.has(key)) labels.set(key, value.trim());
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const firstKeys = first.map(fold).filter((k) => counts.has(k));
  const rest = [...counts.keys()].filter((k) => !firstKeys.includes(k)).sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  return Object.fromEntries([...firstKeys, ...rest].map((k) => [labels.get(k)!, counts.get(k)!]));
}

const matches = (value: string, wanted: string | undefined) => wanted === undefined || fold(value) === fold(wanted);

/** The pipeline of every `Candidatures` row with content, or of those `filter` keeps. */
export function pipelineCounts(candidates: readonly SelectionCandidate[], filter: PipelineFilter = {}): Pipeline {
  const kept = candidates.filter((c) => matches(c.structureType, filter.structureType) && matches(c.department, filter.department));
  // A Map, then fromEntries: a value typed as `__proto__` is counted like any other.
  const statuts = new Map<string, number>(CANDIDATE_STATUSES.map((s) => [s, 0]));
  for (const c of kept) {
    const label = statusLabel(c.status);
    statuts.set(label, (statuts.get(label) ?? 0) + 1);
  }
  return {
    statuts: Object.fromEntries(statuts),
    types: countBy(
      kept.map((c) => c.structureType),
      STRUCTURE_TYPES,
    ),
    departements: countBy(kept.map((c) => c.department)),
  };
}
