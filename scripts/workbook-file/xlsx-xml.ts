/**
 * The XML parts of an `.xlsx`, each streamed through a SAX parser: the sheet list (in workbook
 * order, with the zip entry of each), the shared strings, which cell styles are dates, and each
 * worksheet, keeping only the cells that hold something. A sheet whose used range was pushed to
 * row 1,048,576 by one formatted cell costs what its real content costs. Cells come out as Apps
 * Script's getValues() gives them for a Paris spreadsheet: cached formula results, rich text as its
 * plain text, booleans, and dates as the instant Paris clocks show. (One module: the per-tag
 * helpers are called on every element, and staying within a module keeps them free under tsx too.)
 */
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ZipPart } from './zip';
import { instantOfSerial } from '../../src/domain/dates';
import { isContent, type Cell } from '../../src/workbook/cells';
import { BeyondExcelLimits, cellRef, checkColumns, checkDimension, MAX_COLUMNS, MAX_ROWS, rowAttribute } from './xlsx-bounds';

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

/** A small part read by its opening tags alone: each element's local name and attributes. */
function readOpenTags(file: ZipPart, onTag: (name: string, attributes: Record<string, string>) => void): Promise<void> {
  return parseEntry(file, (p) => p.on('opentag', (node: SaxesTagPlain) => onTag(local(node), node.attributes as Record<string, string>)));
}

/** Excel's built-in date formats (ECMA-376 §18.8.30), locale ones included. */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom number format shows a date when, outside quotes and brackets, it has day/month/year/time letters. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare.replace(/General/gi, ''));
}

/** Which cell style indexes (`s`) are date formats. */
export async function readDateStyles(file: ZipPart | undefined): Promise<boolean[]> {
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
export async function readSharedStrings(file: ZipPart | undefined): Promise<string[]> {
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

export interface SheetRef {
  name: string;
  file: ZipPart;
}

/** The sheets in workbook order, with the zip entry each one's relationship points to. */
export async function readSheetList(entries: ReadonlyMap<string, ZipPart>): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await readOpenTags(rels, (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target) {
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.join('xl', a.Target);
        targets.set(a.Id, path.posix.normalize(target));
      }
    });
  }
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await readOpenTags(entries.get('xl/workbook.xml')!, (name, a) => {
    if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    if (name !== 'sheet') return;
    const rel = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const target = targets.get(rel ?? '');
    const file = target ? entries.get(target) : undefined;
    if (a.name && file) sheets.push({ name: a.name, file });
  });
  return { sheets, date1904 };
}

export type Rows = Cell[][];

export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Serial → its Date, shared by the sheets: a workbook repeats a few dates thousands of times. */
  dates: Map<number, Date | number>;
}

/** Shared by every empty row between two rows with content: a gap costs one pointer a row. */
const EMPTY_ROW: Cell[] = Object.freeze([]) as unknown as Cell[];

/** The SAX events of one worksheet turned into rows: the state of the row and cell being read. */
class SheetReader {
  readonly rows: Rows = [];
  private rowIndex = -1;
  private cells: Cell[] = [];
  private col = -1;
  private type = '';
  private style = 0;
  private value = '';
  private hasValue = false;
  private hasFormula = false;
  private inValue = false;
  private inInline = false;
  private inPhonetic = false;

  constructor(private readonly ctx: SheetContext) {}

  private cellValue(): Cell {
    if (!this.hasValue) return this.hasFormula ? '' : undefined;
    switch (this.type) {
      case 's':
        return this.ctx.strings[Number(this.value)] ?? '';
      case 'str':
      case 'inlineStr':
        return this.value;
      case 'b':
        return Number(this.value) !== 0;
      case 'e':
        return this.value;
      case 'd':
        return this.value; // ISO 8601 text (strict OOXML): parseDay reads it
      default:
        return this.numberValue();
    }
  }

  /**
   * A number, or a date when its style is one: as Apps Script gives it. A serial no date can hold
   * (612345678) stays a number, for the rules to name as an impossible date.
   */
  private numberValue(): Cell {
    const n = Number(this.value);
    if (this.value.trim() === '' || Number.isNaN(n)) return this.value;
    if (!this.ctx.dateStyles[this.style]) return n;
    const serial = this.ctx.date1904 ? n + 1462 : n;
    let date = this.ctx.dates.get(serial);
    if (date === undefined) this.ctx.dates.set(serial, (date = instantOfSerial(serial) ?? n));
    return date;
  }

  private openCell(a: Record<string, string>): void {
    this.col = cellRef(a.r).column ?? this.col + 1;
    if (this.col >= MAX_COLUMNS) throw new BeyondExcelLimits('column', String(this.col + 1));
    this.type = a.t ?? 'n';
    this.style = a.s ? Number(a.s) : 0;
    this.value = '';
    this.hasValue = false;
    this.hasFormula = false;
  }

  open(node: SaxesTagPlain): void {
    switch (local(node)) {
      case 'row': {
        const r = rowAttribute((node.attributes as Record<string, string>).r);
        this.rowIndex = r !== undefined ? r - 1 : this.rowIndex + 1;
        if (this.rowIndex >= MAX_ROWS) throw new BeyondExcelLimits('row', String(this.rowIndex + 1));
        this.cells = [];
        this.col = -1;
        break;
      }
      case 'c':
        this.openCell(node.attributes as Record<string, string>);
        break;
      case 'v':
        this.inValue = true;
        this.hasValue = true;
        break;
      case 'f':
        this.hasFormula = true;
        break;
      case 'is':
        this.inInline = true;
        this.hasValue = true;
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      case 't':
        if (this.inInline && !this.inPhonetic) this.inValue = true;
        break;
      case 'dimension':
        checkDimension((node.attributes as Record<string, string>).ref);
        break;
      case 'col':
        checkColumns((node.attributes as Record<string, string>).min, (node.attributes as Record<string, string>).max);
        break;
    }
  }

  text(text: string): void {
    if (this.inValue) this.value += text;
  }

  close(node: { name: string }): void {
    switch (local(node)) {
      case 'v':
      case 't':
        this.inValue = false;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'c': {
        const v = this.cellValue();
        if (v !== undefined && this.col >= 0) this.cells[this.col] = v;
        break;
      }
      case 'row':
        this.closeRow();
        break;
    }
  }

  /** A row with content (workbook.md: a cell other than empty text, spaces, an unticked checkbox) is kept. */
  private closeRow(): void {
    if (!this.cells.some(isContent)) return;
    // Rows skipped in the file, or with nothing in them, between two rows with content.
    while (this.rows.length < this.rowIndex) this.rows.push(EMPTY_ROW);
    // An exact-size copy: a grown array keeps up to half again its length in spare slots.
    const kept: Cell[] = new Array(this.cells.length);
    for (let i = 0; i < this.cells.length; i++) kept[i] = this.cells[i] === undefined ? '' : this.cells[i];
    this.rows[this.rowIndex] = kept;
  }
}

/** One worksheet's rows; rows with no content are never kept, trailing ones are dropped. */
export async function readSheet(file: ZipPart, ctx: SheetContext): Promise<Rows> {
  const reader = new SheetReader(ctx);
  await parseEntry(file, (p) => {
    p.on('opentag', reader.open.bind(reader));
    p.on('text', reader.text.bind(reader));
    p.on('closetag', reader.close.bind(reader));
  });
  return reader.rows;
}
