/** `pacte setup` as staff run it: the real command in a child process, the real clients, a local fake Google. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';
import { FakeGoogle } from '../helpers/fake-google';

const ROOT = path.resolve(__dirname, '../..');

function pacte(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/pacte.js'), ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('pacte setup (command line)', () => {
  let fake: FakeGoogle;
  beforeEach(async () => {
    fake = new FakeGoogle();
    await fake.start();
  });
  afterEach(() => fake.stop());

  it('sets a region up, progress on stderr, a French summary with the URL on stdout; --dry-run calls nothing', async () => {
    const dir = tempDir();
    const manifest = path.join(dir, 'pacte.regions.json');
    const env = { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'ci-token' };
    const args = ['setup', '--region', 'bretagne-2025', '--promo', 'Promo 2026', '--share', 'a@example.org', '--manifest', manifest];

    const dry = await pacte([...args, '--dry-run'], env);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^Simulation \(--dry-run\)/);
    expect(fake.requests).toEqual([]);
    expect(existsSync(manifest)).toBe(false);

    const run = await pacte(args, env);
    expect(run.stderr).toContain('bretagne-2025 · Recherche du classeur…');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Région bretagne-2025 : classeur créé, 70 modifications appliquées, partagé avec 1 personne de plus.\nOuvrir le classeur : https://docs.google.com/spreadsheets/d/file1/edit\n');
    expect(JSON.parse(readFileSync(manifest, 'utf8'))['bretagne-2025']).toMatchObject({ spreadsheetId: 'file1', scriptId: 'script1' });
  }, 30_000);

  it('refuses bad flags in French before calling Google, and asks to log in without a token', async () => {
    const env = { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'ci-token' };
    const bad = await pacte(['setup', '--region', 'atlantide', '--promo', 'P'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Région inconnue : « atlantide »/);
    const missing = await pacte(['setup', '--promo', 'P'], env);
    expect(missing.stderr).toMatch(/^Indiquez la région : --region <profil>, l'un de : bretagne-2025/);
    const noPromo = await pacte(['setup', '--region', 'bretagne-2025'], env);
    expect(noPromo.stderr).toMatch(/^Indiquez le nom de la promotion/);
    const share = await pacte(['setup', '--region', 'bretagne-2025', '--promo', 'P', '--share', 'pas-une-adresse'], env);
    expect(share.stderr).toMatch(/^Adresse invalide dans --share/);
    const noLogin = await pacte(['setup', '--region', 'bretagne-2025', '--promo', 'P', '--manifest', path.join(tempDir(), 'm.json')], { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: '' });
    expect(noLogin.stderr).toMatch(/pacte login/);
    expect(fake.requests).toEqual([]);
  }, 30_000);
});
