/**
 * Issue 13 item 8: a first set-up interrupted at any Google call is completed by the next run,
 * which then leaves exactly the workbook a clean run leaves (formats, checkboxes, lists,
 * protections included), and a third run has nothing left to do.
 */
import { startGas, type Gas } from '../helpers/gas';

const USER = 'coordination@example.org';
const PRESET = 'bretagne-2025';

/** Each column of a grid as runs of equal cells ("2-1000 CHECKBOX"): compact enough to compare 200 times. */
function columnRuns(grid: unknown[][]): string[] {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const key = (v: unknown) => (v === null || typeof v !== 'object' ? String(v) : JSON.stringify(v));
  return Array.from({ length: width }, (_, c) => {
    const runs: string[] = [];
    let start = 1;
    let current = key(grid[0]![c]);
    for (let r = 2; r <= grid.length + 1; r++) {
      const next = r <= grid.length ? key(grid[r - 1]![c]) : undefined;
      if (next !== current) {
        runs.push(`${start}-${r - 1} ${current}`);
        start = r;
        current = next!;
      }
    }
    return runs.join(' | ');
  });
}

/** Everything the set-up makes, as data; the journal rows (they tell what each run did) aside. */
function snapshot({ sim }: Gas) {
  const names = sim.peek.sheetNames();
  return {
    names,
    tabs: names.map((n) => ({
      n,
      values: n === 'Journal' ? sim.peek.values(n).slice(0, 1) : sim.peek.values(n),
      formats: columnRuns(sim.peek.numberFormats(n)),
      validations: columnRuns(sim.peek.validations(n)),
      headerWeights: sim.spreadsheet.getSheetByName(n)!.getRange('1:1').getFontWeights()[0],
      frozenRows: sim.peek.frozenRows(n),
      frozenColumns: sim.spreadsheet.getSheetByName(n)!.getFrozenColumns(),
      maxRows: sim.spreadsheet.getSheetByName(n)!.getMaxRows(),
      maxColumns: sim.spreadsheet.getSheetByName(n)!.getMaxColumns(),
    })),
    protections: sim.peek.protections(),
  };
}

function freshGas(): Gas {
  const gas = startGas({ user: USER });
  // Enough answers for every run that still has to ask for the profile.
  for (let i = 0; i < 3; i++) gas.sim.ui.queuePromptResponse({ button: 'OK', text: PRESET });
  return gas;
}

function cleanRun(): { calls: Record<string, number>; snapshot: ReturnType<typeof snapshot> } {
  const gas = freshGas();
  gas.sim.calls.reset();
  gas.run('pacteInitCohort');
  const calls = gas.sim.calls.byMethod();
  const snap = snapshot(gas);
  return { calls, snapshot: snap };
}

describe('Initialiser la cohorte… repairs an interrupted first run', () => {
  const clean = cleanRun();

  it('a clean first run makes a bounded number of calls', () => {
    const total = Object.values(clean.calls).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50);
    expect(total).toBeLessThan(300);
  });

  // Every counted method, at every one of its calls in a clean first run.
  const cases = Object.entries(clean.calls).flatMap(([method, count]) => Array.from({ length: count }, (_, i) => [method, i + 1] as const));

  it.each(cases)('failure at %s #%i: the next run completes the workbook', (method, nth) => {
    const gas = freshGas();
    gas.sim.failAt(method, nth);
    gas.run('pacteInitCohort');
    gas.run('pacteInitCohort');
    const after = snapshot(gas);
    expect(after).toEqual(clean.snapshot);
    expect(after.protections.every((p) => p.warningOnly)).toBe(true);
    gas.run('pacteInitCohort');
    expect(gas.sim.ui.alerts.at(-1)!.message).toBe(`La cohorte est déjà initialisée (profil ${PRESET}) : rien à changer.`);
  });
});
