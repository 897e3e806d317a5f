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

/** `1 créneau`, `2 créneaux`: the count and the word, singular for 0 and 1 as French writes it. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
