import { authError, type AuthMode } from './auth';
import type { Clock } from './clock';
import { gasError } from './errors';
import { Faults } from './faults';
import { ExecutionKilled } from './kill';

/** Maximum execution time of one script execution: https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;
/** Simple triggers (onOpen, onEdit…) cannot run longer than 30 seconds: https://developers.google.com/apps-script/guides/triggers#restrictions */
export const SIMPLE_TRIGGER_MAX_MS = 30 * 1000;

export type ExecutionKind = 'script' | 'simpleTrigger';

/** Told when an execution ends: normally (its pending writes land) or killed (they are lost). */
export type ExecutionEndHook = (executionId: number, killed: boolean) => void;

const RAW = Symbol('sim.raw');

/**
 * Shared state of one simulator: clock, call counters, fault injection, auth mode, executions.
 * Every simulated object is wrapped once by `instrument`, which counts each method call as
 * 'Class.method' and applies the execution limit, kills, latency, failAt and auth checks generically.
 *
 * Executions: there is always a current one. `startExecution` ends the previous one normally and
 * starts a timed one; `endExecution` ends it and leaves an untimed one for what a test does between
 * runs. A kill (time limit, killAt) ends it at once: every later call of it throws the same error.
 */
export class Runtime {
  readonly counts = new Map<string, number>();
  /** The script's counted calls, in order ('Class.method'), since the last reset. */
  readonly sequence: string[] = [];
  private readonly faults = new Faults();
  /** > 0 while a colleague (or another execution) acts: their calls are not the script's. */
  private othersActing = 0;
  /** True while a person acts in the sheet's UI (not an execution): their writes land at once. */
  colleague = false;
  authMode: AuthMode = 'FULL';
  executionStartMs: number | null = null;
  executionLimitMs = MAX_EXECUTION_MS;
  executionId = 0;
  private nextExecutionId = 0;
  /** The executions still running: the current one and those it interrupted (see asOther). */
  private readonly live = new Set<number>([0]);
  private readonly killed = new Map<number, ExecutionKilled>();
  private readonly endHooks: ExecutionEndHook[] = [];
  private readonly callHooks: Array<(key: string) => void> = [];

  constructor(
    readonly clock: Clock,
    readonly callLatencyMs: number,
  ) {}

  /** Runs on every execution end (pending writes, locks). */
  onExecutionEnd(hook: ExecutionEndHook): void {
    this.endHooks.push(hook);
  }

  /** Runs before each call that passed the checks, the script's or a nested execution's (not a colleague's). */
  onCall(hook: (key: string) => void): void {
    this.callHooks.push(hook);
  }

  startExecution(kind: ExecutionKind = 'script'): void {
    // A new top-level execution: the previous one has ended (nested ones are started by asOther).
    if (this.othersActing === 0) this.endLive();
    this.begin(kind === 'simpleTrigger' ? SIMPLE_TRIGGER_MAX_MS : MAX_EXECUTION_MS);
  }

  /** The current execution ends normally; at top level an untimed one follows (calls a test makes between runs). */
  endExecution(): void {
    if (this.othersActing > 0) {
      this.end(this.executionId);
      return;
    }
    this.endLive();
    this.begin(null);
  }

  /**
   * Runs `fn` as one whole execution of `kind`, then ends it. When the execution was killed, the kill is
   * thrown whatever `fn` did with it (a product that catches it has still stopped); else `fn`'s outcome.
   */
  runExecution<T>(fn: () => T, kind: ExecutionKind = 'script'): T {
    this.startExecution(kind);
    return this.finishExecution(fn);
  }

  /** Runs `fn` in the current execution, then ends it (see runExecution). */
  finishExecution<T>(fn: () => T): T {
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: fn() };
    } catch (e) {
      outcome = { error: e };
    }
    const killed = this.killedBy();
    this.endExecution();
    if (killed) throw killed;
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }

  /** The kill that ended the current execution, if one did. */
  killedBy(): ExecutionKilled | undefined {
    return this.killed.get(this.executionId);
  }

  private begin(limitMs: number | null): void {
    this.executionStartMs = limitMs === null ? null : this.clock.nowMs();
    this.executionLimitMs = limitMs ?? MAX_EXECUTION_MS;
    this.executionId = ++this.nextExecutionId;
    this.colleague = false;
    this.live.add(this.executionId);
  }

  private end(id: number): void {
    if (!this.live.delete(id)) return;
    for (const hook of this.endHooks) hook(id, false);
  }

  private endLive(): void {
    for (const id of [...this.live].sort((a, b) => a - b)) this.end(id);
  }

  private kill(reason: 'timeLimit' | 'killAt', at: string): ExecutionKilled {
    const e = new ExecutionKilled(reason, at);
    const id = this.executionId;
    this.killed.set(id, e);
    this.live.delete(id);
    for (const hook of this.endHooks) hook(id, true);
    return e;
  }

  isLive(executionId: number): boolean {
    return this.live.has(executionId);
  }

  /** True while a colleague's edit or another execution runs inside the current one. */
  get othersAreActing(): boolean {
    return this.othersActing > 0;
  }

  /**
   * Runs `fn` as someone else: a colleague typing in the sheet (calls neither counted, nor failed,
   * nor auth-checked: the UI is not the script), or, with `execution`, another execution of the
   * script (its own id and time budget, so it can take locks), after which this one resumes.
   * Executions started in there have ended when it returns.
   */
  asOther<T>(fn: () => T, execution?: ExecutionKind): T {
    const saved = {
      id: this.executionId,
      start: this.executionStartMs,
      limit: this.executionLimitMs,
      auth: this.authMode,
      colleague: this.colleague,
    };
    this.othersActing++;
    this.colleague = execution === undefined;
    try {
      if (execution) this.startExecution(execution);
      return fn();
    } finally {
      for (const id of [...this.live].sort((a, b) => a - b)) if (id > saved.id) this.end(id);
      this.othersActing--;
      this.executionId = saved.id;
      this.executionStartMs = saved.start;
      this.executionLimitMs = saved.limit;
      this.authMode = saved.auth;
      this.colleague = saved.colleague;
    }
  }

  /** Runs `edit` (as someone else) just before the nth call of `key` by the script. */
  interleave(key: string, nth: number, edit: () => void): void {
    this.faults.interleave(key, nth, edit);
  }

  failAt(key: string, nth: number, error?: Error, options: { after?: boolean } = {}): void {
    const e = error ?? gasError(`Simulated failure of ${key} (call #${nth})`);
    this.faults.failAt(key, nth, e, options.after === true);
  }

  killAt(key: string, nth: number): void {
    this.faults.killAt(key, nth);
  }

  /**
   * Runs the generic checks for one call; throws when the call must not be made. Returns the error
   * to throw once the call has had its effect (failAt with `after`), if any.
   */
  beforeCall(key: string): Error | undefined {
    if (!this.colleague) {
      const k = this.killed.get(this.executionId);
      if (k) throw k;
    }
    if (this.othersActing > 0) return undefined;
    if (this.executionStartMs !== null && this.clock.nowMs() - this.executionStartMs > this.executionLimitMs) {
      throw this.kill('timeLimit', key);
    }
    const killAt = this.faults.killBefore(key);
    if (killAt) throw this.kill('killAt', killAt);
    for (const edit of this.faults.editsBefore(key)) this.asOther(edit);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.sequence.push(key);
    if (this.callLatencyMs > 0) this.clock.advance(this.callLatencyMs);
    const failure = this.faults.failure(key);
    if (failure && !failure.after) throw failure.error;
    const denied = authError(key, this.authMode);
    if (denied) throw denied;
    return failure?.error;
  }

  /** Wraps an object so that each of its method calls is counted as `${className}.${method}`. */
  instrument<T extends object>(target: T, className: string): T {
    const cache = new Map<string, (...args: unknown[]) => unknown>();
    const runtime = this;
    return new Proxy(target, {
      get(obj, prop) {
        if (prop === RAW) return obj;
        const value = Reflect.get(obj, prop, obj) as unknown;
        if (typeof prop !== 'string' || typeof value !== 'function' || prop === 'constructor' || prop.startsWith('_')) {
          return value;
        }
        let wrapped = cache.get(prop);
        if (!wrapped) {
          const key = `${className}.${prop}`;
          const fn = value as (...args: unknown[]) => unknown;
          wrapped = function (this: unknown, ...args: unknown[]) {
            const answerLost = runtime.beforeCall(key);
            if (!runtime.colleague) for (const hook of runtime.callHooks) hook(key);
            const result = fn.apply(obj, args);
            if (answerLost) throw answerLost;
            return result;
          };
          Object.defineProperty(wrapped, 'name', { value: prop });
          cache.set(prop, wrapped);
        }
        return wrapped;
      },
      set(obj, prop, value) {
        return Reflect.set(obj, prop, value, obj);
      },
    });
  }
}

/** The plain object behind an instrumented one (or the value itself). */
export function raw<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const inner = (value as Record<symbol, unknown>)[RAW];
    if (inner) return inner as T;
  }
  return value;
}
