/**
 * The simulated Google's state on disk: a set-up workbook holds ~38,000 cells (a validation or a format
 * on each row of a column), 5 MB as one JSON entry per cell. Runs of equal cells down a column are kept
 * as one entry instead (`[column, firstRow, count, cell]`): a few hundred entries, a few kB per workbook.
 */
import { cellKey, type CellData, type SimSheet } from './model';

export type CellRun = [column: number, firstRow: number, count: number, cell: CellData];

export interface StoredSheet {
  properties: SimSheet['properties'];
  protectedRanges: SimSheet['protectedRanges'];
  runs: CellRun[];
}

export function encodeSheet(sheet: SimSheet): StoredSheet {
  const entries = [...sheet.cells].map(([key, cell]) => {
    const [row, column] = key.split(',').map(Number) as [number, number];
    return { row, column, cell, json: JSON.stringify(cell) };
  });
  entries.sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: CellRun[] = [];
  let last: { run: CellRun; json: string } | undefined;
  for (const e of entries) {
    const [column, firstRow, count] = last?.run ?? [-1, -1, 0];
    if (last && column === e.column && firstRow + count === e.row && last.json === e.json) last.run[2]++;
    else {
      last = { run: [e.column, e.row, 1, e.cell], json: e.json };
      runs.push(last.run);
    }
  }
  return { properties: sheet.properties, protectedRanges: sheet.protectedRanges, runs };
}

/** The cells of a run share one object: safe, since cells are replaced and never changed in place. */
export function decodeSheet(stored: StoredSheet): SimSheet {
  const cells = new Map<string, CellData>();
  for (const [column, firstRow, count, cell] of stored.runs) for (let k = 0; k < count; k++) cells.set(cellKey(firstRow + k, column), cell);
  return { properties: stored.properties, protectedRanges: stored.protectedRanges, cells };
}
