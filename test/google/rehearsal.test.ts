/**
 * The national round rehearsed offline (issue 21, item 1): `pacte setup|deploy|report --simulation`, the real
 * command in child processes, the real googleapis clients, the simulated Google kept in a folder between runs.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simulatedRegions, simulatedReport, simulatedWorkbook } from '../../scripts/commands/simulation-view';
import { FolderStore } from '../../scripts/simulation/folder-store';
import { CANDIDATES_TAB } from '../../src/workbook/schema';
import { tempDir } from '../helpers/cli';
import { pacteAsync as pacte } from './pacte-process';
import { SIMULATION_ENV as ENV, typeApplicants } from './simulated-regions';

const ROOT = path.resolve(__dirname, '../..');
const REGIONS = ['bretagne-2025', 'bfc-promo8', 'hdf-leader-2024'];

/** Every file of the folder (path → content), the manifest aside: what a second setup must leave as is. */
function snapshot(dir: string, under = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, under))) {
    const rel = path.join(under, name);
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(out, snapshot(dir, rel));
    else if (name !== 'pacte.regions.json') out[rel] = readFileSync(path.join(dir, rel), 'utf8');
  }
  return out;
}

describe('the national rehearsal with --simulation', () => {
  const sim = path.join(tempDir('pacte-rehearsal-'), 'simulation');
  const manifest = path.join(sim, 'pacte.regions.json');

  it('sets up three regions, deploys, reports; a second setup changes nothing', async () => {
    for (const region of REGIONS) {
      const run = await pacte(['setup', '--simulation', sim, '--region', region, '--promo', 'Promo 2026'], ENV);
      expect(run.stderr).toMatch(/^Simulation : Google simulé sur cet ordinateur/);
      expect(run.stdout).toMatch(new RegExp(`^Région ${region} : classeur créé, 83 modifications appliquées\\.`));
      expect(run.status).toBe(0);
    }
    const regions = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(Object.keys(regions)).toEqual(REGIONS);
    expect(REGIONS.map((r) => regions[r].spreadsheetId)).toEqual(['file1', 'file2', 'file3']);

    const deploy = await pacte(['deploy', '--simulation', sim, '--all', '--no-build'], ENV);
    expect(deploy.stdout).toContain('3 régions déployées.');
    expect(deploy.status).toBe(0);
    const code = readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
    await new FolderStore(sim).transact((state) => {
      for (const id of ['script1', 'script2', 'script3'])
        expect(state.projects.get(id)!.files.find((f) => f.name === 'Code')!.source).toBe(code);
    });

    await typeApplicants(sim, 'file1', 2);
    await typeApplicants(sim, 'file3', 3);
    const report = await pacte(['report', '--simulation', sim, '--today', '2026-01-15', '--json'], ENV);
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout);
    expect(json.regions.map((r: { region: string; applicants: number }) => [r.region, r.applicants])).toEqual([
      ['bretagne-2025', 2],
      ['bfc-promo8', 0],
      ['hdf-leader-2024', 3],
    ]);
    expect(json.national.applicants).toBe(5);
    expect(json.unreadable).toEqual([]);

    const before = snapshot(sim);
    const manifestBefore = readFileSync(manifest, 'utf8');
    for (const region of REGIONS) {
      const again = await pacte(['setup', '--simulation', sim, '--region', region, '--promo', 'Promo 2026'], ENV);
      expect(again.stdout).toMatch(new RegExp(`^Région ${region} : classeur déjà présent, rien à compléter\\.`));
      expect(again.status).toBe(0);
    }
    expect(snapshot(sim)).toEqual(before);
    expect(readFileSync(manifest, 'utf8')).toBe(manifestBefore);
  }, 60_000);

  it("lists for a view the simulated regions, their workbooks and the report (the playground's National view API)", async () => {
    expect(await simulatedRegions(sim)).toEqual([
      expect.objectContaining({ region: 'bretagne-2025', promo: 'Promo 2026', spreadsheetId: 'file1', scriptId: 'script1' }),
      expect.objectContaining({ region: 'bfc-promo8', spreadsheetId: 'file2', scriptId: 'script2' }),
      expect.objectContaining({ region: 'hdf-leader-2024', spreadsheetId: 'file3', scriptId: 'script3' }),
    ]);
    expect((await simulatedRegions(sim))[0]!.name).toBe('PACTE Bretagne — session 2025-2026 (MSP) — Promo 2026');
    const tabs = (await simulatedWorkbook('file3', sim))!;
    const candidates = tabs.find((t) => t.title === CANDIDATES_TAB.name)!;
    expect(candidates.rows[0]).toEqual(expect.arrayContaining(['ID', 'Prénom', 'Nom']));
    expect(candidates.rows.slice(1).map((r) => r[(CANDIDATES_TAB.headers as readonly string[]).indexOf('Prénom')])).toEqual([
      'Alix1',
      'Alix2',
      'Alix3',
    ]);
    expect(await simulatedWorkbook('file99', sim)).toBeUndefined();
    const report = await simulatedReport(sim, '2026-01-15');
    expect(report.regions.map((r) => r.applicants)).toEqual([2, 0, 3]);
    expect(report.national.applicants).toBe(5);
    expect(await simulatedRegions(path.join(tempDir(), 'none'))).toEqual([]);
  }, 30_000);

  it('two coordinators rehearsing in one folder at once: each request is one transaction, no region lost', async () => {
    const shared = path.join(tempDir('pacte-rehearsal-'), 'simulation');
    const runs = await Promise.all(
      ['bretagne-2025', 'bfc-promo8', 'cpts-national'].map((region) =>
        pacte(['setup', '--simulation', shared, '--region', region, '--promo', 'Promo 2026'], ENV),
      ),
    );
    expect(runs.map((r) => [r.status, /classeur créé, \d+ modifications appliquées/.test(r.stdout)])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
    const regions = await simulatedRegions(shared);
    expect(regions.map((r) => r.region).sort()).toEqual(['bfc-promo8', 'bretagne-2025', 'cpts-national']);
    expect(new Set(regions.map((r) => r.spreadsheetId)).size).toBe(3);
    expect(new Set(regions.map((r) => r.scriptId)).size).toBe(3);
    const tabs = await Promise.all(regions.map((r) => simulatedWorkbook(r.spreadsheetId, shared)));
    for (const workbook of tabs) expect(workbook!.map((t) => t.title)).toContain(CANDIDATES_TAB.name);
  }, 60_000);

  it('refuses a --simulation that is not a folder, in French; documents the flag; the folder is git-ignored', async () => {
    const notFolder = path.join(tempDir(), 'notes.txt');
    writeFileSync(notFolder, 'x');
    for (const value of [' ', notFolder]) {
      const bad = await pacte(['report', '--simulation', value], ENV);
      expect(bad.stderr).toBe(
        `Dossier de simulation invalide : « ${value} ». Écrivez --simulation seul (dossier « .pacte-simulation ») ou --simulation <dossier>.\n`,
      );
      expect(bad.status).toBe(2);
    }
    const help = await pacte(['setup', '--help'], ENV);
    expect(help.stdout).toContain('--simulation [dossier]');
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.pacte-simulation/');
  }, 30_000);
});
