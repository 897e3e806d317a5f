import type { GaxiosError } from 'gaxios';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { backoffMs, googleClients, httpTimeoutMs, isTimeout, isTransient, Pacer, retryAfterMs } from '../../scripts/google/client';
import { guidance, saveLogin, storedAuth } from '../../scripts/google/login';
import { FakeGoogle, FAILURES } from '../helpers/fake-google';

/** The promise, or a rejection after `ms`: a request that never ends fails the test instead of hanging it. */
const within = <T>(ms: number, p: Promise<T>): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no end after ${ms} ms`)), ms).unref())]);

const error = (status: number | undefined, data: unknown = {}, headers: Record<string, string> = {}) =>
  ({ response: status === undefined ? undefined : { status, data, headers: new Headers(headers) }, config: {} }) as unknown as GaxiosError;

describe('the Google client retry policy', () => {
  it('retries 429, 5xx, no answer and Drive rate-limit 403s, never other 4xx', () => {
    expect(isTransient(error(429))).toBe(true);
    expect(isTransient(error(503))).toBe(true);
    expect(isTransient(error(500))).toBe(true);
    expect(isTransient(error(undefined))).toBe(true);
    expect(isTransient(error(403, FAILURES.driveRate403().body))).toBe(true);
    expect(isTransient(error(403, { error: { errors: [{ reason: 'rateLimitExceeded' }] } }))).toBe(true);
    expect(isTransient(error(403, FAILURES.usersettings().body))).toBe(false);
    expect(isTransient(error(404))).toBe(false);
    expect(isTransient(error(400))).toBe(false);
  });

  it('waits as Retry-After says (seconds or date), else exponentially with jitter', () => {
    expect(retryAfterMs(error(429, {}, { 'retry-after': '7' }))).toBe(7000);
    expect(
      retryAfterMs(error(429, {}, { 'retry-after': new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString() }), Date.UTC(2030, 0, 1)),
    ).toBe(30_000);
    expect(backoffMs(1, 1000, error(429, {}, { 'retry-after': '3' }))).toBe(3000);
    expect(backoffMs(1, 1000, error(503), () => 0)).toBe(1000);
    expect(backoffMs(1, 1000, error(503), () => 1)).toBe(2000);
    expect(backoffMs(3, 1000, error(503), () => 1)).toBe(8000);
    expect(backoffMs(20, 1000, error(503), () => 1)).toBe(64_000);
  });

  it('paces requests: never more than the limit in any window', async () => {
    let now = 0;
    const slept: number[] = [];
    const pacer = new Pacer(
      3,
      60_000,
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 7; i++) {
      await pacer.take();
      now += 1000;
    }
    expect(slept).toEqual([57_000, 57_000]);
  });

  it('paces every Sheets attempt (retries included), not Drive or Apps Script', async () => {
    const fake = new FakeGoogle();
    await fake.start();
    try {
      let taken = 0;
      const pacer = new Pacer(1000);
      const take = pacer.take.bind(pacer);
      pacer.take = async () => {
        taken++;
        await take();
      };
      const g = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'abc' }, pacer, retryBaseMs: 1 });
      fake.failures.set(1, FAILURES.rateLimit());
      await expect(g.sheets.spreadsheets.get({ spreadsheetId: 'nope' })).rejects.toMatchObject({ status: 404 });
      expect(taken).toBe(2);
      await g.drive.about.get({ fields: 'user' });
      expect(taken).toBe(2);
    } finally {
      await fake.stop();
    }
  });

  it('sends every API to PACTE_GOOGLE_API_ROOT with the PACTE_ACCESS_TOKEN bearer', async () => {
    const fake = new FakeGoogle();
    await fake.start();
    try {
      const g = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'abc' } });
      await g.drive.about.get({ fields: 'user' });
      await expect(g.sheets.spreadsheets.get({ spreadsheetId: 'nope' })).rejects.toMatchObject({ status: 404 });
      await expect(g.script.projects.getContent({ scriptId: 'nope' })).rejects.toMatchObject({ status: 404 });
      expect(fake.requests.map((r) => r.path)).toEqual(['/drive/v3/about', '/v4/spreadsheets/nope', '/v1/projects/nope/content']);
      // A blank token is no token: without a stored login there is nothing to send.
      expect(() => googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: ' ' } })).toThrow(/no credentials/);
    } finally {
      await fake.stop();
    }
  });

  it('does not retry a POST it cannot check', async () => {
    const fake = new FakeGoogle();
    await fake.start();
    try {
      const g = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'abc' }, retryBaseMs: 1 });
      fake.failures.set(1, FAILURES.server());
      await expect(g.drive.files.create({ requestBody: { name: 'x' } })).rejects.toMatchObject({ status: 503 });
      expect(fake.requests).toHaveLength(1);
      fake.failures.set(2, FAILURES.server());
      await g.drive.files.create(
        { requestBody: { name: 'y' } },
        g.checkedPost(async () => false),
      );
      expect(fake.requests).toHaveLength(3);
    } finally {
      await fake.stop();
    }
  });

  it('stops every request Google leaves unanswered at the time limit (30 s; PACTE_HTTP_TIMEOUT_MS in tests), once, with one French line', async () => {
    expect(httpTimeoutMs({})).toBe(30_000);
    expect(httpTimeoutMs({ PACTE_HTTP_TIMEOUT_MS: 'abc' })).toBe(30_000);
    expect(httpTimeoutMs({ PACTE_HTTP_TIMEOUT_MS: '250' })).toBe(250);
    const fake = new FakeGoogle();
    await fake.start();
    try {
      fake.hangAll = true;
      const g = googleClients({
        env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'abc', PACTE_HTTP_TIMEOUT_MS: '200' },
        retryBaseMs: 1,
        pacer: new Pacer(1000),
      });
      const calls: Array<() => Promise<unknown>> = [
        () => g.drive.about.get({}),
        () => g.sheets.spreadsheets.get({ spreadsheetId: 'x' }),
        () => g.script.projects.getContent({ scriptId: 'x' }),
      ];
      for (const call of calls) {
        const before = fake.requests.length;
        const start = performance.now();
        const error = await within(3000, call()).catch((e: unknown) => e);
        const ms = performance.now() - start;
        expect(isTimeout(error)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(190);
        expect(ms).toBeLessThan(2000);
        // Not retried: Google silent is said at once.
        expect(fake.requests.length - before).toBe(1);
        expect(guidance(error)).toBe(
          "Google n'a pas répondu en 0,2 s : vérifiez votre connexion à Internet, puis relancez la même commande (ce qui est déjà fait est réutilisé, rien n'est créé deux fois).",
        );
      }
    } finally {
      await fake.stop();
    }
  });

  it("times out the stored login's token refresh too", async () => {
    const fake = new FakeGoogle();
    await fake.start();
    const saved = process.env.PACTE_HTTP_TIMEOUT_MS;
    process.env.PACTE_HTTP_TIMEOUT_MS = '200';
    try {
      fake.hangAll = true;
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'pacte-client-')), 'login.json');
      await saveLogin(file, { client_id: 'c', client_secret: 's', refresh_token: 'r' });
      const auth = (await storedAuth(file, { oauth2TokenUrl: `${fake.url}token` }))!;
      const g = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url }, auth, retryBaseMs: 1 });
      const start = performance.now();
      const error = await within(3000, g.drive.about.get({})).catch((e: unknown) => e);
      expect(performance.now() - start).toBeLessThan(2000);
      expect(fake.requests.map((r) => r.path)).toEqual(['/token']);
      expect(guidance(error)).toMatch(/^Google n'a pas répondu en 0,2 s/);
    } finally {
      if (saved === undefined) delete process.env.PACTE_HTTP_TIMEOUT_MS;
      else process.env.PACTE_HTTP_TIMEOUT_MS = saved;
      await fake.stop();
    }
  });
});
