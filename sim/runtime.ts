import { authError, type AuthMode } from './auth';
import { Clock } from './clock';
import { gasError } from './errors';

/** Maximum execution time of one script execution: https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;
/** Simple triggers (onOpen, onEdit…) cannot run longer than 30 seconds: https://developers.google.com/apps-script/guides/triggers#restrictions */
export const SIMPLE_TRIGGER_MAX_MS = 30 * 1000;

export type ExecutionKind = 'script' | 'simpleTrigger';

const RAW = Symbol('sim.raw');

/**
 * Shared state of one simulator: clock, call counters, fault injection, auth mode, execution budget.
 * Every simulated object is wrapped once by `instrument`, which counts each method call as
 * 'Class.method' and applies the execution limit, latency, failAt and auth checks generically.
 */
export class Runtime {
  readonly counts = new Map<string, number>();
  private failures: Array<{ key: string; remaining: number; error: Error }> = [];
  private interleaves: Array<{ key: string; remaining: number; edit: () => void }> = [];
  /** > 0 while a colleague (or another execution) acts: their calls are not the script's. */
  private othersActing = 0;
  authMode: AuthMode = 'FULL';
  executionStartMs: number | null = null;
  executionLimitMs = MAX_EXECUTION_MS;
  /** Incremented on startExecution(): lets services release what the previous execution held. */
  executionId = 0;
  private nextExecutionId = 0;
  /** The executions still running: the current one and those it interrupted (see asOther). */
  private readonly live = new Set<number>();

  constructor(
    readonly clock: Clock,
    readonly callLatencyMs: number,
  ) {}

  startExecution(kind: ExecutionKind = 'script'): void {
    // A new top-level execution: the previous one has ended (nested ones are started by asOther).
    if (this.othersActing === 0) this.live.clear();
    this.executionStartMs = this.clock.nowMs();
    this.executionLimitMs = kind === 'simpleTrigger' ? SIMPLE_TRIGGER_MAX_MS : MAX_EXECUTION_MS;
    this.executionId = ++this.nextExecutionId;
    this.live.add(this.executionId);
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
   */
  asOther<T>(fn: () => T, execution?: ExecutionKind): T {
    const saved = { id: this.executionId, start: this.executionStartMs, limit: this.executionLimitMs, auth: this.authMode };
    this.othersActing++;
    try {
      if (execution) this.startExecution(execution);
      return fn();
    } finally {
      if (execution) for (const id of this.live) if (id > saved.id) this.live.delete(id);
      this.othersActing--;
      this.executionId = saved.id;
      this.executionStartMs = saved.start;
      this.executionLimitMs = saved.limit;
      this.authMode = saved.auth;
    }
  }

  /** Runs `edit` (as someone else) just before the nth call of `key` by the script. */
  interleave(key: string, nth: number, edit: () => void): void {
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`interleave: nth must be an integer >= 1, got ${nth}`);
    this.interleaves.push({ key, remaining: nth, edit });
  }

  failAt(key: string, nth: number, error?: Error): void {
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`failAt: nth must be an integer >= 1, got ${nth}`);
    this.failures.push({ key, remaining: nth, error: error ?? gasError(`Simulated failure of ${key} (call #${nth})`) });
  }

  /** Runs the generic checks for one counted call; throws when the call must fail. */
  beforeCall(key: string): void {
    if (this.othersActing > 0) return;
    if (this.executionStartMs !== null && this.clock.nowMs() - this.executionStartMs > this.executionLimitMs) {
      throw gasError('Exceeded maximum execution time');
    }
    for (let i = 0; i < this.interleaves.length; i++) {
      const it = this.interleaves[i]!;
      if (it.key !== key || --it.remaining > 0) continue;
      this.interleaves.splice(i--, 1);
      this.asOther(it.edit);
    }
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.callLatencyMs > 0) this.clock.advance(this.callLatencyMs);
    for (let i = 0; i < this.failures.length; i++) {
      const f = this.failures[i]!;
      if (f.key !== key) continue;
      f.remaining--;
      if (f.remaining === 0) {
        this.failures.splice(i, 1);
        throw f.error;
      }
    }
    const denied = authError(key, this.authMode);
    if (denied) throw denied;
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
            runtime.beforeCall(key);
            return fn.apply(obj, args);
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
