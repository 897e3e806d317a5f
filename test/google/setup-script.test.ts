/**
 * `pacte setup` never binds a second script to a workbook: the id is found on the workbook (Drive
 * appProperties) before any projects.create, and a creation whose answer was lost is never repeated.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { googleClients, Pacer } from '../../scripts/google/client';
import { runSetup } from '../../scripts/commands/setup';
import { FakeGoogle, FAILURES } from '../helpers/fake-google';

// ~1 s each alone; the full suite on a loaded machine took one past jest's default 5 s.
jest.setTimeout(30_000);

let fake: FakeGoogle;
let dir: string;
const manifestFile = () => path.join(dir, 'pacte.regions.json');
const manifest = () => JSON.parse(readFileSync(manifestFile(), 'utf8'));
const google = () =>
  googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 't' }, retryBaseMs: 1, retries: 2, pacer: new Pacer(1000) });
const setup = (extra: object = {}) =>
  runSetup(
    { region: 'bretagne-2025', promo: 'Promo 2026', manifest: manifestFile(), ...extra },
    { dist: path.join(dir, 'dist'), google, progress: () => undefined },
  );
const log = (from = 0) => fake.requests.slice(from).map((r) => `${r.method} ${r.path}`);
const creates = (from = 0) => log(from).filter((l) => l === 'POST /v1/projects').length;

beforeEach(async () => {
  fake = new FakeGoogle();
  await fake.start();
  dir = mkdtempSync(path.join(tmpdir(), 'pacte-script-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'Code.js'), 'function onOpen() {}');
  writeFileSync(path.join(dir, 'dist', 'appsscript.json'), '{}');
});
afterEach(() => fake.stop());

describe('the bound script, found from the workbook', () => {
  it('manifest lost: the script id is read back from the workbook (files.get appProperties), no second script', async () => {
    await setup();
    rmSync(manifestFile());
    const before = fake.requests.length;
    await setup();
    expect(log(before)).toContain('GET /drive/v3/files/file1');
    expect(creates(before)).toBe(0);
    expect([...fake.projects.keys()]).toEqual(['script1']);
    expect(manifest()['bretagne-2025']).toMatchObject({
      spreadsheetId: 'file1',
      scriptId: 'script1',
      createdBy: 'coordination@example.org',
    });
  });

  it('manifest written by an older run without the id: the same', async () => {
    await setup();
    const m = manifest();
    delete m['bretagne-2025'].scriptId;
    writeFileSync(manifestFile(), JSON.stringify(m));
    const before = fake.requests.length;
    await setup();
    expect(creates(before)).toBe(0);
    expect(manifest()['bretagne-2025'].scriptId).toBe('script1');
  });

  it('projects.create answered 503 after it took effect: refused in French, never created again; --script-id completes it', async () => {
    fake.failOnce.set('POST /v1/projects', { ...FAILURES.server(), afterEffect: true });
    await expect(setup()).rejects.toThrow(
      /une création du script lié .* n'a pas reçu de réponse de Google.*rien n'est recréé.*Extensions › Apps Script.*--script-id <ID>/,
    );
    expect(fake.projects.size).toBe(1); // Google did make it
    expect(fake.files.get('file1')!.appProperties.scriptCreate).toMatch(/^pending \d{4}-/);
    // No manifest entry was written: the re-run finds the workbook by its appProperties, and the mark on it.
    const before = fake.requests.length;
    await expect(setup()).rejects.toThrow(/n'a pas reçu de réponse de Google/);
    expect(creates(before)).toBe(0);
    expect(fake.projects.size).toBe(1);
    // A wrong id is checked: unknown, or bound to another file.
    await expect(setup({ scriptId: 'script404' })).rejects.toThrow(/Le script « script404 » est introuvable pour votre compte/);
    fake.projects.set('other', { scriptId: 'other', title: 'x', parentId: '', files: [] });
    await expect(setup({ scriptId: 'other' })).rejects.toThrow(
      /n'est pas lié au classeur https:\/\/docs\.google\.com\/spreadsheets\/d\/file1\/edit/,
    );
    // The id read in the Sheet (Extensions › Apps Script › Paramètres du projet) is adopted.
    expect(await setup({ scriptId: 'script1' })).toContain('Région bretagne-2025');
    const bound = () => [...fake.projects.values()].filter((p) => p.parentId === 'file1').map((p) => p.scriptId);
    expect(bound()).toEqual(['script1']);
    expect(
      fake.projects
        .get('script1')!
        .files.map((f) => f.name)
        .sort(),
    ).toEqual(['Code', 'appsscript']);
    expect(fake.files.get('file1')!.appProperties.scriptId).toBe('script1');
    expect(manifest()['bretagne-2025'].scriptId).toBe('script1');
    // From then on, a plain re-run.
    const after = fake.requests.length;
    await setup();
    expect(creates(after)).toBe(0);
    expect(bound()).toEqual(['script1']);
    await expect(setup({ scriptId: 'script9' })).rejects.toThrow(/a déjà un script lié connu \(« script1 »\)/);
  });

  it('projects.create answered 503 without effect: the same refusal; the project Google opens from the Sheet is adopted', async () => {
    fake.failOnce.set('POST /v1/projects', FAILURES.server());
    await expect(setup()).rejects.toThrow(/n'a pas reçu de réponse de Google/);
    expect(fake.projects.size).toBe(0);
    // Extensions › Apps Script on a workbook without a bound script: Google makes an untitled one.
    fake.projects.set('untitled', { scriptId: 'untitled', title: 'Projet sans titre', parentId: 'file1', files: [] });
    await setup({ scriptId: 'untitled' });
    expect([...fake.projects.keys()]).toEqual(['untitled']);
    expect(manifest()['bretagne-2025'].scriptId).toBe('untitled');
  });

  it('projects.create refused (4xx: nothing made): marked refused, the next run creates it', async () => {
    fake.failOnce.set('POST /v1/projects', {
      status: 400,
      body: { error: { code: 400, message: 'Injected', status: 'INVALID_ARGUMENT' } },
    });
    await expect(setup()).rejects.toThrow(/Échec pendant « Script lié au classeur » : Injected/);
    expect(fake.files.get('file1')!.appProperties.scriptCreate).toBe('refused');
    await setup();
    expect([...fake.projects.keys()]).toEqual(['script1']);
    expect(fake.files.get('file1')!.appProperties).toMatchObject({ scriptId: 'script1', scriptCreate: 'done' });
  });

  it('the id fails to be written on the workbook: it is in the manifest all the same, and written on the next run', async () => {
    await setup();
    // The PATCH right after projects.create, on a fresh fake: the same requests in the same order.
    const n = log().lastIndexOf('PATCH /drive/v3/files/file1') + 1;
    await fake.stop();
    fake = new FakeGoogle();
    await fake.start();
    rmSync(manifestFile());
    fake.failures.set(n, { status: 400, body: { error: { code: 400, message: 'Injected', status: 'INVALID_ARGUMENT' } } });
    await expect(setup()).rejects.toThrow(/Injected/);
    expect(fake.files.get('file1')!.appProperties.scriptId).toBeUndefined();
    expect(manifest()['bretagne-2025'].scriptId).toBe('script1');
    await setup();
    expect(fake.projects.size).toBe(1);
    expect(fake.files.get('file1')!.appProperties.scriptId).toBe('script1');
  });
});
