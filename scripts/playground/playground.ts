/**
 * The simulated Sheet behind the playground: the demo cohort in the simulator, running the real
 * built bundle (dist/Code.js) as Apps Script would, driven by menu clicks and sidebar calls.
 */
import { createSimulator, type MenuEntry, type Simulator } from '../../sim';
import { htmlFiles, loadBundle, DIST_DIR, type GasGlobals } from '../gas/load-bundle';
import { DEMO_STAFF, generateDemoCohort } from '../../src/workbook/demo';
import { dayOfInstant, formatDayFr } from '../../src/domain/dates';
import type { Cell } from '../../src/workbook/cells';
import { SERVER_FUNCTION_NAMES } from '../../src/ui/contract';
import { playgroundMessages as m } from './messages';
import { isPublicServerFunctionName, type Effects, type MenuAnswer, type MenuItemView, type RpcAnswer, type StateView, type TabView } from './protocol';

export const PLAYGROUND_NOW = new Date('2026-01-15T10:00:00+01:00');

const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A cell as the grid shows it: dates JJ/MM/AAAA (with the time when there is one), booleans as checkboxes. */
export function displayCell(value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = formatDayFr(dayOfInstant(value));
    const time = timeFormat.format(value);
    return time === '00:00' ? day : `${day} ${time}`;
  }
  if (typeof value === 'boolean') return value ? '☑' : '☐';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (value === null || value === undefined) return '';
  return String(value);
}

function menuView(items: MenuEntry[]): MenuItemView[] {
  return items.map((i) => {
    if ('separator' in i) return { separator: true as const };
    if ('subMenu' in i) return { subMenu: i.subMenu, items: menuView(i.items) };
    return { caption: i.caption, functionName: i.functionName };
  });
}

function menuFunctions(items: MenuEntry[], into = new Set<string>()): Set<string> {
  for (const i of items) {
    if ('functionName' in i) into.add(i.functionName);
    else if ('subMenu' in i) menuFunctions(i.items, into);
  }
  return into;
}

/** Only the bundle's public top-level functions are reachable from a sidebar, as in Apps Script. */
function publicOnly(gas: GasGlobals, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, gas[name]]));
}

type Runner = Record<string, unknown> & {
  withSuccessHandler(fn: (v: unknown) => void): Runner;
  withFailureHandler(fn: (e: Error) => void): Runner;
};

export interface PlaygroundOptions {
  /** The functions a page may call: the sidebar contract's unless a test bundle brings its own. */
  sidebarFunctions?: readonly string[];
  size?: number;
  user?: string;
  now?: Date;
  dist?: string;
}

export class Playground {
  readonly sim: Simulator;
  readonly gas: GasGlobals;
  /** Top-level functions a page may call with google.script.run (public, not the simulator's own services). */
  readonly publicFunctions: string[];
  private readonly run: Runner;

  constructor(options: PlaygroundOptions = {}) {
    const dist = options.dist ?? DIST_DIR;
    this.sim = createSimulator({ userEmail: options.user ?? DEMO_STAFF[0], now: options.now ?? PLAYGROUND_NOW, htmlFiles: htmlFiles(dist) });
    this.sim.load(Object.fromEntries(generateDemoCohort({ size: options.size ?? 40 })));
    this.gas = loadBundle(this.sim, dist);
    const reserved = new Set(Object.keys(this.sim.globals));
    // Only the sidebar contract's functions (src/ui/contract.ts): a page has no business running
    // onEdit or the set-up, even though Apps Script would let any public function through.
    const contract = new Set<string>(options.sidebarFunctions ?? SERVER_FUNCTION_NAMES);
    this.publicFunctions = Object.keys(this.gas)
      .filter((k) => contract.has(k) && typeof this.gas[k] === 'function' && isPublicServerFunctionName(k) && !reserved.has(k))
      .sort();
    this.run = this.sim.scriptRun(publicOnly(this.gas, this.publicFunctions)) as Runner;
    this.sim.startExecution();
    this.gas.onOpen?.({ authMode: 'LIMITED', source: this.sim.spreadsheet, user: {} });
  }

  state(): StateView {
    return {
      tabs: this.sim.peek.sheetNames().map((name) => this.tab(name)),
      menus: this.sim.ui.menus.map((menu) => ({ title: menu.title, items: menuView(menu.items) })),
    };
  }

  private tab(name: string): TabView {
    const values = this.sim.peek.values(name);
    const empty = values.length === 1 && values[0]!.every((v) => v === '');
    const rows = empty ? [] : values.map((r) => r.map(displayCell));
    const bg = this.sim.peek.backgrounds(name);
    const backgrounds = rows.map((r, i) => r.map((_, j) => {
      const c = bg[i]?.[j] ?? '#ffffff';
      return c.toLowerCase() === '#ffffff' ? '' : c;
    }));
    return { name, rows, backgrounds };
  }

  /** The workbook as a download holds it (tab → values). */
  workbook(): Map<string, Cell[][]> {
    return new Map(this.sim.peek.sheetNames().map((n) => [n, this.sim.peek.values(n) as Cell[][]]));
  }

  /** What the bundle showed while `fn` ran. */
  private watch<T>(fn: () => T): { result: T; effects: () => Effects } {
    const ui = this.sim.ui;
    const before = { alerts: ui.alerts.length, toasts: ui.toasts.length, sidebars: ui.sidebars.length, dialogs: ui.dialogs.length };
    const result = fn();
    return {
      result,
      effects: () => ({
        alerts: ui.alerts.slice(before.alerts).map((a) => ({ ...a })),
        toasts: ui.toasts.slice(before.toasts).map((t) => ({ ...t })),
        panels: [
          ...ui.sidebars.slice(before.sidebars).map((s, i) => ({ id: before.sidebars + i, kind: 'sidebar' as const, title: s.title })),
          ...ui.dialogs.slice(before.dialogs).map((d, i) => ({ id: before.dialogs + i, kind: 'dialog' as const, title: d.title })),
        ],
      }),
    };
  }

  /** A menu click: only the functions the PACTE menu lists, each in a fresh execution. */
  menu(functionName: unknown): MenuAnswer | undefined {
    const allowed = new Set<string>();
    for (const menu of this.sim.ui.menus) menuFunctions(menu.items, allowed);
    if (typeof functionName !== 'string' || !allowed.has(functionName)) return undefined;
    const fn = this.gas[functionName];
    if (typeof fn !== 'function') return undefined;
    const watched = this.watch(() => {
      try {
        this.sim.startExecution();
        fn();
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    });
    const error = watched.result;
    const base = { state: this.state(), effects: watched.effects() };
    return error === null ? { ok: true, ...base } : { ok: false, message: error, ...base };
  }

  /** A google.script.run call from a page, through the simulator's faithful fake of it. */
  rpc(fn: unknown, args: unknown): Promise<RpcAnswer> | undefined {
    if (typeof fn !== 'string' || !this.publicFunctions.includes(fn) || !Array.isArray(args)) return undefined;
    return new Promise<RpcAnswer>((resolve) => {
      let effects: () => Effects = () => ({ alerts: [], toasts: [], panels: [] });
      const done = (answer: { ok: true; value?: unknown } | { ok: false; message: string }) => resolve({ ...answer, effects: effects() });
      try {
        const runner = this.run
          .withSuccessHandler((value) => done(value === undefined ? { ok: true } : { ok: true, value }))
          .withFailureHandler((error) => done({ ok: false, message: error.message }));
        const call = runner[fn];
        if (typeof call !== 'function') return done({ ok: false, message: m.unknownServerFunction(fn, this.publicFunctions) });
        // The call runs on the next microtask (as a new execution): watch from now on.
        effects = this.watch(() => undefined).effects;
        (call as (...a: unknown[]) => void)(...args);
      } catch (e) {
        done({ ok: false, message: e instanceof Error ? e.message : String(e) });
      }
    });
  }
}
