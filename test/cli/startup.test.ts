/**
 * A CLI that starts fast (issue 12, item 5): bin/pacte.js runs the prebuilt bundle, rebuilt only when
 * a source is newer, and a command loads its heavy modules only when it runs. Timings are measured
 * outside jest (README, « Performance »); here, what makes them: which modules a run loads.
 */
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PRESET_ID_LIST } from '../../src/domain/preset-ids';
import { PRESET_IDS } from '../../src/domain/presets';
import { writeXlsx } from '../../scripts/workbook-file/write';
import { generateDemoCohort } from '../../src/workbook/demo';
import { pacte, pacteWith, tempDir } from '../helpers/cli';

jest.setTimeout(120_000);
const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require('../../bin/build-cli.js') as { BUNDLE: string; isStale: () => boolean; buildCli: () => unknown };

/** The module names each thread of one `pacte` run required (a preload hook, in main thread and worker). */
function loadedModules(dir: string, ...args: string[]): string[] {
  const hook = path.join(dir, 'hook.js');
  const out = path.join(dir, `loaded-${args.join('-').replace(/\W+/g, '_')}.txt`);
  writeFileSync(
    hook,
    `
    const Module = require('node:module'); const fs = require('node:fs'); const seen = new Set(); const load = Module._load;
    Module._load = function (request, ...rest) { seen.add(request); return load.call(this, request, ...rest); };
    process.on('exit', () => fs.appendFileSync(${JSON.stringify(out)}, [...seen].join('\\n') + '\\n'));`,
  );
  const r = pacteWith({ env: { NODE_OPTIONS: `--require ${hook}` } }, ...args);
  expect(r.status).toBe(0);
  return readFileSync(out, 'utf8').split('\n').filter(Boolean);
}

const heavy = (loaded: string[], names: string[]) => loaded.filter((m) => names.some((n) => m === n || m.startsWith(`${n}/`)));

describe('pacte starts fast', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    pacte('--version'); // builds the bundle if a source changed since
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help compiles nothing and loads no heavy module (no tsx, esbuild, zod, xlsx or csv reader)', () => {
    const loaded = loadedModules(dir, '--help');
    expect(loaded).toContain(cli.BUNDLE);
    expect(heavy(loaded, ['tsx', 'esbuild', 'zod', 'exceljs', 'yauzl', 'unzipper', 'saxes', 'papaparse'])).toEqual([]);
  });

  it('check of an .xlsx loads its reader but neither exceljs (the demo writer) nor tsx', async () => {
    const file = path.join(dir, 'demo.xlsx');
    await writeXlsx(file, generateDemoCohort({ size: 20 }));
    const loaded = loadedModules(dir, 'check', file, '--today', '2026-01-15', '--json');
    expect(heavy(loaded, ['yauzl', 'saxes'])).not.toEqual([]);
    expect(heavy(loaded, ['tsx', 'esbuild', 'exceljs', 'unzipper'])).toEqual([]);
  });

  it('selection loads exceljs only to write the EHESP list (--xlsx)', async () => {
    const file = path.join(dir, 'selection.xlsx');
    await writeXlsx(file, generateDemoCohort({ size: 10 }));
    expect(heavy(loadedModules(dir, 'selection', file, '--json'), ['exceljs', 'tsx', 'esbuild'])).toEqual([]);
    expect(heavy(loadedModules(dir, 'selection', file, '--xlsx', path.join(dir, 'ehesp.xlsx')), ['exceljs'])).not.toEqual([]);
  });

  it('rebuilds the bundle when it is older than a source, then runs the new one', () => {
    expect(cli.isStale()).toBe(false);
    // A source edited after the build (its content unchanged here: only its time moves).
    const now = Date.now() / 1000;
    utimesSync(cli.BUNDLE, now, now);
    expect(cli.isStale()).toBe(false);
    const source = path.join(ROOT, 'scripts/commands/report.ts');
    const edited = Math.floor(now) - 5;
    utimesSync(source, edited, edited);
    utimesSync(cli.BUNDLE, edited - 1, edited - 1);
    expect(cli.isStale()).toBe(true);
    const r = pacte('--version');
    expect(r.status).toBe(0);
    expect(cli.isStale()).toBe(false);
  });

  it('the help lists exactly the shipped presets (its own list, kept free of the profile schema)', () => {
    expect(PRESET_ID_LIST).toEqual(PRESET_IDS);
  });
});
