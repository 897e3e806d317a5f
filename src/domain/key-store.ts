/**
 * The e-mail keys the product claimed, kept outside the Sheet (the document's properties) so that a
 * `Journal` sorted, cleared or deleted never sends an e-mail again (workbook.md › `Journal`).
 *
 * Google's limits (https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
 * 9 KB per property value, 500 KB per store. A cohort year holds about 600 keys of ~40 characters;
 * keys are sorted and front-coded (each line: how many characters it shares with the previous key,
 * in base 36, a space, then the rest), which takes most of that to a few bytes a key, and cut into
 * chunks each under the per-value limit. Each chunk restarts the coding, so it reads on its own.
 * Pure: src/gas/key-store.ts reads and writes the properties.
 */
import { utf8Length } from './text';

/** Bytes a chunk may hold: under 9 KB with room for the property's name. */
export const CHUNK_BYTES = 8_500;

/** A key never holds a line break the coding relies on: escape `\` and line breaks. */
const escapeKey = (key: string) => key.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const unescapeKey = (text: string) => text.replace(/\\(\\|n|r)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));

function sharedPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Never split a surrogate pair between the shared part and the rest.
  if (i > 0 && i < b.length && b.charCodeAt(i - 1) >= 0xd800 && b.charCodeAt(i - 1) <= 0xdbff) i--;
  return i;
}

/** The keys as chunks (sorted, front-coded), each at most `CHUNK_BYTES` in UTF-8. */
export function encodeKeys(keys: Iterable<string>, chunkBytes = CHUNK_BYTES): string[] {
  const sorted = [...new Set([...keys].map(escapeKey))].sort();
  const chunks: string[] = [];
  let lines: string[] = [];
  let size = 0;
  let previous = '';
  for (const key of sorted) {
    let shared = lines.length === 0 ? 0 : sharedPrefix(previous, key);
    let line = `${shared.toString(36)} ${key.slice(shared)}`;
    if (lines.length > 0 && size + 1 + utf8Length(line) > chunkBytes) {
      chunks.push(lines.join('\n'));
      lines = [];
      size = 0;
      shared = 0;
      line = `0 ${key}`;
    }
    if (utf8Length(line) > chunkBytes) throw new RangeError(`key too long for the store (${key.length} characters)`);
    size += (lines.length ? 1 : 0) + utf8Length(line);
    lines.push(line);
    previous = key;
  }
  if (lines.length) chunks.push(lines.join('\n'));
  return chunks;
}

/** The keys of chunks written by encodeKeys; a damaged line is skipped (it names no key we can trust). */
export function decodeKeys(chunks: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const chunk of chunks) {
    let previous = '';
    for (const line of chunk.split('\n')) {
      const space = line.indexOf(' ');
      if (space < 1) continue;
      const shared = parseInt(line.slice(0, space), 36);
      if (!Number.isInteger(shared) || shared > previous.length) continue;
      previous = previous.slice(0, shared) + line.slice(space + 1);
      keys.add(unescapeKey(previous));
    }
  }
  return keys;
}
