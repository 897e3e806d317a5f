/**
 * A Google Doc as the Docs API v1 sees it: a body, headers, footers and footnotes (the "segments"),
 * each a list of paragraphs and tables; a paragraph is a list of elements (text runs with their own
 * style, footnote references); a table cell holds paragraphs and tables (tables nest).
 *
 * Index rules (https://developers.google.com/docs/api/concepts/structure, "Start and end index":
 * indexes count UTF-16 code units and "the indexes of elements within a segment are relative to the
 * beginning of that segment"; worked example in https://developers.google.com/docs/api/how-tos/tables):
 * the body opens with a section break at 0 (length 1), a header, footer or footnote starts at 0; a
 * paragraph spans its elements and its closing "\n" (a footnote reference is one index); a table
 * spans 1 (its start) + per row 1 + per cell 1 + the cell's content, so a 2×2 table of empty cells
 * starting at 2 has its cells' text at 5, 7, 10 and 12. A segment and a table cell always end with a
 * paragraph.
 */

export type NamedStyle = 'NORMAL_TEXT' | 'TITLE' | 'HEADING_1' | 'HEADING_2';

/** The part of a TextStyle the simulator models (https://developers.google.com/docs/api/reference/rest/v1/documents#textstyle). */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Element =
  | { kind: 'text'; text: string; style: TextStyle }
  /** https://developers.google.com/docs/api/reference/rest/v1/documents#footnotereference — one index wide. */
  | { kind: 'footnoteRef'; footnoteId: string };

export interface Paragraph {
  kind: 'paragraph';
  /** The runs; the last one ends with the paragraph's "\n". */
  elements: Element[];
  style: NamedStyle;
}

/**
 * The part of a TableCellStyle the simulator models: its four borders, kept as the request gave them
 * (https://developers.google.com/docs/api/reference/rest/v1/documents#tablecellstyle).
 */
export type CellStyle = Partial<Record<'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight', unknown>>;
export const BORDER_FIELDS = ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const;

export interface Table {
  kind: 'table';
  /** rows → cells → the cell's content (ends with a paragraph). */
  rows: Block[][][];
  /** rows → cells → the cell's style when one was set (updateTableCellStyle); absent: Docs' defaults. */
  styles?: Array<Array<CellStyle | undefined>>;
}

export type Block = Paragraph | Table;
export type SegmentKind = 'body' | 'header' | 'footer' | 'footnote';

export interface DocModel {
  title: string;
  body: Block[];
  headers: Record<string, Block[]>;
  footers: Record<string, Block[]>;
  footnotes: Record<string, Block[]>;
  defaultHeaderId?: string;
  defaultFooterId?: string;
  /** Footnote ids in the order their references were added (their number). */
  footnoteOrder: string[];
}

export const sameStyle = (a: TextStyle, b: TextStyle): boolean =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;

/** Adjacent runs of one style merge, empty runs go, as documents.get shows them. */
export function normalize(p: Paragraph): Paragraph {
  const out: Element[] = [];
  for (const e of p.elements) {
    if (e.kind === 'text') {
      if (e.text === '') continue;
      const last = out.at(-1);
      if (last?.kind === 'text' && sameStyle(last.style, e.style)) {
        out[out.length - 1] = { ...last, text: last.text + e.text };
        continue;
      }
    }
    out.push(e.kind === 'text' ? { kind: 'text', text: e.text, style: { ...e.style } } : { ...e });
  }
  p.elements = out;
  return p;
}

export function paragraph(text: string, style: NamedStyle = 'NORMAL_TEXT', runs?: Array<{ text: string; style?: TextStyle }>): Paragraph {
  const elements: Element[] = runs
    ? runs.map((r) => ({ kind: 'text', text: r.text, style: { ...(r.style ?? {}) } }))
    : [{ kind: 'text', text, style: {} }];
  const p: Paragraph = { kind: 'paragraph', elements, style };
  const last = elements.at(-1);
  const full = elements.map((e) => (e.kind === 'text' ? e.text : '')).join('');
  if (!full.endsWith('\n')) {
    if (last?.kind === 'text') last.text += '\n';
    else elements.push({ kind: 'text', text: '\n', style: {} });
  }
  return normalize(p);
}

export const table = (rows: string[][]): Table => ({
  kind: 'table',
  rows: rows.map((cells) => cells.map((c) => [paragraph(c)])),
});

export function emptyDoc(title: string): DocModel {
  return { title, body: [paragraph('')], headers: {}, footers: {}, footnotes: {}, footnoteOrder: [] };
}

export function cloneDoc(doc: DocModel): DocModel {
  return structuredClone(doc);
}

const elementLength = (e: Element) => (e.kind === 'text' ? e.text.length : 1);
export const paragraphLength = (p: Paragraph) => p.elements.reduce((n, e) => n + elementLength(e), 0);
const cellLength = (cell: Block[]): number => 1 + cell.reduce((n, b) => n + blockLength(b), 0);
const rowLength = (row: Block[][]) => 1 + row.reduce((n, c) => n + cellLength(c), 0);
export const blockLength = (b: Block): number =>
  b.kind === 'paragraph' ? paragraphLength(b) : 1 + b.rows.reduce((n, r) => n + rowLength(r), 0);

/** The text of a paragraph aligned on its indexes: a footnote reference is one "\u0000". */
export function paragraphText(p: Paragraph): string {
  return p.elements.map((e) => (e.kind === 'text' ? e.text : '\u0000')).join('');
}

export interface Segment {
  kind: SegmentKind;
  /** '' for the body, else the header, footer or footnote id (the requests' `segmentId`). */
  id: string;
  content: Block[];
  /** Index of its first element: 1 in the body (after the section break), 0 elsewhere. */
  base: number;
}

export function segments(doc: DocModel): Segment[] {
  return [
    { kind: 'body', id: '', content: doc.body, base: 1 },
    ...Object.entries(doc.headers).map(([id, content]) => ({ kind: 'header' as const, id, content, base: 0 })),
    ...Object.entries(doc.footers).map(([id, content]) => ({ kind: 'footer' as const, id, content, base: 0 })),
    ...doc.footnoteOrder
      .filter((id) => doc.footnotes[id])
      .map((id) => ({ kind: 'footnote' as const, id, content: doc.footnotes[id]!, base: 0 })),
  ];
}

export function segmentById(doc: DocModel, id: string | undefined): Segment | undefined {
  return segments(doc).find((s) => s.id === (id ?? ''));
}

export interface LocatedParagraph {
  para: Paragraph;
  start: number;
  /** The list holding it (a segment's content or a cell) and its position there. */
  list: Block[];
  at: number;
}

export interface LocatedTable {
  table: Table;
  start: number;
}

/** Every paragraph and table of a segment with its start index, in document order, inside tables too. */
export function walk(segment: Segment): { paragraphs: LocatedParagraph[]; tables: LocatedTable[] } {
  const paragraphs: LocatedParagraph[] = [];
  const tables: LocatedTable[] = [];
  const visit = (list: Block[], from: number): number => {
    let i = from;
    list.forEach((b, at) => {
      if (b.kind === 'paragraph') {
        paragraphs.push({ para: b, start: i, list, at });
        i += paragraphLength(b);
        return;
      }
      tables.push({ table: b, start: i });
      i += 1;
      for (const row of b.rows) {
        i += 1;
        for (const cell of row) i = visit(cell, i + 1);
      }
    });
    return i;
  };
  visit(segment.content, segment.base);
  return { paragraphs, tables };
}

export function segmentEnd(segment: Segment): number {
  return segment.base + segment.content.reduce((n, b) => n + blockLength(b), 0);
}

// ---------- documents.get ----------

/** A zero index is left out, as the API's JSON leaves out every default value. */
const at = (start: number) => (start ? { startIndex: start } : {});

function styleJson(s: TextStyle): Record<string, boolean> {
  return { ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}), ...(s.underline ? { underline: true } : {}) };
}

function contentJson(doc: DocModel, list: Block[], from: number): { json: unknown[]; end: number } {
  const json: unknown[] = [];
  let i = from;
  for (const b of list) {
    if (b.kind === 'paragraph') {
      const start = i;
      const elements = b.elements.map((e) => {
        const s = i;
        i += elementLength(e);
        if (e.kind === 'text') return { ...at(s), endIndex: i, textRun: { content: e.text, textStyle: styleJson(e.style) } };
        const number = doc.footnoteOrder.indexOf(e.footnoteId) + 1;
        return { ...at(s), endIndex: i, footnoteReference: { footnoteId: e.footnoteId, footnoteNumber: String(number), textStyle: {} } };
      });
      json.push({ ...at(start), endIndex: i, paragraph: { elements, paragraphStyle: { namedStyleType: b.style } } });
      continue;
    }
    const start = i;
    i += 1;
    const tableRows = b.rows.map((row, r) => {
      const rowStart = i;
      i += 1;
      const tableCells = row.map((cell, c) => {
        const cellStart = i;
        const inner = contentJson(doc, cell, i + 1);
        i = inner.end;
        return { ...at(cellStart), endIndex: i, content: inner.json, tableCellStyle: { ...b.styles?.[r]?.[c] } };
      });
      return { ...at(rowStart), endIndex: i, tableCells };
    });
    json.push({ ...at(start), endIndex: i, table: { rows: b.rows.length, columns: b.rows[0]?.length ?? 0, tableRows } });
  }
  return { json, end: i };
}

/**
 * The documents.get representation (the fields we model), without `includeTabsContent`: the legacy
 * fields `body`, `headers`, `footers`, `footnotes` describe the first tab
 * (https://developers.google.com/docs/api/reference/rest/v1/documents).
 */
export function toResource(id: string, doc: DocModel): unknown {
  const segmentMap = (entries: Record<string, Block[]>, idField: string) =>
    Object.fromEntries(
      Object.entries(entries).map(([sid, content]) => [sid, { [idField]: sid, content: contentJson(doc, content, 0).json }]),
    );
  return {
    documentId: id,
    title: doc.title,
    body: { content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...contentJson(doc, doc.body, 1).json] },
    ...(Object.keys(doc.headers).length ? { headers: segmentMap(doc.headers, 'headerId') } : {}),
    ...(Object.keys(doc.footers).length ? { footers: segmentMap(doc.footers, 'footerId') } : {}),
    ...(Object.keys(doc.footnotes).length ? { footnotes: segmentMap(doc.footnotes, 'footnoteId') } : {}),
    documentStyle: {
      ...(doc.defaultHeaderId ? { defaultHeaderId: doc.defaultHeaderId } : {}),
      ...(doc.defaultFooterId ? { defaultFooterId: doc.defaultFooterId } : {}),
    },
  };
}

// ---------- what a page shows (tests, the PDF, the playground) ----------

function paragraphShown(doc: DocModel, p: Paragraph): string {
  return p.elements
    .map((e) => (e.kind === 'text' ? e.text : `[${doc.footnoteOrder.indexOf(e.footnoteId) + 1}]`))
    .join('')
    .replace(/\n$/, '');
}

/** A cell's text on one line; a nested table shows as `[a | b / c | d]`. */
function cellShown(doc: DocModel, cell: Block[]): string {
  return cell
    .map((b) =>
      b.kind === 'paragraph' ? paragraphShown(doc, b) : `[${b.rows.map((r) => r.map((c) => cellShown(doc, c)).join(' | ')).join(' / ')}]`,
    )
    .filter((t, _i, all) => t !== '' || all.length === 1)
    .join(' ');
}

function linesOf(doc: DocModel, list: Block[]): string[] {
  return list.flatMap((b) =>
    b.kind === 'paragraph' ? [paragraphShown(doc, b)] : b.rows.map((row) => row.map((c) => cellShown(doc, c)).join(' | ')),
  );
}

/**
 * Plain text of the document: the header's lines, the body (a table row per line, cells separated
 * by " | "), the footer's lines, then each footnote as `[n] text`. A footnote reference shows `[n]`.
 */
export function plainText(doc: DocModel): string {
  const lines = [
    ...Object.values(doc.headers).flatMap((c) => linesOf(doc, c)),
    ...linesOf(doc, doc.body),
    ...Object.values(doc.footers).flatMap((c) => linesOf(doc, c)),
    ...doc.footnoteOrder.filter((id) => doc.footnotes[id]).map((id, n) => `[${n + 1}]${linesOf(doc, doc.footnotes[id]!).join(' ')}`),
  ];
  return lines.join('\n');
}
