import { planBlocks } from '../../src/workbook/plan';
import { checkAccess, parseStaffList } from '../../src/domain/staff';

describe('planBlocks', () => {
  it('writes one block per contiguous run of one column', () => {
    const blocks = planBlocks([
      { row: 2, column: 3, value: 'a' }, { row: 3, column: 3, value: 'b' }, { row: 5, column: 3, value: 'c' },
    ]);
    expect(blocks).toEqual([
      { row: 2, column: 4, values: [['a'], ['b']] },
      { row: 5, column: 4, values: [['c']] },
    ]);
  });

  it('merges adjacent columns over the same rows, with backgrounds', () => {
    const blocks = planBlocks([
      { row: 2, column: 0, value: 1, background: '#f00' }, { row: 2, column: 1, value: 2 },
      { row: 3, column: 0, value: 3 }, { row: 3, column: 1, value: 4 },
    ]);
    expect(blocks).toEqual([{ row: 2, column: 1, values: [[1, 2], [3, 4]], backgrounds: [['#f00', null], [null, null]] }]);
  });

  it('keeps the last update of a cell', () => {
    expect(planBlocks([{ row: 2, column: 0, value: 'old' }, { row: 2, column: 0, value: 'new' }])).toEqual([{ row: 2, column: 1, values: [['new']] }]);
  });
});

describe('staff access', () => {
  it('reads the team list however it is separated', () => {
    expect(parseStaffList(' A@example.org, b@example.org;c@example.org\nd@example.org  ')).toEqual(
      ['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org'],
    );
  });
  it('lets in only listed staff, and nobody Google does not name', () => {
    expect(checkAccess('B@Example.org', ['b@example.org'])).toEqual({ allowed: true });
    expect(checkAccess('x@example.org', ['b@example.org'])).toEqual({ allowed: false, reason: 'not_staff' });
    expect(checkAccess('', ['b@example.org'])).toEqual({ allowed: false, reason: 'unknown_user' });
    expect(checkAccess('b@example.org', [])).toEqual({ allowed: false, reason: 'no_team' });
  });
});
