import { buildRequest, runBatch } from '../../src/ui/pages/documents/state';
import type { DocumentsProgress } from '../../src/ui/contract';

const progress = (over: Partial<DocumentsProgress>): DocumentsProgress => ({
  total: 30,
  done: 0,
  made: 0,
  failed: 0,
  finished: false,
  stopped: null,
  errors: [],
  message: '',
  ...over,
});

describe('the documents sidebar drives the batch', () => {
  it('calls until finished, reporting each step', async () => {
    const answers = [progress({ done: 10, made: 10 }), progress({ done: 20, made: 10 }), progress({ done: 30, made: 10, finished: true })];
    const seen: number[] = [];
    const end = await runBatch(
      async () => answers.shift()!,
      { kind: 'convocation', sessionId: 'S1' },
      (p) => seen.push(p.done),
    );
    expect(end.kind).toBe('finished');
    expect(seen).toEqual([10, 20, 30]);
  });

  it("stops at Google's quota, at an error, at a call that makes nothing, or when the person stops it", async () => {
    const stopped = await runBatch(
      async () => progress({ made: 3, stopped: 'Google limite…' }),
      { kind: 'emargement', sessionId: 'S1' },
      () => {},
    );
    expect(stopped).toMatchObject({ kind: 'stopped' });
    const failed = await runBatch(
      async () => {
        throw new Error('Séance inconnue');
      },
      { kind: 'convocation', sessionId: 'S9' },
      () => {},
    );
    expect(failed).toEqual({ kind: 'error', message: 'Séance inconnue' });
    let calls = 0;
    const idle = await runBatch(
      async () => {
        calls++;
        return progress({});
      },
      { kind: 'convocation', sessionId: 'S1' },
      () => {},
    );
    expect([idle.kind, calls]).toEqual(['stopped', 1]);
    let n = 0;
    const cancelled = await runBatch(
      async () => progress({ made: 1 }),
      { kind: 'convocation', sessionId: 'S1' },
      () => n++,
      () => n >= 2,
    );
    expect([cancelled.kind, n]).toEqual(['cancelled', 2]);
  });

  it('builds the request from the form: defaults mean everything', () => {
    const halfDays = [
      { day: '2025-10-16', halfDay: 'Matin' as const, checked: true },
      { day: '2025-10-16', halfDay: 'Après-midi' as const, checked: false },
    ];
    const learners = [
      { id: 'C-1', checked: true },
      { id: 'C-2', checked: true },
    ];
    expect(buildRequest({ kind: 'emargement', sessionId: 'S1', halfDays, learners })).toEqual({
      request: { kind: 'emargement', sessionId: 'S1', halfDays: [{ day: '2025-10-16', halfDay: 'Matin' }] },
    });
    expect(buildRequest({ kind: 'convocation', sessionId: 'S1', halfDays, learners })).toEqual({
      request: { kind: 'convocation', sessionId: 'S1' },
    });
    expect(buildRequest({ kind: 'convocation', sessionId: '', halfDays, learners })).toEqual({ missing: 'session' });
    expect(
      buildRequest({
        kind: 'attestation-fin',
        sessionId: '',
        halfDays,
        learners: [
          { id: 'C-1', checked: false },
          { id: 'C-2', checked: true },
        ],
      }),
    ).toEqual({ request: { kind: 'attestation-fin', learnerIds: ['C-2'] } });
    expect(
      buildRequest({ kind: 'emargement', sessionId: 'S1', halfDays: halfDays.map((h) => ({ ...h, checked: false })), learners }),
    ).toEqual({ missing: 'halfDay' });
    // Soutenance documents need no session; decisions are about candidates, not the learners' list.
    expect(buildRequest({ kind: 'pv-soutenance', sessionId: '', halfDays, learners })).toEqual({ request: { kind: 'pv-soutenance' } });
    expect(buildRequest({ kind: 'decision', sessionId: '', halfDays, learners: [{ id: 'C-1', checked: false }] })).toEqual({
      request: { kind: 'decision' },
    });
  });
});
