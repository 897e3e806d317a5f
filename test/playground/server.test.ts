/**
 * The playground's HTTP API under hostile requests (issue 13, item 9): one French line and a 400,
 * never a 500, a stack or an English engine message; only the sidebar contract's functions.
 */
import { startPlayground, jsonDepth, type PlaygroundServer } from '../../scripts/playground/server';

jest.setTimeout(60_000);

let server: PlaygroundServer;
let errors: jest.SpyInstance;

beforeAll(async () => {
  server = await startPlayground({ port: 0 });
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterAll(async () => {
  errors.mockRestore();
  await server?.close();
});

async function post(
  route: string,
  body: string,
): Promise<{ status: number; type: string; text: string; json?: { ok: boolean; message: string } }> {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body,
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, text, json: type.startsWith('application/json') ? JSON.parse(text) : undefined };
}

/** One line of French: no stack, no English engine message. */
function expectOneFrenchLine(message: string | undefined): void {
  expect(message).toMatch(/^Requête refusée : /);
  expect(message).not.toMatch(/\n|at .*\(|Error|Maximum call stack|Cannot|undefined/);
}

describe('POST /api/rpc', () => {
  it('refuses a fn that is not text ({"toString":1}, a number, an array) with a 400 saying so', async () => {
    for (const fn of ['{"toString":1}', '5', '["pacteAttendanceLoad"]', 'null']) {
      const r = await post('/api/rpc', `{"fn":${fn},"args":[]}`);
      expect([fn, r.status]).toEqual([fn, 400]);
      expectOneFrenchLine(r.json?.message);
      expect(r.json!.message).toBe('Requête refusée : « fn » doit être le nom de la fonction, en texte.');
    }
    // The exact body: no args at all.
    const exact = await post('/api/rpc', '{"fn":{"toString":1}}');
    expect([exact.status, exact.json?.message]).toEqual([400, 'Requête refusée : « fn » doit être le nom de la fonction, en texte.']);
    expect(errors).not.toHaveBeenCalled();
  });

  it('refuses deeply nested arguments without exhausting the stack', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = await post('/api/rpc', `{"fn":"pacteAttendanceLoad","args":[${deep}]}`);
    expect(r.status).toBe(400);
    expectOneFrenchLine(r.json?.message);
    expect(r.json!.message).toBe('Requête refusée : données imbriquées sur plus de 32 niveaux.');
    const object = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    expect((await post('/api/rpc', `{"fn":"pacteAttendanceLoad","args":[${object}]}`)).status).toBe(400);
    expect(errors).not.toHaveBeenCalled();
  });

  it('runs only the sidebar contract functions: not onEdit, not the set-up', async () => {
    expect(server.playground.publicFunctions).toEqual([
      'pacteAttendanceLoad',
      'pacteAttendanceSave',
      'pacteDefencesAdjust',
      'pacteDefencesConfirm',
      'pacteDefencesLoad',
      'pacteDefencesResult',
      'pacteDocumentsCheckTemplates',
      'pacteDocumentsMake',
      'pacteDocumentsOptions',
      'pacteDocumentsPreview',
      'pacteEligibilityRecompute',
      'pacteRemindersAutomatic',
      'pacteRemindersLoad',
      'pacteRemindersSendNow',
      'pacteRemindersTest',
      'pacteSelectionLoad',
      'pacteSelectionOpinion',
      'pacteSelectionSendDecisions',
      'pacteSelectionSendInvitations',
      'pacteSelectionSetStatus',
      'pacteSelectionSlots',
    ]);
    for (const fn of ['onEdit', 'pacteInitCohort', 'pacteCheckCandidates', 'toString', '__proto__']) {
      const before = server.playground.workbook();
      const r = await post('/api/rpc', JSON.stringify({ fn, args: [{}] }));
      expect([fn, r.status]).toEqual([fn, 400]);
      expectOneFrenchLine(r.json?.message);
      expect(r.json!.message).toContain(
        `n'est pas une fonction que les panneaux peuvent appeler (${server.playground.publicFunctions.join(', ')})`,
      );
      expect(server.playground.workbook()).toEqual(before);
    }
    const ok = await post('/api/rpc', JSON.stringify({ fn: 'pacteAttendanceLoad', args: [null] }));
    expect(ok.status).toBe(200);
    expect(ok.json!.ok).toBe(true);
  });

  it('refuses missing, extra or wrong-typed fields, naming them', async () => {
    const cases: Array<[string, string]> = [
      ['{"fn":"pacteAttendanceLoad"}', 'Requête refusée : « args » doit être la liste des arguments.'],
      ['{"fn":"pacteAttendanceLoad","args":{}}', 'Requête refusée : « args » doit être la liste des arguments.'],
      ['{"fn":"pacteAttendanceLoad","args":[],"admin":true}', 'Requête refusée : champ inattendu « admin ».'],
      [`{"fn":"${'x'.repeat(500)}","args":[]}`, 'Requête refusée : « fn » est trop long.'],
    ];
    for (const [body, message] of cases) {
      const r = await post('/api/rpc', body);
      expect([body.slice(0, 60), r.status, r.json?.message]).toEqual([body.slice(0, 60), 400, message]);
    }
  });
});

describe('POST /api/menu', () => {
  it('refuses a functionName that is not text, with a 400 and one French line', async () => {
    const r = await post('/api/menu', '{"functionName":{"toString":1}}');
    expect(r.status).toBe(400);
    expect(r.json!.message).toBe('Requête refusée : « functionName » doit être le nom de la fonction, en texte.');
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('jsonDepth', () => {
  it('measures nesting without recursion', () => {
    expect([jsonDepth(1), jsonDepth([]), jsonDepth({ a: [1, { b: 2 }] })]).toEqual([0, 1, 3]);
  });
});
