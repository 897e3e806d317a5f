/**
 * Google calls per action on a demo cohort of a given size, counted by the simulator.
 * Shared by `npm run bench` (prints them) and the cost test (fails when they grow with rows).
 */
import { createSimulator } from '../../sim';
import { DEMO_STAFF, generateDemoCohort } from '../../src/workbook/demo';
import { htmlFiles, loadBundle } from './load-bundle';

export interface ActionCost {
  total: number;
  byMethod: Record<string, number>;
}

export type Scenario = {
  name: string;
  run: (gas: Record<string, (...a: unknown[]) => unknown>) => void;
  /** Run before the calls are counted (e.g. a first set-up). */
  prepare?: (gas: Record<string, (...a: unknown[]) => unknown>) => void;
};

export const SCENARIOS: Scenario[] = [
  { name: 'Vérifier les candidatures', run: (gas) => gas.pacteCheckCandidates!() },
  { name: 'Vérifier (IDs à attribuer)', run: (gas) => gas.pacteCheckCandidates!() },
  { name: "Calculer l'éligibilité", run: (gas) => gas.pacteComputeEligibility!() },
  { name: 'Paramètres…', run: (gas) => gas.pacteShowSettings!() },
  { name: 'Initialiser (classeur existant)', run: (gas) => gas.pacteInitCohort!() },
  { name: 'Initialiser (déjà initialisé)', prepare: (gas) => gas.pacteInitCohort!(), run: (gas) => gas.pacteInitCohort!() },
];

export function measureActions(size: number, scenarios: Scenario[] = SCENARIOS): Record<string, ActionCost> {
  const costs: Record<string, ActionCost> = {};
  for (const scenario of scenarios) {
    const tabs = generateDemoCohort({ size });
    if (scenario.name.includes('IDs')) {
      // Ten applicants typed in at the bottom without an ID, and two more lower in the tab: the IDs
      // are written one block per run of empty ID cells, so the cost follows the runs, not the rows.
      const rows = tabs.get('Candidatures')!;
      for (const i of [3, 7, ...Array.from({ length: 10 }, (_, k) => rows.length - 1 - k)]) rows[i]![0] = '';
    }
    const sim = createSimulator({ userEmail: DEMO_STAFF[0], htmlFiles: htmlFiles() });
    sim.load(Object.fromEntries(tabs));
    const gas = loadBundle(sim);
    if (scenario.prepare) {
      sim.startExecution();
      scenario.prepare(gas);
    }
    sim.startExecution();
    sim.calls.reset();
    scenario.run(gas);
    const alert = sim.ui.alerts.at(-1);
    if (alert && !scenario.name.startsWith('Paramètres') && !scenario.name.startsWith('Initialiser')) {
      throw new Error(`${scenario.name} alerted: ${alert.message}`);
    }
    costs[scenario.name] = { total: sim.calls.total(), byMethod: sim.calls.byMethod() };
  }
  return costs;
}

/** The built add-on on a simulated Sheet holding `tabs`, as staff at `now`, in a fresh execution whose calls are counted from zero. */
export function countingSheet(tabs: Map<string, unknown[][]>, now: Date) {
  const sim = createSimulator({ userEmail: DEMO_STAFF[0], now, htmlFiles: htmlFiles() });
  sim.load(Object.fromEntries(tabs));
  const gas = loadBundle(sim);
  sim.startExecution();
  sim.calls.reset();
  return { sim, gas };
}

/** One attendance save (a half-day for every learner) with `existingRows` rows already in Présences. */
export function measureAttendanceSave(existingRows: number): ActionCost {
  return measureAttendance(existingRows, 'save');
}

/** Opening the attendance sidebar's data (pacteAttendanceLoad) with `existingRows` rows in Présences. */
export function measureAttendanceLoad(existingRows: number): ActionCost {
  return measureAttendance(existingRows, 'load');
}

function measureAttendance(existingRows: number, what: 'load' | 'save'): ActionCost {
  const tabs = generateDemoCohort({ size: 40 });
  const attendance = tabs.get('Présences')!;
  const header = attendance[0]!;
  const filler = attendance.slice(1);
  const rows = [header, ...Array.from({ length: existingRows }, (_, i) => filler[i % filler.length]!)];
  tabs.set('Présences', rows);
  const learners = tabs
    .get('Candidatures')!
    .slice(1)
    .filter((r) => r[20] === 'Inscrit')
    .map((r) => r[0] as string);
  // The evening of S3's last day: attendance is saved for half-days that happened.
  const { sim, gas } = countingSheet(tabs, new Date('2026-02-06T18:00:00+01:00'));
  if (what === 'load') gas.pacteAttendanceLoad!({ sessionId: 'S3', day: '2026-02-05', halfDay: 'Matin' });
  else
    gas.pacteAttendanceSave!({
      sessionId: 'S3',
      day: '2026-02-05',
      halfDay: 'Matin',
      marks: learners.map((learnerId) => ({ learnerId, status: 'Présent' })),
    });
  return { total: sim.calls.total(), byMethod: sim.calls.byMethod() };
}
