/**
 * The script's spreadsheet writes wait until its next read, SpreadsheetApp.flush() or the end of its
 * execution (sim/spreadsheet/pending.ts), as Apps Script batches them; a colleague meanwhile works on
 * the sheet as it is.
 */
import { createSimulator } from '../../sim';
import { QUEUED_WRITES } from '../../sim/spreadsheet/pending';

type Sim = ReturnType<typeof createSimulator>;
const app = (sim: Sim) => sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
/** The sheet as a colleague sees it now (no pending write lands). */
const seen = (sim: Sim, name = 'T') => sim.asColleague(() => sim.spreadsheet.getSheetByName(name)!.getDataRange().getValues());

function started(tabs: Record<string, unknown[][]> = { T: [['a'], ['b'], ['c']] }): {
  sim: Sim;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
} {
  const sim = createSimulator();
  sim.load(tabs);
  sim.startExecution();
  return { sim, sheet: app(sim).getActiveSpreadsheet().getSheetByName(Object.keys(tabs)[0]!)! };
}

describe('pending writes', () => {
  it('stay invisible to a colleague until the script reads', () => {
    const { sim, sheet } = started();
    sheet.getRange(1, 1).setValue('x');
    sheet
      .getRange(2, 1, 1, 1)
      .setValues([['y']])
      .setBackground('#ff0000');
    expect(sim.pendingWrites()).toBe(3);
    expect(seen(sim)).toEqual([['a'], ['b'], ['c']]);
    expect(sheet.getRange(1, 1, 3, 1).getValues()).toEqual([['x'], ['y'], ['c']]);
    expect(sim.pendingWrites()).toBe(0);
    expect(seen(sim)).toEqual([['x'], ['y'], ['c']]);
  });

  it('land in order on SpreadsheetApp.flush(), on any read or structural call, never on a handle look-up', () => {
    const { sim, sheet } = started();
    sheet.getRange(1, 1).setValue('1');
    sheet.getRange(1, 1).setValue('2');
    app(sim).getActiveSpreadsheet().getSheetByName('T')!.getRange('A1:A3');
    expect(seen(sim)[0]).toEqual(['a']);
    app(sim).flush();
    expect(seen(sim)[0]).toEqual([2]);
    for (const read of [
      () => sheet.getLastRow(),
      () => sheet.getMaxRows(),
      () => sheet.getSheetValues(1, 1, 1, 1),
      () => sheet.insertRowsAfter(3, 1),
    ]) {
      sheet.getRange(3, 1).setValue('late');
      expect(seen(sim)[2]).toEqual(['c']);
      read();
      expect(seen(sim)[2]).toEqual(['late']);
      sheet.getRange(3, 1).setValue('c');
      app(sim).flush();
    }
  });

  it('land when the execution ends normally, or when the next one starts', () => {
    const { sim, sheet } = started();
    sheet.getRange(1, 1).setValue('ended');
    sim.endExecution();
    expect(seen(sim)[0]).toEqual(['ended']);
    sheet.getRange(2, 1).setValue('next');
    sim.startExecution();
    expect(seen(sim)[1]).toEqual(['next']);
  });

  it('land at the coordinates the script gave when a colleague sorts between its read and its write', () => {
    const { sim, sheet } = started({
      T: [
        ['Clé', 'État'],
        ['k3', ''],
        ['k1', ''],
        ['k2', ''],
      ],
    });
    const rows = sheet.getDataRange().getValues();
    const row = rows.findIndex((r) => r[0] === 'k1') + 1; // row 3
    sheet.getRange(row, 2).setValue('envoyé');
    // The colleague sorts before the write lands: k1 moves to row 2, k2 comes to row 3.
    expect(seen(sim).flat()).not.toContain('envoyé');
    sim.asColleague(() => sim.spreadsheet.getSheetByName('T')!.sort(1));
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Clé', 'État'],
      ['k1', ''],
      ['k2', 'envoyé'],
      ['k3', ''],
    ]);
  });

  it('land after a colleague’s edit interleaved just before the read that applies them', () => {
    const { sim, sheet } = started({
      T: [
        ['k3', ''],
        ['k1', ''],
      ],
    });
    sim.interleave('Sheet.getLastRow', 1, () => sim.spreadsheet.getSheetByName('T')!.sort(1));
    sheet.getRange(2, 2).setValue('pour k1'); // row 2 holds k1 when the script writes
    sheet.getLastRow();
    expect(sim.peek.values('T')).toEqual([
      ['k1', ''],
      ['k3', 'pour k1'],
    ]);
  });

  it('appendRow takes the row after the last one with content when it lands', () => {
    const { sim, sheet } = started();
    sheet.appendRow(['script']);
    sim.asColleague(() => sim.spreadsheet.getSheetByName('T')!.getRange(4, 1).setValue('colleague'));
    expect(sim.peek.values('T').flat()).toEqual(['a', 'b', 'c', 'colleague', 'script']);
  });

  it('are what sim.peek shows, and count no call when they land', () => {
    const { sim, sheet } = started();
    sim.calls.reset();
    sheet.getRange(1, 1).setValues([['x']]);
    expect(sim.peek.values('T').flat()).toEqual(['x', 'b', 'c']);
    sheet.getRange(2, 1).setValue('y');
    sheet.getLastRow();
    expect(sim.calls.byMethod()).toEqual({ 'Range.setValue': 1, 'Range.setValues': 1, 'Sheet.getLastRow': 1, 'Sheet.getRange': 2 });
  });

  it('are checked at the call: a refused write throws there and nothing of it lands', () => {
    const { sim, sheet } = started();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['x']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['x'], [Number.NaN]])).toThrow(/non-finite/);
    expect(() => sheet.getRange(1, 1).setFontWeight('heavy' as GoogleAppsScript.Spreadsheet.FontWeight)).toThrow(
      'Invalid argument: fontWeight',
    );
    expect(sim.pendingWrites()).toBe(0);
    expect(sim.peek.values('T').flat()).toEqual(['a', 'b', 'c']);
  });

  it('the values of a queued write are those of the call, even if the script changes its arrays afterwards', () => {
    const { sim, sheet } = started();
    const row = ['x', new Date('2026-01-01T10:00:00Z')];
    const data = [row];
    sheet.getRange(1, 1, 1, 2).setValues(data);
    row[0] = 'changed';
    (row[1] as Date).setTime(0);
    expect(sim.peek.values('T')[0]).toEqual(['x', new Date('2026-01-01T10:00:00Z')]);
  });

  it('a write that can no longer land throws at the read that applies it', () => {
    const { sim, sheet } = started({ T: [['a']], U: [['u']] });
    sheet.getRange(1, 1).setValue('lost');
    sim.asColleague(() => sim.spreadsheet.deleteSheet(sim.spreadsheet.getSheetByName('T')!));
    expect(() => app(sim).flush()).toThrow('The sheet has been deleted.');
  });

  it('every queued write method waits (the list pending.ts trusts)', () => {
    const { sim } = started({
      T: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    const sheet = app(sim).getActiveSpreadsheet().getSheetByName('T')!;
    const rule = app(sim).newDataValidation().requireCheckbox().build();
    const calls: Record<string, () => unknown> = {
      setValue: () => sheet.getRange(1, 1).setValue('z'),
      clearContent: () => sheet.getRange(1, 1).clearContent(),
      setFormula: () => sheet.getRange(1, 1).setFormula('=1'),
      setFormulas: () => sheet.getRange(1, 1).setFormulas([['=2']]),
      clear: () => sheet.getRange(1, 1).clear(),
      setNumberFormat: () => sheet.getRange(1, 1).setNumberFormat('0.00'),
      setNumberFormats: () => sheet.getRange(1, 1).setNumberFormats([['0%']]),
      setBackgrounds: () => sheet.getRange(1, 1).setBackgrounds([['#00ff00']]),
      setBackgroundRGB: () => sheet.getRange(1, 1).setBackgroundRGB(1, 2, 3),
      setFontWeight: () => sheet.getRange(1, 1).setFontWeight('bold'),
      setFontColor: () => sheet.getRange(1, 1).setFontColor('red'),
      setNote: () => sheet.getRange(1, 1).setNote('n'),
      setNotes: () => sheet.getRange(1, 1).setNotes([['m']]),
      setDataValidation: () => sheet.getRange(1, 1).setDataValidation(rule),
      insertCheckboxes: () => sheet.getRange(1, 1).insertCheckboxes(),
      setHorizontalAlignment: () => sheet.getRange(1, 1).setHorizontalAlignment('center'),
      setWrap: () => sheet.getRange(1, 1).setWrap(false),
      appendRow: () => sheet.appendRow(['e']),
      'Sheet.clearContents': () => sheet.clearContents(),
      'Sheet.clear': () => sheet.clear(),
    };
    for (const [name, call] of Object.entries(calls)) {
      const before = JSON.stringify([
        sim.peek.values('T'),
        sim.peek.formulas('T'),
        sim.peek.backgrounds('T'),
        sim.peek.notes('T'),
        sim.peek.numberFormats('T'),
        sim.peek.validations('T'),
      ]);
      sim.calls.reset();
      call();
      const method = Object.keys(sim.calls.byMethod()).find((k) => !k.endsWith('getRange'))!;
      expect({ name, queued: QUEUED_WRITES.has(method), pending: sim.pendingWrites() }).toEqual({ name, queued: true, pending: 1 });
      if (['setFontWeight', 'setFontColor', 'setHorizontalAlignment', 'setWrap'].includes(name)) continue; // not shown by peek
      expect({
        name,
        changed:
          JSON.stringify([
            sim.peek.values('T'),
            sim.peek.formulas('T'),
            sim.peek.backgrounds('T'),
            sim.peek.notes('T'),
            sim.peek.numberFormats('T'),
            sim.peek.validations('T'),
          ]) !== before,
      }).toEqual({ name, changed: true });
    }
  });
});
