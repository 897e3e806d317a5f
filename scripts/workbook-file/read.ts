/**
 * Reads a downloaded cohort workbook: an `.xlsx` file, or a folder with one `.csv` per tab
 * (`<tab>.csv`, or Google Sheets' `<spreadsheet> - <tab>.csv`). No Google access.
 */
import { constants } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { UserError } from '../../src/domain/errors';
import type { Cell } from '../../src/workbook/cells';
import type { RawWorkbook } from '../../src/workbook/cohort';
import { messages } from '../../src/domain/messages';
import { readXlsx } from './read-xlsx';

const cliMessages = messages.cli;

/**
 * UTF-16 with its BOM (Excel's « Texte Unicode ») or without (NUL bytes give it away); then UTF-8
 * (with or without BOM); French Excel's plain "CSV" is Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
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

/** A CSV the parser could not read whole: where, for the French message. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly unclosedQuote: boolean,
  ) {
    super(`CSV syntax error, line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Parses a whole CSV, or throws CsvSyntaxError: a stray quote must never swallow the rows after it. */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: sniffDelimiter(text), skipEmptyLines: false });
  const error = result.errors[0];
  if (error) {
    // The line as an editor counts it (quoted line breaks included), from where the parser stopped.
    const at = error.index ?? text.length;
    const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
    throw new CsvSyntaxError(
      line,
      result.errors.some((e) => e.code === 'MissingQuotes'),
    );
  }
  const rows = result.data;
  // A final newline yields one empty row: not data.
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/**
 * A file's bytes, only when it is a regular file: opened without blocking and checked on the open
 * handle, so a FIFO or a device named `Journal.csv` is refused instead of hanging the check.
 */
async function readRegularFile(file: string): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw new UserError(cliMessages.unreadable(file));
  }
  try {
    if (!(await handle.stat()).isFile()) throw new UserError(cliMessages.notARegularFile(file));
    return await handle.readFile();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(cliMessages.unreadable(file));
  } finally {
    await handle.close();
  }
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
    const full = path.join(dir, file);
    let rows: string[][];
    try {
      rows = parseCsv(decodeText(await readRegularFile(full)));
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new UserError(cliMessages.badCsv(full, error.line, error.unclosedQuote));
      throw error;
    }
    workbook.set(tabNameOfCsv(file).normalize('NFC'), rows);
  }
  return workbook;
}

/** What a file is, from its first bytes: the extension may lie (a .docx renamed .xlsx). */
async function sniff(file: string): Promise<'zip' | 'xls' | 'other'> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(() => {
    throw new UserError(cliMessages.unreadable(file));
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'zip';
    if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
    return 'other';
  } finally {
    await handle.close();
  }
}

/** Reads a workbook file or folder; every failure is a UserError with one French sentence. */
export async function readWorkbookFile(target: string): Promise<RawWorkbook> {
  const info = await stat(target).catch(() => {
    throw new UserError(cliMessages.notFound(target));
  });
  if (info.isDirectory()) return readCsvFolder(target);
  if (!info.isFile()) throw new UserError(cliMessages.notARegularFile(target));
  const kind = await sniff(target);
  if (kind === 'zip') return readXlsx(target);
  if (kind === 'xls') throw new UserError(cliMessages.oldXls(target));
  if (path.extname(target).toLowerCase() === '.csv') throw new UserError(cliMessages.singleCsv(target));
  throw new UserError(cliMessages.notAWorkbook(target));
}
