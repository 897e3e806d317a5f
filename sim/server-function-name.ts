/**
 * Which names `google.script.run` may call, in one place for the simulator and the playground:
 * a JavaScript identifier, and not private — names ending with '_' are hidden from the client
 * (https://developers.google.com/apps-script/guides/html/communication#private_functions).
 */
export const FUNCTION_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,99}$/;

export function isPublicServerFunctionName(name: string): boolean {
  return FUNCTION_NAME.test(name) && !name.endsWith('_');
}
