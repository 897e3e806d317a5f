/**
 * A tiny .xlsx naming a cell, row or column beyond Excel's grid (XFD, 1,048,576) is a damaged file:
 * refused in French at once, never read into memory (one cell at ZZZZZZ2 took V8 out of memory after 17 s).
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookFile } from '../../scripts/workbook-file/read';
import { cellRef, MAX_COLUMNS, MAX_ROWS } from '../../scripts/workbook-file/xlsx-bounds';
import { pacte, storedZip, tempDir } from '../helpers/cli';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A one-sheet workbook (« Candidatures ») whose worksheet part holds `inner` (before and in sheetData). */
function book(file: string, sheetData: string, before = ''): string {
  writeFileSync(
    file,
    storedZip({
      '[Content_Types].xml':
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      'xl/workbook.xml': `<workbook ${NS}><sheets><sheet name="Candidatures" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<worksheet ${NS}>${before}<sheetData>${sheetData}</sheetData></worksheet>`,
    }),
  );
  return file;
}

const cell = (ref: string, text = 'x') => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe(".xlsx references beyond Excel's limits", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pacte-xlsx-bounds-');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads column XFD and row 1,048,576, the last of the grid', async () => {
    expect(cellRef('XFD1048576')).toEqual({ column: MAX_COLUMNS - 1, row: MAX_ROWS - 1 });
    const file = book(
      path.join(dir, 'edge.xlsx'),
      `<row r="1">${cell('A1', 'ID')}${cell('XFD1', 'fin')}</row><row r="1048576">${cell('B1048576', 'bas')}</row>`,
    );
    const rows = (await readWorkbookFile(file)).get('Candidatures')!;
    expect(rows).toHaveLength(MAX_ROWS);
    expect([rows[0]![0], rows[0]![MAX_COLUMNS - 1], rows[MAX_ROWS - 1]![1]]).toEqual(['ID', 'fin', 'bas']);
  });

  it.each([
    ['one cell at ZZZZZZ2', `<row r="2">${cell('ZZZZZZ2')}</row>`, '', /la cellule ZZZZZZ2/],
    ['column XFE, one past XFD', `<row r="1">${cell('XFE1')}</row>`, '', /la cellule XFE1/],
    ['a cell reference of 5,000 letters', `<row r="1">${cell(`${'Z'.repeat(5000)}1`)}</row>`, '', /la cellule Z{24}…/],
    ['a cell on row 1,048,577', `<row>${cell('A1048577')}</row>`, '', /la cellule A1048577/],
    ['a row r="1048577"', `<row r="1048577">${cell('A1')}</row>`, '', /la ligne 1048577/],
    ['a row r of 40 digits', `<row r="${'9'.repeat(40)}"><c><v>1</v></c></row>`, '', /la ligne 9{24}…/],
    ['cells past XFD without references', `<row r="1">${'<c><v>1</v></c>'.repeat(MAX_COLUMNS + 1)}</row>`, '', /la colonne n° 16385/],
    ['a dimension ref="A1:ZZZZZZ2"', `<row r="1">${cell('A1')}</row>`, '<dimension ref="A1:ZZZZZZ2"/>', /la cellule ZZZZZZ2/],
    ['a <col max="16385">', `<row r="1">${cell('A1')}</row>`, '<cols><col min="1" max="16385" width="9"/></cols>', /la colonne n° 16385/],
  ])('refuses %s as a damaged file, in French, in well under a second', async (_, sheetData, before, named) => {
    const file = book(path.join(dir, 'beyond.xlsx'), sheetData, before);
    const start = performance.now();
    const error = await readWorkbookFile(file).catch((e: Error) => e);
    const ms = performance.now() - start;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /est un classeur endommagé : il désigne .* au-delà des limites d'Excel et de Google Sheets \(colonne XFD, ligne 1 048 576\)/,
    );
    expect((error as Error).message).toMatch(named);
    expect(ms).toBeLessThan(1000);
  });

  it('pacte check on a 2 KB file with one cell at ZZZZZZ2: exit 2, one French line, no memory blow-up', () => {
    const file = book(
      path.join(dir, 'zzz.xlsx'),
      `<row r="1">${cell('A1', 'ID')}${cell('B1', 'Nom')}</row><row r="2">${cell('A2', 'C-0001')}${cell('ZZZZZZ2', 'Fictif')}</row>`,
    );
    expect(statSync(file).size).toBeLessThan(2048);
    const run = pacte('check', file, '--today', '2026-01-15');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^« .*zzz\.xlsx » est un classeur endommagé : il désigne la cellule ZZZZZZ2, au-delà des limites/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    // The whole command, node start-up included; the reading itself is the test above (< 1 s).
    expect(run.ms).toBeLessThan(10_000);
  });
});
