/**
 * Reading a template once (documents.get, JSON): where each tag stands, in every segment (body,
 * headers, footers, footnotes), in tables and tables inside tables, whatever the text runs it spans
 * (a tag partly bold is three runs), and which tags are malformed or unknown, with where they stand.
 * https://developers.google.com/docs/api/reference/rest/v1/documents — without `includeTabsContent`
 * the fields body, headers, footers and footnotes describe the document's first tab.
 */
import {
  ALL_TAGS,
  DOCUMENT_TAGS,
  missingMentions,
  REPEATED_ROWS,
  ROW_KINDS,
  type DocumentKind,
  type Mention,
  type RowKind,
} from './documents';

/** The parts of a StructuralElement we read; a zero index is absent from the JSON, hence optional. */
export interface DocElement {
  startIndex?: number;
  endIndex: number;
  paragraph?: { elements?: Array<{ startIndex?: number; endIndex: number; textRun?: { content?: string } }> };
  table?: {
    tableRows?: Array<{
      startIndex?: number;
      endIndex: number;
      tableCells?: Array<{ startIndex?: number; endIndex: number; content?: DocElement[] }>;
    }>;
  };
}
interface SegmentJson {
  content?: DocElement[];
}
export interface DocResource {
  body?: { content?: DocElement[] };
  headers?: Record<string, SegmentJson>;
  footers?: Record<string, SegmentJson>;
  footnotes?: Record<string, SegmentJson>;
}

/** Where a tag stands, as staff name it: body text, a body table, a header, a footer, a footnote. */
export type Where = 'body' | 'table' | 'header' | 'footer' | 'footnote';

export interface TagHit {
  tag: string;
  start: number;
  end: number;
  /** '' for the body, else the header, footer or footnote id (requests address it by segmentId). */
  segmentId: string;
  where: Where;
  /** Set when the tag sits in a table cell: the innermost table and its row. */
  table?: number;
  row?: number;
  /**
   * Set when the tag is alone in its paragraph and Docs lets the whole paragraph go (it is neither
   * the last of its segment or cell, nor right before a table): the paragraph's range, newline included.
   */
  line?: { start: number; end: number };
}

interface CellShape {
  text: string;
}
export interface RowShape {
  start: number;
  end: number;
  cells: CellShape[];
}
export interface TableShape {
  segmentId: string;
  start: number;
  rows: RowShape[];
}

export interface TemplateShape {
  hits: TagHit[];
  tables: TableShape[];
  /** Text that looks like a tag but is not one (`{nom}}`, `{{nom`, `{{ }}`), with where it stands. */
  malformed: Array<{ text: string; where: Where }>;
}

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** After the tags are masked: `{nom}}`, `{{nom`, `nom}}`, `{nom}`. */
const LEFTOVER = /\{+[^\s{}]*\}*|[^\s{}]*\}+/g;

/** A paragraph's text aligned on its indexes (a non-text element, e.g. a footnote reference, keeps its width). */
function paragraphText(el: DocElement): { start: number; text: string } {
  const start = el.startIndex ?? 0;
  let text = '';
  for (const e of el.paragraph?.elements ?? []) {
    const width = e.endIndex - (e.startIndex ?? 0);
    const content = e.textRun?.content ?? '';
    text += content.length === width ? content : '\u0000'.repeat(width);
  }
  return { start, text };
}

function scan(
  text: string,
  start: number,
  where: Where,
  segmentId: string,
  cell: { table: number; row: number } | undefined,
  shape: TemplateShape,
  removable: boolean,
): void {
  const first = shape.hits.length;
  let masked = text;
  for (const m of text.matchAll(TAG)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (m[1] === '' || before === '{' || after === '}') {
      // `{{ }}`, or a third brace stuck to a tag (`{{{nom}}}`): a typo, never filled silently.
      let from = m.index;
      let to = m.index + m[0].length;
      while (text[from - 1] === '{') from--;
      while (text[to] === '}') to++;
      shape.malformed.push({ text: text.slice(from, to), where });
    } else {
      shape.hits.push({ tag: m[1]!, start: start + m.index, end: start + m.index + m[0].length, segmentId, where, ...cell });
    }
    masked = masked.slice(0, m.index) + ' '.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  }
  const own = shape.hits.length - first;
  if (removable && own === 1 && masked.trim() === '') shape.hits[first]!.line = { start, end: start + text.length };
  for (const m of masked.matchAll(LEFTOVER)) {
    const token = m[0];
    const single = /^\{\s*([^{}\s]+)\s*\}$/.exec(token);
    if (token.includes('{{') || token.includes('}}') || (single && ALL_TAGS.has(single[1]!))) shape.malformed.push({ text: token, where });
  }
}

function walk(
  list: readonly DocElement[],
  where: Where,
  segmentId: string,
  cell: { table: number; row: number } | undefined,
  shape: TemplateShape,
): string[] {
  const texts: string[] = [];
  list.forEach((el, i) => {
    if (el.paragraph) {
      const p = paragraphText(el);
      // https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
      const removable = list[i + 1]?.paragraph !== undefined;
      scan(p.text, p.start, where === 'body' && cell ? 'table' : where, segmentId, cell, shape, removable);
      texts.push(p.text.replace(/\n$/, '').replace(/\u0000/g, ''));
    } else if (el.table) {
      const id = shape.tables.length;
      const table: TableShape = { segmentId, start: el.startIndex ?? 0, rows: [] };
      shape.tables.push(table);
      (el.table.tableRows ?? []).forEach((row, r) => {
        const cells = (row.tableCells ?? []).map((c) => ({
          text: walk(c.content ?? [], where, segmentId, { table: id, row: r }, shape).join('\n'),
        }));
        table.rows.push({ start: row.startIndex ?? 0, end: row.endIndex, cells });
        texts.push(cells.map((c) => c.text).join(' '));
      });
    }
  });
  return texts;
}

/** Reads a template once: its tags (every segment, every table depth), its tables' rows, its malformed tags. */
export function readTemplate(doc: DocResource): TemplateShape {
  const shape: TemplateShape = { hits: [], tables: [], malformed: [] };
  walk(doc.body?.content ?? [], 'body', '', undefined, shape);
  const segments: Array<[Record<string, SegmentJson> | undefined, Where]> = [
    [doc.headers, 'header'],
    [doc.footers, 'footer'],
    [doc.footnotes, 'footnote'],
  ];
  for (const [map, where] of segments) {
    for (const [id, segment] of Object.entries(map ?? {})) walk(segment.content ?? [], where, id, undefined, shape);
  }
  return shape;
}

export type TemplateProblemCode = 'malformed_tag' | 'unknown_tag' | 'not_for_type' | 'outside_row' | 'mixed_row' | 'repeated_twice';
export interface TemplateProblem {
  code: TemplateProblemCode;
  /** The tag's name, or the malformed text as typed. */
  tag: string;
  /** Every place it stands, each once, in document order. */
  where: Where[];
}

/** The kind of repeated row a tag lives in for this type, if any. */
function rowKindOf(kind: DocumentKind, tag: string): RowKind | undefined {
  const repeated = REPEATED_ROWS[kind];
  return repeated ? ROW_KINDS.find((k) => repeated[k]?.includes(tag)) : undefined;
}

/** The repeated rows of a template: `<table>:<row>` → the kinds of tags it holds. */
export function rowKinds(kind: DocumentKind, shape: TemplateShape): Map<string, Set<RowKind>> {
  const rows = new Map<string, Set<RowKind>>();
  for (const h of shape.hits) {
    if (h.table === undefined) continue;
    const k = rowKindOf(kind, h.tag);
    if (!k) continue;
    const id = `${h.table}:${h.row}`;
    rows.set(id, (rows.get(id) ?? new Set()).add(k));
  }
  return rows;
}

/** Malformed, unknown and unfillable tags, each once with every place it stands. */
export function checkTemplate(kind: DocumentKind, shape: TemplateShape): TemplateProblem[] {
  const problems = new Map<string, TemplateProblem>();
  const add = (code: TemplateProblemCode, tag: string, where: Where) => {
    const p = problems.get(`${code}|${tag}`) ?? { code, tag, where: [] };
    if (!p.where.includes(where)) p.where.push(where);
    problems.set(`${code}|${tag}`, p);
  };
  for (const m of shape.malformed) add('malformed_tag', m.text, m.where);
  const docTags = new Set(DOCUMENT_TAGS[kind]);
  for (const h of shape.hits) {
    if (!ALL_TAGS.has(h.tag)) add('unknown_tag', h.tag, h.where);
    else if (rowKindOf(kind, h.tag)) {
      if (h.table === undefined) add('outside_row', h.tag, h.where);
    } else if (!docTags.has(h.tag)) add('not_for_type', h.tag, h.where);
  }
  const count = new Map<RowKind, number>();
  for (const [, set] of rowKinds(kind, shape)) {
    if (set.size > 1) add('mixed_row', [...set].join('+'), 'table');
    for (const k of set) count.set(k, (count.get(k) ?? 0) + 1);
  }
  for (const [k, n] of count) if (n > 1) add('repeated_twice', k, 'table');
  return [...problems.values()];
}

/** The contract's mentions (workbook.md › `Documents`) a template no longer holds, for *Vérifier les modèles*. */
export function templateMentionsMissing(kind: DocumentKind, shape: TemplateShape): Mention[] {
  return missingMentions(kind, new Set(shape.hits.map((h) => h.tag)));
}
