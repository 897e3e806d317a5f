/**
 * Reads an `.xlsx` by streaming: the zip's directory first (zip.ts), then each part through a SAX
 * parser (saxes), keeping only the cells that hold something. A sheet whose used range was pushed to
 * row 1,048,576 by one formatted cell costs what its real content costs, not a million rows.
 *
 * Cells come out as Apps Script's getValues() gives them for a Paris spreadsheet: cached formula
 * results, rich text as its plain text, booleans, and dates as the instant Paris clocks show
 * (30/05/2025 22:15 is the 30th, whatever the machine's time zone).
 */
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UserError } from '../../src/domain/errors';
import { instantOfSerial } from '../../src/domain/dates';
import { messages } from '../../src/domain/messages';
import { isContent, type Cell } from '../../src/workbook/cells';
import { cliMessages } from '../messages';
import { BeyondExcelLimits, cellRef, checkColumns, checkDimension, MAX_COLUMNS, MAX_ROWS, rowAttribute } from './xlsx-bounds';
import { openZip, type ZipPart } from './zip';

type Rows = Cell[][];

/** A row with content (workbook.md: a cell other than empty text, spaces, an unticked checkbox). */
function hasContent(cells: readonly Cell[]): boolean {
  return cells.some(isContent);
}

/** Shared by every empty row between two rows with content: a gap costs one pointer a row. */
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

/** An element's local name: some writers prefix SpreadsheetML elements (`<x:row>`, `<x:c>`). */
function local(node: { name: string }): string {
  const colon = node.name.indexOf(':');
  return colon < 0 ? node.name : node.name.slice(colon + 1);
}

/** Feeds a zip entry through a fresh SAX parser, chunk by chunk (UTF-8 split safely across chunks). */
async function parseEntry(file: ZipPart, setUp: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser();
  setUp(parser);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of await file.stream()) parser.write(decoder.write(chunk as Buffer));
  parser.write(decoder.end());
  parser.close();
}

/** Calls `visit` with each element's local name and attributes as the part streams by. */
function eachElement(file: ZipPart, visit: (name: string, attributes: Record<string, string>) => void): Promise<void> {
  return parseEntry(file, (p) => p.on('opentag', (node: SaxesTagPlain) => visit(local(node), node.attributes as Record<string, string>)));
}

/** Excel's built-in date formats (ECMA-376 §18.8.30), locale ones included. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom number format shows a date when, outside quotes and brackets, it has day/month/year/time letters. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare.replace(/General/gi, ''));
}

/** Which cell style indexes (`s`) are date formats. */
async function readDateStyles(file: ZipPart | undefined): Promise<boolean[]> {
  if (!file) return [];
  const customDate = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parseEntry(file, (p) => {
    p.on('opentag', (node: SaxesTagPlain) => {
      const a = node.attributes as Record<string, string>;
      if (local(node) === 'numFmt') customDate.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      else if (local(node) === 'cellXfs') inCellXfs = true;
      else if (local(node) === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
      }
    });
    p.on('closetag', (node) => {
      if (local(node) === 'cellXfs') inCellXfs = false;
    });
  });
  return styles;
}

/** Shared strings: each `<si>` as its plain text (rich-text runs joined, phonetic hints left out). */
async function readSharedStrings(file: ZipPart | undefined): Promise<string[]> {
  if (!file) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parseEntry(file, (p) => {
    p.on('opentag', (node: SaxesTagPlain) => {
      if (local(node) === 'si') current = '';
      else if (local(node) === 't') inText = !inPhonetic;
      else if (local(node) === 'rPh') inPhonetic = true;
    });
    p.on('text', (text) => {
      if (inText) current += text;
    });
    p.on('closetag', (node) => {
      if (local(node) === 't') inText = false;
      else if (local(node) === 'rPh') inPhonetic = false;
      else if (local(node) === 'si') strings.push(current);
    });
  });
  return strings;
}

interface SheetRef {
  name: string;
  file: ZipPart;
}

/** The sheets in workbook order, with the zip entry each one's relationship points to. */
async function readSheetList(entries: ReadonlyMap<string, ZipPart>): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await eachElement(rels, (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target) {
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.join('xl', a.Target);
        targets.set(a.Id, path.posix.normalize(target));
      }
    });
  }
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await eachElement(entries.get('xl/workbook.xml')!, (name, a) => {
    if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    if (name !== 'sheet') return;
    const rel = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const target = targets.get(rel ?? '');
    const file = target ? entries.get(target) : undefined;
    if (a.name && file) sheets.push({ name: a.name, file });
  });
  return { sheets, date1904 };
}

interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  dates: Map<number, Date | number>;
}

/** One worksheet's rows; rows with no content are never kept, trailing ones are dropped. */
async function readSheet(file: ZipPart, ctx: SheetContext): Promise<Rows> {
  const rows: Rows = [];
  let rowIndex = -1;
  let cells: Cell[] = [];
  // The cell being read.
  let col = -1;
  let type = '';
  let style = 0;
  let value = '';
  let hasValue = false;
  let hasFormula = false;
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;

  const cellValue = (): Cell => {
    if (!hasValue) return hasFormula ? '' : undefined;
    switch (type) {
      case 's': return ctx.strings[Number(value)] ?? '';
      case 'str':
      case 'inlineStr': return value;
      case 'b': return Number(value) !== 0;
      case 'e': return value;
      case 'd': return value; // ISO 8601 text (strict OOXML): parseDay reads it
      default: {
        const n = Number(value);
        if (value.trim() === '' || Number.isNaN(n)) return value;
        if (!ctx.dateStyles[style]) return n;
        // A date: as Apps Script gives it. A serial no date can hold (612345678) stays a number,
        // for the rules to name as an impossible date. A workbook repeats a few dates thousands of
        // times: one Date object each (cells are read, never changed).
        const serial = ctx.date1904 ? n + 1462 : n;
        let date = ctx.dates.get(serial);
        if (date === undefined) ctx.dates.set(serial, (date = instantOfSerial(serial) ?? n));
        return date;
      }
    }
  };

  await parseEntry(file, (p) => {
    p.on('opentag', (node: SaxesTagPlain) => {
      switch (local(node)) {
        case 'row': {
          const r = rowAttribute((node.attributes as Record<string, string>).r);
          rowIndex = r !== undefined ? r - 1 : rowIndex + 1;
          if (rowIndex >= MAX_ROWS) throw new BeyondExcelLimits('row', String(rowIndex + 1));
          cells = [];
          col = -1;
          break;
        }
        case 'c': {
          const a = node.attributes as Record<string, string>;
          col = cellRef(a.r).column ?? col + 1;
          if (col >= MAX_COLUMNS) throw new BeyondExcelLimits('column', String(col + 1));
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) : 0;
          value = '';
          hasValue = false;
          hasFormula = false;
          break;
        }
        case 'v':
          inValue = true;
          hasValue = true;
          break;
        case 'f':
          hasFormula = true;
          break;
        case 'is':
          inInline = true;
          hasValue = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (inInline && !inPhonetic) inValue = true;
          break;
        case 'dimension':
          checkDimension((node.attributes as Record<string, string>).ref);
          break;
        case 'col': {
          const a = node.attributes as Record<string, string>;
          checkColumns(a.min, a.max);
          break;
        }
      }
    });
    p.on('text', (text) => {
      if (inValue) value += text;
    });
    p.on('closetag', (node) => {
      switch (local(node)) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c': {
          const v = cellValue();
          if (v !== undefined && col >= 0) cells[col] = v;
          break;
        }
        case 'row': {
          if (!hasContent(cells)) break;
          // Rows skipped in the file, or with nothing in them, between two rows with content.
          while (rows.length < rowIndex) rows.push(EMPTY_ROW);
          // An exact-size copy: a grown array keeps up to half again its length in spare slots.
          const kept: Cell[] = new Array(cells.length);
          for (let i = 0; i < cells.length; i++) kept[i] = cells[i] === undefined ? '' : cells[i];
          rows[rowIndex] = kept;
          break;
        }
      }
    });
  });
  return rows;
}

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
    const [strings, dateStyles] = await Promise.all([readSharedStrings(entries.get('xl/sharedStrings.xml')), readDateStyles(entries.get('xl/styles.xml'))]);
    const workbook = new Map<string, Rows>();
    const dates = new Map<number, Date | number>();
    for (const sheet of sheets) workbook.set(sheet.name.normalize('NFC'), await readSheet(sheet.file, { strings, dateStyles, date1904, dates }));
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
