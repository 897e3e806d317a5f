/** What a row with content is (workbook.md, "The rules, precisely"). */
import { isContent } from '../../src/workbook/cells';
import { CANDIDATES_TAB, PRODUCTIONS_TAB } from '../../src/workbook/schema';
import { readTable } from '../../src/workbook/table';

describe('rows with content', () => {
  it('empty text, spaces and unticked checkboxes (FALSE, `FALSE`, `FAUX`) are not content', () => {
    expect(['', '  ', null, undefined, false, 'FALSE', ' false ', 'FAUX', 'faux'].map(isContent)).toEqual(Array(9).fill(false));
    expect([true, 'TRUE', 0, 'Non', 'x', 'FALSE!', new Date(0)].map(isContent)).toEqual(Array(7).fill(true));
  });

  it('skips checkbox-only rows; a row holding only what the product derived (Contrôle) is kept aside, not read; an ID alone is content', () => {
    const header = [...CANDIDATES_TAB.headers];
    const row = (values: Record<string, unknown>) =>
      header.map((h) => (values[h] ?? (CANDIDATES_TAB.booleans.includes(h as never) ? false : '')) as never);
    const t = readTable(
      [
        header,
        row({ ID: 'C-0001', Prénom: 'Camille' }),
        row({}),
        row({ ID: 'C-0002', Contrôle: 'Prénom manquant' }),
        row({ Notes: 'rappeler' }),
        row({ Contrôle: 'Prénom manquant' }),
      ],
      CANDIDATES_TAB,
    );
    expect(t.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(t.productOnlyRows.map((r) => r.row)).toEqual([6]);
    const p = readTable(
      [
        [...PRODUCTIONS_TAB.headers, 'Relancé'],
        ['', '', '', '', '', false],
        ['C-0001', 'Fiche', '', '', '', false],
      ],
      PRODUCTIONS_TAB,
    );
    expect(p.rows.map((r) => r.row)).toEqual([3]);
  });
});
