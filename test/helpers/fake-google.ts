/**
 * The simulated Google (scripts/simulation) in memory, with what tests need on top: every request
 * recorded, failures injected by request number or route, requests delayed or never answered, the Apps
 * Script API switched off, and Google's OAuth 2.0 token endpoint for `pacte login`.
 */
import { createHash } from 'node:crypto';
import { ApiError, errorBody } from '../../scripts/simulation/errors';
import { MemoryStore } from '../../scripts/simulation/memory';
import { DEFAULT_USER, type SimFile, type SimProject, type SimSheet } from '../../scripts/simulation/model';
import { typedValues } from '../../scripts/simulation/drive';
import { failed, SimulatedGoogle, type SimAnswer, type SimRequest } from '../../scripts/simulation/server';

export { DEFAULT_USER };

interface Failure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  afterEffect?: boolean;
}

export interface RequestRecord {
  method: string;
  path: string;
}

const failure = (e: ApiError): Failure => ({ status: e.code, body: errorBody(e), headers: e.headers });

/** The Apps Script API's answer when the user setting is off (https://developers.google.com/apps-script/api/concepts#requirements). */
const USERSETTINGS_OFF = new ApiError(
  403,
  'PERMISSION_DENIED',
  'User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
  'forbidden',
);

/** Google's bodies for the failures tests inject. */
export const FAILURES = {
  rateLimit: (): Failure =>
    failure(
      new ApiError(
        429,
        'RESOURCE_EXHAUSTED',
        "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'.",
        'rateLimitExceeded',
        { 'retry-after': '0' },
      ),
    ),
  driveRate403: (): Failure => failure(new ApiError(403, 'PERMISSION_DENIED', 'User rate limit exceeded.', 'userRateLimitExceeded')),
  server: (): Failure => failure(new ApiError(503, 'UNAVAILABLE', 'The service is currently unavailable.', 'backendError')),
  usersettings: (): Failure => failure(USERSETTINGS_OFF),
};

export class FakeGoogle extends SimulatedGoogle {
  private readonly memory: MemoryStore;
  /** Request numbers never answered (the connection stays open), or every request when hangAll. */
  readonly hangs = new Set<number>();
  hangAll = false;
  readonly requests: RequestRecord[] = [];
  /** Request number (1-based) → failure answered instead. */
  readonly failures = new Map<number, Failure>();
  /** `METHOD /path` → a failure answered to the next such request only (then forgotten). */
  readonly failOnce = new Map<string, Failure>();
  /** Request number → delay before answering. */
  readonly delays = new Map<number, number>();
  /** Every Apps Script API request answered with the usersettings 403. */
  scriptApiOff = false;
  /** Requests in the largest spreadsheets.batchUpdate received (for the bench). */
  largestBatch = 0;

  /** Authorization codes the token endpoint accepts (once each). */
  readonly codes = new Set<string>();
  /** The code_challenge of the consent URL, when a test set it: the token endpoint then checks the verifier. */
  challenge: string | undefined;
  verifiedChallenges = 0;
  /** Refresh tokens the token endpoint still honours. */
  readonly refreshTokens = new Set<string>();
  scopes =
    'https://www.googleapis.com/auth/spreadsheets https://www.googleapis.com/auth/drive.file https://www.googleapis.com/auth/script.projects';

  constructor() {
    const memory = new MemoryStore();
    super(memory);
    this.memory = memory;
  }

  get files(): Map<string, SimFile> {
    return this.memory.state.files;
  }

  get projects(): Map<string, SimProject> {
    return this.memory.state.projects;
  }

  /** A burst of `count` 429s from request `from` on. */
  burst(from: number, count: number): void {
    for (let i = 0; i < count; i++) this.failures.set(from + i, FAILURES.rateLimit());
  }

  /** Tab title → its values as written, header row first (for assertions). */
  values(fileId: string, tab: string) {
    return typedValues(this.file(fileId), tab);
  }

  sheetsOf(fileId: string): SimSheet[] {
    return this.file(fileId).sheets;
  }

  private file(id: string): SimFile {
    const f = this.files.get(id);
    if (!f) throw new Error(`No file ${id}`);
    return f;
  }

  protected override async answer(request: SimRequest): Promise<SimAnswer | undefined> {
    const { n, method, url } = request;
    this.requests.push({ method, path: url.pathname });
    if (this.hangAll || this.hangs.has(n)) return undefined;
    const delay = this.delays.get(n);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const route = `${method} ${url.pathname}`;
    let fail = this.failures.get(n);
    if (!fail && (fail = this.failOnce.get(route))) this.failOnce.delete(route);
    if (fail && !fail.afterEffect)
      return { status: fail.status, body: fail.body ?? {}, ...(fail.headers ? { headers: fail.headers } : {}) };
    if (url.pathname === '/token' && method === 'POST') return this.token(new URLSearchParams(request.raw));
    if (url.pathname.startsWith('/v1/projects') && this.scriptApiOff && /^Bearer \S+/.test(request.authorization ?? ''))
      return failed(USERSETTINGS_OFF);
    if (url.pathname.endsWith(':batchUpdate') && request.raw) {
      const requests = (JSON.parse(request.raw) as { requests?: unknown[] }).requests ?? [];
      this.largestBatch = Math.max(this.largestBatch, requests.length);
    }
    const answer = await super.answer(request);
    // A failure after the effect: the change is made, the answer lost (what a checked POST must survive).
    if (fail) return { status: fail.status, body: fail.body ?? {}, ...(fail.headers ? { headers: fail.headers } : {}) };
    return answer;
  }

  /** Google's OAuth 2.0 token endpoint; errors per RFC 6749 §5.2 (https://developers.google.com/identity/protocols/oauth2/native-app#exchange-authorization-code). */
  private token(form: URLSearchParams): SimAnswer {
    const send = (status: number, body: unknown) => ({ status, body });
    const invalid = (description: string) => send(400, { error: 'invalid_grant', error_description: description });
    if (!form.get('client_id') || !form.get('client_secret'))
      return send(401, { error: 'invalid_client', error_description: 'Unauthorized' });
    if (form.get('grant_type') === 'authorization_code') {
      const code = form.get('code') ?? '';
      if (!this.codes.has(code)) return invalid('Malformed auth code.');
      // PKCE: the verifier must hash to the challenge of the consent URL (RFC 7636 §4.6).
      if (this.challenge !== undefined) {
        const hashed = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url');
        if (hashed !== this.challenge) return invalid('Invalid code verifier.');
        this.verifiedChallenges++;
      }
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(form.get('redirect_uri') ?? ''))
        return send(400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
      this.codes.delete(code);
      const refresh = `refresh-${this.refreshTokens.size + 1}`;
      this.refreshTokens.add(refresh);
      return send(200, {
        access_token: `access-${refresh}`,
        expires_in: 3599,
        refresh_token: refresh,
        scope: this.scopes,
        token_type: 'Bearer',
      });
    }
    if (form.get('grant_type') === 'refresh_token') {
      if (!this.refreshTokens.has(form.get('refresh_token') ?? '')) return invalid('Token has been expired or revoked.');
      return send(200, { access_token: 'access-again', expires_in: 3599, scope: this.scopes, token_type: 'Bearer' });
    }
    return send(400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' });
  }
}
