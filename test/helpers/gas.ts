/** A simulated Google Sheet running the built bundle, as staff would use it. */
import { createSimulator, type Simulator } from '../../sim';
import { htmlFiles, loadBundle, type GasGlobals } from '../../scripts/gas/load-bundle';
import { DEMO_STAFF, generateDemoCohort, type DemoOptions } from '../../src/workbook/demo';
import type { Cell } from '../../src/workbook/cells';

export interface Gas {
  sim: Simulator;
  gas: GasGlobals;
  /**
   * Runs a top-level function as a menu click does: one whole execution, whose pending writes land when
   * it returns. When the execution was killed (sim.killAt, time limit), throws the ExecutionKilled even
   * if the product caught it; the next run is a fresh execution.
   */
  run(name: string, ...args: unknown[]): unknown;
  /**
   * A colleague types `values` at (row, column) of `tab` (uncounted), then Google fires onEdit as a
   * simple trigger (LIMITED, 30 s) with the documented event object, in an execution of its own.
   */
  edit(tab: string, row: number, column: number, values: Cell[][]): void;
  values(tab: string): Cell[][];
  /** The tab's column under a header, data rows only. */
  column(tab: string, header: string): Cell[];
  workbook(): Map<string, Cell[][]>;
}

export function startGas(options: { user?: string; now?: Date; tabs?: Map<string, Cell[][]> } = {}): Gas {
  const sim = createSimulator({
    userEmail: options.user ?? DEMO_STAFF[0],
    now: options.now ?? new Date('2026-01-15T10:00:00+01:00'),
    htmlFiles: htmlFiles(),
  });
  if (options.tabs) sim.load(Object.fromEntries(options.tabs));
  const gas = loadBundle(sim);
  const values = (tab: string) => sim.peek.values(tab) as Cell[][];
  return {
    sim,
    gas,
    run(name, ...args) {
      return sim.runExecution(() => gas[name]!(...args));
    },
    edit(tab, row, column, values) {
      const range = sim.asColleague(() => sim.spreadsheet.getSheetByName(tab)!.getRange(row, column, values.length, values[0]!.length));
      const oldValue = sim.asColleague(() => (values.length === 1 && values[0]!.length === 1 ? range.getValue() : undefined));
      sim.asColleague(() => range.setValues(values as unknown[][]));
      // Inside another execution (sim.interleave, sim.locks.hold…(…, meanwhile)) this is one more execution.
      sim.setAuthMode('LIMITED');
      try {
        sim.runExecution(() => gas.onEdit!(sim.editEvent(range, { oldValue })), 'simpleTrigger');
      } finally {
        sim.setAuthMode('FULL');
      }
    },
    values,
    column(tab, header) {
      const [head, ...rows] = values(tab);
      const i = head!.indexOf(header);
      if (i < 0) throw new Error(`no column ${header} in ${tab}`);
      return rows.map((r) => r[i]);
    },
    workbook() {
      return new Map(sim.peek.sheetNames().map((n) => [n, values(n)]));
    },
  };
}

export function demoGas(options: DemoOptions & { user?: string } = {}): Gas {
  return startGas({ user: options.user, tabs: generateDemoCohort(options) });
}
