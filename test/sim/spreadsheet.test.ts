import { createSimulator } from '../../sim';

function app(sim: ReturnType<typeof createSimulator>) {
  return sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

describe('Range values', () => {
  it('returns a rectangle with empty cells as empty strings', () => {
    const sim = createSimulator();
    sim.load({ Data: [['a', '', 3], [true]] });
    const sheet = app(sim).getActiveSpreadsheet().getSheetByName('Data')!;
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
      ['a', '', 3, ''],
      [true, '', '', ''],
      ['', '', '', ''],
    ]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', '', 3],
      [true, '', ''],
    ]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('throws Google messages when setValues does not match the range', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() =>
      sheet.getRange(1, 1, 2, 3).setValues([
        [1, 2, 3],
        [3, 4],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    expect(sim.peek.values('T')).toEqual([['']]);
  });

  it('parses typed strings like a person typing in a fr_FR sheet', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    const r = sheet.getRange(1, 1, 1, 9);
    r.setValues([['=SUM(B1:C1)', "'=literal", '12', '+33612345678', '3,5', '11/09/2025', '2025-09-11', 'VRAI', 'false']]);
    const v = r.getValues()[0]!;
    expect(v[0]).toBe('');
    expect(r.getFormulas()[0]![0]).toBe('=SUM(B1:C1)');
    expect(v[1]).toBe('=literal');
    expect(r.getFormulas()[0]![1]).toBe('');
    expect(v[2]).toBe(12);
    expect(v[3]).toBe(33612345678);
    expect(v[4]).toBe(3.5);
    expect(v[5]).toEqual(new Date('2025-09-11T00:00:00+02:00'));
    expect(v[6]).toEqual(new Date('2025-09-11T00:00:00+02:00'));
    expect(v[7]).toBe(true);
    expect(v[8]).toBe(false);
    expect(r.getDisplayValues()[0]!.slice(2)).toEqual(['12', '33612345678', '3,5', '11/09/2025', '2025-09-11', 'TRUE', 'FALSE']);
  });

  it('keeps strings verbatim in plain-text (@) cells and text that only looks close', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    const r = sheet.getRange('A1:D1');
    r.setNumberFormat('@');
    r.setValues([['0612', '11/09/2025', '=1+1', 'TRUE']]);
    expect(r.getValues()).toEqual([['0612', '11/09/2025', '=1+1', 'TRUE']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
    sheet.getRange('A2:C2').setValues([['06 12 34 56 78', '31/02/2025', '3.5']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['06 12 34 56 78', '31/02/2025', '3.5']]);
  });

  it('stores non-string values as is and returns fresh Date copies', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    const d = new Date('2026-03-01T10:30:00Z');
    sheet.getRange('A1:C1').setValues([[d, 42, '']]);
    const a = sheet.getRange('A1').getValue() as Date;
    expect(a).toEqual(d);
    expect(a).not.toBe(d);
    a.setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(d.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01/03/2026 11:30:00');
  });

  it('formats dates with the cell number format', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    const r = sheet.getRange('A1');
    r.setValue('11/09/2025');
    expect(r.getNumberFormat()).toBe('dd/MM/yyyy');
    expect(r.getDisplayValue()).toBe('11/09/2025');
    r.setNumberFormat('dddd d mmmm yyyy');
    expect(r.getDisplayValue()).toBe('jeudi 11 septembre 2025');
    r.setNumberFormat('yyyy-mm-dd hh:mm');
    expect(r.getDisplayValue()).toBe('2025-09-11 00:00');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0.###############');
  });

  it('rejects ranges outside the grid and grows it on demand', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.insertColumnsAfter(26, 2);
    sheet.getRange(1, 28).setValue('x');
    expect(sheet.getLastColumn()).toBe(28);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1005, 1).setValue('y');
    expect(sheet.getLastRow()).toBe(1005);
    sheet.appendRow(['z']);
    expect(sheet.getMaxRows()).toBe(1006);
    expect(sheet.getRange(1006, 1).getValue()).toBe('z');
  });

  it('inserts and deletes rows and columns, shifting content', () => {
    const sim = createSimulator();
    sim.load({
      T: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    const sheet = sim.spreadsheet.getSheetByName('T')!;
    sheet.insertRowBefore(1);
    sheet.insertColumnBefore(1);
    expect(sim.peek.values('T')).toEqual([
      ['', '', ''],
      ['', 'a', 'b'],
      ['', 'c', 'd'],
    ]);
    sheet.deleteRow(2);
    sheet.deleteColumns(2, 1);
    expect(sim.peek.values('T')).toEqual([
      ['', ''],
      ['', 'd'],
    ]);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it('clearContent keeps formats, clear removes them', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('T');
    const r = sheet.getRange('A1');
    r.setValue('x').setBackground('red').setNote('n');
    r.clearContent();
    expect(r.getValue()).toBe('');
    expect(r.getBackground()).toBe('#ff0000');
    r.clear();
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getNote()).toBe('n');
    r.setBackground('#ABC');
    sheet.getRange('B2').setBackground(null);
    expect(sim.peek.backgrounds('T')).toEqual([['#aabbcc']]);
    sheet.getRange('B2').setBackground('blue');
    expect(sim.peek.backgrounds('T')).toEqual([
      ['#aabbcc', '#ffffff'],
      ['#ffffff', '#0000ff'],
    ]);
  });
});

describe('Sheets and spreadsheet', () => {
  it('insertSheet refuses a duplicate name and getSheetByName returns null when absent', () => {
    const sim = createSimulator();
    sim.spreadsheet.insertSheet('Journal');
    expect(() => sim.spreadsheet.insertSheet('Journal')).toThrow(
      'A sheet with the name "Journal" already exists. Please enter another name.',
    );
    expect(() => sim.spreadsheet.insertSheet('journal')).toThrow('already exists');
    expect(sim.spreadsheet.getSheetByName('Nope')).toBeNull();
    expect(sim.spreadsheet.getActiveSheet().getName()).toBe('Journal');
  });

  it('load replaces tabs and drops the untouched default sheet', () => {
    const sim = createSimulator();
    expect(sim.peek.sheetNames()).toEqual(['Feuille 1']);
    sim.load({ A: [['x']], B: [[1, 2]] });
    expect(sim.peek.sheetNames()).toEqual(['A', 'B']);
    sim.load({ A: [['y', '=not a formula']] });
    expect(sim.peek.values('A')).toEqual([['y', '=not a formula']]);
    expect(sim.peek.formulas('A')).toEqual([['', '']]);
  });

  it('deleteSheet refuses to delete the last sheet', () => {
    const sim = createSimulator();
    const only = sim.spreadsheet.getSheets()[0]!;
    expect(() => sim.spreadsheet.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
  });

  it('sorts rows below the frozen rows', () => {
    const sim = createSimulator();
    sim.load({
      T: [
        ['Nom', 'N'],
        ['b', 2],
        ['a', 3],
        ['c', 1],
      ],
    });
    const sheet = sim.spreadsheet.getSheetByName('T')!;
    sheet.setFrozenRows(1);
    sheet.sort(2);
    expect(sim.peek.values('T')).toEqual([
      ['Nom', 'N'],
      ['c', 1],
      ['b', 2],
      ['a', 3],
    ]);
    sheet.sort(1, false);
    expect(sim.peek.values('T').map((r) => r[0])).toEqual(['Nom', 'c', 'b', 'a']);
    expect(sim.peek.frozenRows('T')).toBe(1);
  });

  it('records toasts', () => {
    const sim = createSimulator();
    sim.spreadsheet.toast('Terminé', 'Cohorte', 8);
    sim.spreadsheet.toast('Encore');
    expect(sim.ui.toasts).toEqual([{ message: 'Terminé', title: 'Cohorte', timeoutSeconds: 8 }, { message: 'Encore' }]);
  });
});

describe('Data validation and protections', () => {
  it('round-trips validation rules and checkboxes', () => {
    const sim = createSimulator();
    const sa = app(sim);
    const sheet = sim.spreadsheet.insertSheet('T');
    const rule = sa.newDataValidation().requireValueInList(['Oui', 'Non'], true).setAllowInvalid(false).setHelpText('Oui ou Non').build();
    sheet.getRange('A1:A2').setDataValidation(rule);
    const got = sheet.getRange('A2').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(sa.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Oui', 'Non'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Oui ou Non');
    sheet.getRange('B1:B2').insertCheckboxes();
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[false], [false]]);
    sheet.getRange('C1').setDataValidation(sa.newDataValidation().requireDate().build());
    expect(sim.peek.validations('T')).toEqual([
      [
        { type: 'VALUE_IN_LIST', values: [['Oui', 'Non'], true] },
        { type: 'CHECKBOX', values: [] },
        { type: 'DATE_IS_VALID_DATE', values: [] },
      ],
      [{ type: 'VALUE_IN_LIST', values: [['Oui', 'Non'], true] }, { type: 'CHECKBOX', values: [] }, null],
    ]);
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(() => sa.newDataValidation().build()).toThrow();
  });

  it('creates, lists and removes protections', () => {
    const sim = createSimulator();
    const sa = app(sim);
    const sheet = sim.spreadsheet.insertSheet('Journal');
    const p = sheet.protect().setDescription('Journal (produit)').setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    const r = sheet.getRange('A1:B3').protect().setDescription('entêtes');
    expect(p.isWarningOnly()).toBe(true);
    expect(r.getRange().getA1Notation()).toBe('A1:B3');
    expect(sim.spreadsheet.getProtections(sa.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(sa.ProtectionType.RANGE)[0]!.getDescription()).toBe('entêtes');
    expect(sim.peek.protections()).toEqual([
      { sheet: 'Journal', warningOnly: true, description: 'Journal (produit)' },
      { sheet: 'Journal', range: 'A1:B3', warningOnly: false, description: 'entêtes' },
    ]);
    p.remove();
    expect(sim.spreadsheet.getProtections(sa.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('moves a range protection with setRange, on its own sheet only', () => {
    const sim = createSimulator();
    const sheet = sim.spreadsheet.insertSheet('Candidatures');
    const other = sim.spreadsheet.insertSheet('Autre');
    const r = sheet.getRange('A1:A10').protect();
    expect(r.setRange(sheet.getRange('C1:C20')).getRange().getA1Notation()).toBe('C1:C20');
    expect(() => r.setRange(other.getRange('A1'))).toThrow();
    expect(() => sheet.protect().setRange(sheet.getRange('A1'))).toThrow();
  });
});
