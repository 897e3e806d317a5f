import type { SimContext } from './context';
import { isPublicServerFunctionName } from './server-function-name';

/**
 * A fake client-side `google.script.run`: https://developers.google.com/apps-script/guides/html/reference/run
 * - Only public server functions exist on it: names ending with '_' are private
 *   (https://developers.google.com/apps-script/guides/html/communication#private_functions) and unknown
 *   names are absent, so calling them throws a TypeError at the call site, as in the browser.
 * - Legal parameters are primitives, arrays and plain objects; a Date, a function or another object
 *   makes the request fail (thrown at the call site); undefined in arrays becomes null.
 * - Return values follow the same rules; a return value holding an illegal type arrives as null.
 * - The server function runs asynchronously as a new execution; a throw calls the failure handler
 *   with an Error whose message is the server's message, or is logged when there is none. An
 *   execution killed at its time limit fails with Google's "Exceeded maximum execution time".
 */
type Handler = ((value: unknown, userObject?: unknown) => void) | null;
interface RunnerState {
  success: Handler;
  failure: Handler;
  userObject: unknown;
}

const HostPromise = Promise;

function legal(v: unknown, path: string): string | null {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = legal(v[i], String(i));
      if (bad !== null) return bad;
    }
    return null;
  }
  if (t === 'object') {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return path; // not a plain object (Date, Map, class instance)
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const bad = legal(x, k);
      if (bad !== null) return bad;
    }
    return null;
  }
  return path; // function, symbol, bigint
}

function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export interface ScriptRunHooks {
  /** Runs one server call as a whole execution (a kill is thrown even if the server function caught it). */
  runExecution<T>(fn: () => T): T;
  /** Names of the simulator's own globals, never callable from the client. */
  reserved: Set<string>;
}

export function createScriptRun(ctx: SimContext, serverGlobals: Record<string, unknown>, hooks: ScriptRunHooks): unknown {
  const make = (state: RunnerState): unknown => {
    const base = {
      withSuccessHandler: (fn: Handler) => make({ ...state, success: fn }),
      withFailureHandler: (fn: Handler) => make({ ...state, failure: fn }),
      withUserObject: (o: unknown) => make({ ...state, userObject: o }),
    };
    return new Proxy(base, {
      get(target, prop) {
        if (typeof prop !== 'string') return undefined;
        if (prop in target) return target[prop as keyof typeof target];
        const fn = serverGlobals[prop];
        if (typeof fn !== 'function' || !isPublicServerFunctionName(prop) || hooks.reserved.has(prop)) return undefined;
        return (...args: unknown[]) => {
          args.forEach((a, i) => {
            const bad = legal(a, String(i));
            if (bad !== null) throw new Error(`Failed due to illegal value in property: ${bad}`);
          });
          const sent = args.map(copy);
          void HostPromise.resolve().then(() => {
            let result: unknown;
            try {
              result = hooks.runExecution(() => (fn as (...a: unknown[]) => unknown)(...sent));
            } catch (e) {
              // Errors thrown by code in another realm (the bundle's vm) are not `instanceof Error` here.
              const thrown = e as { message?: unknown } | null;
              const err = new Error(
                thrown !== null && typeof thrown === 'object' && typeof thrown.message === 'string' ? thrown.message : String(e),
              );
              err.name = 'ScriptError';
              if (state.failure) state.failure(err, state.userObject);
              else ctx.logs.push({ level: 'error', message: `google.script.run.${prop}: ${err.message}`, at: ctx.clock.now() });
              return;
            }
            const value = legal(result, 'result') === null ? copy(result) : null;
            if (state.success) state.success(value === undefined ? undefined : value, state.userObject);
          });
        };
      },
    });
  };
  return make({ success: null, failure: null, userObject: undefined });
}
