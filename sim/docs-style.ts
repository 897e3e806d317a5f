/**
 * The two layout requests of documents.batchUpdate the product sends when it makes a default
 * template: a page footer (createFooter) and table borders (updateTableCellStyle).
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request
 */
import { apiError } from './api-errors';
import { BORDER_FIELDS, paragraph, segmentById, walk, type CellStyle, type DocModel, type Table } from './docs-model';

const invalid = (n: number, kind: string, why: string) =>
  apiError('docs.documents.batchUpdate', 400, `Invalid requests[${n}].${kind}: ${why}`);

/**
 * CreateFooterRequest: "Creates a Footer. The new footer is applied to the SectionStyle at the
 * location of the SectionBreak if specified, otherwise it is applied to the DocumentStyle. If a
 * footer of the specified type already exists, a 400 bad request error is returned." A new footer
 * holds one empty paragraph (as a new header or footer does in the editor). Returns its id.
 */
export function createFooter(doc: DocModel, body: Record<string, unknown>, n: number): string {
  if (body.type !== 'DEFAULT') throw invalid(n, 'createFooter', 'type must be DEFAULT.');
  if (body.sectionBreakLocation !== undefined)
    throw invalid(n, 'createFooter', 'sectionBreakLocation is not modelled by the simulator (the document style only).');
  if (doc.defaultFooterId) throw invalid(n, 'createFooter', 'A footer of type DEFAULT already exists.');
  let k = Object.keys(doc.footers).length + 1;
  while (doc.footers[`kix.ftr${k}`]) k++;
  const id = `kix.ftr${k}`;
  doc.footers[id] = [paragraph('')];
  doc.defaultFooterId = id;
  return id;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A TableCellBorder: "Table cell borders cannot be transparent. To hide a table cell border, make its width 0." */
function checkBorder(n: number, field: string, border: unknown): void {
  if (border === undefined) return; // in the mask but unset: back to the default
  const width = isObject(border) && isObject(border.width) ? border.width : undefined;
  const color = isObject(border) && isObject(border.color) ? border.color : undefined;
  if (!width || typeof width.magnitude !== 'number' || width.unit !== 'PT' || !color || !isObject(color.color))
    throw invalid(n, 'updateTableCellStyle', `tableCellStyle.${field} needs a width in PT and an opaque color.`);
}

function tableAt(doc: DocModel, location: unknown, n: number): Table {
  const loc = isObject(location) ? location : {};
  const segment = segmentById(doc, typeof loc.segmentId === 'string' ? loc.segmentId : undefined);
  const found = segment ? walk(segment).tables.find((t) => t.start === loc.index) : undefined;
  if (!found) throw invalid(n, 'updateTableCellStyle', 'The provided table start location is invalid.');
  return found.table;
}

/**
 * UpdateTableCellStyleRequest on the borders: `fields` names what changes ("At least one field must
 * be specified"), `tableStartLocation` ("the updates are applied to all the cells in the table") or
 * `tableRange` (a rectangle of cells) says where. Other fields are not modelled: refused.
 */
export function updateTableCellStyle(doc: DocModel, body: Record<string, unknown>, n: number): void {
  const fields = typeof body.fields === 'string' ? body.fields.split(',').map((f) => f.trim()) : [];
  if (fields.length === 0 || fields[0] === '') throw invalid(n, 'updateTableCellStyle', 'At least one field must be specified.');
  const unknown = fields.filter((f) => !(BORDER_FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw invalid(n, 'updateTableCellStyle', `fields ${unknown.join(',')} are not modelled by the simulator.`);
  const style = isObject(body.tableCellStyle) ? body.tableCellStyle : {};
  for (const f of fields) checkBorder(n, f, style[f]);
  const range = isObject(body.tableRange) ? body.tableRange : undefined;
  if ((range === undefined) === (body.tableStartLocation === undefined))
    throw invalid(n, 'updateTableCellStyle', 'Exactly one of tableStartLocation and tableRange must be set.');
  const cell = range && isObject(range.tableCellLocation) ? range.tableCellLocation : undefined;
  const table = tableAt(doc, range ? cell?.tableStartLocation : body.tableStartLocation, n);
  const rows = table.rows.length;
  const cols = table.rows[0]?.length ?? 0;
  const r0 = range ? Number(cell?.rowIndex ?? 0) : 0;
  const c0 = range ? Number(cell?.columnIndex ?? 0) : 0;
  const r1 = range ? r0 + Number(range.rowSpan) : rows;
  const c1 = range ? c0 + Number(range.columnSpan) : cols;
  if (![r0, c0, r1, c1].every(Number.isInteger) || r0 < 0 || c0 < 0 || r1 > rows || c1 > cols || r1 <= r0 || c1 <= c0)
    throw invalid(n, 'updateTableCellStyle', 'The table range is outside the table.');
  table.styles ??= table.rows.map((row) => row.map(() => undefined));
  // "if a cell shares a border with an adjacent cell, the corresponding border property of the
  // adjacent cell is updated as well … border updates are applied in the following order:
  // border_right, border_left, border_bottom, border_top".
  const ORDER = [
    ['borderRight', 'borderLeft', 0, 1],
    ['borderLeft', 'borderRight', 0, -1],
    ['borderBottom', 'borderTop', 1, 0],
    ['borderTop', 'borderBottom', -1, 0],
  ] as const;
  const styles = table.styles;
  const set = (r: number, c: number, f: (typeof BORDER_FIELDS)[number], value: unknown) => {
    const row = styles[r];
    if (!row || c < 0 || c >= row.length) return;
    const next: CellStyle = { ...row[c] };
    if (value === undefined) delete next[f];
    else next[f] = structuredClone(value);
    row[c] = next;
  };
  for (const [f, shared, dr, dc] of ORDER) {
    if (!fields.includes(f)) continue;
    for (let r = r0; r < r1; r++) {
      for (let c = c0; c < c1; c++) {
        set(r, c, f, style[f]);
        set(r + dr, c + dc, shared, style[f]);
      }
    }
  }
}
