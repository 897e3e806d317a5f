import { columnLetter } from '../../src/workbook/cells';

describe('columnLetter', () => {
  it('gives the letters Sheets shows above a column', () => {
    expect([0, 1, 23, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'X', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
