/**
 * A Doc or a PDF as a page a person reads: the Doc's model drawn in HTML (its header, title and
 * headings, tables — nested ones too —, bold, italic and underlined runs, footnotes, its footer), and
 * a simulated PDF's text (sim/drive-export.ts: the Doc's plain text between `%PDF-1.4` and `%%EOF`)
 * laid out as the page it stands for. Every text is escaped; the page has no script.
 */
import type { Block, DocElement, DocModel, DocParagraph } from '../../sim';
import { escapeHtml } from '../../src/domain/text';
import type { CalendarCard } from './calendar-card';
import { playgroundMessages } from './messages';

const TAGS = { TITLE: 'h1', HEADING_1: 'h2', HEADING_2: 'h3', NORMAL_TEXT: 'p' } as const;

function run(doc: DocModel, e: DocElement): string {
  if (e.kind === 'footnoteRef') return `<sup>[${doc.footnoteOrder.indexOf(e.footnoteId) + 1}]</sup>`;
  // A paragraph ends with "\n"; a line break inside it (Shift+Enter) is "\u000b" in the Docs model.
  let html = escapeHtml(e.text.replace(/\n$/, '')).replace(/\u000b/g, '<br>');
  if (e.style.underline) html = `<u>${html}</u>`;
  if (e.style.italic) html = `<em>${html}</em>`;
  if (e.style.bold) html = `<strong>${html}</strong>`;
  return html;
}

function paragraphHtml(doc: DocModel, p: DocParagraph): string {
  const tag = TAGS[p.style] ?? 'p';
  const inner = p.elements.map((e) => run(doc, e)).join('');
  return `<${tag}>${inner || '&nbsp;'}</${tag}>`;
}

function blocksHtml(doc: DocModel, blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return paragraphHtml(doc, b);
      const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td>${blocksHtml(doc, cell)}</td>`).join('')}</tr>`);
      return `<table>${rows.join('')}</table>`;
    })
    .join('\n');
}

/** The Doc's page: header, body, footnotes, footer (the default ones, else the first of each). */
export function docPageBody(doc: DocModel): string {
  const header = doc.headers[doc.defaultHeaderId ?? ''] ?? Object.values(doc.headers)[0];
  const footer = doc.footers[doc.defaultFooterId ?? ''] ?? Object.values(doc.footers)[0];
  const notes = doc.footnoteOrder.filter((id) => doc.footnotes[id]).map((id) => `<li>${blocksHtml(doc, doc.footnotes[id]!)}</li>`);
  return [
    header ? `<header class="doc-header">${blocksHtml(doc, header)}</header>` : '',
    `<main>${blocksHtml(doc, doc.body)}</main>`,
    notes.length ? `<ol class="footnotes">${notes.join('')}</ol>` : '',
    footer ? `<footer class="doc-footer">${blocksHtml(doc, footer)}</footer>` : '',
  ].join('\n');
}

/**
 * A simulated PDF's page: the text between its `%` lines, one paragraph a line; lines that are a
 * table row (cells joined by « | », as the export writes them) drawn as a table again.
 */
export function pdfPageBody(content: string): string {
  const lines = content.replace(/\r\n/g, '\n').split('\n');
  const text = lines.filter((l, i) => !(l.startsWith('%') && (i < 2 || l === '%%EOF')));
  while (text.length && text.at(-1) === '') text.pop();
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) out.push(`<table>${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of text) {
    if (line.includes(' | ')) {
      rows.push(
        `<tr>${line
          .split(' | ')
          .map((c) => `<td>${escapeHtml(c)}</td>`)
          .join('')}</tr>`,
      );
      continue;
    }
    flush();
    out.push(`<p>${escapeHtml(line) || '&nbsp;'}</p>`);
  }
  flush();
  return `<main>${out.join('\n')}</main>`;
}

/** A text file's page: its lines as they are. */
export function textPageBody(content: string): string {
  return `<main><pre>${escapeHtml(content)}</pre></main>`;
}

/** An `.ics` file's page: the event as a card, then the file as it is. */
export function calendarPageBody(card: CalendarCard, content: string): string {
  const C = playgroundMessages.calendar;
  const lines = [
    `<p class="event-label">${escapeHtml(card.cancelled ? C.cancelled : C.label)}</p>`,
    `<h1>${escapeHtml(card.summary)}</h1>`,
    `<p class="event-when">${escapeHtml(card.when)}</p>`,
    card.location ? `<p>${escapeHtml(C.location(card.location))}</p>` : '',
    card.description ? `<p class="event-description">${escapeHtml(card.description)}</p>` : '',
  ];
  return `<section class="event${card.cancelled ? ' cancelled' : ''}">${lines.join('')}</section>\n${textPageBody(content)}`;
}

const PAGE_STYLE = [
  'html{background:#e8eaed}',
  'body{font:14px/1.5 Arial,sans-serif;color:#202124;margin:0;padding:24px 0}',
  '.meta{max-width:794px;margin:0 auto 8px;color:#5f6368;font-size:12px}',
  // An A4 sheet at 96 dpi: 794 px wide, at least 1123 px tall.
  '.page{background:#fff;max-width:794px;min-height:1123px;margin:0 auto;padding:72px 80px;box-sizing:border-box;box-shadow:0 1px 3px rgba(0,0,0,.3);display:flex;flex-direction:column}',
  '.page main{flex:1}',
  '.doc-header,.doc-footer{color:#5f6368;font-size:12px}',
  '.doc-header{border-bottom:1px solid #dadce0;margin-bottom:16px}',
  '.doc-footer{border-top:1px solid #dadce0;margin-top:16px}',
  'table{border-collapse:collapse;width:100%;margin:8px 0}',
  'td{border:1px solid #999;padding:4px 8px;vertical-align:top;min-width:2em;height:24px}',
  'td p{margin:0}',
  'h1{font-size:24px;font-weight:400;margin:0 0 12px}',
  'h2{font-size:18px;margin:16px 0 8px}',
  'h3{font-size:15px;margin:12px 0 6px}',
  'p{margin:0 0 6px}',
  '.footnotes{font-size:12px;color:#3c4043}',
  'pre{white-space:pre-wrap;font:13px/1.5 monospace}',
  '.event{border-left:4px solid #1a73e8;background:#f8f9fa;padding:12px 16px;margin-bottom:16px}',
  '.event.cancelled{border-left-color:#c5221f}.event.cancelled h1{text-decoration:line-through}',
  '.event-label{color:#5f6368;font-size:12px}.event-description{white-space:pre-wrap}',
].join('');

/** The whole page: a note saying what it is, then the sheet of paper. */
export function pageHtml(title: string, meta: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head><body><p class="meta">${escapeHtml(meta)}</p>
<article class="page">
${body}
</article>
</body></html>`;
}
