/**
 * Google refuses any cell over 50,000 characters, and the whole block write with it (issue 16): one
 * applicant with an overlong name must not stop the check for everyone. Through the built bundle, on a
 * simulator that refuses such a write as Google does.
 */
import { createSimulator } from '../../sim';
import { sheetHandle } from '../../src/gas/handles';
import { applyBlocks, toSheetValue } from '../../src/gas/spreadsheet';
import { CUT_MARK, MAX_CELL_CHARS } from '../../src/workbook/cells';
import { startGas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

describe('no cell over 50,000 characters', () => {
  it('checks an applicant with a 30,000-character name: every Contrôle cell fits, the cut one ends « … (tronqué) »', () => {
    const name = 'Camille ' + 'a'.repeat(30_000);
    // The name pasted into E-mail and Type de structure too: two messages quoting it, 60,000+ characters.
    const g = startGas({
      tabs: workbook({
        settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
        candidates: [
          candidate({ ID: 'C-0001', Prénom: name, Nom: name, 'E-mail': name, 'Type de structure': name }),
          candidate({ ID: 'C-0002', Prénom: 'Léa', Nom: 'Durand', 'E-mail': 'lea.durand@example.org', Statut: 'Inscrit' }),
          candidate({ ID: 'C-0003', Prénom: 'Noé', Nom: 'Petit', 'E-mail': 'pas-une-adresse' }),
        ],
      }),
    });
    expect(() => g.run('pacteCheckCandidates')).not.toThrow();
    expect(g.sim.ui.alerts).toEqual([]);
    const [cut, fine, invalid] = g.column('Candidatures', 'Contrôle').map(String);
    expect(cut!.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(cut!.length).toBeGreaterThan(MAX_CELL_CHARS - 20);
    expect(cut!.endsWith(CUT_MARK)).toBe(true);
    expect(cut!.startsWith('E-mail invalide : « Camille aaa')).toBe(true);
    expect(fine).toBe('');
    expect(invalid).toBe('E-mail invalide : « pas-une-adresse »');
  });

  it('toSheetValue cuts long text and leaves numbers, dates and booleans alone', () => {
    const out = toSheetValue('n'.repeat(60_000));
    expect(typeof out === 'string' && out.length).toBe(MAX_CELL_CHARS);
    expect(toSheetValue(42)).toBe(42);
    expect(toSheetValue(true)).toBe(true);
    expect(toSheetValue(null)).toBe('');
  });

  it('applyBlocks cuts text bound for a plain-text cell too, where it goes without apostrophe', () => {
    const sim = createSimulator();
    sim.load({ T: [['a', 'b']] });
    const sheet = sim.spreadsheet.getSheetByName('T')!;
    sheet.getRange(1, 2).setNumberFormat('@');
    const long = '=' + 'x'.repeat(60_000);
    applyBlocks(sheetHandle(sheet), [{ row: 1, column: 1, values: [[long, long]] }]);
    const [formatted, plain] = sim.peek.values('T')[0] as string[];
    // The apostrophe keeps the first one text and Sheets hides it; the plain-text cell keeps the string bare.
    expect(formatted).toBe('=' + 'x'.repeat(MAX_CELL_CHARS - 2 - CUT_MARK.length) + CUT_MARK);
    expect(plain).toBe('=' + 'x'.repeat(MAX_CELL_CHARS - 1 - CUT_MARK.length) + CUT_MARK);
  });
});
