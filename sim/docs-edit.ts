/**
 * What a person does to a Doc in the Docs editor (a template staff customise), for tests: typing,
 * bolding part of a word (Docs then splits the text into runs of different styles, so a tag can
 * span three runs), Insert › Header / Footer / Footnote, a table inside a table cell. A person is
 * not the script: nothing here is counted or failed by the simulator.
 * Docs' own words: a header, footer or footnote is a segment with its own indexes
 * (https://developers.google.com/docs/api/concepts/structure); a new footnote "will contain a space
 * followed by a newline character" (https://developers.google.com/docs/api/reference/rest/v1/documents/request#createfootnoterequest).
 */
import { insertInParagraph, deleteInParagraph } from './docs-batch';
import { paragraph, paragraphText, segments, walk, type Block, type DocModel, type Element, type TextStyle } from './docs-model';

export interface DocEditor {
  /** Types a new paragraph at the end of the body (or of the header / footer, made if missing). */
  appendParagraph(text: string, where?: 'body' | 'header' | 'footer'): void;
  /** Retypes the first occurrence of `find` (body, headers, footers, footnotes in that order) as `text`. */
  replaceText(find: string, text: string): void;
  /** Styles the `occurrence`-th (1-based) occurrence of `find`: bolding `nom` in `{{nom}}` splits the tag over three runs. */
  setStyle(find: string, style: TextStyle, occurrence?: number): void;
  /** Insert › Header (Footer) holding `text`; the document had none. */
  addHeader(text: string): void;
  addFooter(text: string): void;
  /** Insert › Footnote right after the first occurrence of `after` in the body; the note reads " text". */
  addFootnote(after: string, text: string): void;
  /** Appends a table at the end of the body, or nests it in a cell of the `table`-th (0-based) table of the body, in document order. */
  appendTable(rows: string[][], into?: { table: number; row: number; column: number }): void;
}

function find(doc: DocModel, needle: string, occurrence = 1, bodyOnly = false) {
  let seen = 0;
  for (const segment of bodyOnly ? segments(doc).slice(0, 1) : segments(doc)) {
    for (const located of walk(segment).paragraphs) {
      const text = paragraphText(located.para);
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
        if (++seen === occurrence) return { located, offset: i };
      }
    }
  }
  throw new Error(`editDoc: "${needle}" (occurrence ${occurrence}) is not in the document`);
}

/** Sets `style` on [a, b) of a paragraph's runs, keeping the rest of each run's style. */
function restyle(elements: Element[], a: number, b: number, style: TextStyle): Element[] {
  const out: Element[] = [];
  let i = 0;
  for (const e of elements) {
    const len = e.kind === 'text' ? e.text.length : 1;
    if (e.kind !== 'text' || i + len <= a || i >= b) out.push(e);
    else {
      const s = Math.max(a, i) - i;
      const t = Math.min(b, i + len) - i;
      out.push(
        { ...e, text: e.text.slice(0, s) },
        { kind: 'text', text: e.text.slice(s, t), style: { ...e.style, ...style } },
        { ...e, text: e.text.slice(t) },
      );
    }
    i += len;
  }
  return out;
}

export function docEditor(doc: DocModel, newId: (prefix: string) => string): DocEditor {
  const segmentList = (where: 'body' | 'header' | 'footer'): Block[] => {
    if (where === 'body') return doc.body;
    const map = where === 'header' ? doc.headers : doc.footers;
    const id = where === 'header' ? (doc.defaultHeaderId ??= newId('kix.hdr')) : (doc.defaultFooterId ??= newId('kix.ftr'));
    return (map[id] ??= [paragraph('')]);
  };
  const editor: DocEditor = {
    appendParagraph(text, where = 'body') {
      const list = segmentList(where);
      const last = list.at(-1);
      // An empty last paragraph is where the cursor types; else a new paragraph after it.
      if (last?.kind === 'paragraph' && paragraphText(last) === '\n') list.splice(list.length - 1, 1, paragraph(text, last.style));
      else list.push(paragraph(text));
    },
    replaceText(needle, text) {
      const { located, offset } = find(doc, needle);
      deleteInParagraph(doc, located.para, offset, offset + needle.length);
      if (text) insertInParagraph(located, offset, text);
    },
    setStyle(needle, style, occurrence = 1) {
      const { located, offset } = find(doc, needle, occurrence);
      located.para.elements = restyle(located.para.elements, offset, offset + needle.length, style);
      located.para.elements = located.para.elements.filter((e) => e.kind !== 'text' || e.text !== '');
    },
    addHeader(text) {
      if (doc.defaultHeaderId) throw new Error('editDoc: the document already has a header');
      editor.appendParagraph(text, 'header');
    },
    addFooter(text) {
      if (doc.defaultFooterId) throw new Error('editDoc: the document already has a footer');
      editor.appendParagraph(text, 'footer');
    },
    addFootnote(after, text) {
      const { located, offset } = find(doc, after, 1, true);
      const id = newId('kix.fn');
      const p = located.para;
      const at = offset + after.length;
      let i = 0;
      const elements: Element[] = [];
      for (const e of p.elements) {
        const len = e.kind === 'text' ? e.text.length : 1;
        if (e.kind === 'text' && at > i && at < i + len)
          elements.push(
            { ...e, text: e.text.slice(0, at - i) },
            { kind: 'footnoteRef', footnoteId: id },
            { ...e, text: e.text.slice(at - i) },
          );
        else {
          if (at === i) elements.push({ kind: 'footnoteRef', footnoteId: id });
          elements.push(e);
        }
        i += len;
      }
      p.elements = elements;
      doc.footnotes[id] = [paragraph(` ${text}`)];
      doc.footnoteOrder.push(id);
    },
    appendTable(rows, into) {
      const t: Block = { kind: 'table', rows: rows.map((cells) => cells.map((c) => [paragraph(c)])) };
      if (!into) {
        doc.body.push(t, paragraph(''));
        return;
      }
      const target = walk(segments(doc)[0]!).tables[into.table]?.table.rows[into.row]?.[into.column];
      if (!target) throw new Error(`editDoc: no cell (${into.row}, ${into.column}) in table ${into.table}`);
      // A cell, like the body, ends with a paragraph.
      target.push(t, paragraph(''));
    },
  };
  return editor;
}
