/** The playground's « Envois » panel: switch on automatic sending, advance the clock, each reminder goes out once. */
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import type { MailView } from '../../scripts/playground/mail';

jest.setTimeout(120_000);

let server: PlaygroundServer;
beforeAll(async () => {
  server = await startPlayground({ port: 0, quiet: true });
});
afterAll(async () => {
  await server?.close();
});

const post = async <T>(route: string, body: unknown): Promise<T> => {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};

it('switching automatic sending on, then « Jour suivant » day after day: the J-7 convocations go out once', async () => {
  const empty = (await (await fetch(`${server.url}/api/mail`)).json()) as MailView;
  expect(empty).toMatchObject({ sent: [], triggers: [], now: 'jeudi 15 janvier 2026, 10:00' });
  const switched = await post<{ ok: boolean; value: { trigger: { owner: string } } }>('/api/rpc', {
    fn: 'pacteRemindersAutomatic',
    args: [{ on: true }],
  });
  expect(switched.ok).toBe(true);
  let last: MailView | undefined;
  for (let day = 0; day < 21; day++) last = (await post<{ fired: number; mail: MailView }>('/api/next-day', {})).mail;
  const convocations = last!.sent.filter((m) => m.subject.startsWith('Convocation'));
  expect(convocations.length).toBeGreaterThan(0);
  const keys = convocations.map((m) => `${m.to.join(',')}|${m.subject}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(last!.triggers).toEqual([{ functionName: 'pacteDailyReminders', owner: 'coordination@example.org', hour: 7 }]);
  expect(last!.now).toBe('jeudi 5 février 2026, 10:00');
});
