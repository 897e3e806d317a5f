import { frenchNumber } from '../../src/domain/french';

describe('frenchNumber', () => {
  it('sets thousands apart with a narrow no-break space and writes a decimal comma', () => {
    expect([0, 7, 100, 999, 1500, 12_345, 1_234_567, -1500, 2.5].map(frenchNumber)).toEqual([
      '0',
      '7',
      '100',
      '999',
      '1\u202f500',
      '12\u202f345',
      '1\u202f234\u202f567',
      '-1\u202f500',
      '2,5',
    ]);
  });
});
