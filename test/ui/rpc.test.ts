/**
 * The typed google.script.run client, against the simulator's google.script.run (asynchronous handlers,
 * JSON round trip, call-site throws for illegal values, failure handler with the server's message) and
 * against a runner that never answers (timeout).
 */
import { createSimulator } from '../../sim';
import type { AttendanceSaveRequest, AttendanceView } from '../../src/ui/contract';
import type { ScriptRunner } from '../../src/ui/google-script';
import { DEFAULT_TIMEOUT_MS, RPC_MESSAGES, RpcError, call, createRpcClient, serverMessage } from '../../src/ui/rpc';

const VIEW: AttendanceView = {
  sessions: [{ id: 'S2', title: 'Séminaire 2', compulsory: true, days: [{ day: '2025-12-11', label: 'jeudi 11 décembre 2025' }] }],
  selected: { sessionId: 'S2', day: '2025-12-11', halfDay: 'Matin' },
  learners: [{ id: 'C-0001', name: 'Camille <b>Martin</b>', status: '' }],
  statuses: ['Présent', 'Retard', 'Absent excusé', 'Absent'],
  halfDays: ['Matin', 'Après-midi'],
  future: false,
  missing: [],
};

function serverWith(overrides: Record<string, unknown> = {}) {
  const seen: unknown[] = [];
  const server: Record<string, unknown> = {
    pacteAttendanceLoad(arg: unknown) {
      seen.push(arg);
      return { ...VIEW, extra: undefined };
    },
    pacteAttendanceSave(arg: AttendanceSaveRequest) {
      seen.push(arg);
      if (arg.marks.length === 0) throw new Error('Aucune présence à enregistrer.');
      return { saved: arg.marks.length, message: `${arg.marks.length} présences enregistrées pour S2, jeudi 11 décembre, matin` };
    },
    ...overrides,
  };
  const sim = createSimulator();
  const run = sim.scriptRun(server) as ScriptRunner;
  return { run, seen, sim };
}

async function rejection(p: Promise<unknown>): Promise<RpcError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(RpcError);
    return e as RpcError;
  }
  throw new Error('expected the call to reject');
}

describe('call through google.script.run', () => {
  it('resolves with the JSON round trip of the server value, asynchronously', async () => {
    const { run, seen } = serverWith();
    const rpc = createRpcClient({ runner: () => run });
    let done = false;
    const p = rpc('pacteAttendanceLoad', { sessionId: 'S2', halfDay: 'Matin' }).then((v) => {
      done = true;
      return v;
    });
    expect(done).toBe(false); // handlers are never called synchronously
    const view = await p;
    expect(view).toEqual(VIEW);
    expect('extra' in view).toBe(false);
    expect(seen).toEqual([{ sessionId: 'S2', halfDay: 'Matin' }]);
  });

  it('sends null as null', async () => {
    const { run, seen } = serverWith();
    await createRpcClient({ runner: () => run })('pacteAttendanceLoad', null);
    expect(seen).toEqual([null]);
  });

  it("rejects with the server's own message when the server throws", async () => {
    const { run } = serverWith({
      pacteAttendanceLoad() {
        throw new Error('Onglet « Présences » introuvable : lancez PACTE › Initialiser la promo.');
      },
    });
    const error = await rejection(createRpcClient({ runner: () => run })('pacteAttendanceLoad', null));
    expect(error.message).toBe('Onglet « Présences » introuvable : lancez PACTE › Initialiser la promo.');
    expect(error.kind).toBe('server');
    expect(error.fn).toBe('pacteAttendanceLoad');
  });

  it('rejects a save the server refuses, and resolves the next one', async () => {
    const { run } = serverWith();
    const rpc = createRpcClient({ runner: () => run });
    const base = { sessionId: 'S2', day: '2025-12-11', halfDay: 'Matin' as const };
    expect((await rejection(rpc('pacteAttendanceSave', { ...base, marks: [] }))).message).toBe('Aucune présence à enregistrer.');
    const result = await rpc('pacteAttendanceSave', { ...base, marks: [{ learnerId: 'C-0001', status: 'Présent' }] });
    expect(result).toEqual({ saved: 1, message: '1 présences enregistrées pour S2, jeudi 11 décembre, matin' });
  });

  it('rejects in French when Google refuses the argument at the call site', async () => {
    const { run, seen } = serverWith();
    const rpc = createRpcClient({ runner: () => run });
    const bad = { sessionId: 'S2', day: new Date() } as unknown as Parameters<typeof rpc<'pacteAttendanceLoad'>>[1];
    const error = await rejection(rpc('pacteAttendanceLoad', bad));
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(RPC_MESSAGES.refused('Failed due to illegal value in property: day'));
    expect(error.message).toMatch(/^La demande n'a pas pu être envoyée au serveur/);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]); // nothing reached the server
  });

  it('rejects in French for a function the server does not expose', async () => {
    const { run } = serverWith({ pacteAttendanceSave: undefined });
    const error = await rejection(
      createRpcClient({ runner: () => run })('pacteAttendanceSave', { sessionId: 'S2', day: '2025-12-11', halfDay: 'Matin', marks: [] }),
    );
    expect(error.kind).toBe('refused');
    expect(error.message).toContain('« pacteAttendanceSave »');
  });

  it('rejects at once when google.script.run is missing', async () => {
    const g = globalThis as { google?: unknown };
    delete g.google;
    const error = await rejection(call('pacteAttendanceLoad', null));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toBe(RPC_MESSAGES.unavailable);
    g.google = { script: {} };
    expect((await rejection(call('pacteAttendanceLoad', null))).kind).toBe('unavailable');
    delete g.google;
  });

  it('the default client uses the page global google.script.run', async () => {
    const { run } = serverWith();
    const g = globalThis as { google?: unknown };
    g.google = { script: { run } };
    try {
      await expect(call('pacteAttendanceLoad', null)).resolves.toEqual(VIEW);
    } finally {
      delete g.google;
    }
  });
});

describe('timeout', () => {
  afterEach(() => jest.useRealTimers());

  /** A runner whose server never answers; `answer` lets a test deliver a late result. */
  function silentRunner() {
    let success: ((v: unknown) => void) | undefined;
    const runner = {
      withSuccessHandler(h: (v: unknown) => void) {
        success = h;
        return runner;
      },
      withFailureHandler() {
        return runner;
      },
      withUserObject() {
        return runner;
      },
      pacteAttendanceLoad() {},
    };
    return { runner: runner as unknown as ScriptRunner, answer: (v: unknown) => success?.(v) };
  }

  it('rejects with « Le serveur ne répond pas… réessayez » after the default 60 s, and ignores a late answer', async () => {
    jest.useFakeTimers();
    const { runner, answer } = silentRunner();
    const p = createRpcClient({ runner: () => runner })('pacteAttendanceLoad', null);
    const outcome = p.then(
      () => 'resolved',
      (e: RpcError) => e,
    );
    jest.advanceTimersByTime(DEFAULT_TIMEOUT_MS - 1);
    await Promise.resolve();
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).kind).toBe('timeout');
    expect((error as RpcError).message).toBe(
      "Le serveur ne répond pas (plus de 60 s). Vos saisies sont toujours à l'écran : réessayez dans un instant.",
    );
    answer(VIEW); // too late: the promise stays rejected, nothing throws
    await expect(p).rejects.toBe(error);
  });

  it('takes a per-call timeout and clears its timer on success', async () => {
    jest.useFakeTimers();
    const { runner, answer } = silentRunner();
    const rpc = createRpcClient({ runner: () => runner, timeoutMs: 5_000 });
    const p = rpc('pacteAttendanceLoad', null, { timeoutMs: 120_000 });
    jest.advanceTimersByTime(60_000);
    answer(VIEW);
    await expect(p).resolves.toEqual(VIEW);
    expect(jest.getTimerCount()).toBe(0);
    const q = rpc('pacteAttendanceLoad', null);
    jest.advanceTimersByTime(5_000);
    expect((await rejection(q)).message).toContain('plus de 5 s');
  });

  it('never times out with timeoutMs 0', async () => {
    jest.useFakeTimers();
    const { runner } = silentRunner();
    void createRpcClient({ runner: () => runner })('pacteAttendanceLoad', null, { timeoutMs: 0 });
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('serverMessage', () => {
  it('keeps the server text, without a runtime type prefix', () => {
    expect(serverMessage(new Error('Séance « S9 » introuvable.'))).toBe('Séance « S9 » introuvable.');
    expect(serverMessage(new Error('Exception: Séance « S9 » introuvable.'))).toBe('Séance « S9 » introuvable.');
    expect(serverMessage({ name: 'ScriptError', message: 'Error: Verrou occupé, réessayez.' })).toBe('Verrou occupé, réessayez.');
    expect(serverMessage('Texte brut')).toBe('Texte brut');
  });

  it('says something useful when there is nothing to show, or the network failed', () => {
    expect(serverMessage(undefined)).toBe(RPC_MESSAGES.noMessage);
    expect(serverMessage(new Error(''))).toBe(RPC_MESSAGES.noMessage);
    expect(serverMessage(new Error('NetworkError: Connection failure due to HTTP 0'))).toBe(RPC_MESSAGES.network);
  });
});
