/** Reading downloaded .xlsx files: values as the Sheet gives them, dates on Paris clocks, huge used ranges. */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dayOfInstant, instantOfDay } from '../../src/domain/dates';
import type { Cell } from '../../src/workbook/cells';
import { CANDIDATES_TAB, SESSIONS_TAB } from '../../src/workbook/schema';
import { readWorkbookFile } from '../../scripts/workbook-file/read';
import { candidate, workbook, type WorkbookRows } from '../helpers/workbook';
import { pacteWith, storedZip, tempDir } from '../helpers/cli';

/** Writes a workbook with exceljs as is, then lets the test shape cells (formats, formulas) by hand. */
async function writeBook(
  file: string,
  rows: WorkbookRows,
  tweak?: (book: ExcelJS.Workbook) => void,
  options?: { useSharedStrings?: boolean },
) {
  const book = new ExcelJS.Workbook();
  for (const [name, values] of workbook(rows)) {
    const sheet = book.addWorksheet(name);
    for (const r of values) sheet.addRow(r.map((c) => (c instanceof Date ? new Date(`${dayOfInstant(c)}T00:00:00Z`) : (c ?? null))));
  }
  tweak?.(book);
  await book.xlsx.writeFile(file, options as never);
}

// The tests run the real command (three time zones in one test): more than jest's 5 s on a loaded machine.
jest.setTimeout(60_000);

const RECEIVED_COL = CANDIDATES_TAB.headers.indexOf('Date de réception du dossier') + 1;

/** The Candidatures cell of `Date de réception du dossier` on sheet row `row`. */
function receivedCell(book: ExcelJS.Workbook, row = 2): ExcelJS.Cell {
  return book.getWorksheet('Candidatures')!.getRow(row).getCell(RECEIVED_COL);
}

describe('.xlsx files', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pacte-xlsx-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each cell as Apps Script would: formula results, rich text, links, booleans, errors, dates', async () => {
    const file = path.join(dir, 'types.xlsx');
    const values: Array<[string, ExcelJS.CellValue, string?]> = [
      ['A1', 'texte partagé'],
      ['B1', { richText: [{ text: 'Ri' }, { font: { bold: true }, text: 'che' }] }],
      ['C1', { formula: '1+1', result: 2 }],
      ['D1', { formula: '"a"&"b"', result: 'ab' }],
      ['E1', { formula: 'TRUE()', result: true }],
      ['F1', { formula: 'DATE(2025,9,11)', result: new Date(Date.UTC(2025, 8, 11)) }, 'dd/mm/yyyy'],
      ['G1', true],
      ['H1', false],
      ['I1', 1.5],
      ['J1', { error: '#N/A' }],
      ['K1', { text: 'site', hyperlink: 'https://example.org' }],
      ['L1', new Date(Date.UTC(2025, 8, 11)), 'dd/mm/yyyy'],
      ['M1', { formula: 'NOW()' }],
      ['N1', '0042'],
    ];
    const write = async (target: string, useSharedStrings: boolean) => {
      await writeBook(
        target,
        {},
        (book) => {
          const sheet = book.addWorksheet('Essai');
          for (const [ref, value, numFmt] of values) {
            const cell = sheet.getCell(ref);
            cell.value = value;
            if (numFmt) cell.numFmt = numFmt;
          }
        },
        { useSharedStrings },
      );
    };
    await write(file, true);
    const inline = path.join(dir, 'types-inline.xlsx');
    await write(inline, false);

    const expected: Cell[] = [
      'texte partagé',
      'Riche',
      2,
      'ab',
      true,
      instantOfDay('2025-09-11'),
      true,
      false,
      1.5,
      '#N/A',
      'site',
      instantOfDay('2025-09-11'),
      '',
      '0042',
    ];
    for (const target of [file, inline]) {
      const row = (await readWorkbookFile(target)).get('Essai')![0]!;
      expect(row).toEqual(expected);
    }
  });

  it('reads SpreadsheetML written with prefixes (<x:row>, <x:c>) and inline rich text, as some tools write it', async () => {
    const ns =
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const file = path.join(dir, 'prefixed.xlsx');
    writeFileSync(
      file,
      storedZip({
        'xl/workbook.xml': `<x:workbook ${ns}><x:sheets><x:sheet name="Essai" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
        'xl/_rels/workbook.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/feuille.xml"/></Relationships>',
        'xl/worksheets/feuille.xml': `<x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ID</x:t></x:is></x:c><x:c r="C1" t="b"><x:v>1</x:v></x:c></x:row><x:row r="3"><x:c r="B3"><x:v>42</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:r><x:t>Ri</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>che</x:t></x:r><x:rPh sb="0" eb="1"><x:t>りち</x:t></x:rPh></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      }),
    );
    expect((await readWorkbookFile(file)).get('Essai')).toEqual([['ID', '', true], [], ['', 42, 'Riche']]);
  });

  it('reads a date-time as the day Paris clocks show (30/05/2025 22:15 is the 30th), whatever TZ the machine has', async () => {
    const file = path.join(dir, 'late-evening.xlsx');
    await writeBook(file, { candidates: [candidate()] }, (book) => {
      const cell = receivedCell(book);
      // exceljs stores a Date's UTC fields as the serial: this is the wall-clock time 30/05/2025 22:15.
      cell.value = new Date(Date.UTC(2025, 4, 30, 22, 15));
      cell.numFmt = 'dd/mm/yyyy hh:mm';
    });
    for (const TZ of ['UTC', 'Europe/Paris', 'Pacific/Auckland']) {
      const r = pacteWith({ env: { TZ } }, 'check', file, '--today', '2026-01-15', '--json');
      expect({ TZ, stderr: r.stderr, status: r.status }).toEqual({ TZ, stderr: '', status: 0 });
      expect({ TZ, candidate: JSON.parse(r.stdout).candidates[0] }).toEqual({
        TZ,
        candidate: expect.objectContaining({ valid: true, problems: [] }),
      });
    }
    // One minute past midnight in Paris is the next day: the deadline has passed.
    await writeBook(file, { candidates: [candidate()] }, (book) => {
      receivedCell(book).value = new Date(Date.UTC(2025, 4, 31, 0, 1));
      receivedCell(book).numFmt = 'dd/mm/yyyy hh:mm';
    });
    const late = pacteWith({ env: { TZ: 'Pacific/Auckland' } }, 'check', file, '--today', '2026-01-15', '--json');
    expect(JSON.parse(late.stdout).candidates[0].problems).toEqual([expect.objectContaining({ code: 'received_after_deadline' })]);
  });

  it("turns an impossible date in a date cell into the row's invalid_date problem, never a crash", async () => {
    const file = path.join(dir, 'impossible-dates.xlsx');
    const serials = [612345678, -5, 3_000_000, 5000];
    await writeBook(
      file,
      {
        candidates: serials.map((_, i) => candidate({ ID: `C-000${i + 1}`, 'E-mail': `personne${i}@example.org` })),
        sessions: [{ ID: 'S1', Intitulé: 'Séminaire 1', 'Date de début': 612345678, 'Date de fin': -5, Obligatoire: true }],
      },
      (book) => {
        serials.forEach((serial, i) => {
          receivedCell(book, i + 2).value = serial;
          receivedCell(book, i + 2).numFmt = 'dd/mm/yyyy';
        });
        const sessions = book.getWorksheet('Séances')!.getRow(2);
        for (const header of ['Date de début', 'Date de fin'] as const)
          sessions.getCell(SESSIONS_TAB.headers.indexOf(header) + 1).numFmt = 'dd/mm/yyyy';
      },
    );
    const r = pacteWith({}, 'check', file, '--today', '2026-01-15', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const candidates = JSON.parse(r.stdout).candidates as Array<{ problems: Array<{ code: string; column: string; message: string }> }>;
    expect(candidates.map((c) => c.problems.map((p) => [p.code, p.column]))).toEqual(
      serials.map(() => [['invalid_date', 'Date de réception du dossier']]),
    );
    expect(candidates.map((c) => c.problems[0]!.message)).toEqual([
      expect.stringContaining('« 612345678 »'),
      expect.stringContaining('« 25/12/1899 »'),
      expect.stringContaining('/10113 »'),
      expect.stringContaining('« 08/09/1913 »'),
    ]);
  });

  it('reads a sheet whose used range reaches row 1,048,576 by its real content, in seconds', async () => {
    const file = path.join(dir, 'huge-range.xlsx');
    await writeBook(file, { candidates: [candidate()] }, (book) => {
      const sheet = book.getWorksheet('Candidatures')!;
      for (const ref of ['A1048576', 'Y300000']) {
        sheet.getCell(ref).numFmt = '@';
        sheet.getCell(ref).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      }
      // Unticked checkboxes down a whole column are no content either.
      for (let r = 3; r <= 5000; r++) sheet.getRow(r).getCell(CANDIDATES_TAB.headers.indexOf('Dérogation') + 1).value = false;
    });
    const start = performance.now();
    const book = await readWorkbookFile(file);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(book.get('Candidatures')).toHaveLength(2);
    const r = pacteWith({ timeout: 20_000 }, 'check', file, '--today', '2026-01-15', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).candidates).toHaveLength(1);
    expect(r.ms).toBeLessThan(5000);
  });
});
