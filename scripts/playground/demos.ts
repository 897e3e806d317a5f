/**
 * The demo cohorts a person can load in the playground (the chooser in its header). Each one is a
 * moment of the year: its label, the simulated clock's date, and the workbook as it stands that day.
 * Adding one (a cohort at selection time, another at soutenances time) is one entry in DEMOS.
 */
import { instantOfWallClock, isDay, toUtc, type Day } from '../../src/domain/dates';
import { DEMO_TODAY, generateDemoCohort, type DemoWorkbook } from '../../src/workbook/demo';
import { generateSeptemberDemo, SEPTEMBER_TODAY } from '../../src/workbook/demo-september';
import { generateSelectionDemo, SELECTION_DEMO_TODAY } from '../../src/workbook/demo-selection';

export interface DemoBuildOptions {
  /** Number of applicants (the playground's default: 40). */
  size: number;
  /** The demo's `today`, as given in its entry. */
  today: Day;
}

export interface PlaygroundDemo {
  /** Short, stable, in the request and the page: lowercase letters, digits and « - ». */
  id: string;
  /** What the chooser shows, in French: « Formation (janvier) ». */
  label: string;
  /** The simulated clock's day when the demo opens (at 10:00, Paris time). */
  today: Day;
  /** The workbook on that day (tab → rows, header first): a new one at each load. */
  build(options: DemoBuildOptions): DemoWorkbook;
}

export const DEMOS: readonly PlaygroundDemo[] = [
  {
    id: 'formation-janvier',
    label: 'Formation (janvier)',
    today: DEMO_TODAY,
    build: ({ size, today }) => generateDemoCohort({ size, today }),
  },
  {
    // Theses deposited, a `Jury` tab: « Planifier les soutenances… », the jury e-mails, the results.
    id: 'soutenances-septembre',
    label: 'Soutenances (septembre)',
    today: SEPTEMBER_TODAY,
    build: ({ size, today }) => generateSeptemberDemo({ size, today }),
  },
  {
    // The same applicants in November: opinions, interview slots, invitations and decisions to come.
    id: 'selection-novembre',
    label: 'Sélection (novembre)',
    today: SELECTION_DEMO_TODAY,
    build: ({ size }) => generateSelectionDemo({ size }),
  },
];

export function demoById(id: string, demos: readonly PlaygroundDemo[] = DEMOS): PlaygroundDemo | undefined {
  return demos.find((d) => d.id === id);
}

/** The simulated clock when `demo` opens: 10:00 in Paris on its day. */
export function demoClock(demo: PlaygroundDemo): Date {
  if (!isDay(demo.today)) throw new Error(`demo ${demo.id}: today ${demo.today} is not a YYYY-MM-DD day`);
  return instantOfWallClock(toUtc(demo.today).getTime() + 10 * 3_600_000);
}
