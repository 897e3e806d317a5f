import type { GaxiosError } from 'gaxios';
import { backoffMs, googleClients, isTransient, Pacer, retryAfterMs } from '../../scripts/google/client';
import { FakeGoogle, FAILURES } from '../helpers/fake-google';

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
    expect(retryAfterMs(error(429, {}, { 'retry-after': new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString() }), Date.UTC(2030, 0, 1))).toBe(30_000);
    expect(backoffMs(1, 1000, error(429, {}, { 'retry-after': '3' }))).toBe(3000);
    expect(backoffMs(1, 1000, error(503), () => 0)).toBe(1000);
    expect(backoffMs(1, 1000, error(503), () => 1)).toBe(2000);
    expect(backoffMs(3, 1000, error(503), () => 1)).toBe(8000);
    expect(backoffMs(20, 1000, error(503), () => 1)).toBe(64_000);
  });

  it('paces requests: never more than the limit in any window', async () => {
    let now = 0;
    const slept: number[] = [];
    const pacer = new Pacer(3, 60_000, () => now, async (ms) => { slept.push(ms); now += ms; });
    for (let i = 0; i < 7; i++) { await pacer.take(); now += 1000; }
    expect(slept).toEqual([57_000, 57_000]);
  });

  it('paces every Sheets attempt (retries included), not Drive or Apps Script', async () => {
    const fake = new FakeGoogle();
    await fake.start();
    try {
      let taken = 0;
      const pacer = new Pacer(1000);
      const take = pacer.take.bind(pacer);
      pacer.take = async () => { taken++; await take(); };
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
      await g.drive.files.create({ requestBody: { name: 'y' } }, g.checkedPost(async () => false));
      expect(fake.requests).toHaveLength(3);
    } finally {
      await fake.stop();
    }
  });
});
