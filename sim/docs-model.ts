/**
 * A Google Doc as the Docs API v1 sees it: a body of paragraphs and tables, addressed by indexes.
 *
 * Index rules (https://developers.google.com/docs/api/concepts/structure#indexes and the worked
 * example in https://developers.google.com/docs/api/how-tos/tables): indexes count UTF-16 code
 * units; the body opens with a section break at 0 (length 1); a paragraph spans its text and its
 * closing "\n"; a table spans 1 (its start) + per row 1 + per cell 1 + the cell's paragraphs, so a
 * 2×2 table of empty cells starting at 2 has its cells' text at 5, 7, 10 and 12.
 * The body always ends with a paragraph (a table is never last).
 */
import { apiError } from './api-errors';

export type NamedStyle = 'NORMAL_TEXT' | 'TITLE' | 'HEADING_1' | 'HEADING_2';

export interface Paragraph {
  kind: 'paragraph';
  /** The paragraph's text, always ending with "\n". */
  text: string;
  style: NamedStyle;
}

export interface Table {
  kind: 'table';
  /** rows → cells → the cell's paragraphs (at least one each). */
  rows: Paragraph[][][];
}

export type Block = Paragraph | Table;

export interface DocModel {
  title: string;
  body: Block[];
}

export const paragraph = (text: string, style: NamedStyle = 'NORMAL_TEXT'): Paragraph => ({
  kind: 'paragraph',
  text: text.endsWith('\n') ? text : `${text}\n`,
  style,
});

export const table = (rows: string[][]): Table => ({
  kind: 'table',
  rows: rows.map((cells) => cells.map((c) => [paragraph(c)])),
});

export function cloneDoc(doc: DocModel): DocModel {
  return structuredClone(doc);
}

const cellLength = (cell: Paragraph[]) => 1 + cell.reduce((n, p) => n + p.text.length, 0);
const rowLength = (row: Paragraph[][]) => 1 + row.reduce((n, c) => n + cellLength(c), 0);
const blockLength = (b: Block) => (b.kind === 'paragraph' ? b.text.length : 1 + b.rows.reduce((n, r) => n + rowLength(r), 0));

/** Every paragraph with its start index, in document order (inside tables too). */
interface Located {
  para: Paragraph;
  start: number;
  /** The list holding it and its position there (for splitting on "\n"). */
  list: Paragraph[] | Block[];
  at: number;
}

function locateParagraphs(doc: DocModel): Located[] {
  const out: Located[] = [];
  let i = 1;
  doc.body.forEach((b, at) => {
    if (b.kind === 'paragraph') {
      out.push({ para: b, start: i, list: doc.body, at });
      i += b.text.length;
      return;
    }
    i += 1;
    for (const row of b.rows) {
      i += 1;
      for (const cell of row) {
        i += 1;
        cell.forEach((p, pAt) => {
          out.push({ para: p, start: i, list: cell, at: pAt });
          i += p.text.length;
        });
      }
    }
  });
  return out;
}

export function endIndex(doc: DocModel): number {
  return 1 + doc.body.reduce((n, b) => n + blockLength(b), 0);
}

/** The tables with their start index. */
function locateTables(doc: DocModel): Array<{ table: Table; start: number }> {
  const out: Array<{ table: Table; start: number }> = [];
  let i = 1;
  for (const b of doc.body) {
    if (b.kind === 'table') out.push({ table: b, start: i });
    i += blockLength(b);
  }
  return out;
}

/** Plain text of the document, a table row per line with cells separated by " | " (for tests and the PDF). */
export function plainText(doc: DocModel): string {
  const lines: string[] = [];
  for (const b of doc.body) {
    if (b.kind === 'paragraph') lines.push(b.text.slice(0, -1));
    else for (const row of b.rows) lines.push(row.map((cell) => cell.map((p) => p.text.slice(0, -1)).join(' ')).join(' | '));
  }
  return lines.join('\n');
}

/** The documents.get representation (the fields we model). https://developers.google.com/docs/api/reference/rest/v1/documents */
export function toResource(id: string, doc: DocModel): unknown {
  const para = (p: Paragraph, start: number) => ({
    startIndex: start,
    endIndex: start + p.text.length,
    paragraph: {
      elements: [{ startIndex: start, endIndex: start + p.text.length, textRun: { content: p.text, textStyle: {} } }],
      paragraphStyle: { namedStyleType: p.style },
    },
  });
  const content: unknown[] = [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }];
  let i = 1;
  for (const b of doc.body) {
    if (b.kind === 'paragraph') {
      content.push(para(b, i));
      i += b.text.length;
      continue;
    }
    const start = i;
    i += 1;
    const tableRows = b.rows.map((row) => {
      const rowStart = i;
      i += 1;
      const tableCells = row.map((cell) => {
        const cellStart = i;
        i += 1;
        const cellContent = cell.map((p) => {
          const e = para(p, i);
          i += p.text.length;
          return e;
        });
        return { startIndex: cellStart, endIndex: i, content: cellContent };
      });
      return { startIndex: rowStart, endIndex: i, tableCells };
    });
    content.push({ startIndex: start, endIndex: i, table: { rows: b.rows.length, columns: b.rows[0]?.length ?? 0, tableRows } });
  }
  return { documentId: id, title: doc.title, body: { content } };
}

type Request = Record<string, unknown>;

const invalid = (n: number, kind: string, why: string) =>
  apiError('docs.documents.batchUpdate', 400, `Invalid requests[${n}].${kind}: ${why}`);

function int(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/**
 * Applies the requests in order to a copy, and returns the copy only if every one succeeded:
 * "If any request is not valid, then the entire request will fail and nothing will be applied"
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate).
 * Supported: replaceAllText, insertText, deleteContentRange, insertTableRow, deleteTableRow.
 */
export function applyBatch(original: DocModel, requests: unknown): { doc: DocModel; replies: unknown[] } {
  if (!Array.isArray(requests)) throw apiError('docs.documents.batchUpdate', 400, 'Invalid JSON payload received. Expected a list of requests.');
  const doc = cloneDoc(original);
  const replies: unknown[] = [];
  requests.forEach((req: Request, n) => {
    const kinds = Object.keys(req ?? {});
    if (kinds.length !== 1) throw apiError('docs.documents.batchUpdate', 400, `Invalid requests[${n}]: exactly one kind of request must be set.`);
    const kind = kinds[0]!;
    const body = req[kind] as Record<string, unknown>;
    switch (kind) {
      case 'replaceAllText':
        replies.push({ replaceAllText: { occurrencesChanged: replaceAll(doc, body, n) } });
        break;
      case 'insertText':
        insertText(doc, body, n);
        replies.push({});
        break;
      case 'deleteContentRange':
        deleteRange(doc, body, n);
        replies.push({});
        break;
      case 'insertTableRow':
      case 'deleteTableRow':
        tableRow(doc, body, n, kind);
        replies.push({});
        break;
      default:
        throw apiError('docs.documents.batchUpdate', 400, `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${n}]': the simulator models only the requests the product uses.`);
    }
  });
  return { doc, replies };
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#replacealltextrequest
// Matches never span two paragraphs (a paragraph's "\n" ends the text searched).
function replaceAll(doc: DocModel, body: Record<string, unknown>, n: number): number {
  const contains = body.containsText as { text?: unknown; matchCase?: unknown } | undefined;
  const find = contains?.text;
  const replace = body.replaceText ?? '';
  if (typeof find !== 'string' || find === '') throw invalid(n, 'replaceAllText', 'The text to search for must not be empty.');
  if (typeof replace !== 'string') throw invalid(n, 'replaceAllText', 'replaceText must be a string.');
  const matchCase = contains?.matchCase === true;
  let count = 0;
  for (const { para } of locateParagraphs(doc)) {
    const text = para.text.slice(0, -1);
    const hay = matchCase ? text : text.toLowerCase();
    const needle = matchCase ? find : find.toLowerCase();
    let out = '';
    let from = 0;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, from)) {
      out += text.slice(from, at) + replace;
      from = at + find.length;
      count++;
    }
    if (from > 0) para.text = `${out}${text.slice(from)}\n`;
  }
  return count;
}

function paragraphAt(doc: DocModel, index: number): Located | undefined {
  return locateParagraphs(doc).find((l) => index >= l.start && index < l.start + l.para.text.length);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
// "The index must be inside the bounds of an existing Paragraph"; a "\n" in the text starts a new paragraph.
function insertText(doc: DocModel, body: Record<string, unknown>, n: number): void {
  const index = (body.location as { index?: unknown } | undefined)?.index;
  const text = body.text;
  if (!int(index) || index < 1) throw invalid(n, 'insertText', 'location.index must be a positive integer.');
  if (typeof text !== 'string' || text === '') throw invalid(n, 'insertText', 'Insert text requests must specify text to insert.');
  const end = endIndex(doc);
  if (index >= end) throw invalid(n, 'insertText', `Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const at = paragraphAt(doc, index);
  if (!at) throw invalid(n, 'insertText', 'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  const offset = index - at.start;
  const merged = at.para.text.slice(0, offset) + text + at.para.text.slice(offset);
  const parts = merged.slice(0, -1).split('\n');
  const paras = parts.map((t) => paragraph(t, at.para.style));
  (at.list as Block[]).splice(at.at, 1, ...paras);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
// The simulator models deletions inside one paragraph, never of its closing newline (all the product does).
function deleteRange(doc: DocModel, body: Record<string, unknown>, n: number): void {
  const range = body.range as { startIndex?: unknown; endIndex?: unknown } | undefined;
  const start = range?.startIndex;
  const stop = range?.endIndex;
  if (!int(start) || !int(stop) || start < 1) throw invalid(n, 'deleteContentRange', 'range.startIndex and range.endIndex must be set.');
  if (stop <= start) throw invalid(n, 'deleteContentRange', 'The range should not be empty.');
  const end = endIndex(doc);
  if (stop > end) throw invalid(n, 'deleteContentRange', `Index ${stop - 1} must be less than the end index of the referenced segment, ${end}.`);
  const at = paragraphAt(doc, start);
  if (!at || stop > at.start + at.para.text.length - 1) {
    throw invalid(n, 'deleteContentRange', 'The simulator deletes only within one paragraph, before its newline.');
  }
  const a = start - at.start;
  const b = stop - at.start;
  at.para.text = at.para.text.slice(0, a) + at.para.text.slice(b);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerowrequest
// An inserted row has empty cells (one empty paragraph each), as many as the reference row.
function tableRow(doc: DocModel, body: Record<string, unknown>, n: number, kind: 'insertTableRow' | 'deleteTableRow'): void {
  const loc = body.tableCellLocation as { tableStartLocation?: { index?: unknown }; rowIndex?: unknown } | undefined;
  const start = loc?.tableStartLocation?.index;
  const rowIndex = loc?.rowIndex ?? 0;
  const found = locateTables(doc).find((t) => t.start === start);
  if (!found) throw invalid(n, kind, 'The provided table start location is invalid.');
  const rows = found.table.rows;
  if (!int(rowIndex) || rowIndex < 0 || rowIndex >= rows.length) throw invalid(n, kind, `Invalid table cell location: row ${String(rowIndex)} does not exist.`);
  if (kind === 'deleteTableRow') {
    if (rows.length === 1) throw invalid(n, kind, 'Deleting the only row of a table is not allowed; delete the table instead.');
    rows.splice(rowIndex, 1);
    return;
  }
  const ref = rows[rowIndex]!;
  const fresh = ref.map((cell) => [paragraph('', cell[0]?.style ?? 'NORMAL_TEXT')]);
  rows.splice(body.insertBelow === true ? rowIndex + 1 : rowIndex, 0, fresh);
}
