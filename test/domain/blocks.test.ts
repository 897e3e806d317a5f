import { fillColumnGaps, planBlocks } from '../../src/workbook/blocks';
import { attendanceSaveKey } from '../../src/domain/keys';
import { journalKeySet, planJournalAppend } from '../../src/workbook/journal';
import { checkAccess, parseStaffList } from '../../src/domain/staff';

describe('planBlocks', () => {
  it('writes one block per contiguous run of one column', () => {
    const blocks = planBlocks([
      { row: 2, column: 3, value: 'a' },
      { row: 3, column: 3, value: 'b' },
      { row: 5, column: 3, value: 'c' },
    ]);
    expect(blocks).toEqual([
      { row: 2, column: 4, values: [['a'], ['b']] },
      { row: 5, column: 4, values: [['c']] },
    ]);
  });

  it('merges adjacent columns over the same rows, with backgrounds', () => {
    const blocks = planBlocks([
      { row: 2, column: 0, value: 1, background: '#f00' },
      { row: 2, column: 1, value: 2 },
      { row: 3, column: 0, value: 3 },
      { row: 3, column: 1, value: 4 },
    ]);
    expect(blocks).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          [1, 2],
          [3, 4],
        ],
        backgrounds: [
          ['#f00', null],
          [null, null],
        ],
      },
    ]);
  });

  it('keeps the last update of a cell', () => {
    expect(
      planBlocks([
        { row: 2, column: 0, value: 'old' },
        { row: 2, column: 0, value: 'new' },
      ]),
    ).toEqual([{ row: 2, column: 1, values: [['new']] }]);
  });
});

describe('fillColumnGaps', () => {
  it('fills the rows between updates with the values read, only in the columns given', () => {
    const values = [
      ['h0', 'h1'],
      ['a', 'x'],
      ['b', '=F()'],
      ['c', 'z'],
    ];
    const updates = [
      { row: 2, column: 0, value: 'A' },
      { row: 4, column: 0, value: 'C' },
      { row: 2, column: 1, value: 'X' },
      { row: 4, column: 1, value: 'Z' },
    ];
    expect(planBlocks(fillColumnGaps(updates, values, new Set([0])))).toEqual([
      { row: 2, column: 1, values: [['A'], ['b'], ['C']] },
      { row: 2, column: 2, values: [['X']] },
      { row: 4, column: 2, values: [['Z']] },
    ]);
  });
});

describe('the journal plans', () => {
  const headers = ['Horodatage', 'Action', 'Cible', 'Détail', 'Par', 'Clé'];
  const at = new Date('2026-01-15T09:00:00Z');

  it('keys an attendance save as workbook.md says', () => {
    expect(attendanceSaveKey('S2', '2025-12-11', 'Matin')).toBe('presences:S2:2025-12-11:matin');
    expect(attendanceSaveKey('S2', '2025-12-11', 'Après-midi')).toBe('presences:S2:2025-12-11:apres-midi');
  });

  it('reads the keys of the Clé column wherever it is', () => {
    const values = [['Clé', ...headers.slice(0, 5)], ['k1', at], ['', at], ['k2']];
    expect(journalKeySet(values, headers)).toEqual(new Set(['k1', 'k2']));
  });

  it('appends after the last row, by the tab’s own headers', () => {
    const values = [
      ['Note', ...headers],
      ['', at, 'a', 'b', 'c', 'd', 'k'],
    ];
    const plan = planJournalAppend(values, headers, [{ at, action: 'A', target: 'T', detail: 'D', by: 'p@example.org', key: 'k2' }]);
    expect(plan).toEqual({ startRow: 3, rows: [['', at, 'A', 'T', 'D', 'p@example.org', 'k2']] });
  });
});

describe('staff access', () => {
  it('reads the team list however it is separated', () => {
    expect(parseStaffList(' A@example.org, b@example.org;c@example.org\nd@example.org  ')).toEqual([
      'a@example.org',
      'b@example.org',
      'c@example.org',
      'd@example.org',
    ]);
  });
  it('lets in only listed staff, and nobody Google does not name', () => {
    expect(checkAccess('B@Example.org', ['b@example.org'])).toEqual({ allowed: true });
    expect(checkAccess('x@example.org', ['b@example.org'])).toEqual({ allowed: false, reason: 'not_staff' });
    expect(checkAccess('', ['b@example.org'])).toEqual({ allowed: false, reason: 'unknown_user' });
    expect(checkAccess('b@example.org', [])).toEqual({ allowed: false, reason: 'no_team' });
  });
});
