/**
 * The demo chooser's registry (scripts/playground/demos.ts) and the reset that keeps the demo chosen:
 * each demo loads its workbook at its own clock, a blank workbook keeps the choice, an unknown id is
 * refused in French and changes nothing.
 */
import { DEMOS, demoById, demoClock, type PlaygroundDemo } from '../../scripts/playground/demos';
import type { StateView } from '../../scripts/playground/protocol';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { formatInstantFr } from '../../src/domain/dates';
import { generateDemoCohort } from '../../src/workbook/demo';
import { ALL_TABS } from '../../src/workbook/schema';

jest.setTimeout(60_000);

describe('DEMOS', () => {
  it('gives each demo a short unique id, a French label, a day, and a workbook with every tab', () => {
    expect(DEMOS.length).toBeGreaterThan(0);
    expect(new Set(DEMOS.map((d) => d.id)).size).toBe(DEMOS.length);
    for (const d of DEMOS) {
      expect(d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(d.label.trim()).not.toBe('');
      const workbook = d.build({ size: 12, today: d.today });
      expect([...workbook.keys()]).toEqual(expect.arrayContaining(['Paramètres', 'Candidatures', 'Séances', 'Journal']));
      for (const [tab, rows] of workbook) {
        const spec = ALL_TABS.find((t) => t.name === tab);
        if (spec) expect([tab, rows[0]]).toEqual([tab, [...spec.headers]]);
      }
    }
    expect(demoById(DEMOS[0]!.id)).toBe(DEMOS[0]);
    expect(demoById('inconnue')).toBeUndefined();
  });

  it('opens each demo at 10:00 in Paris on its day (winter and summer time alike)', () => {
    const at = (today: string) => formatInstantFr(demoClock({ ...DEMOS[0]!, today }));
    expect([at('2026-01-15'), at('2025-09-16'), at('2025-11-04')]).toEqual(['15/01/2026 10:00', '16/09/2025 10:00', '04/11/2025 10:00']);
    expect(() => demoClock({ ...DEMOS[0]!, today: '15/01/2026' })).toThrow(/not a YYYY-MM-DD day/);
  });
});

/** Two demos: the January cohort and the same one seen in March (a test's own registry). */
const TEST_DEMOS: readonly PlaygroundDemo[] = [
  DEMOS[0]!,
  {
    id: 'essai-mars',
    label: 'Essai (mars)',
    today: '2026-03-10',
    build: ({ size, today }) => generateDemoCohort({ size: size / 2, today }),
  },
];

describe('choosing a demo in the playground', () => {
  let server: PlaygroundServer;
  beforeAll(async () => {
    server = await startPlayground({ port: 0, quiet: true, demos: TEST_DEMOS });
  });
  afterAll(async () => {
    await server?.close();
  });
  const post = async (body: unknown) => {
    const res = await fetch(`${server.url}/api/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as { ok: boolean; message: string; state?: StateView } };
  };
  const candidates = () => server.playground.sim.peek.values('Candidatures').length - 1;
  const now = () => formatInstantFr(server.playground.sim.clock.now());

  it('lists the demos in the state, the first one loaded', async () => {
    const state = (await (await fetch(`${server.url}/api/state`)).json()) as StateView;
    expect(state.demos).toEqual([
      { id: DEMOS[0]!.id, label: DEMOS[0]!.label, today: '15/01/2026' },
      { id: 'essai-mars', label: 'Essai (mars)', today: '10/03/2026' },
    ]);
    expect(state.workbook).toEqual({ demo: DEMOS[0]!.id, blank: false });
    expect([candidates(), now()]).toEqual([40, '15/01/2026 10:00']);
    // The header row is frozen, as *Initialiser la cohorte…* leaves it, so the grid keeps it in view.
    expect(state.tabs.find((t) => t.name === 'Candidatures')!.frozenRows).toBe(1);
  });

  it('loads the demo chosen at its own clock; a blank workbook, then a reset, keep the choice', async () => {
    const chosen = await post({ blank: false, demo: 'essai-mars' });
    expect(chosen.json).toMatchObject({ ok: true, message: 'Cohorte de démonstration « Essai (mars) » chargée.' });
    expect(chosen.json.state!.workbook).toEqual({ demo: 'essai-mars', blank: false });
    expect([candidates(), now()]).toEqual([20, '10/03/2026 10:00']);
    const blank = await post({ blank: true });
    expect(blank.json.state!.workbook).toEqual({ demo: 'essai-mars', blank: true });
    expect(server.playground.sim.peek.sheetNames()).toEqual(['Feuille 1']);
    const again = await post({ blank: false });
    expect(again.json.state!.workbook).toEqual({ demo: 'essai-mars', blank: false });
    expect([candidates(), now()]).toEqual([20, '10/03/2026 10:00']);
  });

  it('refuses an unknown demo in French and keeps the workbook shown', async () => {
    const before = server.playground;
    const r = await post({ blank: false, demo: 'soutenances-2099' });
    expect(r.status).toBe(400);
    expect(r.json.message).toBe("Requête refusée : « soutenances-2099 » n'est pas une cohorte de démonstration.");
    expect(server.playground).toBe(before);
    expect((await post({ blank: false, demo: 42 })).status).toBe(400);
  });
});
