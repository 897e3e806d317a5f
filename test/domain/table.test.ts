import { asLiteralText, bool } from '../../src/workbook/cells';
import { readTable } from '../../src/workbook/table';
import { PRODUCTIONS_TAB } from '../../src/workbook/schema';

describe('reading a tab by header', () => {
  it('trims headers, ignores case and typographic apostrophes, keeps extra columns', () => {
    const t = readTable(
      [
        [' Production ', 'Ma colonne', 'id APPRENANT', 'Échéance', 'Déposée le'],
        ['Diagnostic', 'x', 'C-0001', '01/01/2026', ''],
      ],
      PRODUCTIONS_TAB,
    );
    expect(t.get(t.rows[0]!, 'ID apprenant')).toBe('C-0001');
    expect(t.get(t.rows[0]!, 'Production')).toBe('Diagnostic');
    expect(t.headerRow).toContain('Ma colonne');
    expect(t.rows[0]!.cells[1]).toBe('x');
  });

  it('skips blank rows and numbers rows as the sheet does', () => {
    const t = readTable([[...PRODUCTIONS_TAB.headers], ['', ' ', '', '', ''], ['C-0002', 'Fiche', '', '', '']], PRODUCTIONS_TAB);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  it('refuses a missing or duplicated required header, naming it', () => {
    expect(() => readTable([['ID apprenant', 'Échéance', 'Déposée le']], PRODUCTIONS_TAB)).toThrow(
      /Colonne « Production » introuvable dans l'onglet « Productions »/,
    );
    expect(() => readTable([[...PRODUCTIONS_TAB.headers, 'Production']], PRODUCTIONS_TAB)).toThrow(/« Production » présente deux fois/);
  });

  it('types headers per tab: a typo does not compile, a header known only at run time says so', () => {
    const t = readTable([[...PRODUCTIONS_TAB.headers], ['P-0001', 'C-0001', 'Diagnostic', '', '', 'ok']], PRODUCTIONS_TAB);
    const row = t.rows[0]!;
    // @ts-expect-error `Echéance` is no header of `Productions` (tsc fails if this line compiles).
    expect(t.get(row, 'Echéance')).toBeUndefined();
    // @ts-expect-error a header of another tab.
    expect(t.column('Prénom')).toBeUndefined();
    expect(t.column('Commentaire')).toBe(5);
    expect(t.getAny(row, 'Commentaire')).toBe('ok');
    expect(t.getAny(row, 'Ma colonne')).toBeUndefined();
  });
});

describe('cells', () => {
  it('reads booleans as workbook.md lists them', () => {
    expect([true, 'TRUE', 'Oui', 'VRAI', 'x', 'X', 1].map(bool)).toEqual(Array(7).fill(true));
    expect([false, 'FALSE', 'Non', 'faux', '', null, 0].map(bool)).toEqual(Array(7).fill(false));
  });

  it('keeps a value typed by a person as text, never a formula', () => {
    expect(asLiteralText('=HYPERLINK("http://example.org")')).toBe('\'=HYPERLINK("http://example.org")');
    expect(asLiteralText('+33 6 39 98 00 00')).toBe("'+33 6 39 98 00 00");
    expect(asLiteralText('-5')).toBe("'-5");
    expect(asLiteralText('@camille')).toBe("'@camille");
    expect(asLiteralText('Camille')).toBe('Camille');
  });
});
