/**
 * The `q` of files.list, for the terms the product writes, joined by `and`
 * (https://developers.google.com/drive/api/guides/search-files and .../ref-search-terms):
 * `'<id>' in parents`, `name = '…'`, `mimeType = '…'` / `!=`, `trashed = true|false`, and
 * `appProperties has { key='…' and value='…' }` (https://developers.google.com/drive/api/guides/properties,
 * "Properties can also be used in search expressions"). Values are quoted with '…', escaping ' and \.
 * Anything else is refused with a 400, as Google refuses a query it cannot read.
 */
import { apiError } from './api-errors';

export interface QueryFile {
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  appProperties: Record<string, string>;
}

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

/** Splits on ` and ` outside quotes and braces. */
function clauses(q: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < q.length; i++) {
    const c = q[i]!;
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /^\s+and\s+/i.test(q.slice(i)) && /\s/.test(c)) {
      out.push(q.slice(from, i));
      const m = q.slice(i).match(/^\s+and\s+/i)!;
      i += m[0].length - 1;
      from = i + 1;
    }
  }
  out.push(q.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

export function parseQuery(q: string): (f: QueryFile) => boolean {
  const tests: Array<(f: QueryFile) => boolean> = [];
  for (const c of clauses(q)) {
    let m: RegExpMatchArray | null;
    if ((m = c.match(new RegExp(`^${STRING} in parents$`)))) {
      const id = unquote(m[1]!);
      tests.push((f) => f.parents.includes(id));
    } else if ((m = c.match(new RegExp(`^name = ${STRING}$`)))) {
      const v = unquote(m[1]!);
      tests.push((f) => f.name === v);
    } else if ((m = c.match(new RegExp(`^mimeType (=|!=) ${STRING}$`)))) {
      const v = unquote(m[2]!);
      const equal = m[1] === '=';
      tests.push((f) => (f.mimeType === v) === equal);
    } else if ((m = c.match(/^trashed = (true|false)$/))) {
      const v = m[1] === 'true';
      tests.push((f) => f.trashed === v);
    } else if ((m = c.match(new RegExp(`^appProperties has \\{ ?key ?= ?${STRING} and value ?= ?${STRING} ?\\}$`)))) {
      const key = unquote(m[1]!);
      const value = unquote(m[2]!);
      tests.push((f) => f.appProperties[key] === value);
    } else {
      throw apiError(
        'drive.files.list',
        400,
        `Invalid Value: q (the simulator models '<id>' in parents, name =, mimeType =/!=, trashed =, appProperties has { key= and value= }): ${c}`,
      );
    }
  }
  return (f) => tests.every((t) => t(f));
}
