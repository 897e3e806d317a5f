/**
 * The workbook's tabs as a keyboard-driven grid (WAI-ARIA grid pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/grid/): one cell in the tab order (roving tabindex), arrows
 * move, Home/End go to the row's ends, Enter or F2 edit, typing a character starts editing with it,
 * Space ticks a checkbox, Delete empties the cell; while editing Enter (or Tab) saves, Escape cancels.
 * A saved cell is typed into the simulated Sheet, which then runs onEdit. The bar above the grid shows
 * the focused cell in full (long `Contrôle` or `Motifs` texts are cut in the grid); hovering a cell
 * shows it in full too (title).
 */
import { playgroundMessages as m } from '../messages';
import type { TabView } from '../protocol';
import { columnLetters } from '../../../src/workbook/a1';
import { el } from './dom';

const COLOR = /^#[0-9a-fA-F]{3,8}$/;
/** Empty rows shown under the data, where a person may type a new row (the server accepts as many). */
const SPARE_ROWS = 5;
/** Columns shown on a tab with no header at all (a new blank sheet). */
const BLANK_COLUMNS = 8;

export interface Grid {
  render(tabs: TabView[]): void;
}

type Commit = (tab: string, row: number, column: number, value: string | boolean) => Promise<void>;

export function createGrid(area: HTMLElement, tabstrip: HTMLElement, commit: Commit): Grid {
  let activeTab = 'Candidatures';
  let tabs: TabView[] = [];
  /** The focused cell, sheet coordinates (row 2 = first data row). */
  let active = { row: 2, column: 1 };
  let editing: { input: HTMLInputElement; cell: HTMLElement; done: boolean } | null = null;

  const bar = el('div', { class: 'cell-bar' });
  const ref = el('span', { class: 'cell-ref', 'aria-hidden': 'true' });
  const content = el('output', { class: 'cell-content', 'aria-label': m.cellBar, 'aria-live': 'polite' });
  bar.append(ref, content);
  const hint = el('p', { class: 'grid-hint', id: 'grid-hint' }, m.editHint);
  const scroller = el('div', { class: 'grid', id: 'grid', role: 'tabpanel' }, m.loading);
  area.prepend(bar, hint, scroller);

  function cellAt(row: number, column: number): HTMLElement | null {
    return scroller.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`);
  }

  function showInBar(cell: HTMLElement | null): void {
    if (!cell) {
      ref.textContent = '';
      content.textContent = '';
      return;
    }
    ref.textContent = `${columnLetters(Number(cell.dataset.column))}${cell.dataset.row}`;
    content.textContent = cell.dataset.full ?? '';
  }

  function focusCell(row: number, column: number): void {
    const cell = cellAt(row, column);
    if (!cell) return;
    scroller.querySelector('[tabindex="0"]')?.setAttribute('tabindex', '-1');
    cell.setAttribute('tabindex', '0');
    active = { row, column };
    cell.focus();
    showInBar(cell);
  }

  function renderTabs(): void {
    tabstrip.replaceChildren(
      ...tabs.map((t) => {
        const b = el('button', { type: 'button', role: 'tab', 'aria-selected': String(t.name === activeTab), 'aria-controls': 'grid', tabindex: t.name === activeTab ? '0' : '-1' }, t.name);
        b.addEventListener('click', () => {
          if (activeTab !== t.name) active = { row: 2, column: 1 };
          activeTab = t.name;
          render(tabs);
        });
        return b;
      }),
    );
  }

  tabstrip.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const all = Array.from(tabstrip.querySelectorAll<HTMLElement>('[role="tab"]'));
    const i = all.indexOf(document.activeElement as HTMLElement);
    const target = all[(i + (event.key === 'ArrowRight' ? 1 : -1) + all.length) % all.length];
    target?.click();
    tabstrip.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  });

  function render(next: TabView[]): void {
    if (editing) return; // never redraw under someone typing; the next refresh shows it
    tabs = next;
    if (!tabs.some((t) => t.name === activeTab)) activeTab = tabs[0]?.name ?? '';
    const hadFocus = scroller.contains(document.activeElement);
    renderTabs();
    const tab = tabs.find((t) => t.name === activeTab);
    scroller.setAttribute('aria-label', tab?.name ?? '');
    if (!tab) {
      scroller.replaceChildren(el('p', { class: 'empty' }, m.emptyTab));
      return;
    }
    const [head = [], ...rows] = tab.rows;
    const columns = Math.min(tab.maxColumns, Math.max(head.length, tab.rows.length === 0 ? BLANK_COLUMNS : 1));
    const table = el('table', { 'data-tab': tab.name, role: 'grid', 'aria-label': m.gridLabel(tab.name), 'aria-describedby': 'grid-hint' });
    table.append(el('caption', { class: 'visually-hidden' }, tab.name));
    const thead = el('thead');
    const hr = el('tr');
    hr.append(el('th', { class: 'rownum', scope: 'col' }, ''));
    for (let j = 0; j < columns; j++) {
      const th = el('th', { scope: 'col', role: 'columnheader' }, head[j] ?? '');
      paint(th, tab.backgrounds[0]?.[j]);
      hr.append(th);
    }
    thead.append(hr);
    const tbody = el('tbody');
    const shownRows = Math.max(rows.length, 0) + SPARE_ROWS;
    for (let i = 0; i < shownRows; i++) {
      const row = i + 2;
      // Rows under the data are marked: empty until someone types there.
      const tr = el('tr', i < rows.length ? {} : { 'data-spare': '' });
      tr.append(el('th', { class: 'rownum', scope: 'row' }, String(row)));
      for (let j = 0; j < columns; j++) {
        const text = rows[i]?.[j] ?? '';
        const column = j + 1;
        const td = el('td', {
          role: 'gridcell', tabindex: '-1', 'data-row': String(row), 'data-column': String(column), 'data-full': text,
          'aria-label': `${m.cellLabel(`${columnLetters(column)}${row}`)}${head[j] ? ` (${head[j]})` : ''}`,
        }, text);
        // The full text on hover, for cells the column width cuts.
        if (text) td.title = text;
        if (text === '☑' || text === '☐') td.classList.add('checkbox');
        paint(td, tab.backgrounds[i + 1]?.[j]);
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(thead, tbody);
    scroller.replaceChildren(table);
    const start = cellAt(active.row, active.column) ?? cellAt(2, 1);
    if (start) {
      start.setAttribute('tabindex', '0');
      active = { row: Number(start.dataset.row), column: Number(start.dataset.column) };
      if (hadFocus) start.focus();
      showInBar(start);
    }
  }

  function startEditing(cell: HTMLElement, initial: string): void {
    const input = el('input', { type: 'text', class: 'cell-input', 'aria-label': cell.getAttribute('aria-label') ?? '' });
    input.value = initial;
    editing = { input, cell, done: false };
    cell.replaceChildren(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        void finishEditing(true, event.key === 'Enter' ? { row: 1, column: 0 } : { row: 0, column: event.shiftKey ? -1 : 1 });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        void finishEditing(false, { row: 0, column: 0 });
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => void finishEditing(true, null));
  }

  async function finishEditing(save: boolean, move: { row: number; column: number } | null): Promise<void> {
    const e = editing;
    if (!e || e.done) return;
    e.done = true;
    editing = null;
    const { cell, input } = e;
    const row = Number(cell.dataset.row);
    const column = Number(cell.dataset.column);
    const changed = input.value !== (cell.dataset.full ?? '');
    cell.replaceChildren(document.createTextNode(save ? input.value : cell.dataset.full ?? ''));
    if (move) focusCell(row + move.row, Math.max(1, column + move.column));
    if (save && changed) await commit(activeTab, row, column, input.value);
  }

  scroller.addEventListener('focusin', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (cell && !editing) {
      scroller.querySelector('[tabindex="0"]')?.setAttribute('tabindex', '-1');
      cell.setAttribute('tabindex', '0');
      active = { row: Number(cell.dataset.row), column: Number(cell.dataset.column) };
      showInBar(cell);
    }
  });
  scroller.addEventListener('click', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (cell && !editing) focusCell(Number(cell.dataset.row), Number(cell.dataset.column));
  });
  scroller.addEventListener('dblclick', (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (cell && !editing) startEditing(cell, cell.dataset.full ?? '');
  });
  scroller.addEventListener('keydown', (event) => {
    if (editing) return;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const column = Number(cell.dataset.column);
    const full = cell.dataset.full ?? '';
    const lastColumn = Number(cell.parentElement?.lastElementChild?.getAttribute('data-column') ?? column);
    const key = event.key;
    if (key === 'ArrowDown') focusCell(row + 1, column);
    else if (key === 'ArrowUp') focusCell(Math.max(2, row - 1), column);
    else if (key === 'ArrowRight') focusCell(row, column + 1);
    else if (key === 'ArrowLeft') focusCell(row, Math.max(1, column - 1));
    else if (key === 'Home') focusCell(event.ctrlKey ? 2 : row, 1);
    else if (key === 'End') focusCell(row, lastColumn);
    else if (key === 'Enter' || key === 'F2') startEditing(cell, full);
    else if (key === ' ' && (full === '☑' || full === '☐')) void commit(activeTab, row, column, full === '☐');
    else if (key === 'Delete' || key === 'Backspace') {
      if (full !== '') void commit(activeTab, row, column, '');
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) startEditing(cell, key);
    else return;
    event.preventDefault();
  });

  return { render };
}

function paint(cell: HTMLElement, color: string | undefined): void {
  if (color && COLOR.test(color)) cell.style.backgroundColor = color;
}
