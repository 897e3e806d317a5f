/**
 * Measures files and functions with swc's parser (TypeScript 7 has no JavaScript compiler API; swc
 * is already the test transform): the lines of every file, and of every function, method and arrow
 * function, from its first line to its last. A function or file may pass a limit only when the
 * comment just above it (the file's first comment for a file) says « size earned: <why> ».
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from '@swc/core';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;
/** « size earned: » followed by a reason (a word, not the end of the comment). */
const EARNED = /size earned:\s*[\p{L}\p{N}]/iu;

/** A comment's text without its delimiters (`/**`, `*`, `*/ `, `; //`). */
function commentText(comment: string): string {
  return comment
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^\/\*+|\*+\/$|^\*+|^\/\/+/g, '')
        .replace(/\*+\/$/, ''),
    )
    .join('\n');
}

export interface Oversize {
  file: string;
  /** The function's name as far as the syntax tells it (`createGrid`, `Class.method`, `<arrow>`); absent for the file itself. */
  name?: string;
  line: number;
  lines: number;
}

interface Span {
  start: number;
  end: number;
}

/** Line starts (byte offsets) of a UTF-8 text: swc's spans count bytes, and French text has multibyte letters. */
function lineIndex(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The comment lines right above line `line` (1-based), joined: what a reader sees as its leading comment. */
function leadingComment(lines: readonly string[], line: number): string {
  const out: string[] = [];
  for (let i = line - 2; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t.startsWith('//') || t.startsWith('*') || t.startsWith('/*') || t.endsWith('*/')) out.unshift(t);
    else break;
  }
  return out.join('\n');
}

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassMethod',
  'PrivateMethod',
  'Constructor',
]);

function nameOf(node: Record<string, unknown>, parentName: string | undefined): string {
  const key = (node.key ?? node.identifier) as { value?: string } | undefined;
  if (key?.value) return key.value;
  return parentName ?? '<anonymous>';
}

/** Every function in a source text, with its first line (of the declaration that holds it) and its length. */
export function measureFunctions(source: string, file = 'input.ts'): Array<{ name: string; line: number; lines: number; earned: boolean }> {
  const bytes = Buffer.from(source, 'utf8');
  const starts = lineIndex(bytes);
  const lines = source.split('\n');
  const ast = parseSync(source, { syntax: 'typescript', tsx: file.endsWith('.tsx'), comments: false, target: 'es2022' });
  // Spans are 1-based byte positions in the text given (checked by the test on a known snippet).
  const base = 1;
  const found: Array<{ name: string; line: number; lines: number; earned: boolean }> = [];
  const lineAt = (span: Span) => lineOf(starts, span.start - base);
  /** `held`: the name and first line of the declaration whose value this node is (`const name = () => …`). */
  const visit = (value: unknown, held: { name?: string; line?: number }): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, {});
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown> & { type?: string; span?: Span };
    if (node.type && FUNCTION_TYPES.has(node.type) && node.span) {
      const first = Math.min(lineAt(node.span), held.line ?? Infinity);
      const last = lineOf(starts, node.span.end - base - 1);
      // `export`, `async` and decorators sit on the first line: the comment above the statement counts.
      let commentLine = first;
      while (commentLine > 1 && /^\s*@/.test(lines[commentLine - 2]!)) commentLine--;
      found.push({
        name: nameOf(node, held.name),
        line: first,
        lines: last - first + 1,
        earned: EARNED.test(commentText(leadingComment(lines, commentLine))),
      });
    }
    // The name and line of a declaration pass to its value, through parentheses and type assertions only.
    const passThrough = node.type === 'ParenthesisExpression' || node.type === 'TsAsExpression' || node.type === 'TsSatisfiesExpression';
    for (const [k, v] of Object.entries(node)) {
      if (k === 'span' || !v || typeof v !== 'object') continue;
      const key = (node.id ?? node.key) as { value?: string; span?: Span } | undefined;
      if (
        (node.type === 'VariableDeclarator' && k === 'init') ||
        ((node.type === 'KeyValueProperty' || node.type === 'ClassProperty') && k === 'value')
      ) {
        const at = node.span ?? key?.span;
        visit(v, { name: key?.value, ...(at ? { line: lineAt(at) } : {}) });
      } else visit(v, passThrough ? held : {});
    }
  };
  visit(ast.body, {});
  return found;
}

/** The file's first comment: where a file says why its size is earned. */
function headerComment(source: string): string {
  const m = /^\s*(\/\*[\s\S]*?\*\/|(?:\s*\/\/[^\n]*\n)+)/.exec(source);
  return m ? m[1]! : '';
}

export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

/** Files over MAX_FILE_LINES and functions over MAX_FUNCTION_LINES whose comment does not earn it. */
export function oversizes(root: string, files: readonly string[]): Oversize[] {
  const out: Oversize[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    const lineCount = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    if (lineCount > MAX_FILE_LINES && !EARNED.test(commentText(headerComment(source)))) out.push({ file, line: 1, lines: lineCount });
    for (const f of measureFunctions(source, file)) {
      if (f.lines > MAX_FUNCTION_LINES && !f.earned) out.push({ file, name: f.name, line: f.line, lines: f.lines });
    }
  }
  return out;
}
