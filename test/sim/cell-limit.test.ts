/** Google refuses a cell of more than 50,000 characters, and the whole write with it. */
import { CELL_TOO_LONG, createSimulator, MAX_CELL_CHARS } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
const tab = (sim: Sim) =>
  (sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('T')!;

describe('the 50,000-character cell limit', () => {
  const fits = 'x'.repeat(MAX_CELL_CHARS);
  const over = fits + 'x';

  it('gives Google’s message', () => {
    expect(CELL_TOO_LONG).toBe('Your input contains more than the maximum of 50000 characters in a single cell.');
  });

  it('refuses setValue, setValues and appendRow at the call: nothing of the write lands', () => {
    const sim = createSimulator();
    sim.load({ T: [['a', 'b']] });
    sim.startExecution();
    expect(() => tab(sim).getRange(1, 1).setValue(over)).toThrow(CELL_TOO_LONG);
    expect(() =>
      tab(sim)
        .getRange(1, 1, 1, 2)
        .setValues([['short', over]]),
    ).toThrow(CELL_TOO_LONG);
    expect(() => tab(sim).appendRow(['short', over])).toThrow(CELL_TOO_LONG);
    expect(() =>
      tab(sim)
        .getRange(1, 1)
        .setFormula('=' + over),
    ).toThrow(CELL_TOO_LONG);
    expect(sim.pendingWrites()).toBe(0);
    expect(sim.peek.values('T')).toEqual([['a', 'b']]);
  });

  it('takes exactly 50,000 characters', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    tab(sim)
      .getRange(1, 1, 1, 1)
      .setValues([[fits]]);
    expect((sim.peek.values('T')[0]![0] as string).length).toBe(MAX_CELL_CHARS);
  });

  it('refuses a colleague too, and a fixture no one could have typed', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    expect(() => sim.asColleague(() => sim.spreadsheet.getSheetByName('T')!.getRange(1, 1).setValue(over))).toThrow(CELL_TOO_LONG);
    expect(() => sim.load({ U: [[over]] })).toThrow(`Simulator.load: U!A1: ${CELL_TOO_LONG}`);
  });
});
