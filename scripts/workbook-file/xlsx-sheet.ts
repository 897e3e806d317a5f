/**
 * One worksheet of an `.xlsx`, streamed: only the cells that hold something are kept, rows with no
 * content never are, and a sheet whose used range was pushed to row 1,048,576 by one formatted cell
 * costs what its real content costs. Cells come out as Apps Script's getValues() gives them for a
 * Paris spreadsheet: cached formula results, rich text as its plain text, booleans, and dates as the
 * instant Paris clocks show.
 */
import type { SaxesTagPlain } from 'saxes';
import type { File } from 'unzipper';
import { instantOfSerial } from '../../src/domain/dates';
import { isContent, type Cell } from '../../src/workbook/cells';
import { local, parseEntry } from './xlsx-parts';
import { BeyondExcelLimits, cellRef, checkColumns, checkDimension, MAX_COLUMNS, MAX_ROWS, rowAttribute } from './xlsx-bounds';

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
      case 's': return this.ctx.strings[Number(this.value)] ?? '';
      case 'str':
      case 'inlineStr': return this.value;
      case 'b': return Number(this.value) !== 0;
      case 'e': return this.value;
      case 'd': return this.value; // ISO 8601 text (strict OOXML): parseDay reads it
      default: return this.numberValue();
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
    const a = node.attributes as Record<string, string>;
    switch (local(node)) {
      case 'row': {
        const r = rowAttribute(a.r);
        this.rowIndex = r !== undefined ? r - 1 : this.rowIndex + 1;
        if (this.rowIndex >= MAX_ROWS) throw new BeyondExcelLimits('row', String(this.rowIndex + 1));
        this.cells = [];
        this.col = -1;
        break;
      }
      case 'c': this.openCell(a); break;
      case 'v':
        this.inValue = true;
        this.hasValue = true;
        break;
      case 'f': this.hasFormula = true; break;
      case 'is':
        this.inInline = true;
        this.hasValue = true;
        break;
      case 'rPh': this.inPhonetic = true; break;
      case 't':
        if (this.inInline && !this.inPhonetic) this.inValue = true;
        break;
      case 'dimension': checkDimension(a.ref); break;
      case 'col': checkColumns(a.min, a.max); break;
    }
  }

  text(text: string): void {
    if (this.inValue) this.value += text;
  }

  close(node: { name: string }): void {
    switch (local(node)) {
      case 'v':
      case 't': this.inValue = false; break;
      case 'is': this.inInline = false; break;
      case 'rPh': this.inPhonetic = false; break;
      case 'c': {
        const v = this.cellValue();
        if (v !== undefined && this.col >= 0) this.cells[this.col] = v;
        break;
      }
      case 'row': this.closeRow(); break;
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
export async function readSheet(file: File, ctx: SheetContext): Promise<Rows> {
  const reader = new SheetReader(ctx);
  await parseEntry(file, (p) => {
    p.on('opentag', (node: SaxesTagPlain) => reader.open(node));
    p.on('text', (text) => reader.text(text));
    p.on('closetag', (node) => reader.close(node));
  });
  return reader.rows;
}
