/** A1 notation helpers: https://developers.google.com/sheets/api/guides/concepts#cell */

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function toA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetter(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetter(col + numCols - 1)}${row + numRows - 1}`;
}

/**
 * Parses 'B2', 'B2:D5', 'A:C', '2:4' (open-ended parts extend to the sheet's limits).
 * Returns null when the text is not A1 notation.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): (A1Box & { sheetName?: string }) | null {
  let ref = text.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const part = /^\$?([A-Za-z]*)\$?(\d*)$/;
  const [a, b] = ref.split(':');
  if (a === undefined || ref.split(':').length > 2) return null;
  const m1 = part.exec(a);
  const m2 = b === undefined ? m1 : part.exec(b);
  if (!m1 || !m2) return null;
  const [, c1 = '', r1 = ''] = m1;
  const [, c2 = '', r2 = ''] = m2;
  if (b === undefined && (c1 === '' || r1 === '')) return null;
  if (c1 === '' && r1 === '') return null;
  const col1 = c1 ? columnNumber(c1) : 1;
  const col2 = c2 ? columnNumber(c2) : maxCols;
  const row1 = r1 ? Number(r1) : 1;
  const row2 = r2 ? Number(r2) : maxRows;
  const row = Math.min(row1, row2);
  const col = Math.min(col1, col2);
  return { row, col, numRows: Math.abs(row2 - row1) + 1, numCols: Math.abs(col2 - col1) + 1, sheetName };
}
