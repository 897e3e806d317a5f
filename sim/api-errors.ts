/**
 * Errors of the advanced services (Drive, Docs): Apps Script throws a GoogleJsonResponseException whose
 * message is "API call to <api>.<resource>.<method> failed with error: <the API's message>", and whose
 * `details` carry the HTTP code and message:
 * https://developers.google.com/apps-script/guides/services/advanced#troubleshooting
 */
export interface ApiErrorDetails {
  code: number;
  message: string;
  errors?: Array<{ reason: string; message: string; domain: string }>;
}

export function apiError(method: string, code: number, message: string, reason?: string): Error & { details: ApiErrorDetails } {
  const e = new Error(`API call to ${method} failed with error: ${message}`) as Error & { details: ApiErrorDetails };
  e.name = 'GoogleJsonResponseException';
  e.details = { code, message, ...(reason ? { errors: [{ reason, message, domain: 'usageLimits' }] } : {}) };
  return e;
}

/** Drive's per-user rate limit: https://developers.google.com/drive/api/guides/limits#exponential and .../handle-errors#resolve_a_403_error_user_rate_limit_exceeded */
export function driveRateLimitError(method = 'drive.files.copy'): Error {
  return apiError(method, 403, 'User rate limit exceeded.', 'userRateLimitExceeded');
}

/** Docs API write requests per minute per user: https://developers.google.com/docs/api/limits (HTTP 429 RESOURCE_EXHAUSTED). */
export function docsRateLimitError(): Error {
  return apiError(
    'docs.documents.batchUpdate',
    429,
    "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com'.",
    'rateLimitExceeded',
  );
}
