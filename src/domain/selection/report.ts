/**
 * The selection at a glance, as `pacte selection --json` prints it (workbook.md › Selection) and the
 * sidebar shows it: the pipeline, each candidate's opinions and slot, and every problem on its row.
 */
import { idKey } from '../candidates';
import { candidateIndex, checkSlots } from './slots';
import { emptySummary, readOpinions, summarizeOpinions, type OpinionSummary } from './opinions';
import { pipelineCounts, statusLabel, statusProblems, type Pipeline } from './pipeline';
import { formatClockIso } from '../dates';
import type { OpinionRow, SelectionCandidate, SelectionProblem, SelectionTab, Slot, SlotRow } from './types';
import type { Opinion } from '../vocabulary';

export interface SelectionInput {
  candidates: readonly SelectionCandidate[];
  /** `Avis` rows; absent or empty when the tab is. */
  opinions?: readonly OpinionRow[];
  /** `Entretiens` rows; absent or empty when the tab is. */
  slots?: readonly SlotRow[];
  /** `Équipe`'s addresses: when given, an opinion from anyone else is a problem and counts for nothing. */
  team?: readonly string[];
}

export interface CandidateSelection {
  id: string;
  statut: string;
  avis: Record<Opinion, number>;
  note: number | null;
  creneau: string | null;
  /** `AAAA-MM-JJTHH:MM`, Paris time; null without a slot or when the slot's date or time is unreadable. */
  entretien: string | null;
}

/** Exactly the contract's JSON document. */
export interface SelectionReport {
  statuts: Record<string, number>;
  candidates: CandidateSelection[];
  problems: Array<{ tab: SelectionTab; row: number; message: string }>;
}

export interface SelectionResult {
  report: SelectionReport;
  pipeline: Pipeline;
  slots: Slot[];
  /** Candidate key (idKey) → opinions counted, each member's latest opinion with its comment. */
  opinions: Map<string, OpinionSummary>;
  /** Candidate key (idKey) → the slot they hold (the first in tab order when they hold two). */
  slotOf: Map<string, Slot>;
  /** The same problems as the report, with their codes. */
  problems: SelectionProblem[];
}

const TAB_ORDER: readonly SelectionTab[] = ['Candidatures', 'Avis', 'Entretiens'];
const idOrder = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** The report's order: by `ID` (`C-0002` before `C-0010`), then row for a shared ID. */
export function byCandidateId(a: SelectionCandidate, b: SelectionCandidate): number {
  return idOrder.compare(a.id, b.id) || a.row - b.row;
}

/** Candidate key → the first slot (in tab order) holding them. */
function slotByCandidate(slots: readonly Slot[]): Map<string, Slot> {
  const held = new Map<string, Slot>();
  for (const slot of slots) if (slot.candidateId && !held.has(idKey(slot.candidateId))) held.set(idKey(slot.candidateId), slot);
  return held;
}

export function computeSelection(input: SelectionInput): SelectionResult {
  const index = candidateIndex(input.candidates);
  const slotCheck = checkSlots(input.slots ?? [], index);
  const opinionCheck = readOpinions(input.opinions ?? [], index, input.team ? { team: input.team } : {});
  const summaries = summarizeOpinions(opinionCheck.opinions);
  const held = slotByCandidate(slotCheck.slots);
  const problems = [...statusProblems(input.candidates), ...opinionCheck.problems, ...slotCheck.problems].sort(
    (a, b) => TAB_ORDER.indexOf(a.tab) - TAB_ORDER.indexOf(b.tab) || a.row - b.row,
  );
  const pipeline = pipelineCounts(input.candidates);
  const candidates = input.candidates
    .filter((c) => c.id)
    .sort(byCandidateId)
    .map((c): CandidateSelection => {
      const summary = summaries.get(idKey(c.id)) ?? emptySummary();
      const slot = held.get(idKey(c.id));
      const at = slot?.day && slot.start !== undefined ? `${slot.day}T${formatClockIso(slot.start)}` : null;
      return {
        id: c.id,
        statut: statusLabel(c.status),
        avis: { ...summary.avis },
        note: summary.note,
        creneau: slot?.id || null,
        entretien: at,
      };
    });
  return {
    report: { statuts: pipeline.statuts, candidates, problems: problems.map(({ tab, row, message }) => ({ tab, row, message })) },
    pipeline,
    slots: slotCheck.slots,
    opinions: summaries,
    slotOf: held,
    problems,
  };
}
