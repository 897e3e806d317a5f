/**
 * documents.batchUpdate on the model of docs-model.ts: the requests the product sends, in any
 * segment (`segmentId`: body when empty, else a header, footer or footnote id), all or nothing.
 */
import { apiError } from './api-errors';
import { createFooter, updateTableCellStyle } from './docs-style';
import {
  cloneDoc,
  normalize,
  paragraph,
  paragraphLength,
  paragraphText,
  segmentById,
  segmentEnd,
  segments,
  walk,
  type Block,
  type DocModel,
  type Element,
  type LocatedParagraph,
  type Paragraph,
  type Segment,
  type TextStyle,
} from './docs-model';

type Request = Record<string, unknown>;

const METHOD = 'docs.documents.batchUpdate';
const invalid = (n: number, kind: string, why: string) => apiError(METHOD, 400, `Invalid requests[${n}].${kind}: ${why}`);

function int(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/**
 * Applies the requests in order to a copy, and returns the copy only if every one succeeded:
 * "If any request is not valid, then the entire request will fail and nothing will be applied"
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate).
 * Supported: replaceAllText, insertText, deleteContentRange, insertTableRow, deleteTableRow, createFooter,
 * updateTableCellStyle (docs-style.ts).
 */
export function applyBatch(original: DocModel, requests: unknown): { doc: DocModel; replies: unknown[] } {
  if (!Array.isArray(requests)) throw apiError(METHOD, 400, 'Invalid JSON payload received. Expected a list of requests.');
  const doc = cloneDoc(original);
  const replies: unknown[] = [];
  requests.forEach((req: Request, n) => {
    const kinds = Object.keys(req ?? {});
    if (kinds.length !== 1) throw apiError(METHOD, 400, `Invalid requests[${n}]: exactly one kind of request must be set.`);
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
      case 'createFooter':
        replies.push({ createFooter: { footerId: createFooter(doc, body, n) } });
        break;
      case 'updateTableCellStyle':
        updateTableCellStyle(doc, body, n);
        replies.push({});
        break;
      default:
        throw apiError(
          METHOD,
          400,
          `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${n}]': the simulator models only the requests the product uses.`,
        );
    }
  });
  return { doc, replies };
}

function segmentOf(doc: DocModel, segmentId: unknown, n: number, kind: string): Segment {
  if (segmentId !== undefined && typeof segmentId !== 'string') throw invalid(n, kind, 'segmentId must be a string.');
  const s = segmentById(doc, segmentId);
  if (!s) throw invalid(n, kind, `The segment ID ${String(segmentId)} was not found in the document.`);
  return s;
}

function paragraphAt(segment: Segment, index: number): LocatedParagraph | undefined {
  return walk(segment).paragraphs.find((l) => index >= l.start && index < l.start + paragraphLength(l.para));
}

/** Splits a paragraph's elements at a text offset: [before, after]. */
function splitAt(p: Paragraph, offset: number): [Element[], Element[]] {
  const before: Element[] = [];
  const after: Element[] = [];
  let i = 0;
  for (const e of p.elements) {
    const len = e.kind === 'text' ? e.text.length : 1;
    if (i + len <= offset) before.push(e);
    else if (i >= offset) after.push(e);
    else if (e.kind === 'text') {
      before.push({ ...e, text: e.text.slice(0, offset - i) });
      after.push({ ...e, text: e.text.slice(offset - i) });
    }
    i += len;
  }
  return [before, after];
}

/**
 * "Text styles for inserted text will be determined automatically, generally preserving the styling
 * of neighboring text. In most cases, the text style for the inserted text will match the text
 * immediately before the insertion index."
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest)
 */
function styleBefore(before: Element[], after: Element[]): TextStyle {
  const prev = [...before].reverse().find((e) => e.kind === 'text');
  const next = after.find((e) => e.kind === 'text');
  return { ...((prev ?? next) as { style: TextStyle } | undefined)?.style };
}

/** Inserts text at a paragraph offset; a "\n" in it starts a new paragraph of the same named style. */
export function insertInParagraph(located: LocatedParagraph, offset: number, text: string, style?: TextStyle): Paragraph[] {
  const p = located.para;
  const [before, after] = splitAt(p, offset);
  const s = style ?? styleBefore(before, after);
  const pieces = text.split('\n');
  const paras: Paragraph[] = [];
  let current: Element[] = [...before, { kind: 'text', text: pieces[0]!, style: s }];
  for (let k = 1; k < pieces.length; k++) {
    paras.push(normalize({ kind: 'paragraph', elements: [...current, { kind: 'text', text: '\n', style: s }], style: p.style }));
    current = [{ kind: 'text', text: pieces[k]!, style: s }];
  }
  paras.push(normalize({ kind: 'paragraph', elements: [...current, ...after], style: p.style }));
  located.list.splice(located.at, 1, ...paras);
  return paras;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
// "The index must be inside the bounds of an existing Paragraph".
function insertText(doc: DocModel, body: Record<string, unknown>, n: number): void {
  const location = body.location as { index?: unknown; segmentId?: unknown } | undefined;
  const index = location?.index;
  const text = body.text;
  const segment = segmentOf(doc, location?.segmentId, n, 'insertText');
  if (!int(index) || index < segment.base) throw invalid(n, 'insertText', 'location.index must be inside the segment.');
  if (typeof text !== 'string' || text === '') throw invalid(n, 'insertText', 'Insert text requests must specify text to insert.');
  const end = segmentEnd(segment);
  if (index >= end) throw invalid(n, 'insertText', `Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const at = paragraphAt(segment, index);
  if (!at)
    throw invalid(
      n,
      'insertText',
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  insertInParagraph(at, index - at.start, text);
}

/** Removes [a, b) of a paragraph (offsets), across runs; a footnote reference removed takes its footnote with it. */
export function deleteInParagraph(doc: DocModel, p: Paragraph, a: number, b: number): void {
  const out: Element[] = [];
  let i = 0;
  for (const e of p.elements) {
    const len = e.kind === 'text' ? e.text.length : 1;
    const s = Math.max(a, i);
    const t = Math.min(b, i + len);
    if (t <= s) out.push(e);
    else if (e.kind === 'text') out.push({ ...e, text: e.text.slice(0, s - i) + e.text.slice(t - i) });
    else {
      delete doc.footnotes[e.footnoteId];
      doc.footnoteOrder = doc.footnoteOrder.filter((id) => id !== e.footnoteId);
    }
    i += len;
  }
  p.elements = out;
  normalize(p);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
// The simulator models deletions inside one paragraph (across its runs), and of one whole paragraph
// with its newline: all the product does. Google refuses "Deleting the last newline character of a
// Body, Header, Footer, Footnote, TableCell" and "Deleting the newline character before a Table …
// without deleting the element" (DeleteContentRangeRequest.range): so does the simulator. Google also
// deletes across paragraphs, merging them; the simulator refuses that (stricter).
function deleteRange(doc: DocModel, body: Record<string, unknown>, n: number): void {
  const range = body.range as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined;
  const start = range?.startIndex;
  const stop = range?.endIndex;
  const segment = segmentOf(doc, range?.segmentId, n, 'deleteContentRange');
  if (!int(start) || !int(stop) || start < segment.base)
    throw invalid(n, 'deleteContentRange', 'range.startIndex and range.endIndex must be set.');
  if (stop <= start) throw invalid(n, 'deleteContentRange', 'The range should not be empty.');
  const end = segmentEnd(segment);
  if (stop > end)
    throw invalid(n, 'deleteContentRange', `Index ${stop - 1} must be less than the end index of the referenced segment, ${end}.`);
  const at = paragraphAt(segment, start);
  const paraEnd = at ? at.start + paragraphLength(at.para) : -1;
  if (at && start === at.start && stop === paraEnd) {
    deleteParagraph(doc, at, n);
    return;
  }
  if (!at || stop > paraEnd - 1) {
    throw invalid(n, 'deleteContentRange', 'The simulator deletes only within one paragraph, before its newline, or one whole paragraph.');
  }
  deleteInParagraph(doc, at.para, start - at.start, stop - at.start);
}

/** A whole paragraph, newline included: never the last of its segment or cell, never the one right before a table. */
function deleteParagraph(doc: DocModel, at: LocatedParagraph, n: number): void {
  const next = at.list[at.at + 1];
  if (!next) throw invalid(n, 'deleteContentRange', 'The last newline character of a segment or table cell cannot be deleted.');
  if (next.kind === 'table')
    throw invalid(n, 'deleteContentRange', 'The newline character before a table cannot be deleted without the table.');
  // Its footnote references take their footnotes with them, as a deletion inside it does.
  deleteInParagraph(doc, at.para, 0, paragraphLength(at.para) - 1);
  at.list.splice(at.at, 1);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#replacealltextrequest
// Every segment; matches never span two paragraphs; the replacement takes the style of the match's start.
function replaceAll(doc: DocModel, body: Record<string, unknown>, n: number): number {
  const contains = body.containsText as { text?: unknown; matchCase?: unknown } | undefined;
  const find = contains?.text;
  const replace = body.replaceText ?? '';
  if (typeof find !== 'string' || find === '') throw invalid(n, 'replaceAllText', 'The text to search for must not be empty.');
  if (typeof replace !== 'string') throw invalid(n, 'replaceAllText', 'replaceText must be a string.');
  const matchCase = contains?.matchCase === true;
  let count = 0;
  for (const segment of segments(doc)) {
    for (const located of walk(segment).paragraphs.reverse()) {
      const text = paragraphText(located.para).slice(0, -1);
      const hay = matchCase ? text : text.toLowerCase();
      const needle = matchCase ? find : find.toLowerCase();
      const hits: number[] = [];
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) hits.push(i);
      for (const i of hits.reverse()) {
        const [, after] = splitAt(located.para, i);
        const style = styleBefore([], after);
        deleteInParagraph(doc, located.para, i, i + find.length);
        // Earlier matches stay in the first piece when the replacement holds a newline.
        if (replace) located.para = insertInParagraph(located, i, replace, style)[0]!;
        count++;
      }
    }
  }
  return count;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerowrequest
// An inserted row has empty cells (one empty paragraph each), as many as the reference row; the table
// is found by its start index in its segment, nested tables included.
function tableRow(doc: DocModel, body: Record<string, unknown>, n: number, kind: 'insertTableRow' | 'deleteTableRow'): void {
  const loc = body.tableCellLocation as { tableStartLocation?: { index?: unknown; segmentId?: unknown }; rowIndex?: unknown } | undefined;
  const start = loc?.tableStartLocation?.index;
  const rowIndex = loc?.rowIndex ?? 0;
  const segment = segmentOf(doc, loc?.tableStartLocation?.segmentId, n, kind);
  const found = walk(segment).tables.find((t) => t.start === start);
  if (!found) throw invalid(n, kind, 'The provided table start location is invalid.');
  const rows = found.table.rows;
  if (!int(rowIndex) || rowIndex < 0 || rowIndex >= rows.length)
    throw invalid(n, kind, `Invalid table cell location: row ${String(rowIndex)} does not exist.`);
  if (kind === 'deleteTableRow') {
    if (rows.length === 1) throw invalid(n, kind, 'Deleting the only row of a table is not allowed; delete the table instead.');
    rows.splice(rowIndex, 1);
    found.table.styles?.splice(rowIndex, 1);
    return;
  }
  const ref = rows[rowIndex]!;
  const fresh: Block[][] = ref.map((cell) => [
    paragraph('', (cell.find((b) => b.kind === 'paragraph') as Paragraph | undefined)?.style ?? 'NORMAL_TEXT'),
  ]);
  const to = body.insertBelow === true ? rowIndex + 1 : rowIndex;
  rows.splice(to, 0, fresh);
  // Not documented: whether the new cells copy the reference row's style. The simulator gives them
  // none (Docs' defaults), so a product that wants borders on new rows must set them itself.
  found.table.styles?.splice(
    to,
    0,
    ref.map(() => undefined),
  );
}
