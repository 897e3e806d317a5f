/**
 * « Planifier les soutenances »: Google calls to open the proposal and confirm it, on the September
 * demo (src/workbook/demo-september.ts) with enough soutenance days for every learner. Shared by
 * `npm run bench` and the cost test: the count must not grow with the soutenances.
 */
import { generateSeptemberDemo } from '../../src/workbook/demo-september';
import { countingSheet } from './measure';

export interface DefencePlanningCost {
  soutenances: number;
  load: number;
  confirm: number;
}

/** `size` applicants (a quarter or so enrolled); the calls of pacteDefencesLoad, then of pacteDefencesConfirm. */
export function measureDefencePlanning(size: number): DefencePlanningCost {
  const tabs = generateSeptemberDemo({ size, defenceDays: Math.ceil(size / 12) + 1 });
  const { sim, gas } = countingSheet(tabs, new Date('2026-09-01T10:00:00+02:00'));
  const view = gas.pacteDefencesLoad!(null) as { proposal: unknown[]; unplaced: unknown[]; problems: string[] };
  if (view.problems.length || view.unplaced.length) throw new Error(`bench: the demo does not plan: ${JSON.stringify(view)}`);
  const load = sim.calls.total();
  sim.startExecution();
  sim.calls.reset();
  gas.pacteDefencesConfirm!({ proposal: view.proposal });
  return { soutenances: view.proposal.length, load, confirm: sim.calls.total() };
}
