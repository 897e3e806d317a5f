/** A1 column letters, one conversion (src/workbook/a1.ts). */
import { columnLetters, columnNumber } from '../../src/workbook/a1';

describe('column letters', () => {
  it('gives the letters Sheets shows above a 1-based column, and back', () => {
    const numbers = [1, 2, 24, 26, 27, 28, 52, 53, 702, 703, 16384];
    const letters = ['A', 'B', 'X', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD'];
    expect(numbers.map(columnLetters)).toEqual(letters);
    expect(letters.map(columnNumber)).toEqual(numbers);
    expect(columnNumber('xfd')).toBe(16384);
    for (let n = 1; n < 2000; n += 13) expect(columnNumber(columnLetters(n))).toBe(n);
  });
});
