/** One tab drawn as a table: its header row, its rows, and a few spare rows where a new row can be typed. */
import { columnLetters } from '../../../src/workbook/a1';
import { playgroundMessages as m } from '../messages';
import type { TabView } from '../protocol';
import { el } from './dom';

const COLOR = /^#[0-9a-fA-F]{3,8}$/;
/** Empty rows shown under the data, where a person may type a new row (the server accepts as many). */
const SPARE_ROWS = 5;
/** Columns shown on a tab with no header at all (a new blank sheet). */
const BLANK_COLUMNS = 8;

function paint(cell: HTMLElement, color: string | undefined): void {
  if (color && COLOR.test(color)) cell.style.backgroundColor = color;
}

function headerRow(tab: TabView, head: readonly string[], columns: number): HTMLTableSectionElement {
  const thead = el('thead');
  const hr = el('tr');
  hr.append(el('th', { class: 'rownum', scope: 'col' }, ''));
  for (let j = 0; j < columns; j++) {
    const th = el('th', { scope: 'col', role: 'columnheader' }, head[j] ?? '');
    paint(th, tab.backgrounds[0]?.[j]);
    hr.append(th);
  }
  thead.append(hr);
  return thead;
}

function dataCell(tab: TabView, head: readonly string[], text: string, row: number, j: number): HTMLTableCellElement {
  const column = j + 1;
  const ref = `${columnLetters(column)}${row}`;
  const td = el(
    'td',
    {
      role: 'gridcell',
      tabindex: '-1',
      'data-row': String(row),
      'data-column': String(column),
      'data-full': text,
      'data-ref': ref,
      'aria-label': `${m.cellLabel(ref)}${head[j] ? ` (${head[j]})` : ''}`,
    },
    text,
  );
  // The full text on hover, for cells the column width cuts.
  if (text) td.title = text;
  if (text === '☑' || text === '☐') td.classList.add('checkbox');
  paint(td, tab.backgrounds[row - 1]?.[j]);
  return td;
}

/** The tab as a WAI-ARIA grid: cells carry their sheet row and column (row 2 = first data row), A1 name and full text. */
export function buildTable(tab: TabView): HTMLTableElement {
  const [head = [], ...rows] = tab.rows;
  const columns = Math.min(tab.maxColumns, Math.max(head.length, tab.rows.length === 0 ? BLANK_COLUMNS : 1));
  const table = el('table', { 'data-tab': tab.name, role: 'grid', 'aria-label': m.gridLabel(tab.name), 'aria-describedby': 'grid-hint' });
  table.append(el('caption', { class: 'visually-hidden' }, tab.name));
  const tbody = el('tbody');
  const shownRows = Math.max(rows.length, 0) + SPARE_ROWS;
  for (let i = 0; i < shownRows; i++) {
    const row = i + 2;
    // Rows under the data are marked: empty until someone types there.
    const tr = el('tr', i < rows.length ? {} : { 'data-spare': '' });
    tr.append(el('th', { class: 'rownum', scope: 'row' }, String(row)));
    for (let j = 0; j < columns; j++) tr.append(dataCell(tab, head, rows[i]?.[j] ?? '', row, j));
    tbody.append(tr);
  }
  table.append(headerRow(tab, head, columns), tbody);
  return table;
}
