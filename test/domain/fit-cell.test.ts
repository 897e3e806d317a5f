/** A cell holds at most 50,000 characters (issue 16): what the product writes is cut to fit. */
import { asLiteralText, CUT_MARK, fitCell, MAX_CELL_CHARS } from '../../src/workbook/cells';

describe('fitCell', () => {
  it('keeps text that fits, up to exactly 50,000 characters', () => {
    expect(fitCell('')).toBe('');
    expect(fitCell('Camille Martin')).toBe('Camille Martin');
    const full = 'x'.repeat(MAX_CELL_CHARS);
    expect(fitCell(full)).toBe(full);
  });

  it('cuts longer text to 50,000 characters ending « … (tronqué) », keeping its start', () => {
    const cut = fitCell('a'.repeat(MAX_CELL_CHARS + 1));
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith('… (tronqué)')).toBe(true);
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS - CUT_MARK.length) + CUT_MARK);
    expect(fitCell('b'.repeat(200_000))).toHaveLength(MAX_CELL_CHARS);
  });

  it('never splits a character written as two UTF-16 units', () => {
    const keep = MAX_CELL_CHARS - CUT_MARK.length;
    // An emoji straddling the cut: it goes whole, the result stays within the limit.
    const text = 'a'.repeat(keep - 1) + '😀' + 'z'.repeat(100);
    const cut = fitCell(text);
    expect(cut).toBe('a'.repeat(keep - 1) + CUT_MARK);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  it('takes a smaller limit', () => {
    expect(fitCell('abcdefghijklmnop', 13)).toBe('ab' + CUT_MARK);
  });
});

describe('asLiteralText fits a cell, apostrophe included', () => {
  it('cuts text Sheets would re-type one character shorter, so the apostrophe still fits', () => {
    const formulaLike = '=' + 'x'.repeat(MAX_CELL_CHARS + 10);
    const out = asLiteralText(formulaLike);
    expect(out).toHaveLength(MAX_CELL_CHARS);
    expect(out.startsWith("'=xxx")).toBe(true);
    expect(out.endsWith(CUT_MARK)).toBe(true);
  });

  it('adds the apostrophe to a 50,000-character text that needs it, within the limit', () => {
    const exact = '+' + '1'.repeat(MAX_CELL_CHARS - 1);
    const out = asLiteralText(exact);
    expect(out.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(out.startsWith("'+111")).toBe(true);
    expect(out.endsWith(CUT_MARK)).toBe(true);
    // Just under the limit: nothing is cut.
    expect(asLiteralText('+' + '1'.repeat(MAX_CELL_CHARS - 2))).toBe("'+" + '1'.repeat(MAX_CELL_CHARS - 2));
  });
});
