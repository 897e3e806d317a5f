/** A tab's values (row 1 = headers) read by header into rows, as the contract requires. */
import { messages } from '../domain/messages';
import { UserError } from '../domain/errors';
import { idKey } from '../domain/candidates';
import { isContent, text, type Cell } from './cells';

export interface TableRow {
  /** 1-based row number in the tab, as staff see it. */
  readonly row: number;
  readonly cells: readonly Cell[];
}

/**
 * A tab read by header. `H` is the union of the headers its spec names (readTable infers it from an
 * `as const` spec), so `get(row, 'Prénon')` does not compile; a header only known at run time (a
 * setting naming a column, a format's ID column) goes through `getAny`, which says so.
 */
export interface Table<H extends string = string> {
  readonly tab: string;
  /** Header (as the contract spells it) → 0-based column index; a header the tab lacks is absent. */
  readonly columns: ReadonlyMap<string, number>;
  /** The header row as found, extra columns included. */
  readonly headerRow: readonly string[];
  /** Rows with content (see readTable), in sheet order. */
  readonly rows: readonly TableRow[];
  /**
   * Rows without content that still hold something the product derived there (a `Contrôle`): not
   * applicants, but the product clears their stale `Contrôle`.
   */
  readonly productOnlyRows: readonly TableRow[];
  get(row: TableRow, header: H): Cell;
  /** The 0-based index of a header's column; undefined when the tab lacks it (an optional header). */
  column(header: H): number | undefined;
  /** The cell under any header of the spec, named by a string only known at run time; undefined when absent. */
  getAny(row: TableRow, header: string): Cell;
}

/** The headers a spec names, as a union of literals (`'ID' | 'Prénom' | …`). */
export type HeaderOf<S extends { readonly headers: readonly string[] }> = S['headers'][number];
/** The table readTable gives for a spec. */
export type TableOf<S extends { readonly headers: readonly string[] }> = Table<HeaderOf<S>>;

/** Each row of a table read into a record that keeps the row's 1-based number in the tab (`row`), for messages. */
export function readRows<T extends object>(
  table: { readonly rows: readonly TableRow[] },
  read: (r: TableRow) => T,
): (T & { row: number })[] {
  return table.rows.map((r) => ({ row: r.row, ...read(r) }));
}

/** Headers compare without case, surrounding spaces, or the typographic apostrophe Excel puts in. */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface TableSpec {
  readonly name: string;
  readonly headers: readonly string[];
  readonly required: readonly string[];
  /**
   * Columns holding only what the product derived from the rest of the row (`Contrôle`, who saved
   * it and when): they do not make a row one with content, or a stale message would keep its row alive.
   */
  readonly derived?: readonly string[];
}

/**
 * Reads values by header. A missing or duplicated required header is a UserError naming it;
 * extra columns are kept in `cells`; rows with no content are skipped: workbook.md counts as
 * content anything but empty text, spaces and unticked checkboxes (an `ID` alone included: a row
 * with an ID is an applicant the product tracks); what the product derived from the row (`Contrôle`)
 * is not something a person typed.
 */
export function readTable<const S extends TableSpec>(values: readonly (readonly Cell[])[], spec: S): TableOf<S> {
  const headerRow = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const byKey = new Map<string, number[]>();
  headerRow.forEach((h, i) => {
    const key = headerKey(h);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const columns = new Map<string, number>();
  for (const header of spec.headers as readonly HeaderOf<S>[]) {
    const found = byKey.get(headerKey(header));
    if (!found) continue;
    if (found.length > 1 && spec.required.includes(header)) {
      throw new UserError(messages.workbook.duplicateHeader(spec.name, header));
    }
    columns.set(header, found[0]!);
  }
  for (const header of spec.required) {
    if (!columns.has(header)) throw new UserError(messages.workbook.missingHeader(spec.name, header));
  }
  const owned = new Set<number>();
  for (const header of spec.derived ?? []) {
    const index = columns.get(header);
    if (index !== undefined) owned.add(index);
  }
  const rows: TableRow[] = [];
  const productOnlyRows: TableRow[] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i]!;
    let content = false;
    let productContent = false;
    for (let c = 0; c < cells.length; c++) {
      if (!isContent(cells[c])) continue;
      if (owned.has(c)) productContent = true;
      else {
        content = true;
        break;
      }
    }
    if (content) rows.push({ row: i + 1, cells });
    else if (productContent) productOnlyRows.push({ row: i + 1, cells });
  }
  // `get` and `getAny` differ only in the header type they accept.
  const cellAt = (row: TableRow, header: string): Cell => {
    const index = columns.get(header);
    return index === undefined ? undefined : row.cells[index];
  };
  return {
    tab: spec.name,
    columns,
    headerRow,
    rows,
    productOnlyRows,
    get: cellAt,
    column: (header) => columns.get(header),
    getAny: cellAt,
  };
}

/** The first row holding each key of `header` (idKey: case and spaces aside), in a table just read. */
export function rowsByKey<H extends string>(table: Table<H>, header: H): Map<string, TableRow> {
  const rows = new Map<string, TableRow>();
  for (const r of table.rows) {
    const key = idKey(text(table.get(r, header)));
    if (key && !rows.has(key)) rows.set(key, r);
  }
  return rows;
}
