/** `pacte setup` as staff run it: the real command in a child process, the real clients, a local fake Google. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';
import { FakeGoogle } from '../helpers/fake-google';
import { pacteAsync as pacte } from './pacte-process';

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
    // 83 (Téléphone and Département as text: 2): the selection tabs add 11 (Avis: sheet, headers, freeze, list, format; Entretiens: sheet, headers, freeze, format, two
    // protections), `Jury` 4 (sheet, headers, freeze, its `Rôle` list).
    expect(run.stdout).toBe(
      'Région bretagne-2025 : classeur créé, 83 modifications appliquées, partagé avec 1 personne de plus.\nOuvrir le classeur : https://docs.google.com/spreadsheets/d/file1/edit\n',
    );
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
    const noLogin = await pacte(['setup', '--region', 'bretagne-2025', '--promo', 'P', '--manifest', path.join(tempDir(), 'm.json')], {
      PACTE_GOOGLE_API_ROOT: fake.url,
      PACTE_ACCESS_TOKEN: '',
    });
    expect(noLogin.stderr).toMatch(/pacte login/);
    expect(fake.requests).toEqual([]);
  }, 30_000);

  it('Google silent: stops at the time limit with one French line, exit 2, no stack', async () => {
    fake.hangAll = true;
    const run = await pacte(['setup', '--region', 'bretagne-2025', '--promo', 'P', '--manifest', path.join(tempDir(), 'm.json')], {
      PACTE_GOOGLE_API_ROOT: fake.url,
      PACTE_ACCESS_TOKEN: 'ci-token',
      PACTE_HTTP_TIMEOUT_MS: '300',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "Google n'a pas répondu en 0,3 s : vérifiez votre connexion à Internet, puis relancez la même commande (ce qui est déjà fait est réutilisé, rien n'est créé deux fois).\n",
    );
    expect(fake.requests).toHaveLength(1);
    expect(run.ms).toBeLessThan(10_000);
  }, 30_000);
});
