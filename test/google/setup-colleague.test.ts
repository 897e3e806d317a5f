/**
 * `drive.file`: a colleague's `pacte setup` cannot see in Drive the workbook the first coordinator made.
 * The manifest names it: refused in French (naming who made it), never a second workbook; once shared,
 * completed through the Sheets API; other regions go on.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { googleClients, Pacer } from '../../scripts/google/client';
import { runSetup } from '../../scripts/commands/setup';
import { DEFAULT_USER, FakeGoogle } from '../helpers/fake-google';
import { pacteAsync } from './pacte-process';

const COLLEAGUE = 'collegue@example.org';
let fake: FakeGoogle;
let dir: string;
const manifestFile = () => path.join(dir, 'pacte.regions.json');
const manifest = () => JSON.parse(readFileSync(manifestFile(), 'utf8'));
const as = (token: string) => () =>
  googleClients({
    env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: token },
    retryBaseMs: 1,
    retries: 2,
    pacer: new Pacer(1000),
  });
const setup = (token: string, extra: object = {}) =>
  runSetup(
    { region: 'bretagne-2025', promo: 'Promo 2026', manifest: manifestFile(), ...extra },
    { dist: path.join(dir, 'dist'), google: as(token), progress: () => undefined },
  );
const writes = (from: number) =>
  fake.requests
    .slice(from)
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path}`);

beforeEach(async () => {
  fake = new FakeGoogle();
  await fake.start();
  fake.users.set('token-b', COLLEAGUE);
  dir = mkdtempSync(path.join(tmpdir(), 'pacte-colleague-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'Code.js'), 'function onOpen() {}');
  writeFileSync(path.join(dir, 'dist', 'appsscript.json'), '{}');
  await setup('token-a');
});
afterEach(() => fake.stop());

describe("a colleague's pacte setup on a workbook Drive does not show them (drive.file)", () => {
  it('records who created the workbook', () => {
    expect(manifest()['bretagne-2025']).toMatchObject({ spreadsheetId: 'file1', createdBy: DEFAULT_USER });
  });

  it('refuses in French, naming the owner, and creates nothing; another region goes on', async () => {
    const before = fake.requests.length;
    await expect(setup('token-b')).rejects.toThrow(
      `Région bretagne-2025 : le manifeste nomme le classeur https://docs.google.com/spreadsheets/d/file1/edit, que votre compte Google ne peut pas ouvrir : ce classeur appartient à ${DEFAULT_USER} ; demandez-lui de vous le partager`,
    );
    expect(writes(before)).toEqual([]);
    expect([...fake.files.keys()]).toEqual(['file1']);
    expect(fake.projects.size).toBe(1);
    // The same colleague sets up another region: done, and the manifest keeps both.
    await setup('token-b', { region: 'bfc-promo8' });
    expect(Object.keys(manifest()).sort()).toEqual(['bfc-promo8', 'bretagne-2025']);
    expect(manifest()['bfc-promo8']).toMatchObject({ spreadsheetId: 'file2', createdBy: COLLEAGUE });
    expect(manifest()['bretagne-2025']).toMatchObject({ spreadsheetId: 'file1', scriptId: 'script1', createdBy: DEFAULT_USER });
  });

  it('once shared with them: completed through the Sheets API and the known script, still one workbook; --share refused', async () => {
    fake.files.get('file1')!.permissions.push({ id: 'perm1', type: 'user', role: 'writer', emailAddress: COLLEAGUE });
    const before = fake.requests.length;
    await expect(setup('token-b', { share: 'c@example.org' })).rejects.toThrow(
      /Ce classeur a été créé par coordination@example\.org : vous pouvez le compléter avec pacte, mais pas le partager/,
    );
    expect(writes(before)).toEqual([]);
    const out = await setup('token-b');
    expect(out).toMatch(/^Région bretagne-2025 : classeur déjà présent, 1 modification appliquée\./);
    expect([...fake.files.keys()]).toEqual(['file1']);
    expect([...fake.projects.keys()]).toEqual(['script1']);
    expect(fake.values('file1', 'Paramètres').find((r) => r[0] === 'Équipe')![1]).toBe(`${DEFAULT_USER}, ${COLLEAGUE}`);
    expect(manifest()['bretagne-2025']).toMatchObject({
      spreadsheetId: 'file1',
      scriptId: 'script1',
      createdBy: DEFAULT_USER,
      staff: [DEFAULT_USER, COLLEAGUE],
    });
  });

  it('a workbook in the bin is not replaced by a second one', async () => {
    fake.files.get('file1')!.trashed = true;
    await expect(setup('token-a')).rejects.toThrow(/est dans la corbeille de Google Drive\. Restaurez-le/);
    expect(fake.files.size).toBe(1);
  });

  it('from the command line: exit status 2, one French line on stderr', async () => {
    const run = await pacteAsync(['setup', '--region', 'bretagne-2025', '--promo', 'Promo 2026', '--manifest', manifestFile()], {
      PACTE_GOOGLE_API_ROOT: fake.url,
      PACTE_ACCESS_TOKEN: 'token-b',
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /\nRégion bretagne-2025 : le manifeste nomme le classeur .* ce classeur appartient à coordination@example\.org ; demandez-lui de vous le partager/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fake.files.size).toBe(1);
  }, 30_000);
});
