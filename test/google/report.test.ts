import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { googleClients, Pacer } from '../../scripts/google/client';
import { runSetup } from '../../scripts/commands/setup';
import { runNationalReport } from '../../scripts/commands/national-report';
import { CANDIDATES_TAB } from '../../src/workbook/schema';
import { FakeGoogle } from '../helpers/fake-google';

let fake: FakeGoogle;
let dir: string;
const manifest = () => path.join(dir, 'pacte.regions.json');
const google = () =>
  googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 't' }, retryBaseMs: 1, retries: 1, pacer: new Pacer(1000) });

/** Applicant rows typed into a region's Candidatures (by header). */
function applicants(fileId: string, rows: Array<Record<string, string>>): void {
  const sheet = fake.sheetsOf(fileId).find((s) => s.properties.title === CANDIDATES_TAB.name)!;
  rows.forEach((row, i) => {
    for (const [header, value] of Object.entries(row)) {
      const c = (CANDIDATES_TAB.headers as readonly string[]).indexOf(header);
      if (c < 0) throw new Error(header);
      sheet.cells.set(`${i + 1},${c}`, { userEnteredValue: { stringValue: value } });
    }
  });
}

beforeAll(async () => {
  fake = new FakeGoogle();
  await fake.start();
  dir = mkdtempSync(path.join(tmpdir(), 'pacte-report-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'appsscript.json'), '{}');
  for (const region of ['bretagne-2025', 'bfc-promo8', 'hdf-leader-2024']) {
    await runSetup(
      { region, promo: 'Promo 2026', manifest: manifest() },
      { dist: path.join(dir, 'dist'), google, progress: () => undefined },
    );
  }
  applicants('file1', [
    { ID: 'C-0001', Prénom: 'Alix', Nom: 'Fictif', 'E-mail': 'alix@example.org', Statut: 'Reçue' },
    { ID: 'C-0002', Prénom: 'Bao', Nom: 'Exemple', 'E-mail': 'bao@example.org', Statut: 'Reçue' },
  ]);
  applicants('file2', [{ ID: 'C-0001', Prénom: 'Cyan', Nom: 'Essai', 'E-mail': 'cyan@example.org', Statut: 'Reçue' }]);
  fake.files.delete('file3'); // hdf-leader-2024's workbook is gone (or no longer shared)
});
afterAll(() => fake.stop());

describe('pacte report: the national consolidation', () => {
  it('reads each region in one values.batchGet, checks it like pacte check, totals, and lists the unreadable region', async () => {
    const before = fake.requests.length;
    const { report, output } = await runNationalReport({ manifest: manifest(), today: '2026-01-15', json: true }, { google });
    const batchGets = fake.requests.slice(before).filter((r) => r.path.endsWith('/values:batchGet'));
    expect(batchGets.map((r) => r.path)).toEqual([
      '/v4/spreadsheets/file1/values:batchGet',
      '/v4/spreadsheets/file2/values:batchGet',
      '/v4/spreadsheets/file3/values:batchGet',
    ]);
    expect(fake.requests.length - before).toBe(3);
    expect(report.regions.map((r) => [r.region, r.applicants, r.byStatus])).toEqual([
      ['bretagne-2025', 2, { Reçue: 2 }],
      ['bfc-promo8', 1, { Reçue: 1 }],
    ]);
    expect(report.national.applicants).toBe(3);
    // The same check as pacte check: these files lack their pieces, dates and structure.
    expect([report.national.complete, report.national.incomplete, report.national.learners]).toEqual([0, 3, 0]);
    expect(report.unreadable).toEqual([{ region: 'hdf-leader-2024', error: expect.stringContaining('not found') }]);
    expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('prints a French report, and writes it as .xlsx', async () => {
    const { output } = await runNationalReport({ manifest: manifest(), today: '2026-01-15' }, { google });
    expect(output).toMatch(/^Cohorte PACTE — rapport national au 15\/01\/2026 \(2 régions lues\)/);
    expect(output).toContain('Total national\n  Candidatures : 3 — 3 Reçue');
    expect(output).toMatch(/Régions illisibles \(non comptées\) :\n {2}hdf-leader-2024 : /);
    const file = path.join(dir, 'national.xlsx');
    await runNationalReport({ manifest: manifest(), today: '2026-01-15', xlsx: file }, { google });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('Rapport national')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Région');
    expect([2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(1).value)).toEqual([
      'bretagne-2025',
      'bfc-promo8',
      'Total national',
      'hdf-leader-2024',
    ]);
    expect(sheet.getRow(4).getCell(3).value).toBe(3);
  });

  it('still reads a region set up before the selection tabs (no Avis, no Entretiens)', async () => {
    const file = fake.files.get('file2')!;
    file.sheets = file.sheets.filter((x) => !['Avis', 'Entretiens'].includes(x.properties.title));
    const { report } = await runNationalReport({ manifest: manifest(), today: '2026-01-15', json: true }, { google });
    expect(report.regions.map((r) => [r.region, r.applicants])).toEqual([
      ['bretagne-2025', 2],
      ['bfc-promo8', 1],
    ]);
  });
});
