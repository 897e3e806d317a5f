/** `pacte check` on messy downloads (issue 13): checkbox-only rows, duplicate IDs. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { writeCsvFolder, writeXlsx } from '../../scripts/workbook-file/write';
import type { Cell } from '../../src/workbook/cells';
import { CANDIDATES_TAB } from '../../src/workbook/schema';
import { candidate, workbook } from '../helpers/workbook';
import { pacte, tempDir } from '../helpers/cli';

// Each test runs the real command, several times: a loaded machine needs more than jest's 5 s.
jest.setTimeout(60_000);

/** Three applicants, then every checkbox column unticked down to row 1000, as Sheets downloads it. */
function checkboxGrid(unticked: Cell = false): Map<string, Cell[][]> {
  const book = workbook({
    candidates: [
      candidate(),
      candidate({ ID: 'C-0002', Prénom: 'Lucas', 'E-mail': 'lucas@example.org', CV: false }),
      candidate({ ID: 'C-0003', Prénom: 'Léa', 'E-mail': 'lea@example.org' }),
    ],
  });
  const values = book.get(CANDIDATES_TAB.name)!;
  const header = values[0]!;
  while (values.length < 1000) {
    values.push(header.map((h) => (CANDIDATES_TAB.booleans.includes(h as never) ? unticked : '')));
  }
  return book;
}

describe('pacte check on checkbox-only rows', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the three applicants of an .xlsx, a Google CSV and a French Excel CSV (FAUX)', async () => {
    const xlsx = path.join(dir, 'cohorte.xlsx');
    await writeXlsx(xlsx, checkboxGrid());
    const csv = path.join(dir, 'csv');
    await writeCsvFolder(csv, checkboxGrid());
    const excel = path.join(dir, 'excel');
    await writeCsvFolder(excel, checkboxGrid('FAUX'), { delimiter: ';', bom: true });
    for (const target of [xlsx, csv, excel]) {
      const r = pacte('check', target, '--today', '2026-01-15', '--json');
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { candidates: Array<{ id: string; row: number }> };
      expect(report.candidates.map((c) => [c.id, c.row])).toEqual([
        ['C-0001', 2],
        ['C-0002', 3],
        ['C-0003', 4],
      ]);
    }
    const text = pacte('check', csv, '--today', '2026-01-15');
    expect(text.stdout).toMatch(/3 candidatures : 2 complètes, 1 à compléter/);
  });
});

describe('pacte check on duplicate IDs', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flags the later row with duplicate_id, in --json and in the French report', async () => {
    const file = path.join(dir, 'cohorte.xlsx');
    await writeXlsx(
      file,
      workbook({
        candidates: [
          candidate({ ID: 'C-0002', Statut: 'Inscrit' }),
          candidate({ ID: 'c-0002 ', Prénom: 'Lucie', 'E-mail': 'lucie@example.org', Statut: 'Inscrit' }),
        ],
      }),
    );
    const r = pacte('check', file, '--today', '2026-01-15', '--json');
    const report = JSON.parse(r.stdout) as {
      candidates: Array<{ id: string; row: number; valid: boolean; problems: unknown[] }>;
      learners: Array<{ id: string }>;
    };
    expect(report.candidates[0]).toMatchObject({ id: 'C-0002', row: 2, valid: true, problems: [] });
    expect(report.candidates[1]).toEqual({
      id: 'c-0002',
      row: 3,
      email: 'lucie@example.org',
      valid: false,
      problems: [{ code: 'duplicate_id', column: 'ID', message: expect.stringMatching(/^ID en double : « c-0002 » figure déjà ligne 2/) }],
    });
    expect(report.learners.map((l) => l.id)).toEqual(['C-0002', 'c-0002']);
    const text = pacte('check', file, '--today', '2026-01-15');
    expect(text.stdout).toMatch(/Ligne 3 · c-0002 · Lucie Martin[\s\S]*ID en double : « c-0002 » figure déjà ligne 2/);
  });
});
