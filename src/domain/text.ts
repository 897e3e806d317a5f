/** Text as staff typed it: compared whatever its case, accents and spacing; escaped into HTML. */

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
