/**
 * What the national commands say when something is wrong (issue 21, item 7), through the real `pacte`:
 * nothing read, Google unreachable, a manifest of the wrong shape, a missing OAuth client file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { tempDir } from '../helpers/cli';
import { pacteAsync as pacte } from './pacte-process';

/** An address where nothing listens: a port taken, then freed (the connection is refused, as offline). */
async function deadRoot(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

const entry = (id: string) => ({
  promo: 'Promo 2026',
  spreadsheetId: id,
  url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
  staff: [],
});

function manifestFile(content: unknown): string {
  const file = path.join(tempDir(), 'pacte.regions.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

describe('pacte report, nothing read', () => {
  it('Google unreachable: one French line, exit 1, at once (no minute of retries), nothing on stdout', async () => {
    const manifest = manifestFile({ 'bretagne-2025': entry('a1'), 'bfc-promo8': entry('b2'), 'hdf-leader-2024': entry('c3') });
    const run = await pacte(['report', '--manifest', manifest], { PACTE_GOOGLE_API_ROOT: await deadRoot(), PACTE_ACCESS_TOKEN: 't' });
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "Aucune région n'a pu être lue (3 régions dans le manifeste), aucun rapport produit. Google est injoignable depuis cet ordinateur (pas de connexion à Internet ?) : vérifiez votre connexion, puis relancez la même commande (ce qui est déjà fait est réutilisé, rien n'est créé deux fois).\n",
    );
    expect(run.status).toBe(1);
    expect(run.ms).toBeLessThan(8_000);
  }, 30_000);

  it('each region unreadable for its own reason: each named on the one line, exit 1, no .xlsx written', async () => {
    const sim = tempDir();
    const manifest = manifestFile({ 'bretagne-2025': entry('nope1'), 'bfc-promo8': entry('nope2') });
    const xlsx = path.join(sim, 'national.xlsx');
    const run = await pacte(['report', '--simulation', sim, '--manifest', manifest, '--xlsx', xlsx], {});
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^Simulation : /),
      "Aucune région n'a pu être lue (2 régions dans le manifeste), aucun rapport produit. bretagne-2025 : Requested entity was not found: File not found: nope1 ; bfc-promo8 : Requested entity was not found: File not found: nope2",
    ]);
    expect(run.status).toBe(1);
    expect(existsSync(xlsx)).toBe(false);
  }, 30_000);
});

describe('the manifest, wrong shapes', () => {
  const tail = '. Corrigez-le (format : README, « Le manifeste des régions ») ou indiquez-en un autre avec --manifest.\n';
  const cases: Array<[string, unknown, string]> = [
    ['not JSON', '{\n  "bretagne-2025": {\n    "promo": "P",\n  }\n}', "n'est pas du JSON valide (ligne 4, colonne 3)"],
    ['empty', '  \n', 'est vide'],
    ['a list', [], 'est mal formé : il doit être un objet JSON, une entrée par région'],
    [
      'a wrong type',
      { 'bretagne-2025': { ...entry('a1'), promo: 2026 } },
      'est mal formé : à « bretagne-2025 › promo », un texte entre guillemets est attendu (trouvé : 2026)',
    ],
    [
      'a missing field',
      { 'bretagne-2025': { promo: 'P', url: 'u', staff: [] } },
      'est mal formé : à « bretagne-2025 », le champ « spreadsheetId » manque',
    ],
    [
      'a bad address',
      { 'bretagne-2025': { ...entry('a1'), staff: ['pas-une-adresse'] } },
      'est mal formé : à « bretagne-2025 › staff › 0 », une adresse e-mail est attendue (trouvé : « pas-une-adresse »)',
    ],
    [
      'a misspelt field',
      { 'bretagne-2025': { ...entry('a1'), scriptID: 's' } },
      'est mal formé : à « bretagne-2025 », champ inconnu : « scriptID »',
    ],
    ['a region not an id', { Bretagne: entry('a1') }, 'est mal formé : la région « Bretagne » doit être un identifiant en minuscules'],
    [
      'an entry not an object',
      { 'bretagne-2025': 'file1' },
      'est mal formé : à « bretagne-2025 », un objet { … } est attendu (trouvé : « file1 »)',
    ],
  ];
  it.each(cases)(
    '%s: one French line naming the place, exit 2, before any call to Google',
    async (_name, content, said) => {
      const manifest = manifestFile(content);
      const run = await pacte(['report', '--manifest', manifest], { PACTE_GOOGLE_API_ROOT: await deadRoot(), PACTE_ACCESS_TOKEN: 't' });
      expect(run.stderr).toContain(`Le manifeste « ${manifest} » ${said}`);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(run.stderr).not.toContain('illisible');
      if (typeof content !== 'string') expect(run.stderr.endsWith(tail)).toBe(true);
      expect(run.status).toBe(2);
    },
    30_000,
  );
});

describe('pacte login --client', () => {
  it('a missing file is « introuvable », not « not an OAuth client »', async () => {
    const missing = path.join(tempDir(), 'missing.json');
    const run = await pacte(['login', '--client', missing], { PACTE_CONFIG_DIR: tempDir() });
    expect(run.stderr).toBe(
      `Fichier « ${missing} » introuvable : indiquez le chemin du JSON de l'identifiant client OAuth « Application de bureau » téléchargé depuis Google Cloud (API et services › Identifiants).\n`,
    );
    expect(run.status).toBe(2);
  }, 30_000);
});
