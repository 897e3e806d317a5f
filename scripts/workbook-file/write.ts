/** Writes a workbook as a downloaded one looks: `.xlsx`, or one `.csv` per tab (tests, demo, bench). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { dayOfInstant, formatDayFr } from '../../src/domain/dates';
import type { Cell } from '../../src/workbook/cells';
import type { RawWorkbook } from '../../src/workbook/cohort';

/** Sheets exports a date cell as its calendar day: midnight UTC of the Paris day keeps it in xlsx. */
function utcMidnight(date: Date): Date {
  const [y, m, d] = dayOfInstant(date).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export async function writeXlsx(file: string, workbook: RawWorkbook): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of workbook) {
    const sheet = book.addWorksheet(name);
    for (const cells of rows) {
      const row = sheet.addRow(cells.map((c) => (c instanceof Date ? utcMidnight(c) : (c ?? null))));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    }
  }
  await mkdir(path.dirname(file), { recursive: true });
  await book.xlsx.writeFile(file);
}

function csvCell(cell: Cell): string {
  if (cell instanceof Date) return formatDayFr(dayOfInstant(cell));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell === null || cell === undefined ? '' : String(cell);
}

export interface CsvOptions {
  delimiter?: ',' | ';';
  bom?: boolean;
}

export async function writeCsvFolder(dir: string, workbook: RawWorkbook, options: CsvOptions = {}): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, rows] of workbook) {
    const text = Papa.unparse(
      rows.map((r) => r.map(csvCell)),
      { delimiter: options.delimiter ?? ',', newline: '\r\n' },
    );
    await writeFile(path.join(dir, `${name}.csv`), `${options.bom ? '\ufeff' : ''}${text}\r\n`, 'utf8');
  }
}
