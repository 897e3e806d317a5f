/** Small French-writing helpers shared by every messages module (kept apart so sections can live in their own files). */

/** A value between French quotation marks. */
export const q = (s: string) => `« ${s} »`;

/**
 * A value a person typed, safe to show on one line: control characters (line breaks, escape
 * sequences, bidi overrides) become « � », and a long value is cut.
 */
export function printable(value: string, max = 80): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '�');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** `a`, `a et b`, `a, b et c`. */
export const frenchList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;

/** `1 créneau`, `2 créneaux`, `1 500 destinataires`: the count as French writes it and the word, singular for 0 and 1. */
export const plural = (n: number, one: string, many = `${one}s`) => `${frenchNumber(n)} ${n > 1 ? many : one}`;

/**
 * A number as French writes it: thousands set apart by a narrow no-break space (U+202F, as CLDR's
 * fr locale), a decimal comma: « 1 500 », « 2,5 ». Written out so Apps Script and pages agree.
 */
export function frenchNumber(n: number): string {
  const [whole = '', decimals] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${n < 0 ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}
