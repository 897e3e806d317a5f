/**
 * One home per rule: no code repeated in src/ and scripts/ (jscpd, configured in .jscpd.json). Any clone
 * fails here, named by file and lines: fold it into one function or module, or reuse the one that exists.
 * `npm run duplicates` prints them all.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const JSCPD = path.join(ROOT, 'node_modules/.bin/jscpd');
const CONFIG = path.join(ROOT, '.jscpd.json');

interface Place {
  name: string;
  start: number;
  end: number;
}
interface Clone {
  firstFile: Place;
  secondFile: Place;
  tokens: number;
}

/** jscpd over `paths` (default: the config's) with the project's settings: the clones it reports. */
function scan(dir: string, paths: string[] = []): Clone[] {
  const out = path.join(dir, 'report');
  const r = spawnSync(JSCPD, ['--config', CONFIG, '--reporters', 'json', '--output', out, '--absolute', '--no-tips', ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`jscpd failed (${r.status}): ${r.stderr}`);
  return (JSON.parse(readFileSync(path.join(out, 'jscpd-report.json'), 'utf8')) as { duplicates: Clone[] }).duplicates;
}

const where = (p: Place) => `${path.relative(ROOT, p.name)}:${p.start}-${p.end}`;

/** A four-line helper and its copy under another name, in two files of `dir`. */
function plantClone(dir: string): void {
  mkdirSync(dir);
  const helper = [
    'export function escapeHtml(value: string): string {',
    "  const amp = value.replace(/&/g, '&amp;');",
    "  return amp.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\"/g, '&quot;');",
    '}',
  ].join('\n');
  writeFileSync(path.join(dir, 'a.ts'), `/** Page side. */\n${helper}\n`);
  writeFileSync(path.join(dir, 'b.ts'), `import { x } from './x';\n\nexport const y = x;\n\n${helper.replace('escapeHtml', 'escape')}\n`);
}

describe('duplicate code in src/ and scripts/', () => {
  let dir: string;
  let planted: string;
  beforeAll(() => {
    dir = tempDir('pacte-jscpd-');
    planted = path.join(dir, 'planted');
    plantClone(planted);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no clone (fold it into one home, or reuse the one that exists)', () => {
    const clones = scan(path.join(dir, 'tree'));
    expect(clones.map((c) => `${where(c.firstFile)} = ${where(c.secondFile)} (${c.tokens} tokens)`)).toEqual([]);
  });

  // .jscpd.json: 30 tokens over four lines (jscpd's minLines 3 counts the lines after the first), so a
  // two-line helper body copied under another name is caught; a shared import list or call is not.
  it('catches a helper of four lines copied under another name (the thresholds are not too lax)', () => {
    const clones = scan(path.join(dir, 'planted-report'), [planted]);
    expect(clones.map((c) => [path.basename(c.firstFile.name), path.basename(c.secondFile.name)])).toEqual([['a.ts', 'b.ts']]);
  });

  it('makes `npm run duplicates` fail on any clone (no baseline lets one through)', () => {
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const [bin, ...args] = (scripts.duplicates ?? '').split(/\s+/);
    expect(bin).toBe('jscpd');
    const r = spawnSync(JSCPD, [...args, '--silent', '--no-tips', planted], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
  });
});
