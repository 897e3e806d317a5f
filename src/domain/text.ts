/** Comparing what staff typed, whatever its case, accents and spacing. */

/** Case-, accent- and space-insensitive key, to match staff's spelling of list values. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
