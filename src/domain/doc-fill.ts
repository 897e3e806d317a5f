/**
 * Filling a template in ONE Docs API batchUpdate, whatever its number of tags or learners.
 *
 * The template is read once (documents.get, JSON) and every copy is identical, so each edit's index
 * is computed here. Edits are index-based only (never replaceAllText): a value is inserted once, as
 * text, and never searched again, so a learner named `{{nom}}` or `=1+1` stays literally so.
 * Units of edits are applied from the end of the document to its start: an edit only moves the
 * indexes after it, which have all been edited already
 * (https://developers.google.com/docs/api/how-tos/best-practices#edit_backwards_for_efficiency).
 */
import { ALL_TAGS, DOCUMENT_TAGS, REPEATED_ROWS, type DocumentJob, type DocumentKind, type TagValues } from './documents';

/** The parts of a documents.get answer we read (https://developers.google.com/docs/api/reference/rest/v1/documents). */
export interface DocElement {
  startIndex?: number;
  endIndex: number;
  paragraph?: { elements?: Array<{ startIndex?: number; endIndex: number; textRun?: { content?: string } }> };
  table?: { tableRows?: Array<{ startIndex?: number; endIndex: number; tableCells?: Array<{ startIndex?: number; endIndex: number; content?: DocElement[] }> }> };
}
export interface DocResource {
  body?: { content?: DocElement[] };
}

export interface TagHit {
  tag: string;
  start: number;
  end: number;
  /** Set when the tag sits in a table cell. */
  table?: number;
  row?: number;
}

interface CellShape { text: string }
interface RowShape { start: number; end: number; cells: CellShape[] }
interface TableShape { start: number; rows: RowShape[] }

export interface TemplateShape {
  hits: TagHit[];
  tables: TableShape[];
}

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** A paragraph's text aligned on its indexes (a non-text element, e.g. an image, keeps its width). */
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

function hitsIn(start: number, text: string, where: { table?: number; row?: number }): TagHit[] {
  return [...text.matchAll(TAG)].map((m) => ({ tag: m[1]!, start: start + m.index, end: start + m.index + m[0].length, ...where }));
}

/** Reads a template once: where each tag is, and the tables' rows with their cells' text. */
export function readTemplate(doc: DocResource): TemplateShape {
  const hits: TagHit[] = [];
  const tables: TableShape[] = [];
  for (const el of doc.body?.content ?? []) {
    if (el.paragraph) {
      const p = paragraphText(el);
      hits.push(...hitsIn(p.start, p.text, {}));
    } else if (el.table) {
      const t = tables.length;
      const rows: RowShape[] = [];
      (el.table.tableRows ?? []).forEach((row, r) => {
        const cells: CellShape[] = [];
        for (const cell of row.tableCells ?? []) {
          const texts: string[] = [];
          for (const inner of cell.content ?? []) {
            if (!inner.paragraph) continue;
            const p = paragraphText(inner);
            hits.push(...hitsIn(p.start, p.text, { table: t, row: r }));
            texts.push(p.text.replace(/\n$/, ''));
          }
          cells.push({ text: texts.join('\n') });
        }
        rows.push({ start: row.startIndex ?? 0, end: row.endIndex, cells });
      });
      tables.push({ start: el.startIndex ?? 0, rows });
    }
  }
  return { hits, tables };
}

export type TemplateProblemCode = 'unknown_tag' | 'not_for_type' | 'outside_row' | 'mixed_row' | 'repeated_twice';
export interface TemplateProblem {
  code: TemplateProblemCode;
  tag: string;
}

type RowKind = 'learner' | 'trainer';

function rowKinds(kind: DocumentKind, shape: TemplateShape): Map<string, Set<RowKind>> {
  const rows = new Map<string, Set<RowKind>>();
  const repeated = REPEATED_ROWS[kind];
  if (!repeated) return rows;
  for (const h of shape.hits) {
    if (h.table === undefined) continue;
    const k: RowKind | undefined = repeated.learner.includes(h.tag) ? 'learner' : repeated.trainer.includes(h.tag) ? 'trainer' : undefined;
    if (!k) continue;
    const id = `${h.table}:${h.row}`;
    rows.set(id, (rows.get(id) ?? new Set()).add(k));
  }
  return rows;
}

/** Unknown tags and tags that cannot be filled for this type of document, each once. */
export function checkTemplate(kind: DocumentKind, shape: TemplateShape): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  const add = (code: TemplateProblemCode, tag: string) => {
    if (seen.has(`${code}|${tag}`)) return;
    seen.add(`${code}|${tag}`);
    problems.push({ code, tag });
  };
  const docTags = new Set(DOCUMENT_TAGS[kind]);
  const repeated = REPEATED_ROWS[kind];
  const kinds = rowKinds(kind, shape);
  for (const h of shape.hits) {
    if (!ALL_TAGS.has(h.tag)) add('unknown_tag', h.tag);
    else if (repeated && (repeated.learner.includes(h.tag) || repeated.trainer.includes(h.tag))) {
      if (h.table === undefined) add('outside_row', h.tag);
    } else if (!docTags.has(h.tag)) add('not_for_type', h.tag);
  }
  const count: Record<RowKind, number> = { learner: 0, trainer: 0 };
  for (const [, set] of kinds) {
    if (set.size > 1) add('mixed_row', [...set].join('+'));
    for (const k of set) count[k]++;
  }
  for (const k of ['learner', 'trainer'] as const) if (count[k] > 1) add('repeated_twice', k);
  return problems;
}

/** Replaces every tag of a text in one pass (values are never scanned again). */
export function fillText(text: string, values: TagValues): string {
  return text.replace(TAG, (_, tag: string) => values[tag] ?? '');
}

type Request = Record<string, unknown>;

const replaceHit = (h: TagHit, value: string): Request[] => [
  { deleteContentRange: { range: { startIndex: h.start, endIndex: h.end } } },
  ...(value ? [{ insertText: { location: { index: h.start }, text: value } }] : []),
];

/**
 * The requests that fill a copy of the template for one document, in one batch. The template must
 * have passed checkTemplate. A repeated row with no value set (no learner, no `Formateurs`) stays
 * once, with its tags emptied, for names written by hand.
 */
export function planFill(shape: TemplateShape, job: Pick<DocumentJob, 'kind' | 'values' | 'rows'>): Request[] {
  const units: Array<{ at: number; requests: Request[] }> = [];
  const repeated = REPEATED_ROWS[job.kind];
  const kinds = rowKinds(job.kind, shape);
  const rowOf = (h: TagHit) => (h.table === undefined ? undefined : kinds.get(`${h.table}:${h.row}`));
  for (const h of shape.hits) {
    if (rowOf(h)) continue;
    units.push({ at: h.start, requests: replaceHit(h, job.values[h.tag] ?? '') });
  }
  if (repeated) {
    for (const [id, set] of kinds) {
      const [t, r] = id.split(':').map(Number) as [number, number];
      const table = shape.tables[t]!;
      const row = table.rows[r]!;
      const which = [...set][0]!;
      const sets = (which === 'learner' ? job.rows?.learner : job.rows?.trainer) ?? [];
      const valuesOf = (j: number): TagValues => ({ ...job.values, ...(sets[j] ?? {}) });
      const n = Math.max(1, sets.length);
      const cols = row.cells.length;
      const rowLength = 1 + 2 * cols; // a new row: its start, then per cell its start and an empty paragraph
      const requests: Request[] = [];
      for (let j = 1; j < n; j++) {
        requests.push({ insertTableRow: { tableCellLocation: { tableStartLocation: { index: table.start }, rowIndex: r, columnIndex: 0 }, insertBelow: true } });
      }
      for (let j = n - 1; j >= 1; j--) {
        const rowStart = row.end + (j - 1) * rowLength;
        for (let c = cols - 1; c >= 0; c--) {
          const value = fillText(row.cells[c]!.text, valuesOf(j));
          if (value) requests.push({ insertText: { location: { index: rowStart + 2 + 2 * c }, text: value } });
        }
      }
      const own = shape.hits.filter((h) => h.table === t && h.row === r).sort((a, b) => b.start - a.start);
      for (const h of own) requests.push(...replaceHit(h, valuesOf(0)[h.tag] ?? ''));
      units.push({ at: row.start, requests });
    }
  }
  return units.sort((a, b) => b.at - a.at).flatMap((u) => u.requests);
}
