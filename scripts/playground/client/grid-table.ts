/**
 * One tab drawn as Sheets draws it: column letters above, rows numbered from 1 (the header row is
 * row 1, kept in view when frozen), and at least 100 rows of the grid (a new spreadsheet: 26 columns
 * A–Z), so a person can type a new row anywhere below the data.
 */
import { columnLetters } from '../../../src/workbook/a1';
import { playgroundMessages as m } from '../messages';
import type { TabView } from '../protocol';
import { el } from './dom';

const COLOR = /^#[0-9a-fA-F]{3,8}$/;
/** Rows drawn at least (fewer when the tab's grid is smaller), and a few more under the data. */
export const MIN_ROWS = 100;
const SPARE_ROWS = 5;
/** More columns than a person reads on a screen; the sheet may have more. */
const MAX_COLUMNS = 100;

function paint(cell: HTMLElement, color: string | undefined): void {
  if (color && COLOR.test(color)) cell.style.backgroundColor = color;
}

function letterRow(columns: number): HTMLTableSectionElement {
  const thead = el('thead');
  const tr = el('tr');
  tr.append(el('th', { class: 'corner', 'aria-hidden': 'true' }, ''));
  for (let column = 1; column <= columns; column++) tr.append(el('th', { scope: 'col', class: 'letter' }, columnLetters(column)));
  thead.append(tr);
  return thead;
}

function dataCell(tab: TabView, head: readonly string[], row: number, j: number): HTMLTableCellElement {
  const column = j + 1;
  const text = tab.rows[row - 1]?.[j] ?? '';
  const ref = `${columnLetters(column)}${row}`;
  const named = row > 1 && head[j] ? ` (${head[j]})` : '';
  const td = el(
    'td',
    {
      role: 'gridcell',
      tabindex: '-1',
      'data-row': String(row),
      'data-column': String(column),
      'data-full': text,
      'data-ref': ref,
      'aria-label': `${m.cellLabel(ref)}${named}`,
    },
    text,
  );
  // The full text on hover, for cells the column width cuts.
  if (text) td.title = text;
  if (text === '☑' || text === '☐') td.classList.add('checkbox');
  paint(td, tab.backgrounds[row - 1]?.[j]);
  return td;
}

/** How many rows and columns are drawn for `tab`. */
export function gridSize(tab: TabView): { rows: number; columns: number } {
  const used = Math.max(0, ...tab.rows.map((r) => r.length));
  return {
    rows: Math.min(tab.maxRows, Math.max(MIN_ROWS, tab.rows.length + SPARE_ROWS)),
    columns: Math.min(Math.max(tab.maxColumns, used), MAX_COLUMNS),
  };
}

/** The tab as a WAI-ARIA grid: cells carry their sheet row and column, A1 name and full text. */
export function buildTable(tab: TabView): HTMLTableElement {
  const head = tab.frozenRows > 0 ? (tab.rows[0] ?? []) : [];
  const { rows, columns } = gridSize(tab);
  const table = el('table', { 'data-tab': tab.name, role: 'grid', 'aria-label': m.gridLabel(tab.name), 'aria-describedby': 'grid-hint' });
  table.append(el('caption', { class: 'visually-hidden' }, tab.name));
  const tbody = el('tbody');
  for (let row = 1; row <= rows; row++) {
    // Frozen rows stay in view; rows under the data are marked: empty until someone types there.
    const tr = el('tr', { 'data-row': String(row), ...(row <= tab.frozenRows ? { class: 'frozen' } : {}) });
    if (row > tab.rows.length) tr.setAttribute('data-spare', '');
    tr.append(el('th', { class: 'rownum', scope: 'row' }, String(row)));
    for (let j = 0; j < columns; j++) tr.append(dataCell(tab, head, row, j));
    tbody.append(tr);
  }
  table.append(letterRow(columns), tbody);
  return table;
}
