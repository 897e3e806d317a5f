/**
 * Sizes earned (issue 20): no file over 300 lines and no function over 60 lines in src/ and scripts/,
 * unless the comment above it says « size earned: <why> » (a file: its first comment).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_FUNCTION_LINES, measureFunctions, oversizes, sourceFiles, type Oversize } from './sizes';

const ROOT = path.resolve(__dirname, '../..');

/**
 * src/actions and src/gas are being reworked on another branch (Apps Script behind src/gas): their
 * offenders of today, `file:function`, pass until that work is merged. Empty this list at the merge.
 */
const ALLOWED_UNTIL_GAS_MERGE: readonly string[] = [];

const label = (o: Oversize) => `${o.file}:${o.name ?? '(file)'}`;

describe('measuring', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = 'é${i}';`).join('\n');

  it('counts a function from its declaration line to its closing brace, with multibyte text before it', () => {
    const source = `// « Prénom Nom » é è à\nconst x = 'ééé';\nexport function small() {\n${body(3)}\n}\n`;
    expect(measureFunctions(source)).toEqual([{ name: 'small', line: 3, lines: 5, earned: false }]);
  });

  it('names an arrow function after its declaration and counts from that line', () => {
    const source = `export const make = async (\n  a: number,\n) => {\n${body(2)}\n};\n`;
    expect(measureFunctions(source)).toEqual([{ name: 'make', line: 1, lines: 6, earned: false }]);
  });

  it('measures nested functions and methods on their own', () => {
    const source = `class A {\n  m() {\n    const f = () => {\n      return 1;\n    };\n  }\n}\n`;
    expect(measureFunctions(source).map((f) => [f.name, f.line, f.lines])).toEqual([
      ['m', 2, 5],
      ['f', 3, 3],
    ]);
  });

  it('lets a function pass only when the comment right above it earns its size', () => {
    const long = `{\n${body(MAX_FUNCTION_LINES)}\n}`;
    const earned = `/**\n * Does it all.\n * size earned: one table of cases, read top to bottom.\n */\nexport function big() ${long}\n`;
    const unearned = `/** size earned: */\nfunction big() ${long}\n`;
    const elsewhere = `/** size earned: not this one */\nconst a = 1;\nfunction big() ${long}\n`;
    expect(measureFunctions(earned)[0]).toMatchObject({ lines: MAX_FUNCTION_LINES + 2, earned: true });
    expect(measureFunctions(unearned)[0]!.earned).toBe(false);
    expect(measureFunctions(elsewhere)[0]!.earned).toBe(false);
  });
});

describe('files', () => {
  it('fail over 300 lines unless their first comment earns it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pacte-sizes-'));
    try {
      const lines = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n');
      writeFileSync(path.join(dir, 'long.ts'), `/** A long file. */\n${lines}\n`);
      writeFileSync(
        path.join(dir, 'earned.ts'),
        `/**\n * A table.\n * size earned: the contract's list, one entry a line.\n */\n${lines}\n`,
      );
      writeFileSync(path.join(dir, 'short.ts'), `${lines.split('\n').slice(0, 300).join('\n')}\n`);
      expect(oversizes(dir, ['earned.ts', 'long.ts', 'short.ts']).map((o) => [o.file, o.lines])).toEqual([['long.ts', 302]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the repository', () => {
  const found = oversizes(ROOT, sourceFiles(ROOT, ['src', 'scripts'])).map(label);

  it('has no file over 300 lines nor function over 60 lines that does not say why', () => {
    expect(found.filter((o) => !ALLOWED_UNTIL_GAS_MERGE.includes(o))).toEqual([]);
  });

  it('allows only src/actions and src/gas offenders that still exist (the list shrinks, never hides a fixed one)', () => {
    for (const entry of ALLOWED_UNTIL_GAS_MERGE) expect(entry).toMatch(/^src\/(actions|gas)\//);
    expect(ALLOWED_UNTIL_GAS_MERGE.filter((entry) => !found.includes(entry))).toEqual([]);
  });
});
