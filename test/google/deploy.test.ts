import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { googleClients, Pacer } from '../../scripts/google/client';
import { runSetup } from '../../scripts/commands/setup';
import { runDeploy } from '../../scripts/commands/deploy';
import { FakeGoogle } from '../helpers/fake-google';

const REGIONS = ['bretagne-2025', 'bfc-promo8', 'hdf-leader-2024'];
let fake: FakeGoogle;
let dir: string;
const dist = () => path.join(dir, 'dist');
const manifest = () => path.join(dir, 'pacte.regions.json');
const google = () =>
  googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 't' }, retryBaseMs: 1, retries: 2, pacer: new Pacer(1000) });

beforeEach(async () => {
  fake = new FakeGoogle();
  await fake.start();
  dir = mkdtempSync(path.join(tmpdir(), 'pacte-deploy-'));
  mkdirSync(dist());
  writeFileSync(path.join(dist(), 'Code.js'), 'function onOpen() {}');
  writeFileSync(path.join(dist(), 'appsscript.json'), '{}');
  for (const region of REGIONS)
    await runSetup({ region, promo: 'Promo 2026', manifest: manifest() }, { dist: dist(), google, progress: () => undefined });
});
afterEach(() => fake.stop());

describe('pacte deploy over three regions, one failing', () => {
  it('pushes the new build to every region, goes on past the failed one and names it', async () => {
    writeFileSync(path.join(dist(), 'Code.js'), 'function onOpen() { /* v2 */ }');
    fake.projects.delete('script2'); // bfc-promo8's script was deleted by hand
    const lines: string[] = [];
    const { output, failed } = await runDeploy(
      { all: true, manifest: manifest() },
      { dist: dist(), google, progress: (l) => lines.push(l), now: () => new Date('2026-01-15T10:00:00Z') },
    );
    expect(failed).toEqual(['bfc-promo8']);
    expect(lines).toEqual(['[#--] 1/3 bretagne-2025', '[##-] 2/3 bfc-promo8', '[###] 3/3 hdf-leader-2024']);
    expect(output).toMatch(/bretagne-2025 {4}\| déployé\nbfc-promo8 {7}\| échec — Requested entity was not found/);
    expect(output).toContain('2 régions déployées, échec pour : bfc-promo8.');
    for (const id of ['script1', 'script3']) expect(fake.projects.get(id)!.files.find((f) => f.name === 'Code')!.source).toContain('v2');
    const m = JSON.parse(readFileSync(manifest(), 'utf8'));
    expect(m['bretagne-2025'].lastDeploy).toBe('2026-01-15T10:00:00.000Z');
    expect(m['bfc-promo8'].lastDeploy).toBeUndefined();
  });

  it('deploys one region, and refuses an unknown one in French', async () => {
    const { failed } = await runDeploy(
      { region: 'hdf-leader-2024', manifest: manifest() },
      { dist: dist(), google, progress: () => undefined },
    );
    expect(failed).toEqual([]);
    await expect(runDeploy({ region: 'corse', manifest: manifest() }, { dist: dist(), google })).rejects.toThrow(
      /Région « corse » absente du manifeste/,
    );
    await expect(runDeploy({ manifest: manifest() }, { dist: dist(), google })).rejects.toThrow(
      /--region <région>, --all, ou --script-id <ID>/,
    );
  });

  it('--script-id: one Sheet outside the manifest, the manifest left as it is', async () => {
    writeFileSync(path.join(dist(), 'Code.js'), 'function onOpen() { /* one */ }');
    const before = readFileSync(manifest(), 'utf8');
    const done = await runDeploy({ scriptId: ' script2 ', manifest: manifest() }, { dist: dist(), google });
    expect(done).toEqual({ output: 'Module PACTE déployé sur le script script2 : rechargez le classeur.', failed: [] });
    expect(fake.projects.get('script2')!.files.find((f) => f.name === 'Code')!.source).toContain('one');
    expect(fake.projects.get('script1')!.files.find((f) => f.name === 'Code')!.source).not.toContain('one');
    expect(readFileSync(manifest(), 'utf8')).toBe(before);
    const gone = await runDeploy({ scriptId: 'script-gone' }, { dist: dist(), google });
    expect(gone.failed).toEqual(['script-gone']);
    expect(gone.output).toMatch(/^Échec du déploiement sur le script script-gone : /);
    await expect(runDeploy({ scriptId: 'a b' }, { dist: dist(), google })).rejects.toThrow(/Identifiant de script invalide : « a b »/);
    await expect(runDeploy({ scriptId: 'script2', all: true }, { dist: dist(), google })).rejects.toThrow(/une seule cible/);
  });

  // dist/ as the global set-up built it (--no-build: the suites that load it are not raced).
  it('exits 1 from the command line when a region failed', async () => {
    fake.projects.delete('script3');
    const root = path.resolve(__dirname, '../..');
    const result = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'bin/pacte.js'), 'deploy', '--all', '--no-build', '--manifest', manifest()], {
        cwd: root,
        env: { ...process.env, PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 't' },
      });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('échec pour : hdf-leader-2024');
  }, 60_000);
});
