/**
 * The one factory for every Google API the `pacte` CLI calls (Sheets, Drive, Apps Script):
 * the same root URL, credentials, retry policy and Sheets pacing for all of them.
 *
 * - PACTE_GOOGLE_API_ROOT (tests, staging): every request of every API goes there.
 * - PACTE_ACCESS_TOKEN (CI, automation): a bearer token used as is, instead of the stored login.
 * - PACTE_HTTP_TIMEOUT_MS (tests only): every request's time limit, 30 s otherwise.
 */
import { drive_v3 } from '@googleapis/drive';
import { script_v1 } from '@googleapis/script';
import { sheets_v4 } from '@googleapis/sheets';
import type { GaxiosError, GaxiosOptions, RetryConfig } from 'gaxios';
import { OAuth2Client } from 'google-auth-library';

export interface GoogleClients {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  script: script_v1.Script;
  /** Options for one POST that may be retried once `tookEffect()` says the failed attempt did nothing. */
  checkedPost(tookEffect: () => Promise<boolean>): { retryConfig: RetryConfig };
}

export interface ClientOptions {
  env?: NodeJS.ProcessEnv;
  /** The stored login, when there is no PACTE_ACCESS_TOKEN (see login.ts). */
  auth?: OAuth2Client;
  /** First retry delay; doubled at each attempt (tests shorten it). */
  retryBaseMs?: number;
  retries?: number;
  /** The Sheets pacer (tests inject a clock). */
  pacer?: Pacer;
}

/**
 * Drive's 403s that are rate limits, not refusals (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_403_error_usage_limit_exceeded).
 */
const DRIVE_RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);
const MAX_DELAY_MS = 64_000;

function reasons(error: GaxiosError): string[] {
  const data = error.response?.data as { error?: { errors?: Array<{ reason?: string }> } } | undefined;
  return (data?.error?.errors ?? []).map((e) => e.reason ?? '');
}

/**
 * Whether a failed attempt is worth another one: quota (429, Drive's rate 403), server errors, a dropped
 * connection. Not a time-out: Google silent for 30 s is said at once (one French line), not waited for
 * five times over; nor Google unreachable (no network): said at once, not after a minute of retries.
 */
export function isTransient(error: GaxiosError): boolean {
  const status = error.response?.status;
  if (status === undefined) return error.code !== 'AbortError' && !isTimeout(error) && !isUnreachable(error);
  if (status === 429 || status >= 500) return true;
  return status === 403 && reasons(error).some((r) => DRIVE_RATE_REASONS.has(r));
}

/** No network, no name resolution, no route, refused: nothing reached Google, and retrying for a minute would not help. */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);

/**
 * Whether Google could not be reached at all. Node's fetch fails with « fetch failed » and the reason
 * in its cause (an AggregateError when every address of the name was refused).
 */
export function isUnreachable(error: unknown): boolean {
  let e = error as { code?: unknown; errors?: Array<{ code?: unknown }>; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    const codes = [e.code, ...(Array.isArray(e.errors) ? e.errors.map((x) => x?.code) : [])];
    if (codes.some((c) => typeof c === 'string' && UNREACHABLE.has(c))) return true;
  }
  return false;
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), in ms; undefined when absent. */
export function retryAfterMs(error: GaxiosError, now = Date.now()): number | undefined {
  const headers = error.response?.headers as Headers | Record<string, string> | undefined;
  const raw = headers instanceof Headers ? headers.get('retry-after') : headers?.['retry-after'];
  if (!raw) return undefined;
  if (/^\d+$/.test(raw.trim())) return Number(raw) * 1000;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with full jitter (Google's recommended truncated exponential backoff), or Retry-After. */
export function backoffMs(attempt: number, baseMs: number, error: GaxiosError, random = Math.random): number {
  const after = retryAfterMs(error);
  if (after !== undefined) return Math.min(after, MAX_DELAY_MS);
  const ceiling = Math.min(baseMs * 2 ** attempt, MAX_DELAY_MS);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function retryConfig(baseMs: number, retries: number, tookEffect?: () => Promise<boolean>): RetryConfig {
  return {
    retry: retries,
    // gaxios retries only idempotent methods by default: POST is allowed here, but checked (shouldRetry).
    httpMethodsToRetry: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'POST'],
    noResponseRetries: retries,
    shouldRetry: async (error) => {
      const config = error.config.retryConfig!;
      if ((config.currentRetryAttempt ?? 0) >= retries || !isTransient(error)) return false;
      const method = (error.config.method ?? 'GET').toUpperCase();
      if (method === 'POST' || method === 'PATCH') {
        // A POST whose answer was lost may have been applied: retried only when proven not to be.
        if (!tookEffect) return false;
        if (await tookEffect()) throw new PostTookEffect();
      }
      return true;
    },
    retryBackoff: (error) =>
      new Promise((resolve) => setTimeout(resolve, backoffMs(error.config.retryConfig?.currentRetryAttempt ?? 0, baseMs, error))),
  };
}

/** Thrown out of a checked POST whose failed attempt had in fact been applied: the caller reads the result. */
export class PostTookEffect extends Error {
  constructor() {
    super('The request had taken effect.');
    this.name = 'PostTookEffect';
  }
}

/**
 * At most `limit` requests in any `windowMs` (Sheets: 60 per minute per user,
 * https://developers.google.com/workspace/sheets/api/limits; we stay under it).
 */
export class Pacer {
  private readonly sent: number[] = [];
  constructor(
    private readonly limit = 55,
    private readonly windowMs = 60_000,
    private readonly now = () => Date.now(),
    private readonly sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ) {}

  async take(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.sent.length && this.sent[0]! <= t - this.windowMs) this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(t);
        return;
      }
      await this.sleep(this.sent[0]! + this.windowMs - t);
    }
  }
}

/** Every request's time limit, retries each their own (gaxios `timeout`, an AbortSignal.timeout per attempt). */
export const HTTP_TIMEOUT_MS = 30_000;

export function httpTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.PACTE_HTTP_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : HTTP_TIMEOUT_MS;
}

/** A request gaxios stopped at its time limit (it sets code TimeoutError, gaxios 8 src/gaxios.ts). */
export function isTimeout(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'TimeoutError';
}

/**
 * The transport of every client, the OAuth ones included: Node's own fetch for gaxios (it would otherwise
 * import node-fetch at run time: one dependency less, no dynamic import), and the time limit.
 */
export function transport(env: NodeJS.ProcessEnv = process.env) {
  return { fetchImplementation: globalThis.fetch, timeout: httpTimeoutMs(env) } as const;
}

/**
 * The OAuth clients' transport (token refresh, revocation): google-auth-library retries a token request
 * three times, a time-out included; here a request left unanswered is not sent again (merged into each
 * request's retryConfig by gaxios), so a silent Google is said after one time limit, not four.
 */
export function oauthTransport(env: NodeJS.ProcessEnv = process.env) {
  return { ...transport(env), retryConfig: { noResponseRetries: 0 } };
}

export function tokenAuth(token: string, env: NodeJS.ProcessEnv = process.env): OAuth2Client {
  const auth = new OAuth2Client({ transporterOptions: oauthTransport(env) });
  auth.setCredentials({ access_token: token });
  return auth;
}

export function googleClients(options: ClientOptions = {}): GoogleClients {
  const env = options.env ?? process.env;
  const token = env.PACTE_ACCESS_TOKEN?.trim();
  const auth = token ? tokenAuth(token, env) : options.auth;
  if (!auth) throw new Error('googleClients: no credentials (PACTE_ACCESS_TOKEN or a stored login)');
  const root = env.PACTE_GOOGLE_API_ROOT?.trim();
  const rootUrl = root ? (root.endsWith('/') ? root : `${root}/`) : undefined;
  const baseMs = options.retryBaseMs ?? 1000;
  const retries = options.retries ?? 5;
  const pacer = options.pacer ?? new Pacer();
  const common = { auth, ...transport(env), retryConfig: retryConfig(baseMs, retries), ...(rootUrl ? { rootUrl } : {}) };
  // Every attempt, retries included, goes through the pacer.
  const paced: GaxiosOptions['adapter'] = async (request, next) => {
    await pacer.take();
    return next(request);
  };
  return {
    sheets: new sheets_v4.Sheets({ ...common, adapter: paced }),
    drive: new drive_v3.Drive(common),
    script: new script_v1.Script(common),
    checkedPost: (tookEffect) => ({ retryConfig: retryConfig(baseMs, retries, tookEffect) }),
  };
}
