/** What tests read of the sheet (sim.peek) and how they fill it (sim.load): uncounted, not the script's calls. */
import { toA1 } from './spreadsheet/a1';
import { CELL_TOO_LONG, isDate, MAX_CELL_CHARS, readValue } from './spreadsheet/cell-value';
import { displayValue } from './spreadsheet/display';
import { AUTOMATIC_FORMAT } from './spreadsheet/input';
import type { SheetModel, SpreadsheetModel } from './spreadsheet/model';
import { clearSheetCells } from './spreadsheet/sheet';

export interface Peek {
  values(sheetName: string): unknown[][];
  displayValues(sheetName: string): string[][];
  formulas(sheetName: string): string[][];
  sheetNames(): string[];
  backgrounds(sheetName: string): string[][];
  notes(sheetName: string): string[][];
  numberFormats(sheetName: string): string[][];
  validations(sheetName: string): (null | { type: string; values?: unknown[] })[][];
  frozenRows(sheetName: string): number;
  protections(): Array<{ sheet: string; range?: string; warningOnly: boolean; description: string }>;
}

/**
 * `landed` applies the pending writes first, so a test reads the sheet as it will be once the
 * executions end. load() refuses a string over 50,000 characters: no person can type or paste one either.
 */
export function createSheetAccess(
  model: SpreadsheetModel,
  timeZone: string,
  landed: () => void,
  defaultSheet: string,
): { peek: Peek; load(tabs: Record<string, unknown[][]>): void } {
  const sheetOf = (name: string): SheetModel => {
    const s = model.byName(name);
    if (!s) throw new Error(`Simulator: no sheet named "${name}" (sheets: ${model.sheets.map((x) => x.name).join(', ')})`);
    return s;
  };
  // values/formulas cover the data range; the other peeks also cover cells that only carry formatting.
  const rect = <T>(name: string, fn: (s: SheetModel, r: number, c: number) => T, withFormatting = false): T[][] => {
    landed();
    const s = sheetOf(name);
    let rows = Math.max(1, s.lastRow());
    let cols = Math.max(1, s.lastCol());
    if (withFormatting) {
      s.rows.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (cell && Object.keys(cell).some((k) => k !== 'value')) {
            rows = Math.max(rows, r + 1);
            cols = Math.max(cols, c + 1);
          }
        });
      });
    }
    const out: T[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: T[] = [];
      for (let c = 1; c <= cols; c++) row.push(fn(s, r, c));
      out.push(row);
    }
    return out;
  };

  const peek: Peek = {
    values: (name) => rect(name, (s, r, c) => readValue(s.get(r, c), timeZone)),
    displayValues: (name) => rect(name, (s, r, c) => displayValue(s.get(r, c), timeZone)),
    formulas: (name) => rect(name, (s, r, c) => s.get(r, c)?.formula ?? ''),
    sheetNames: () => {
      landed();
      return model.sheets.map((s) => s.name);
    },
    backgrounds: (name) => rect(name, (s, r, c) => s.get(r, c)?.background ?? '#ffffff', true),
    notes: (name) => rect(name, (s, r, c) => s.get(r, c)?.note ?? '', true),
    numberFormats: (name) => rect(name, (s, r, c) => s.get(r, c)?.format ?? AUTOMATIC_FORMAT, true),
    validations: (name) =>
      rect(
        name,
        (s, r, c) => {
          const v = s.get(r, c)?.validation;
          return v ? { type: v.criteria, values: v.values } : null;
        },
        true,
      ),
    frozenRows: (name) => sheetOf(name).frozenRows,
    protections: () =>
      model.protections.map((p) => {
        const out: { sheet: string; range?: string; warningOnly: boolean; description: string } = {
          sheet: p.sheet.name,
          warningOnly: p.warningOnly,
          description: p.description,
        };
        if (p.type === 'RANGE') out.range = toA1(p.row, p.col, p.numRows, p.numCols);
        return out;
      }),
  };

  // Strings are stored as literal text (no parsing); numbers, booleans and Dates as is.
  const load = (tabs: Record<string, unknown[][]>): void => {
    landed();
    for (const [name, rows] of Object.entries(tabs)) {
      let s = model.byName(name);
      if (s) clearSheetCells(s);
      else s = model.addSheet(name);
      s.rows = [];
      rows.forEach((row, r) => {
        if (r + 1 > s.maxRows) s.maxRows = r + 1;
        if (row.length > s.maxCols) s.maxCols = row.length;
        row.forEach((v, c) => {
          if (v === '' || v === null || v === undefined) return;
          if (!(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isDate(v))) {
            throw new Error(`Simulator.load: unsupported value at ${name}!${toA1(r + 1, c + 1)}`);
          }
          if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
            throw new Error(`Simulator.load: ${name}!${toA1(r + 1, c + 1)}: ${CELL_TOO_LONG}`);
          s.ensure(r + 1, c + 1).value = isDate(v) ? new Date(v.getTime()) : v;
        });
      });
    }
    // The untouched default sheet of a new spreadsheet goes away once real tabs are loaded.
    const d = model.pristineDefault;
    if (d && !(defaultSheet in tabs) && d.lastRow() === 0 && model.sheets.length > 1) model.removeSheet(d);
    if (!model.active || !model.sheets.includes(model.active)) model.active = model.sheets[0] ?? null;
  };
  return { peek, load };
}
