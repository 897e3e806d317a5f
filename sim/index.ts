import type { AuthMode } from './auth';
import { createCacheService } from './cache';
import { Clock, makeClockDate } from './clock';
import type { ButtonName, LogEntry, SimContext, SpreadsheetApi, UiState, UnansweredQuestion } from './context';
import { createHtmlService } from './html';
import { createLockService, newSlot, type LockSlots } from './lock';
import { createConsole, createLogger } from './logger';
import { createPropertiesService } from './properties';
import { Runtime, type ExecutionKind } from './runtime';
import { PendingWrites } from './spreadsheet/pending';
import { createSheetAccess, type Peek } from './peek';
import type { ExecutionKilled } from './kill';
import { createEditEvent, type EditEvent } from './events';
import { createScriptRun } from './script-run';
import { createSession } from './session';
import { createSpreadsheetApp } from './spreadsheet/app';
import { SpreadsheetModel, type ProtectionData, type SheetModel } from './spreadsheet/model';
import { Protection } from './spreadsheet/protection';
import { Range } from './spreadsheet/range';
import { Sheet } from './spreadsheet/sheet';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { createUtilities } from './utilities';
import { createMailApp, MailStore, type SentMail } from './mail';
import { createScriptApp, nextFiring, timeDrivenEvent, TriggerStore, type TriggerData } from './triggers';
import { createDriveServices, DriveStore } from './drive';
import { driveForTests, type DriveForTests } from './drive-people';

export type { AuthMode } from './auth';
export type { ButtonName, LogEntry, MenuEntry, UnansweredQuestion } from './context';
export { registerAuthRule } from './auth';
export { MAX_EXECUTION_MS, SIMPLE_TRIGGER_MAX_MS, type ExecutionKind } from './runtime';
export { ExecutionKilled, isExecutionKilled, TIME_LIMIT_MESSAGE } from './kill';
export { CELL_TOO_LONG, MAX_CELL_CHARS } from './spreadsheet/cell-value';
export type { EditEvent } from './events';
export { CONSUMER_RECIPIENTS_PER_DAY, WORKSPACE_RECIPIENTS_PER_DAY, type SentAttachment, type SentMail } from './mail';
export { MAX_TRIGGERS_PER_USER, type TriggerData } from './triggers';
export { driveRateLimitError, docsRateLimitError } from './api-errors';
export { DOCS_CREATED_PER_DAY, DOCS_WRITES_PER_MINUTE, DOC_MIME, FOLDER_MIME, PDF_MIME, type DriveFile } from './drive';
export type { Block, DocModel, Element as DocElement, NamedStyle, Paragraph as DocParagraph, TextStyle } from './docs-model';
export type { DocEditor } from './docs-edit';
export type { DriveForTests } from './drive-people';

export interface SimulatorOptions {
  now?: Date; // initial clock, default 2026-01-15T09:00:00+01:00
  userEmail?: string; // Session.getActiveUser().getEmail(); '' = Google does not reveal it
  timeZone?: string; // spreadsheet + script time zone, default 'Europe/Paris'
  callLatencyMs?: number; // simulated cost added to the clock per counted call, default 0
  spreadsheetName?: string;
  htmlFiles?: Record<string, string>; // project HTML files (name without .html)
}

export interface Simulator {
  globals: Record<string, unknown>;
  clock: { now(): Date; set(d: Date): void; advance(ms: number): void };
  /**
   * The script's calls (not a colleague's, nor a nested execution's), counted once each. `sequence()` is
   * their order since the last reset: the call at index i is the nth of its method where n counts that
   * method in sequence()[0..i], which is what failAt, killAt and interleave take.
   */
  calls: { total(): number; byMethod(): Record<string, number>; sequence(): string[]; reset(): void };
  /**
   * The script's nth call of `method` (counted from now) fails with `error`: before the call (nothing
   * happens) or, with `after: true`, after its effect (the mail is sent, the file made, the write
   * queued): the answer is lost, the effect stays.
   */
  failAt(method: string, nth: number, error?: Error, options?: { after?: boolean }): void;
  /**
   * The current execution ends just before the script's nth call of `method` (counted from now), as
   * Google ends one at its time limit: the call is not made, pending spreadsheet writes are lost, locks
   * released; ExecutionKilled is thrown there and at every later call of that execution.
   */
  killAt(method: string, nth: number): void;
  /** The kill that ended the current execution (killAt, time limit), if any. */
  killed(): ExecutionKilled | undefined;
  /**
   * A competing writer: runs `edit` just before the script's nth call of `method` ('Range.setValues'),
   * as a colleague would type or sort at that moment. Its calls are not the script's (not counted).
   */
  interleave(method: string, nth: number, edit: () => void): void;
  /** Runs `edit` as a colleague working in the sheet now: uncounted, never failed by failAt. */
  asColleague<T>(edit: () => T): T;
  /**
   * The onEdit event object Google passes for an edit of `range` (done before):
   * https://developers.google.com/apps-script/guides/triggers/events#edit
   */
  editEvent(range: GoogleAppsScript.Spreadsheet.Range, options?: { oldValue?: unknown }): EditEvent;
  /** What the UI showed (the recorded state itself), and the answers a test scripts in advance. */
  ui: Omit<UiState, 'alertQueue' | 'promptQueue' | 'onUnanswered'> & {
    queueAlertResponse(button: ButtonName): void;
    queuePromptResponse(r: { button: ButtonName; text: string }): void;
    /** Clears the scripted answers not used (the playground, between runs). */
    clearQueuedResponses(): void;
    /** See UiState.onUnanswered; undefined removes it. */
    setUnansweredHandler(handler: ((question: UnansweredQuestion) => void) | undefined): void;
  };
  logs: LogEntry[];
  /**
   * Another execution holds the lock until an absolute time (or forever); `meanwhile` is what it does
   * while holding it, run when the script starts waiting (another check, a colleague's sort…).
   */
  locks: {
    holdDocumentLock(byOtherUntilMs?: number, meanwhile?: () => void): void;
    holdScriptLock(byOtherUntilMs?: number, meanwhile?: () => void): void;
  };
  setAuthMode(mode: AuthMode): void;
  setUserEmail(email: string): void;
  /** false simulates a run without a user interface (time-driven trigger): SpreadsheetApp.getUi() throws. */
  setUiAvailable(available: boolean): void;
  /** false simulates a standalone script: LockService.getDocumentLock() returns null. */
  setContainerBound(bound: boolean): void;
  /**
   * A new execution (the previous one ends normally: its pending writes land, its locks are released);
   * 'simpleTrigger' (onEdit, onOpen) is killed after 30 s instead of 6 min.
   */
  startExecution(kind?: ExecutionKind): void;
  /**
   * The current execution ends normally (pending writes land, locks released, unless it was killed).
   * Calls made afterwards belong to an untimed execution of their own, until the next startExecution.
   */
  endExecution(): void;
  /**
   * `fn` as one whole execution (startExecution, fn, endExecution): when it was killed, throws the
   * ExecutionKilled even if the product caught it; otherwise returns or throws what `fn` did.
   */
  runExecution<T>(fn: () => T, kind?: ExecutionKind): T;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Number of spreadsheet writes still waiting to land, all executions together. */
  pendingWrites(): number;
  /**
   * The sheet as it will be: every execution's pending writes land first (called from inside a
   * colleague's edit or another execution, the sheet as it is now). Uncounted.
   */
  peek: Peek;
  /** Fills tabs as a fixture (see sim/peek.ts). */
  load(tabs: Record<string, unknown[][]>): void;
  /** The simulated Drive: what the script made, files staff made by hand (invisible under drive.file), what people do there. */
  drive: DriveForTests;
  scriptRun(serverGlobals: Record<string, unknown>): unknown;
  /** MailApp's outbox and quota. */
  mail: {
    sent(): SentMail[];
    /** 100 (consumer, default) or 1,500 (Workspace) recipients a day. */
    setRecipientsPerDay(n: number): void;
    /** Recipients already counted in the current 24-hour window (as if sent earlier today). */
    setUsed(n: number): void;
  };
  /** Installable time-driven triggers, every user's. */
  triggers: {
    list(): TriggerData[];
    /**
     * Advances the clock to `until`, firing each time-driven trigger due on the way, in time order:
     * a new execution run as its owner (installable triggers run as the person who made them), in
     * AuthMode.FULL, without a user interface, given the documented event object.
     */
    runUntil(until: Date, invoke: (functionName: string, event: ReturnType<typeof timeDrivenEvent>) => void): number;
  };
}

const DEFAULT_NOW = new Date('2026-01-15T09:00:00+01:00');
const DEFAULT_SHEET = 'Feuille 1';

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = new Clock(options.now ?? DEFAULT_NOW);
  const runtime = new Runtime(clock, options.callLatencyMs ?? 0);
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const uiState: UiState = { alerts: [], prompts: [], toasts: [], menus: [], sidebars: [], dialogs: [], alertQueue: [], promptQueue: [] };
  const model = new SpreadsheetModel(
    options.spreadsheetName ?? 'Classeur sans titre',
    '1SiMuLaTeDsPrEaDsHeEt0123456789abcdefGhIj',
    timeZone,
    'fr_FR',
  );
  model.active = model.addSheet(DEFAULT_SHEET);
  model.pristineDefault = model.active;

  const sheetProxies = new WeakMap<SheetModel, GoogleAppsScript.Spreadsheet.Sheet>();
  const protectionProxies = new WeakMap<ProtectionData, GoogleAppsScript.Spreadsheet.Protection>();
  let spreadsheetProxy: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const api: SpreadsheetApi = {
    spreadsheet: () =>
      (spreadsheetProxy ??= runtime.instrument(new Spreadsheet(ctx), 'Spreadsheet') as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    sheet: (m) => {
      let s = sheetProxies.get(m);
      if (!s) sheetProxies.set(m, (s = runtime.instrument(new Sheet(ctx, m), 'Sheet') as unknown as GoogleAppsScript.Spreadsheet.Sheet));
      return s;
    },
    range: (m, row, col, numRows, numCols) =>
      runtime.instrument(new Range(ctx, m, row, col, numRows, numCols), 'Range') as unknown as GoogleAppsScript.Spreadsheet.Range,
    protection: (d) => {
      let p = protectionProxies.get(d);
      if (!p)
        protectionProxies.set(
          d,
          (p = runtime.instrument(new Protection(d, ctx), 'Protection') as unknown as GoogleAppsScript.Spreadsheet.Protection),
        );
      return p;
    },
  };
  const pending = new PendingWrites(
    runtime,
    () => model.sheets,
    (message) => ctx.logs.push({ level: 'error', message, at: clock.now() }),
  );
  const ctx: SimContext = {
    runtime,
    clock,
    ui: uiState,
    logs: [],
    timeZone,
    userEmail: options.userEmail ?? 'coordination@example.org',
    uiAvailable: true,
    containerBound: true,
    htmlFiles: options.htmlFiles ?? {},
    model,
    api,
    pending,
  };
  const lockSlots: LockSlots = { document: newSlot(), script: newSlot(), users: new Map() };

  const driveStore = new DriveStore();
  const mailStore = new MailStore();
  const triggerStore = new TriggerStore();
  const globals: Record<string, unknown> = {
    ...createDriveServices(ctx, driveStore),
    MailApp: createMailApp(ctx, mailStore),
    // One ScriptApp: its triggers here, its OAuth token from the Drive services' store.
    ScriptApp: createScriptApp(ctx, triggerStore, { getOAuthToken: () => driveStore.token }),
    SpreadsheetApp: createSpreadsheetApp(ctx),
    PropertiesService: createPropertiesService(ctx),
    LockService: createLockService(ctx, lockSlots),
    CacheService: createCacheService(ctx),
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    HtmlService: createHtmlService(ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
    Date: makeClockDate(clock),
  };
  const reserved = new Set(Object.keys(globals));

  const sheets = createSheetAccess(
    model,
    timeZone,
    () => {
      if (!runtime.othersAreActing) pending.applyAll();
    },
    DEFAULT_SHEET,
  );

  const sim: Simulator = {
    globals,
    clock: { now: () => clock.now(), set: (d) => clock.set(d), advance: (ms) => clock.advance(ms) },
    calls: {
      total: () => [...runtime.counts.values()].reduce((a, b) => a + b, 0),
      byMethod: () => Object.fromEntries([...runtime.counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
      sequence: () => [...runtime.sequence],
      reset: () => {
        runtime.counts.clear();
        runtime.sequence.length = 0;
      },
    },
    failAt: (method, nth, error, options) => runtime.failAt(method, nth, error, options),
    killAt: (method, nth) => runtime.killAt(method, nth),
    killed: () => runtime.killedBy(),
    interleave: (method, nth, edit) => runtime.interleave(method, nth, edit),
    asColleague: (edit) => runtime.asOther(edit),
    editEvent: (range, options = {}) => createEditEvent(ctx, range, options),
    ui: {
      alerts: uiState.alerts,
      prompts: uiState.prompts,
      toasts: uiState.toasts,
      menus: uiState.menus,
      sidebars: uiState.sidebars,
      dialogs: uiState.dialogs,
      queueAlertResponse: (b) => void uiState.alertQueue.push(b),
      queuePromptResponse: (r) => void uiState.promptQueue.push(r),
      clearQueuedResponses: () => {
        uiState.alertQueue.length = 0;
        uiState.promptQueue.length = 0;
      },
      setUnansweredHandler: (handler) => {
        uiState.onUnanswered = handler;
      },
    },
    logs: ctx.logs,
    locks: {
      holdDocumentLock: (until, meanwhile) => void (lockSlots.document.other = { untilMs: until, meanwhile }),
      holdScriptLock: (until, meanwhile) => void (lockSlots.script.other = { untilMs: until, meanwhile }),
    },
    setAuthMode: (mode) => {
      runtime.authMode = mode;
    },
    setUserEmail: (email) => {
      ctx.userEmail = email;
    },
    setUiAvailable: (available) => {
      ctx.uiAvailable = available;
    },
    setContainerBound: (bound) => {
      ctx.containerBound = bound;
    },
    startExecution: (kind) => runtime.startExecution(kind),
    endExecution: () => runtime.endExecution(),
    runExecution: (fn, kind) => runtime.runExecution(fn, kind),
    pendingWrites: () => pending.count(),
    get spreadsheet() {
      return api.spreadsheet();
    },
    peek: sheets.peek,
    load: sheets.load,
    drive: driveForTests(driveStore, clock),
    scriptRun: (serverGlobals) => createScriptRun(ctx, serverGlobals, { runExecution: (fn) => runtime.runExecution(fn), reserved }),
    mail: {
      sent: () => mailStore.sent.map((m) => structuredClone(m)),
      setRecipientsPerDay: (n) => {
        mailStore.recipientsPerDay = n;
      },
      setUsed: (n) => {
        mailStore.used = n;
        mailStore.windowStartMs ??= clock.nowMs();
      },
    },
    triggers: {
      list: () => triggerStore.triggers.map((t) => ({ ...t })),
      runUntil(until, invoke) {
        let fired = 0;
        for (;;) {
          const next = [...triggerStore.triggers].sort((a, b) => a.nextMs - b.nextMs)[0];
          if (!next || next.nextMs > until.getTime()) break;
          clock.set(new Date(next.nextMs));
          // The same hour on Paris clocks, daylight saving included.
          next.nextMs = nextFiring(next.nextMs + (next.everyDays - 1) * 24 * 3_600_000, next.atHour, next.timeZone);
          const saved = { user: ctx.userEmail, ui: ctx.uiAvailable, auth: runtime.authMode };
          ctx.userEmail = next.owner;
          ctx.uiAvailable = false;
          runtime.authMode = 'FULL';
          runtime.startExecution();
          try {
            runtime.finishExecution(() => invoke(next.functionName, timeDrivenEvent(next, clock.now())));
          } finally {
            ctx.userEmail = saved.user;
            ctx.uiAvailable = saved.ui;
            runtime.authMode = saved.auth;
          }
          fired++;
        }
        if (clock.nowMs() < until.getTime()) clock.set(until);
        return fired;
      },
    },
  };
  return sim;
}
