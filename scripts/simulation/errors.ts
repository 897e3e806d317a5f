/**
 * The simulated Google's errors, in Google's JSON shape
 * (https://cloud.google.com/apis/design/errors#http_mapping):
 * {"error":{"code","message","status","errors":[{"domain","reason","message"}]}}; Drive's reasons are
 * those of https://developers.google.com/workspace/drive/api/guides/handle-errors.
 */

export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
    readonly reason: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: number; message: string; status: string; errors: Array<{ domain: string; reason: string; message: string }> };
}

export const bad = (message: string) => new ApiError(400, 'INVALID_ARGUMENT', message, 'badRequest');
export const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `Requested entity was not found: ${what}`, 'notFound');
export const denied = () => new ApiError(403, 'PERMISSION_DENIED', 'The caller does not have permission', 'forbidden');
/** Drive's own answer for a file this account (under drive.file) may not see, whether it exists or not. */
export const driveNotFound = (id: string) => new ApiError(404, 'NOT_FOUND', `File not found: ${id}.`, 'notFound');
export const unauthenticated = () =>
  new ApiError(401, 'UNAUTHENTICATED', 'Request is missing required authentication credential.', 'required');

export function errorBody(e: ApiError): ErrorBody {
  return {
    error: { code: e.code, message: e.message, status: e.status, errors: [{ domain: 'global', reason: e.reason, message: e.message }] },
  };
}
