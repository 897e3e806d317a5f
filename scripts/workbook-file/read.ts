/**
 * Reads a downloaded cohort workbook: an `.xlsx` file, or a folder with one `.csv` per tab
 * (`<tab>.csv`, or Google Sheets' `<spreadsheet> - <tab>.csv`). No Google access.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { UserError } from '../../src/domain/errors';
import type { Cell } from '../../src/workbook/cells';
import type { RawWorkbook } from '../../src/workbook/cohort';
import { messages } from '../../src/domain/messages';
import { readXlsx } from './read-xlsx';

const cliMessages = messages.cli;

/** UTF-8 (with or without BOM) first; French Excel's plain "CSV" is Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the header line: `,` from Google Sheets, `;` from French Excel, or a tab. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: sniffDelimiter(text), skipEmptyLines: false });
  const rows = result.data;
  // A final newline yields one empty row: not data.
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

function tabNameOfCsv(file: string): string {
  const base = path.basename(file, path.extname(file));
  const dash = base.lastIndexOf(' - ');
  return dash >= 0 ? base.slice(dash + 3) : base;
}

async function readCsvFolder(dir: string): Promise<RawWorkbook> {
  const files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  if (files.length === 0) throw new UserError(cliMessages.noCsvInFolder(dir));
  const workbook = new Map<string, Cell[][]>();
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file)).catch(() => {
      throw new UserError(cliMessages.unreadable(path.join(dir, file)));
    });
    workbook.set(tabNameOfCsv(file).normalize('NFC'), parseCsv(decodeText(bytes)));
  }
  return workbook;
}

/** Reads a workbook file or folder; every failure is a UserError with one French sentence. */
export async function readWorkbookFile(target: string): Promise<RawWorkbook> {
  const info = await stat(target).catch(() => {
    throw new UserError(cliMessages.notFound(target));
  });
  if (info.isDirectory()) return readCsvFolder(target);
  if (path.extname(target).toLowerCase() === '.xlsx') return readXlsx(target);
  throw new UserError(cliMessages.notAWorkbook(target));
}
