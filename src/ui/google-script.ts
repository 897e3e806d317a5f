/**
 * The little of the client-side `google.script.run` API that the pages use, typed here instead of
 * pulling a dependency: https://developers.google.com/apps-script/guides/html/reference/run
 *
 * - `withSuccessHandler(fn)` / `withFailureHandler(fn)` / `withUserObject(o)` each return a new runner.
 * - Any public server function is a property of the runner; calling it returns nothing and later calls
 *   the success handler with the (JSON round-tripped) result, or the failure handler with an Error.
 * - Illegal arguments (Date, function, class instance…) make the call throw at the call site.
 *
 * No global `google` is declared on purpose: the server bundle and the tests share one type space, so
 * the page reads it from `globalThis` (see rpc.ts) and no other file can collide with the declaration.
 */
export type SuccessHandler = (value: unknown, userObject?: unknown) => void;
export type FailureHandler = (error: unknown, userObject?: unknown) => void;

export interface ScriptRunner {
  withSuccessHandler(handler: SuccessHandler): ScriptRunner;
  withFailureHandler(handler: FailureHandler): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
}

export interface GoogleClientGlobal {
  script?: { run?: ScriptRunner };
}

/** `google.script.run` of the page, or undefined outside an Apps Script HTML page. */
export function scriptRunner(scope: unknown = globalThis): ScriptRunner | undefined {
  const google = (scope as { google?: GoogleClientGlobal } | undefined)?.google;
  const run = google?.script?.run;
  return run && typeof run.withSuccessHandler === 'function' ? run : undefined;
}
