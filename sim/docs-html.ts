/**
 * The HTML Drive converts into a Google Doc on upload
 * (https://developers.google.com/drive/api/guides/manage-uploads#import-docs), for the subset the
 * default templates and tests use: h1, h2, p, table (one level), and inside text <b>/<strong>,
 * <i>/<em>, <u>, each becoming a text run of that style, as the import keeps them.
 */
import { emptyDoc, paragraph, type Block, type DocModel, type NamedStyle, type Paragraph, type TextStyle } from './docs-model';

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');

/** A fragment's text as runs: inline tags set the style, any other tag is dropped. */
function runs(html: string): Array<{ text: string; style: TextStyle }> {
  const out: Array<{ text: string; style: TextStyle }> = [];
  const style: Required<TextStyle> = { bold: false, italic: false, underline: false };
  const flag = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline' } as const;
  const re = /<(\/?)([a-z0-9]+)\b[^>]*>|([^<]+)/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[3] !== undefined) {
      out.push({
        text: decodeEntities(m[3].replace(/\s+/g, ' ')),
        style: { ...(style.bold && { bold: true }), ...(style.italic && { italic: true }), ...(style.underline && { underline: true }) },
      });
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') out.push({ text: ' ', style: {} });
    const key = flag[tag as keyof typeof flag];
    if (key) style[key] = m[1] !== '/';
  }
  // Leading and trailing spaces of the paragraph go, as the import trims them.
  if (out.length) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, '');
  }
  return out;
}

function para(html: string, style: NamedStyle = 'NORMAL_TEXT'): Paragraph {
  const r = runs(html);
  return r.length ? paragraph('', style, r) : paragraph('', style);
}

export function htmlToDoc(title: string, html: string): DocModel {
  const body: Block[] = [];
  const src = html.replace(/<!DOCTYPE[^>]*>|<\/?(html|head|body|meta|style)[^>]*>/gi, '');
  const re = /<(h1|h2|p|table)\b[^>]*>([\s\S]*?)<\/\1>/gi;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const tag = m[1]!.toLowerCase();
    if (tag === 'table') {
      if (/<table\b/i.test(m[2]!))
        throw new Error('Simulator: nested tables are not imported from HTML; use sim.drive.editDoc(…).appendTable(…, { into })');
      const rows = [...m[2]!.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) =>
        [...r[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => [para(c[1]!)] as Block[]),
      );
      if (rows.length === 0 || rows.some((r) => r.length === 0)) throw new Error('Simulator: a table without rows or cells');
      // Docs never ends the body with a table, nor starts one right after another: a paragraph separates them.
      if (body.at(-1)?.kind === 'table') body.push(paragraph(''));
      body.push({ kind: 'table', rows });
    } else {
      body.push(para(m[2]!, tag === 'h1' ? 'TITLE' : tag === 'h2' ? 'HEADING_1' : 'NORMAL_TEXT'));
    }
  }
  if (body.length === 0 || body.at(-1)!.kind === 'table') body.push(paragraph(''));
  return { ...emptyDoc(title), body };
}
