/**
 * google.script.run and google.script.host inside a playground sidebar, as Google documents them:
 * https://developers.google.com/apps-script/guides/html/reference/run
 * https://developers.google.com/apps-script/guides/html/reference/host
 * Calls travel to the playground page with postMessage (the iframe is sandboxed, origin 'null');
 * the page runs them on the server and posts the answer back to this frame only.
 */
import { playgroundMessages as m } from '../messages';
import type { RpcResultMessage } from '../protocol';

type Handler = (value: unknown, userObject?: unknown) => void;
interface RunnerState {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
}

const CALL_TIMEOUT_MS = 7 * 60 * 1000;

// The bundle is an IIFE (esbuild, format 'iife'): nothing below leaks into the sidebar page's globals.
const script = document.currentScript;
const config = JSON.parse(script?.getAttribute('data-pacte-shim') ?? '{}') as { origin?: string; functions?: string[] };
const parentOrigin = config.origin ?? '*';
const functions = config.functions ?? [];
const pending = new Map<string, RunnerState>();
const prefix = Math.random().toString(36).slice(2);
let counter = 0;

/** A form as google.script.run sends it: its enabled, named fields (unticked boxes left out). */
function formFields(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const el of Array.from(form.elements)) {
    const field = el as HTMLInputElement;
    if (!field.name || field.disabled) continue;
    if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) continue;
    out[field.name] = field.value;
  }
  return out;
}

/** Legal parameters: primitives, arrays and plain objects; a form becomes its fields (Date, function… fail). */
function toLegal(value: unknown, path: string): unknown {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return value;
  if (typeof HTMLFormElement !== 'undefined' && value instanceof HTMLFormElement) return formFields(value);
  if (Array.isArray(value)) return value.map((v, i) => toLegal(v, String(i)));
  if (t === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto === null || Object.getPrototypeOf(proto) === null) {
      const out: Record<string, unknown> = {};
      // As JSON: undefined properties are dropped (undefined in an array becomes null).
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== undefined) out[k] = toLegal(v, k);
      return out;
    }
  }
  throw new Error(`Failed due to illegal value in property: ${path}`);
}

function fail(state: RunnerState, message: string): void {
  const error = new Error(message);
  error.name = 'ScriptError';
  if (state.failure) state.failure(error, state.userObject);
  else console.error(`google.script.run: ${message}`);
}

/** One call of a server function: posted to the page, answered by the 'message' listener below (or failed). */
function send(state: RunnerState, fn: string, args: unknown[]): void {
  const sent = args.map((a, i) => toLegal(a, String(i)));
  const id = `${prefix}-${++counter}`;
  if (window.parent === window) {
    setTimeout(() => fail(state, m.networkFailed), 0);
    return;
  }
  pending.set(id, state);
  // Apps Script stops a call after 6 minutes; past that, the answer will never come.
  setTimeout(() => {
    if (pending.delete(id)) fail(state, m.networkFailed);
  }, CALL_TIMEOUT_MS);
  try {
    window.parent.postMessage({ type: 'pacte-rpc', id, fn, args: sent }, parentOrigin);
  } catch {
    pending.delete(id);
    setTimeout(() => fail(state, m.networkFailed), 0);
  }
}

function make(state: RunnerState): Record<string, unknown> {
  const runner: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => make({ ...state, success: fn }),
    withFailureHandler: (fn: Handler) => make({ ...state, failure: fn }),
    withUserObject: (o: unknown) => make({ ...state, userObject: o }),
  };
  for (const fn of functions) runner[fn] = (...args: unknown[]) => send(state, fn, args);
  return runner;
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const data = event.data as Partial<RpcResultMessage> | null;
  if (data?.type !== 'pacte-rpc-result' || typeof data.id !== 'string') return;
  const state = pending.get(data.id);
  if (!state) return;
  pending.delete(data.id);
  if (data.ok) state.success?.(data.value, state.userObject);
  else fail(state, typeof data.message === 'string' ? data.message : m.networkFailed);
});

const host = {
  origin: parentOrigin,
  close: () => window.parent.postMessage({ type: 'pacte-host', action: 'close' }, parentOrigin),
  setHeight: (_height: number) => undefined,
  setWidth: (_width: number) => undefined,
  editor: { focus: () => undefined },
};
const w = window as unknown as { google?: { script?: Record<string, unknown> } };
w.google = w.google ?? {};
w.google.script = { ...(w.google.script ?? {}), run: make({ success: null, failure: null, userObject: undefined }), host };
