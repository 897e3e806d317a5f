import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_TABS } from '../../src/workbook/schema';
import { googleClients, Pacer } from '../../scripts/google/client';
import { runSetup } from '../../scripts/commands/setup';
import { FakeGoogle, FAILURES } from '../helpers/fake-google';
import { startGas } from '../helpers/gas';

const TOKEN = 'test-token';
let fake: FakeGoogle;
let dir: string;

function deps() {
  return {
    dist: path.join(dir, 'dist'),
    progress: () => undefined,
    google: () =>
      googleClients({
        env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: TOKEN },
        retryBaseMs: 1,
        retries: 3,
        pacer: new Pacer(1000),
      }),
  };
}
const args = { region: 'bretagne-2025', promo: 'Promo 2026', share: 'a@example.org' };
const manifestFile = () => path.join(dir, 'pacte.regions.json');
const setup = (extra: object = {}) => runSetup({ ...args, manifest: manifestFile(), ...extra }, deps());

beforeEach(async () => {
  fake = new FakeGoogle();
  await fake.start();
  dir = mkdtempSync(path.join(tmpdir(), 'pacte-setup-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'Code.js'), 'function onOpen() {}');
  writeFileSync(path.join(dir, 'dist', 'appsscript.json'), '{"timeZone":"Europe/Paris"}');
  writeFileSync(path.join(dir, 'dist', 'sidebar.html'), '<p>PACTE</p>');
});
afterEach(() => fake.stop());

/** Every contract tab with its header row, as the fake holds them. */
function tabsAndHeaders(fileId: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const s of fake.sheetsOf(fileId))
    if (ALL_TABS.some((t) => t.name === s.properties.title)) out[s.properties.title] = fake.values(fileId, s.properties.title)[0] ?? [];
  return out;
}

/** Everything the set-up makes, per tab: values, frozen rows and columns, rules, formats, protections. */
function snapshot(fileId: string) {
  return fake.sheetsOf(fileId).map((s) => ({
    tab: s.properties.title,
    grid: s.properties.gridProperties,
    values: fake.values(fileId, s.properties.title),
    rules: [...s.cells]
      .filter(([, c]) => c.dataValidation)
      .map(([k, c]) => `${k}:${c.dataValidation?.condition?.type}`)
      .sort(),
    formats: [...s.cells]
      .filter(([, c]) => c.userEnteredFormat?.numberFormat)
      .map(([k, c]) => `${k}:${c.userEnteredFormat?.numberFormat?.pattern}`)
      .sort(),
    protections: s.protectedRanges.map((p) => ({
      description: p.description,
      warningOnly: p.warningOnly,
      range: p.range,
    })),
  }));
}

/** The workbook a clean run makes, on a separate fake. */
async function reference() {
  const saved = fake;
  fake = new FakeGoogle();
  await fake.start();
  await setup({ manifest: path.join(dir, 'reference.json') });
  const snap = snapshot('file1');
  await fake.stop();
  fake = saved;
  return snap;
}

describe('pacte setup against a local fake Google', () => {
  it('creates one complete workbook, its bound script and manifest entry; a second run changes nothing', async () => {
    const summary = await setup();
    expect(summary).toContain('https://docs.google.com/spreadsheets/d/file1/edit');
    expect([...fake.files.keys()]).toEqual(['file1']);
    expect(fake.files.get('file1')!.appProperties).toEqual({
      region: 'bretagne-2025',
      promo: 'Promo 2026',
      scriptId: 'script1',
      scriptCreate: 'done',
    });
    expect(Object.keys(tabsAndHeaders('file1'))).toEqual(ALL_TABS.map((t) => t.name));
    expect(fake.projects.get('script1')).toMatchObject({ parentId: 'file1' });
    expect(
      fake.projects
        .get('script1')!
        .files.map((f) => f.name)
        .sort(),
    ).toEqual(['Code', 'appsscript', 'sidebar']);
    expect(fake.files.get('file1')!.permissions).toEqual([expect.objectContaining({ emailAddress: 'a@example.org', role: 'writer' })]);
    const settings = Object.fromEntries(
      fake
        .values('file1', 'Paramètres')
        .slice(1)
        .map(([k, v]) => [k, v]),
    );
    expect(settings['Équipe']).toBe('coordination@example.org, a@example.org');
    const manifest = JSON.parse(readFileSync(manifestFile(), 'utf8'));
    expect(manifest['bretagne-2025']).toMatchObject({
      spreadsheetId: 'file1',
      scriptId: 'script1',
      promo: 'Promo 2026',
      staff: ['coordination@example.org', 'a@example.org'],
      createdBy: 'coordination@example.org',
    });
    const firstRun = fake.requests.length;
    // A constant handful, whatever the number of tabs and headers: the whole contract is one batchUpdate.
    expect(fake.sheetsOf('file1').map((s) => s.properties.title)).toEqual(ALL_TABS.map((t) => t.name));
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /drive/v3/about',
      'GET /drive/v3/files',
      'POST /drive/v3/files',
      'GET /v4/spreadsheets/file1',
      // The « creation under way » mark on the workbook, then the script, then its id on the workbook.
      'POST /v4/spreadsheets/file1:batchUpdate',
      'PATCH /drive/v3/files/file1',
      'POST /v1/projects',
      'PATCH /drive/v3/files/file1',
      'GET /v1/projects/script1/content',
      'PUT /v1/projects/script1/content',
      'GET /drive/v3/files/file1/permissions',
      'POST /drive/v3/files/file1/permissions',
    ]);
    expect(fake.requests.filter((r) => r.path.endsWith(':batchUpdate'))).toHaveLength(1);

    const again = await setup();
    expect(again).toContain('rien à compléter');
    const writes = fake.requests.slice(firstRun).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('produces the same tabs and headers as Initialiser la cohorte… in Apps Script (one plan)', async () => {
    await setup({ share: undefined });
    const { sim, run } = startGas({ user: 'coordination@example.org' });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    const gas: Record<string, unknown[]> = {};
    for (const spec of ALL_TABS) gas[spec.name] = (sim.peek.values(spec.name) as unknown[][])[0]!;
    expect(tabsAndHeaders('file1')).toEqual(gas);
    // Row 2 of every tab: the same checkboxes, lists and date formats on the same columns; the same frozen rows.
    const KIND: Record<string, string> = { BOOLEAN: 'CHECKBOX', ONE_OF_LIST: 'VALUE_IN_LIST' };
    const plain = (f: string) => (['', 'General', '0.###############'].includes(f) ? '' : f);
    for (const spec of ALL_TABS) {
      const sheet = fake.sheetsOf('file1').find((x) => x.properties.title === spec.name)!;
      const cols = spec.headers.map((_, c) => c);
      const apiRow = cols.map((c) => {
        const cell = sheet.cells.get(`1,${c}`);
        return `${KIND[cell?.dataValidation?.condition?.type ?? ''] ?? ''}|${plain(cell?.userEnteredFormat?.numberFormat?.pattern ?? '')}`;
      });
      const gasRow = cols.map(
        (c) => `${sim.peek.validations(spec.name)[1]?.[c]?.type ?? ''}|${plain(sim.peek.numberFormats(spec.name)[1]?.[c] ?? '')}`,
      );
      expect({ tab: spec.name, row2: apiRow, frozen: sheet.properties.gridProperties.frozenRowCount }).toEqual({
        tab: spec.name,
        row2: gasRow,
        frozen: sim.peek.frozenRows(spec.name),
      });
    }
    // The same warning-only protections, with the same descriptions, on the same tabs and columns.
    const letters = (n: number) => String.fromCharCode(65 + n);
    const apiProtections = fake
      .sheetsOf('file1')
      .flatMap((x) =>
        x.protectedRanges.map(
          (p) =>
            `${x.properties.title}|${p.range?.startColumnIndex == null ? '' : letters(p.range.startColumnIndex)}|${p.warningOnly}|${p.description}`,
        ),
      )
      .sort();
    const gasProtections = sim.peek
      .protections()
      .map((p) => `${p.sheet}|${p.range ? /^[A-Z]+/.exec(p.range)![0] : ''}|${p.warningOnly}|${p.description}`)
      .sort();
    expect(apiProtections).toEqual(gasProtections);
    const api = Object.fromEntries(
      fake
        .values('file1', 'Séances')
        .slice(1)
        .map((r) => [r[0], r[1]]),
    );
    const gasSessions = Object.fromEntries((sim.peek.values('Séances') as unknown[][]).slice(1).map((r) => [r[0], r[1]]));
    expect(api).toEqual(gasSessions);
  });

  it('--dry-run calls nothing', async () => {
    const out = await setup({ dryRun: true });
    expect(out).toContain('Simulation');
    expect(fake.requests).toEqual([]);
  });

  it('re-run after a failure injected at each request creates nothing twice and ends complete', async () => {
    const complete = await reference();
    await setup();
    const total = fake.requests.length;
    for (let n = 1; n <= total; n++) {
      await fake.stop();
      fake = new FakeGoogle();
      await fake.start();
      writeFileSync(manifestFile(), '{}');
      // A 400 is never retried: the run stops at request n.
      fake.failures.set(n, { status: 400, body: { error: { code: 400, message: 'Injected', status: 'INVALID_ARGUMENT' } } });
      await expect(setup()).rejects.toThrow(/Relancez la même commande/);
      await setup();
      expect({ n, files: fake.files.size, projects: fake.projects.size, perms: fake.files.get('file1')!.permissions.length }).toEqual({
        n,
        files: 1,
        projects: 1,
        perms: 1,
      });
      expect(snapshot('file1')).toEqual(complete);
    }
  }, 120_000);

  it('rides out 429 bursts, Drive rate 403s and 5xx, and survives a POST whose answer was lost', async () => {
    fake.burst(1, 2); // about.get: two 429s, retried
    fake.failures.set(3, FAILURES.driveRate403()); // and a Drive rate-limit 403
    fake.failures.set(5, FAILURES.server()); // files.list: a 503
    fake.failures.set(7, { ...FAILURES.server(), afterEffect: true }); // files.create applied, its answer lost
    fake.delays.set(8, 50);
    await setup();
    const log = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(log.slice(0, 9)).toEqual([
      'GET /drive/v3/about',
      'GET /drive/v3/about',
      'GET /drive/v3/about',
      'GET /drive/v3/about',
      'GET /drive/v3/files',
      'GET /drive/v3/files',
      'POST /drive/v3/files',
      // The lost POST is checked (it took effect), not sent again.
      'GET /drive/v3/files',
      'GET /drive/v3/files',
    ]);
    expect(log.filter((l) => l === 'POST /drive/v3/files')).toHaveLength(1);
    expect(fake.files.size).toBe(1);
    expect(snapshot('file1')).toEqual(await reference());
  });

  it('says in French how to turn the Apps Script API on (the usersettings 403)', async () => {
    fake.scriptApiOff = true;
    await expect(setup()).rejects.toThrow(/script\.google\.com\/home\/usersettings.*relancez/);
  });
});
