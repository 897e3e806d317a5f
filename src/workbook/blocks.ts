/**
 * Turning cell updates into as few rectangular writes as the Sheet allows: one `setValues` per
 * contiguous block. Pure: the Apps Script adapter only applies the blocks.
 */
import type { Cell } from './cells';

export interface CellUpdate {
  /** 1-based sheet row. */
  row: number;
  /** 0-based column index (as in a Table). */
  column: number;
  value: Cell;
  /** Optional background for the cell ('' or null resets it). */
  background?: string | null;
}

export interface Block {
  /** 1-based row and column of the top-left cell, as getRange takes them. */
  row: number;
  column: number;
  values: Cell[][];
  /** Present when the updates carried backgrounds. */
  backgrounds?: (string | null)[][];
}

/**
 * Groups updates into rectangles: contiguous rows of one column first, then side-by-side columns
 * covering the same rows merged into one block. Later updates of a cell win.
 */
export function planBlocks(updates: readonly CellUpdate[]): Block[] {
  const byColumn = new Map<number, Map<number, CellUpdate>>();
  for (const u of updates) {
    const column = byColumn.get(u.column) ?? new Map<number, CellUpdate>();
    column.set(u.row, u);
    byColumn.set(u.column, column);
  }
  type Run = { column: number; start: number; cells: CellUpdate[] };
  const runs: Run[] = [];
  for (const [column, cells] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    let run: Run | undefined;
    for (const row of [...cells.keys()].sort((a, b) => a - b)) {
      if (run && row === run.start + run.cells.length) run.cells.push(cells.get(row)!);
      else runs.push((run = { column, start: row, cells: [cells.get(row)!] }));
    }
  }
  const blocks: Block[] = [];
  let current: { column: number; start: number; height: number; columns: CellUpdate[][] } | undefined;
  const flush = () => {
    if (!current) return;
    const height = current.height;
    const cols = current.columns;
    const withBackgrounds = cols.some((c) => c.some((u) => u.background !== undefined));
    blocks.push({
      row: current.start,
      column: current.column + 1,
      values: Array.from({ length: height }, (_, r) => cols.map((c) => c[r]!.value)),
      ...(withBackgrounds && { backgrounds: Array.from({ length: height }, (_, r) => cols.map((c) => c[r]!.background ?? null)) }),
    });
  };
  for (const run of runs) {
    const adjacent =
      current &&
      run.start === current.start &&
      run.cells.length === current.height &&
      run.column === current.column + current.columns.length;
    if (adjacent) current!.columns.push(run.cells);
    else {
      flush();
      current = { column: run.column, start: run.start, height: run.cells.length, columns: [run.cells] };
    }
  }
  flush();
  return blocks;
}

/**
 * Makes each of `columns`' updates one contiguous run by rewriting the cells between them with the
 * values just read (under the document lock): one write instead of one per gap. Only for columns
 * the product alone writes, never a column staff type in (a colleague's edit landing between the
 * read and the write would be reverted, a formula frozen into its value).
 */
export function fillColumnGaps(
  updates: readonly CellUpdate[],
  values: readonly (readonly Cell[])[],
  columns: ReadonlySet<number>,
): CellUpdate[] {
  const spans = new Map<number, { min: number; max: number; rows: Set<number> }>();
  for (const u of updates) {
    if (!columns.has(u.column)) continue;
    const span = spans.get(u.column) ?? { min: u.row, max: u.row, rows: new Set<number>() };
    span.min = Math.min(span.min, u.row);
    span.max = Math.max(span.max, u.row);
    span.rows.add(u.row);
    spans.set(u.column, span);
  }
  const filled = [...updates];
  for (const [column, span] of spans) {
    for (let row = span.min; row <= span.max; row++) {
      if (!span.rows.has(row)) filled.push({ row, column, value: values[row - 1]?.[column] ?? '' });
    }
  }
  return filled;
}
