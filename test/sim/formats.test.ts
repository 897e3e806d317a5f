import { createSimulator } from '../../sim';

describe('number formats and typed values', () => {
  const setup = () => createSimulator().spreadsheet.insertSheet('T');

  it('formats numbers in the fr_FR way', () => {
    const sheet = setup();
    const r = sheet.getRange('A1:D1');
    r.setValues([[3.5, 1234567.891, 0.256, -2]]);
    expect(r.getDisplayValues()).toEqual([['3,5', '1234567,891', '0,256', '-2']]);
    r.setNumberFormats([['0.00', '#,##0', '0%', '0']]);
    expect(r.getDisplayValues()).toEqual([['3,50', '1\u202f234\u202f568', '26%', '-2']]);
    expect(r.getValues()).toEqual([[3.5, 1234567.891, 0.256, -2]]);
  });

  it('reads typed percentages and times', () => {
    const sheet = setup();
    sheet.getRange('A1:B1').setValues([['50%', '09:30']]);
    expect(sheet.getRange('A1').getValue()).toBe(0.5);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('50%');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('09:30:00');
    expect((sheet.getRange('B1').getValue() as Date).getFullYear()).toBe(1899);
  });

  it('reads a number in a date-formatted cell as a Date, and a date in a number format as its serial', () => {
    const sheet = setup();
    sheet.getRange('A1').setNumberFormat('dd/MM/yyyy').setValue(46037);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-01-15T00:00:00+01:00'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/01/2026');
    sheet.getRange('B1').setValue(new Date('2026-01-15T12:00:00+01:00')).setNumberFormat('0.00');
    expect(sheet.getRange('B1').getValue()).toBe(46037.5);
  });

  it('types a dd/MM date without a year in the current year', () => {
    const sheet = setup();
    sheet.getRange('A1').setValue('03/02');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-02-03T00:00:00+01:00'));
  });
});
