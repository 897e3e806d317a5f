/** The simulated Sheet as the page draws it: tabs (cells as Sheets shows them), menus, Drive, the demo chosen. */
import type { MenuEntry, Simulator } from '../../sim';
import { formatDayFr, formatInstantFr } from '../../src/domain/dates';
import type { PlaygroundDemo } from './demos';
import { driveItems } from './drive-view';
import type { MenuItemView, StateView, TabView } from './protocol';

/** A cell as the grid shows it: dates JJ/MM/AAAA (with the time when there is one), booleans as checkboxes. */
export function displayCell(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const text = formatInstantFr(value);
    return text.endsWith(' 00:00') ? text.slice(0, -' 00:00'.length) : text;
  }
  if (typeof value === 'boolean') return value ? '☑' : '☐';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (value === null || value === undefined) return '';
  return String(value);
}

export function menuView(items: MenuEntry[]): MenuItemView[] {
  return items.map((i) => {
    if ('separator' in i) return { separator: true as const };
    if ('subMenu' in i) return { subMenu: i.subMenu, items: menuView(i.items) };
    return { caption: i.caption, functionName: i.functionName };
  });
}

export function menuFunctions(items: MenuEntry[], into = new Set<string>()): Set<string> {
  for (const i of items) {
    if ('functionName' in i) into.add(i.functionName);
    else if ('subMenu' in i) menuFunctions(i.items, into);
  }
  return into;
}

export function tabView(sim: Simulator, name: string): TabView {
  const values = sim.peek.values(name);
  const empty = values.length === 1 && values[0]!.every((v) => v === '');
  const rows = empty ? [] : values.map((r) => r.map(displayCell));
  const bg = sim.peek.backgrounds(name);
  const backgrounds = rows.map((r, i) =>
    r.map((_, j) => {
      const c = bg[i]?.[j] ?? '#ffffff';
      return c.toLowerCase() === '#ffffff' ? '' : c;
    }),
  );
  const sheet = sim.asColleague(() => sim.spreadsheet.getSheetByName(name)!);
  const [maxRows, maxColumns, frozenRows] = sim.asColleague(() => [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getFrozenRows()]);
  return { name, rows, backgrounds, maxRows, maxColumns, frozenRows };
}

/** Everything the page draws, and which workbook it is (the demo chosen, or a blank one). */
export function stateView(sim: Simulator, demos: readonly PlaygroundDemo[], workbook: StateView['workbook']): StateView {
  return {
    tabs: sim.peek.sheetNames().map((name) => tabView(sim, name)),
    menus: sim.ui.menus.map((menu) => ({ title: menu.title, items: menuView(menu.items) })),
    drive: driveItems(sim),
    workbook,
    demos: demos.map((d) => ({ id: d.id, label: d.label, today: formatDayFr(d.today) })),
  };
}
