/**
 * The simulated Sheet behind the playground: the demo cohort in the simulator, running the real
 * built bundle (dist/Code.js) as Apps Script would, driven by menu clicks and sidebar calls.
 */
import { createSimulator, type Simulator, type UnansweredQuestion } from '../../sim';
import { htmlFiles, loadBundle, DIST_DIR, type GasGlobals } from '../gas/load-bundle';
import { DEMO_STAFF } from '../../src/workbook/demo';
import type { Cell } from '../../src/workbook/cells';
import { SERVER_FUNCTION_NAMES } from '../../src/ui/contract';
import { DEMOS, demoById, demoClock, type PlaygroundDemo } from './demos';
import { playgroundMessages as m } from './messages';
import {
  isPublicServerFunctionName,
  type Answer,
  type EditAnswer,
  type Effects,
  type MenuAnswer,
  type QuestionView,
  type RpcAnswer,
  type StateView,
} from './protocol';
import { menuFunctions, stateView } from './state-view';

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
  /** The simulated clock at start; by default the demo's day at 10:00 (demos.ts). */
  now?: Date;
  dist?: string;
  /** The demos offered: demos.ts' DEMOS unless a test brings its own. */
  demos?: readonly PlaygroundDemo[];
  /** The demo cohort loaded (an id of `demos`); by default the first. */
  demo?: string;
  /** A new blank spreadsheet (one empty sheet) instead of the demo cohort: to try *Initialiser la cohorte…*. */
  blank?: boolean;
  /** The rehearsal folder the « National » view reads (national.ts simulationFolder: by default as the CLI's). */
  simulationDir?: string;
}

/** Thrown from the simulator's Ui when a question has no answer yet: stops the run (see Playground.menu). */
class PendingQuestion extends Error {
  constructor(readonly question: QuestionView) {
    super('PACTE playground: question pending');
  }
}

/** Rows a person may add below the data by typing there (Sheets shows spare rows too). */
export const SPARE_ROWS = 5;

export class Playground {
  readonly sim: Simulator;
  readonly demos: readonly PlaygroundDemo[];
  /** The demo chosen: loaded, or kept for the next reload when the workbook is blank. */
  readonly demo: PlaygroundDemo;
  readonly blank: boolean;
  readonly gas: GasGlobals;
  /** Top-level functions a page may call with google.script.run (public, not the simulator's own services). */
  readonly publicFunctions: string[];
  private readonly run: Runner;

  constructor(options: PlaygroundOptions = {}) {
    const dist = options.dist ?? DIST_DIR;
    this.demos = options.demos ?? DEMOS;
    const demo = options.demo === undefined ? this.demos[0] : demoById(options.demo, this.demos);
    if (!demo) throw new Error(m.unknownDemo(options.demo ?? ''));
    this.demo = demo;
    this.blank = options.blank === true;
    this.sim = createSimulator({
      userEmail: options.user ?? DEMO_STAFF[0],
      now: options.now ?? demoClock(demo),
      htmlFiles: htmlFiles(dist),
    });
    if (!this.blank) this.loadDemo(options.size ?? 40);
    this.gas = loadBundle(this.sim, dist);
    const reserved = new Set(Object.keys(this.sim.globals));
    // Only the sidebar contract's functions (src/ui/contract/): a page has no business running
    // onEdit or the set-up, even though Apps Script would let any public function through.
    const contract = new Set<string>(options.sidebarFunctions ?? SERVER_FUNCTION_NAMES);
    this.publicFunctions = Object.keys(this.gas)
      .filter((k) => contract.has(k) && typeof this.gas[k] === 'function' && isPublicServerFunctionName(k) && !reserved.has(k))
      .sort();
    this.run = this.sim.scriptRun(publicOnly(this.gas, this.publicFunctions)) as Runner;
    this.sim.startExecution();
    this.gas.onOpen?.({ authMode: 'LIMITED', source: this.sim.spreadsheet, user: {} });
  }

  /** The demo's workbook, its header rows frozen as *Initialiser la cohorte…* leaves them. */
  private loadDemo(size: number): void {
    const workbook = this.demo.build({ size, today: this.demo.today });
    this.sim.load(Object.fromEntries(workbook));
    this.sim.asColleague(() => {
      for (const name of workbook.keys()) this.sim.spreadsheet.getSheetByName(name)?.setFrozenRows(1);
    });
  }

  state(): StateView {
    return stateView(this.sim, this.demos, { demo: this.demo.id, blank: this.blank });
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

  /**
   * A menu click: only the functions the PACTE menu lists, each in a fresh execution.
   *
   * Apps Script waits for the person at a question (Ui.alert with buttons, Ui.prompt); a web page
   * cannot make this synchronous run wait, so the run is replayed instead: `answers` are the answers
   * given so far, in order; at the first question beyond them the run stops and the answer carries
   * the question. The page asks the person, then posts the same item with one more answer. Only a
   * question asked before the script changed any cell is replayed this way (the set-up asks first);
   * one asked after a change gets « Fermer » (Button.CLOSE), as before, so nothing is done twice.
   */
  menu(functionName: unknown, answers: readonly Answer[] = []): MenuAnswer | undefined {
    const allowed = new Set<string>();
    for (const menu of this.sim.ui.menus) menuFunctions(menu.items, allowed);
    if (typeof functionName !== 'string' || !allowed.has(functionName)) return undefined;
    const fn = this.gas[functionName];
    if (typeof fn !== 'function') return undefined;
    const ui = this.sim.ui;
    ui.clearQueuedResponses();
    for (const a of answers) {
      if (a.kind === 'alert') ui.queueAlertResponse(a.button);
      else ui.queuePromptResponse({ button: a.button, text: a.text ?? '' });
    }
    const before = this.snapshot();
    let pending: QuestionView | undefined;
    ui.setUnansweredHandler((q: UnansweredQuestion) => {
      // An alert whose only button is OK asks nothing: it is shown with the run's effects.
      if (q.kind === 'alert' && q.buttons === 'OK') return;
      if (this.snapshot() !== before) return; // already changed the workbook: answer CLOSE, never replay
      pending = { kind: q.kind, message: q.message, buttons: q.buttons, ...(q.title === undefined ? {} : { title: q.title }) };
      throw new PendingQuestion(pending);
    });
    const watched = this.watch(() => {
      try {
        this.sim.startExecution();
        fn();
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      } finally {
        ui.setUnansweredHandler(undefined);
        ui.clearQueuedResponses();
      }
    });
    if (pending) {
      // What the stopped run showed (the bundle turns the stop into an « unexpected error » alert) is dropped.
      return { ok: true, state: this.state(), effects: { alerts: [], toasts: [], panels: [] }, question: pending };
    }
    const error = watched.result;
    const effects = watched.effects();
    // The questions answered on the page are not shown again: drop the alerts that took those answers.
    let answered = answers.filter((a) => a.kind === 'alert').length;
    effects.alerts = effects.alerts.filter((a) => {
      if (answered === 0 || !a.buttons || a.buttons === 'OK') return true;
      answered--;
      return false;
    });
    const base = { state: this.state(), effects };
    return error === null ? { ok: true, ...base } : { ok: false, message: error, ...base };
  }

  /** Every tab's values, to tell whether a run changed the workbook (formats and properties aside). */
  private snapshot(): string {
    return JSON.stringify(this.sim.peek.sheetNames().map((n) => [n, this.sim.peek.values(n)]));
  }

  /**
   * A person types `value` into one cell (a string is read as Sheets reads typed text; a boolean is a
   * ticked or unticked checkbox), then Google runs onEdit as a simple trigger with its event object.
   * A row below the grid's last one grows the grid first, as Sheets does when one scrolls down.
   */
  edit(tab: string, row: number, column: number, value: string | boolean): EditAnswer {
    const sim = this.sim;
    const sheet = sim.asColleague(() => sim.spreadsheet.getSheetByName(tab));
    const fail = (message: string): EditAnswer => ({
      ok: false,
      message,
      state: this.state(),
      effects: { alerts: [], toasts: [], panels: [] },
    });
    if (!sheet) return fail(m.unknownTab(tab));
    const [maxRows, maxColumns, lastRow] = sim.asColleague(() => [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]);
    if (column > maxColumns || row > Math.max(maxRows, lastRow + SPARE_ROWS)) return fail(m.outsideGrid);
    const watched = this.watch(() => {
      try {
        if (row > maxRows) sim.asColleague(() => sheet.insertRowsAfter(maxRows, row - maxRows));
        const range = sim.asColleague(() => sheet.getRange(row, column));
        const oldValue = sim.asColleague(() => range.getValue());
        sim.asColleague(() => range.setValue(value));
        sim.startExecution('simpleTrigger');
        sim.setAuthMode('LIMITED');
        try {
          const onEdit = this.gas.onEdit;
          if (typeof onEdit === 'function') onEdit(sim.editEvent(range, oldValue === '' ? {} : { oldValue }));
        } finally {
          sim.setAuthMode('FULL');
        }
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
