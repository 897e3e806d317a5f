/**
 * A1 notation's column letters (https://developers.google.com/sheets/api/guides/concepts#cell): the
 * one conversion the product uses, on 1-based column numbers as getRange and A1 count them.
 */

/** 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A → 1, Z → 26, AA → 27 (any case); 0 for no letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
