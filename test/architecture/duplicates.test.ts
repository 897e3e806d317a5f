/**
 * One home per rule: no code repeated in src/ and scripts/ (jscpd, configured in .jscpd.json). Clones found
 * when the check came in are listed by fingerprint in .jscpd-baseline.json, to be folded and the baseline
 * emptied; any other clone fails here, named by file and lines. `npm run duplicates` prints them all.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const JSCPD = path.join(ROOT, 'node_modules/.bin/jscpd');
const CONFIG = path.join(ROOT, '.jscpd.json');
const BASELINE = path.join(ROOT, '.jscpd-baseline.json');

interface Place {
  name: string;
  start: number;
  end: number;
}
interface Clone {
  firstFile: Place;
  secondFile: Place;
  isNew: boolean;
  tokens: number;
}

/** jscpd over `paths` (default: the config's) with the project's settings; its clones, `isNew` against `baseline`. */
function scan(dir: string, baseline: string, paths: string[] = []): { clones: Clone[]; stdout: string } {
  const out = path.join(dir, 'report');
  const r = spawnSync(
    JSCPD,
    ['--config', CONFIG, '--baseline', baseline, '--reporters', 'json', '--output', out, '--absolute', '--no-tips', ...paths],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (r.status !== 0) throw new Error(`jscpd failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(readFileSync(path.join(out, 'jscpd-report.json'), 'utf8')) as { duplicates: Clone[] };
  return { clones: report.duplicates, stdout: r.stdout };
}

const where = (p: Place) => `${path.relative(ROOT, p.name)}:${p.start}-${p.end}`;

describe('duplicate code in src/ and scripts/', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pacte-jscpd-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no clone beyond the baseline (fold it into one home, or reuse the one that exists)', () => {
    const fresh = scan(dir, BASELINE).clones.filter((c) => c.isNew);
    expect(fresh.map((c) => `${where(c.firstFile)} = ${where(c.secondFile)} (${c.tokens} tokens)`)).toEqual([]);
  });

  it('keeps the baseline to clones that still exist (a clone folded leaves it; the baseline only shrinks)', () => {
    const copy = path.join(dir, 'baseline.json');
    copyFileSync(BASELINE, copy);
    const r = spawnSync(JSCPD, ['--config', CONFIG, '--baseline', copy, '--update-baseline', '--silent', '--no-tips'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    // Fix: `npx jscpd --config .jscpd.json --baseline .jscpd-baseline.json --update-baseline` after folding clones.
    expect(`${r.stdout}${r.stderr}`).toMatch(/updated: 0 fingerprints added, 0 removed/);
  });

  // .jscpd.json: 30 tokens over four lines (jscpd's minLines 3 counts the lines after the first), so a
  // two-line helper body copied under another name is caught; a shared import list or call is not.
  it('catches a helper of four lines copied under another name (the thresholds are not too lax)', () => {
    const planted = path.join(dir, 'planted');
    mkdirSync(planted);
    const helper = [
      'export function escapeHtml(value: string): string {',
      "  const amp = value.replace(/&/g, '&amp;');",
      "  return amp.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\"/g, '&quot;');",
      '}',
    ].join('\n');
    writeFileSync(path.join(planted, 'a.ts'), `/** Page side. */\n${helper}\n`);
    writeFileSync(
      path.join(planted, 'b.ts'),
      `import { x } from './x';\n\nexport const y = x;\n\n${helper.replace('escapeHtml', 'escape')}\n`,
    );
    const empty = path.join(dir, 'empty-baseline.json');
    writeFileSync(empty, JSON.stringify({ version: 1, fingerprints: {} }));
    const { clones } = scan(dir, empty, [planted]);
    expect(clones.map((c) => [path.basename(c.firstFile.name), path.basename(c.secondFile.name), c.isNew])).toEqual([
      ['a.ts', 'b.ts', true],
    ]);
  });
});
