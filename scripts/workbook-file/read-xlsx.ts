/**
 * Reads an `.xlsx` by streaming: the zip's directory first (zip.ts), then each part through a SAX
 * parser (saxes, xlsx-xml.ts): the workbook's parts, then each sheet, keeping only the cells that
 * hold something, within Excel's bounds (xlsx-bounds.ts).
 *
 * Cells come out as Apps Script's getValues() gives them for a Paris spreadsheet: cached formula
 * results, rich text as its plain text, booleans, and dates as the instant Paris clocks show
 * (30/05/2025 22:15 is the 30th, whatever the machine's time zone).
 */
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { cliMessages } from '../messages';
import { BeyondExcelLimits } from './xlsx-bounds';
import { readDateStyles, readSharedStrings, readSheet, readSheetList, type Rows } from './xlsx-xml';
import { openZip, type ZipPart } from './zip';

export { isDateFormat } from './xlsx-xml';

/** What the zip holds, when it is not a workbook: a Word or PowerPoint file, or another archive. */
function notAWorkbook(file: string, entries: ReadonlyMap<string, ZipPart>): UserError {
  if (entries.has('word/document.xml')) return new UserError(messages.cli.wordDocument(file));
  if (entries.has('ppt/presentation.xml')) return new UserError(messages.cli.presentation(file));
  return new UserError(messages.cli.zipNotWorkbook(file));
}

export async function readXlsx(file: string): Promise<Map<string, Rows>> {
  const zip = await openZip(file).catch(() => Promise.reject(new UserError(messages.cli.notAWorkbook(file))));
  const entries = zip.parts;
  try {
    if (!entries.has('xl/workbook.xml')) throw notAWorkbook(file, entries);
    const { sheets, date1904 } = await readSheetList(entries);
    const [strings, dateStyles] = await Promise.all([
      readSharedStrings(entries.get('xl/sharedStrings.xml')),
      readDateStyles(entries.get('xl/styles.xml')),
    ]);
    const workbook = new Map<string, Rows>();
    const dates = new Map<number, Date | number>();
    for (const sheet of sheets)
      workbook.set(sheet.name.normalize('NFC'), await readSheet(sheet.file, { strings, dateStyles, date1904, dates }));
    return workbook;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof BeyondExcelLimits) throw new UserError(cliMessages.xlsx.beyondLimits(file, error.kind, error.ref));
    // A damaged part (bad XML, a truncated zip entry): never half-read.
    throw new UserError(messages.cli.damagedWorkbook(file));
  } finally {
    zip.close();
  }
}
