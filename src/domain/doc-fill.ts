/**
 * Filling a template in ONE Docs API batchUpdate, whatever its number of tags, segments or learners.
 *
 * The template is read once (doc-template.ts) and every copy is identical, so each edit's index is
 * computed here. Edits are index-based only (never replaceAllText): a value is inserted once, as
 * text, and never searched again, so a learner named `{{nom}}` or `=1+1` stays literally so; a tag
 * spanning runs of different styles is one range to delete, and the value takes the style of the
 * text before it. Each segment (body, header, footer, footnote) has its own indexes, addressed by
 * `segmentId`; inside a segment, edits are applied from its end to its start: an edit only moves the
 * indexes after it, which have all been edited already
 * (https://developers.google.com/docs/api/how-tos/best-practices#edit_backwards_for_efficiency).
 */
import { LINE_TAGS, REPEATED_ROWS, type DocumentJob, type TagValues } from './documents';
import { rowKinds, type TagHit, type TemplateShape } from './doc-template';

export {
  checkTemplate,
  readTemplate,
  templateMentionsMissing,
  type DocResource,
  type TemplateProblem,
  type TemplateShape,
  type Where,
} from './doc-template';

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Replaces every tag of a text in one pass (values are never scanned again). */
export function fillText(text: string, values: TagValues): string {
  return text.replace(TAG, (_, tag: string) => values[tag] ?? '');
}

type Request = Record<string, unknown>;

const segment = (segmentId: string) => (segmentId ? { segmentId } : {});

const replaceHit = (h: TagHit, value: string): Request[] => [
  { deleteContentRange: { range: { ...segment(h.segmentId), startIndex: h.start, endIndex: h.end } } },
  ...(value ? [{ insertText: { location: { ...segment(h.segmentId), index: h.start }, text: value } }] : []),
];

const deleteLine = (segmentId: string, line: { start: number; end: number }): Request => ({
  deleteContentRange: { range: { ...segment(segmentId), startIndex: line.start, endIndex: line.end } },
});

interface Unit {
  segmentId: string;
  at: number;
  requests: Request[];
}

/**
 * The requests that fill a copy of the template for one document, in one batch. The template must
 * have passed checkTemplate. A repeated row with no value set (no learner, no `Formateurs`) stays
 * once, with its tags emptied, for names written by hand.
 */
export function planFill(shape: TemplateShape, job: Pick<DocumentJob, 'kind' | 'values' | 'rows'>): Request[] {
  const units: Unit[] = [];
  const kinds = rowKinds(job.kind, shape);
  const inRepeatedRow = new Set<TagHit>();
  if (REPEATED_ROWS[job.kind]) {
    for (const [id, set] of kinds) {
      const [t, r] = id.split(':').map(Number) as [number, number];
      const table = shape.tables[t]!;
      const row = table.rows[r]!;
      // Every tag inside the row, nested tables included: filled after the new rows, from the end.
      const own = shape.hits.filter((h) => h.segmentId === table.segmentId && h.start >= row.start && h.end <= row.end);
      for (const h of own) inRepeatedRow.add(h);
      const sets = job.rows?.[[...set][0]!] ?? [];
      units.push({ segmentId: table.segmentId, at: row.start, requests: repeatRow(table, r, sets, job.values, own) });
    }
  }
  for (const h of shape.hits) {
    if (inRepeatedRow.has(h)) continue;
    const value = job.values[h.tag] ?? '';
    // An empty optional mention (no SIRET, no declaration number) leaves no empty line.
    const requests = !value && h.line && LINE_TAGS.has(h.tag) ? [deleteLine(h.segmentId, h.line)] : replaceHit(h, value);
    units.push({ segmentId: h.segmentId, at: h.start, requests });
  }
  // Segments are independent; inside one, from the end to the start.
  return units.sort((a, b) => (a.segmentId === b.segmentId ? b.at - a.at : a.segmentId < b.segmentId ? -1 : 1)).flatMap((u) => u.requests);
}

/** One row per value set: new rows below the template's row (empty cells), their text, then the row's own tags. */
function repeatRow(
  table: TemplateShape['tables'][number],
  r: number,
  sets: readonly TagValues[],
  values: TagValues,
  own: readonly TagHit[],
): Request[] {
  const row = table.rows[r]!;
  const valuesOf = (j: number): TagValues => ({ ...values, ...(sets[j] ?? {}) });
  const n = Math.max(1, sets.length);
  const cols = row.cells.length;
  const rowLength = 1 + 2 * cols; // a new row: its start, then per cell its start and an empty paragraph
  const requests: Request[] = [];
  const at = { ...segment(table.segmentId) };
  for (let j = 1; j < n; j++) {
    requests.push({
      insertTableRow: {
        tableCellLocation: { tableStartLocation: { ...at, index: table.start }, rowIndex: r, columnIndex: 0 },
        insertBelow: true,
      },
    });
  }
  for (let j = n - 1; j >= 1; j--) {
    const rowStart = row.end + (j - 1) * rowLength;
    for (let c = cols - 1; c >= 0; c--) {
      const value = fillText(row.cells[c]!.text, valuesOf(j));
      if (value) requests.push({ insertText: { location: { ...at, index: rowStart + 2 + 2 * c }, text: value } });
    }
  }
  for (const h of [...own].sort((a, b) => b.start - a.start)) requests.push(...replaceHit(h, valuesOf(0)[h.tag] ?? ''));
  return requests;
}
