/**
 * The workbook's tabs as a keyboard-driven grid (WAI-ARIA grid pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/grid/): one cell in the tab order (roving tabindex), arrows
 * move, Home/End go to the row's first cell and the data's last column, Enter or F2 edit, typing a character starts editing with it,
 * Space ticks a checkbox, Delete empties the cell; while editing Enter (or Tab) saves, Escape cancels.
 * A saved cell is typed into the simulated Sheet, which then runs onEdit. The bar above the grid shows
 * the focused cell in full (long `Contrôle` or `Motifs` texts are cut in the grid); hovering a cell
 * shows it in full too (title). The table itself: grid-table.ts.
 */
import { playgroundMessages as m } from '../messages';
import type { TabView } from '../protocol';
import { el } from './dom';
import { buildTable } from './grid-table';

export interface Grid {
  /** `readOnly`: a simulated region's workbook (the « National » view): cells focus and show, never change. */
  render(tabs: TabView[], readOnly?: boolean): void;
}

type Commit = (tab: string, row: number, column: number, value: string | boolean) => Promise<void>;
type Move = { row: number; column: number };

const cellOf = (event: Event) => (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
const position = (cell: HTMLElement) => ({ row: Number(cell.dataset.row), column: Number(cell.dataset.column) });

class SheetGrid implements Grid {
  private activeTab = 'Candidatures';
  private tabs: TabView[] = [];
  /** The focused cell, in sheet coordinates (row 1: the header row of a set-up tab). */
  private active: Move = { row: 2, column: 1 };
  private readOnly = false;
  private editing: { input: HTMLInputElement; cell: HTMLElement; done: boolean } | null = null;
  private readonly ref = el('span', { class: 'cell-ref', 'aria-hidden': 'true' });
  private readonly content = el('output', { class: 'cell-content', 'aria-label': m.cellBar, 'aria-live': 'polite' });
  private readonly scroller = el('div', { class: 'grid', id: 'grid', role: 'tabpanel' }, m.loading);
  private readonly hint = el('p', { class: 'grid-hint', id: 'grid-hint' }, m.editHint);

  constructor(
    area: HTMLElement,
    private readonly tabstrip: HTMLElement,
    private readonly commit: Commit,
  ) {
    const bar = el('div', { class: 'cell-bar' });
    bar.append(this.ref, this.content);
    area.prepend(bar, this.hint, this.scroller);
    tabstrip.addEventListener('keydown', (event) => this.onTabKey(event));
    this.scroller.addEventListener('focusin', (event) => {
      const cell = cellOf(event);
      if (cell && !this.editing) this.makeActive(cell);
    });
    this.scroller.addEventListener('click', (event) => {
      const cell = cellOf(event);
      if (cell && !this.editing) this.focusCell(position(cell).row, position(cell).column);
    });
    this.scroller.addEventListener('dblclick', (event) => {
      const cell = cellOf(event);
      if (cell && !this.editing) this.startEditing(cell, cell.dataset.full ?? '');
    });
    this.scroller.addEventListener('keydown', (event) => this.onCellKey(event));
  }

  private cellAt(row: number, column: number): HTMLElement | null {
    return this.scroller.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`);
  }

  private showInBar(cell: HTMLElement | null): void {
    this.ref.textContent = cell?.dataset.ref ?? '';
    this.content.textContent = cell ? (cell.dataset.full ?? '') : '';
  }

  /** The one cell in the tab order, shown in the bar. */
  private makeActive(cell: HTMLElement): void {
    this.scroller.querySelector('[tabindex="0"]')?.setAttribute('tabindex', '-1');
    cell.setAttribute('tabindex', '0');
    this.active = position(cell);
    this.showInBar(cell);
  }

  private focusCell(row: number, column: number): void {
    const cell = this.cellAt(row, column);
    if (!cell) return;
    this.makeActive(cell);
    cell.focus();
  }

  private renderTabs(): void {
    this.tabstrip.replaceChildren(
      ...this.tabs.map((t) => {
        const selected = t.name === this.activeTab;
        const b = el(
          'button',
          { type: 'button', role: 'tab', 'aria-selected': String(selected), 'aria-controls': 'grid', tabindex: selected ? '0' : '-1' },
          t.name,
        );
        b.addEventListener('click', () => {
          // A tab opens on its first data row, under a frozen header; a blank one on A1.
          if (this.activeTab !== t.name) this.active = { row: t.frozenRows + 1, column: 1 };
          this.activeTab = t.name;
          this.render(this.tabs, this.readOnly);
        });
        return b;
      }),
    );
  }

  private onTabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const all = Array.from(this.tabstrip.querySelectorAll<HTMLElement>('[role="tab"]'));
    const i = all.indexOf(document.activeElement as HTMLElement);
    all[(i + (event.key === 'ArrowRight' ? 1 : -1) + all.length) % all.length]?.click();
    this.tabstrip.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }

  render(next: TabView[], readOnly = false): void {
    if (this.editing) return; // never redraw under someone typing; the next refresh shows it
    this.tabs = next;
    this.readOnly = readOnly;
    this.hint.textContent = readOnly ? m.readOnlyHint : m.editHint;
    if (!next.some((t) => t.name === this.activeTab)) {
      this.activeTab = next[0]?.name ?? '';
      this.active = { row: (next[0]?.frozenRows ?? 0) + 1, column: 1 };
    }
    const hadFocus = this.scroller.contains(document.activeElement);
    this.renderTabs();
    const tab = next.find((t) => t.name === this.activeTab);
    this.scroller.setAttribute('aria-label', tab?.name ?? '');
    if (!tab) {
      this.scroller.replaceChildren(el('p', { class: 'empty' }, m.emptyTab));
      return;
    }
    const table = buildTable(tab);
    if (readOnly) table.setAttribute('aria-readonly', 'true');
    this.scroller.replaceChildren(table);
    const start = this.cellAt(this.active.row, this.active.column) ?? this.cellAt(tab.frozenRows + 1, 1);
    if (start) {
      start.setAttribute('tabindex', '0');
      this.active = position(start);
      if (hadFocus) start.focus();
      this.showInBar(start);
    }
  }

  private startEditing(cell: HTMLElement, initial: string): void {
    if (this.readOnly) return;
    const input = el('input', { type: 'text', class: 'cell-input', 'aria-label': cell.getAttribute('aria-label') ?? '' });
    input.value = initial;
    this.editing = { input, cell, done: false };
    cell.replaceChildren(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        void this.finishEditing(true, event.key === 'Enter' ? { row: 1, column: 0 } : { row: 0, column: event.shiftKey ? -1 : 1 });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        void this.finishEditing(false, { row: 0, column: 0 });
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => void this.finishEditing(true, null));
  }

  private async finishEditing(save: boolean, move: Move | null): Promise<void> {
    const e = this.editing;
    if (!e || e.done) return;
    e.done = true;
    this.editing = null;
    const { cell, input } = e;
    const { row, column } = position(cell);
    const changed = input.value !== (cell.dataset.full ?? '');
    cell.replaceChildren(document.createTextNode(save ? input.value : (cell.dataset.full ?? '')));
    if (move) this.focusCell(row + move.row, Math.max(1, column + move.column));
    if (save && changed) await this.commit(this.activeTab, row, column, input.value);
  }

  private onCellKey(event: KeyboardEvent): void {
    if (this.editing) return;
    const cell = cellOf(event);
    // Read-only: the keys that would change a cell do nothing (moving stays).
    if (this.readOnly && (event.key === ' ' || event.key === 'Delete' || event.key === 'Backspace')) return;
    if (!cell) return;
    const { row, column } = position(cell);
    const full = cell.dataset.full ?? '';
    // End: the last column of the data (Sheets' Ctrl+→ across a full table), else the grid's last.
    const used = Math.max(0, ...(this.tabs.find((t) => t.name === this.activeTab)?.rows.map((r) => r.length) ?? []));
    const lastColumn = used || Number(cell.parentElement?.lastElementChild?.getAttribute('data-column') ?? column);
    const key = event.key;
    if (key === 'ArrowDown') this.focusCell(row + 1, column);
    else if (key === 'ArrowUp') this.focusCell(Math.max(1, row - 1), column);
    else if (key === 'ArrowRight') this.focusCell(row, column + 1);
    else if (key === 'ArrowLeft') this.focusCell(row, Math.max(1, column - 1));
    else if (key === 'Home') this.focusCell(event.ctrlKey ? 1 : row, 1);
    else if (key === 'End') this.focusCell(row, lastColumn);
    else if (key === 'Enter' || key === 'F2') this.startEditing(cell, full);
    else if (key === ' ' && (full === '☑' || full === '☐')) void this.commit(this.activeTab, row, column, full === '☐');
    else if (key === 'Delete' || key === 'Backspace') {
      if (full !== '') void this.commit(this.activeTab, row, column, '');
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.startEditing(cell, key);
    else return;
    event.preventDefault();
  }
}

export function createGrid(area: HTMLElement, tabstrip: HTMLElement, commit: Commit): Grid {
  const grid = new SheetGrid(area, tabstrip, commit);
  return { render: (tabs, readOnly) => grid.render(tabs, readOnly) };
}
