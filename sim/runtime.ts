import { authError, type AuthMode } from './auth';
import { Clock } from './clock';
import { gasError } from './errors';

/** Maximum execution time of one script execution: https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;

const RAW = Symbol('sim.raw');

/**
 * Shared state of one simulator: clock, call counters, fault injection, auth mode, execution budget.
 * Every simulated object is wrapped once by `instrument`, which counts each method call as
 * 'Class.method' and applies the execution limit, latency, failAt and auth checks generically.
 */
export class Runtime {
  readonly counts = new Map<string, number>();
  private failures: Array<{ key: string; remaining: number; error: Error }> = [];
  authMode: AuthMode = 'FULL';
  executionStartMs: number | null = null;
  /** Incremented on startExecution(): lets services release what the previous execution held. */
  executionId = 0;

  constructor(
    readonly clock: Clock,
    readonly callLatencyMs: number,
  ) {}

  startExecution(): void {
    this.executionStartMs = this.clock.nowMs();
    this.executionId++;
  }

  failAt(key: string, nth: number, error?: Error): void {
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`failAt: nth must be an integer >= 1, got ${nth}`);
    this.failures.push({ key, remaining: nth, error: error ?? gasError(`Simulated failure of ${key} (call #${nth})`) });
  }

  /** Runs the generic checks for one counted call; throws when the call must fail. */
  beforeCall(key: string): void {
    if (this.executionStartMs !== null && this.clock.nowMs() - this.executionStartMs > MAX_EXECUTION_MS) {
      throw gasError('Exceeded maximum execution time');
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
