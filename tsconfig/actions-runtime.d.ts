/**
 * The only globals src/actions has (tsconfig/actions.json), Apps Script's types being left out: V8's
 * console, which Apps Script sends to the execution log
 * (https://developers.google.com/apps-script/guides/logging), and the URL type that zod's
 * declarations name (a type only: Apps Script has no URL class).
 */
declare var console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};
// biome-ignore lint/suspicious/noEmptyInterface: zod's declarations only need the name to exist.
interface URL {}
