/**
 * Errors thrown by Apps Script services surface in the V8 runtime as `Exception: <message>`:
 * `e.message` is the bare text and `e.name` is 'Exception'.
 * https://developers.google.com/apps-script/guides/v8-runtime
 */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/** Google's generic message for an argument of the wrong kind. */
export function invalidArgument(name: string): Error {
  return gasError(`Invalid argument: ${name}`);
}
