/** Reading Google's errors: not found (drive.file cannot see it), quota or rate limit, and the reason staff read. */
import { UserError } from '../../domain/errors';

export function isNotFound(error: unknown): boolean {
  const details = (error as { details?: { code?: number } } | null)?.details;
  return details?.code === 404 || /File not found|Requested entity was not found/.test(String((error as Error)?.message ?? error));
}

/** Google's quota and rate-limit answers: stop cleanly, leave the rest for later. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { details?: { code?: number; errors?: Array<{ reason?: string }> }; message?: string } | null;
  if (e?.details?.code === 429) return true;
  const reasons = (e?.details?.errors ?? []).map((x) => x.reason ?? '');
  if (reasons.some((r) => /rateLimitExceeded|userRateLimitExceeded|dailyLimitExceeded|quotaExceeded/.test(r))) return true;
  return /Service invoked too many times|Quota exceeded|Rate Limit Exceeded|User rate limit exceeded|too many times for one day/i.test(
    String(e?.message ?? error),
  );
}

/** What staff read in `Détail`: a French refusal as is, Google's message without the API prefix, at most 500 characters. */
export function reason(error: unknown): string {
  const message =
    error instanceof UserError
      ? error.message
      : String((error as Error)?.message ?? error).replace(/^API call to [\w.]+ failed with error: /, '');
  return message.length > 500 ? `${message.slice(0, 499)}…` : message;
}
