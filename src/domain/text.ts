/** Text as staff typed it: compared whatever its case, accents and spacing; escaped into HTML; measured in UTF-8. */

/** Case-, accent- and space-insensitive key, to match staff's spelling of list values. */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Text into HTML, every character that could open markup or end an attribute escaped (the five). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Bytes one code point takes in UTF-8. */
export function utf8Bytes(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A string's length in UTF-8 bytes, counted without TextEncoder (Apps Script has none). */
export function utf8Length(value: string): number {
  let n = 0;
  for (const ch of value) n += utf8Bytes(ch.codePointAt(0)!);
  return n;
}
