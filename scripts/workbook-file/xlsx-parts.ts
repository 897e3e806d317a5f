/**
 * The parts of an `.xlsx` around its sheets, each streamed through a SAX parser: the sheet list (in
 * workbook order, with the zip entry of each), the shared strings, and which cell styles are dates.
 */
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { File } from 'unzipper';

/** An element's local name: some writers prefix SpreadsheetML elements (`<x:row>`, `<x:c>`). */
export function local(node: { name: string }): string {
  const colon = node.name.indexOf(':');
  return colon < 0 ? node.name : node.name.slice(colon + 1);
}

/** Feeds a zip entry through a fresh SAX parser, chunk by chunk (UTF-8 split safely across chunks). */
export async function parseEntry(file: File, setUp: (parser: SaxesParser) => void): Promise<void> {
  const parser = new SaxesParser();
  setUp(parser);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of file.stream()) parser.write(decoder.write(chunk as Buffer));
  parser.write(decoder.end());
  parser.close();
}

/** Excel's built-in date formats (ECMA-376 §18.8.30), locale ones included. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom number format shows a date when, outside quotes and brackets, it has day/month/year/time letters. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare.replace(/General/gi, ''));
}

/** Which cell style indexes (`s`) are date formats. */
export async function readDateStyles(file: File | undefined): Promise<boolean[]> {
  if (!file) return [];
  const customDate = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parseEntry(file, (p) => {
    p.on('opentag', (node: SaxesTagPlain) => {
      const a = node.attributes as Record<string, string>;
      if (local(node) === 'numFmt') customDate.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      else if (local(node) === 'cellXfs') inCellXfs = true;
      else if (local(node) === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
      }
    });
    p.on('closetag', (node) => {
      if (local(node) === 'cellXfs') inCellXfs = false;
    });
  });
  return styles;
}

/** Shared strings: each `<si>` as its plain text (rich-text runs joined, phonetic hints left out). */
export async function readSharedStrings(file: File | undefined): Promise<string[]> {
  if (!file) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parseEntry(file, (p) => {
    p.on('opentag', (node: SaxesTagPlain) => {
      if (local(node) === 'si') current = '';
      else if (local(node) === 't') inText = !inPhonetic;
      else if (local(node) === 'rPh') inPhonetic = true;
    });
    p.on('text', (text) => {
      if (inText) current += text;
    });
    p.on('closetag', (node) => {
      if (local(node) === 't') inText = false;
      else if (local(node) === 'rPh') inPhonetic = false;
      else if (local(node) === 'si') strings.push(current);
    });
  });
  return strings;
}

export interface SheetRef {
  name: string;
  file: File;
}

/** The sheets in workbook order, with the zip entry each one's relationship points to. */
export async function readSheetList(entries: Map<string, File>): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const targets = new Map<string, string>();
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await parseEntry(rels, (p) =>
      p.on('opentag', (node: SaxesTagPlain) => {
        const a = node.attributes as Record<string, string>;
        if (local(node) === 'Relationship' && a.Id && a.Target) {
          const target = a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.join('xl', a.Target);
          targets.set(a.Id, path.posix.normalize(target));
        }
      }),
    );
  }
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await parseEntry(entries.get('xl/workbook.xml')!, (p) =>
    p.on('opentag', (node: SaxesTagPlain) => {
      const a = node.attributes as Record<string, string>;
      if (local(node) === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (local(node) !== 'sheet') return;
      const rel = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      const target = targets.get(rel ?? '');
      const file = target ? entries.get(target) : undefined;
      if (a.name && file) sheets.push({ name: a.name, file });
    }),
  );
  return { sheets, date1904 };
}
