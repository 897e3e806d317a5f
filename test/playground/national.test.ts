/**
 * The playground's « National » routes (issue 21 item 1): the rehearsal folder written by the real
 * `pacte setup|deploy --simulation`, its regions, a workbook read-only, `pacte report`'s national lines;
 * before any rehearsal, the commands to run; bad requests refused in French.
 */
import path from 'node:path';
import { simulationFolder } from '../../scripts/playground/national';
import type { NationalView } from '../../scripts/playground/protocol';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { CANDIDATES_TAB } from '../../src/workbook/schema';
import { rehearse, typeApplicants } from '../google/simulated-regions';
import { tempDir } from '../helpers/cli';

jest.setTimeout(60_000);

const dir = path.join(tempDir('pacte-national-'), 'simulation');
let server: PlaygroundServer;
let empty: PlaygroundServer;

beforeAll(async () => {
  await rehearse(dir, ['bretagne-2025', 'bfc-promo8']);
  await typeApplicants(dir, 'file1', 3);
  await typeApplicants(dir, 'file2', 2);
  [server, empty] = await Promise.all([
    startPlayground({ port: 0, quiet: true, simulationDir: dir }),
    startPlayground({ port: 0, quiet: true, simulationDir: path.join(tempDir(), 'none') }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.close(), empty?.close()]);
});

const national = async (s: PlaygroundServer) => (await (await fetch(`${s.url}/api/national`)).json()) as NationalView;
const openWorkbook = (body: unknown) =>
  fetch(`${server.url}/api/national/workbook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body: JSON.stringify(body),
  });

it('lists the simulated regions, their workbook and last deploy (JJ/MM/AAAA), and the national totals', async () => {
  const view = await national(server);
  const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' }).format(new Date());
  expect(view.regions).toEqual([
    {
      region: 'bretagne-2025',
      promo: 'Promo 2026',
      spreadsheetId: 'file1',
      name: expect.stringMatching(/^PACTE Bretagne/),
      lastDeploy: today,
    },
    { region: 'bfc-promo8', promo: 'Promo 2026', spreadsheetId: 'file2', name: expect.any(String), lastDeploy: today },
  ]);
  // The national sum (3 + 2), not a region's.
  expect(view.totals[0]).toMatch(/^Candidatures : 5\b/);
  expect(view.totals[1]).toBe('Dossiers : 0 complet, 5 incomplets');
  expect(view.unreadable).toEqual([]);
  expect(view.empty).toBeUndefined();
});

it('opens a region workbook: every tab, header row first and frozen, the applicants typed', async () => {
  const res = await openWorkbook({ spreadsheetId: 'file1' });
  expect(res.status).toBe(200);
  const answer = await res.json();
  const candidates = answer.tabs.find((t: { name: string }) => t.name === CANDIDATES_TAB.name);
  expect(candidates.frozenRows).toBe(1);
  expect(candidates.rows[0].slice(0, CANDIDATES_TAB.headers.length)).toEqual([...CANDIDATES_TAB.headers]);
  expect(candidates.rows.slice(1).map((r: string[]) => r[0])).toEqual(['C-0001', 'C-0002', 'C-0003']);
});

it('refuses an unknown workbook and a malformed request in French', async () => {
  const unknown = await openWorkbook({ spreadsheetId: 'file99' });
  expect([unknown.status, (await unknown.json()).message]).toEqual([404, expect.stringMatching(/^Le classeur « file99 » n'est pas/)]);
  for (const body of [{ spreadsheetId: '../etc' }, { spreadsheetId: 'file1', more: 1 }, {}]) {
    const bad = await openWorkbook(body);
    expect([bad.status, (await bad.json()).message]).toEqual([400, expect.stringMatching(/^Requête refusée : /)]);
  }
});

it('before any rehearsal, says which commands to run', async () => {
  const view = await national(empty);
  expect(view.regions).toEqual([]);
  expect(view.empty).toMatch(/^Aucune région simulée dans « .*none » .*npx pacte setup --simulation --region/);
});

it('reads the folder given, else PACTE_SIMULATION_DIR, else .pacte-simulation where the playground runs', () => {
  expect(simulationFolder('/tmp/x')).toBe('/tmp/x');
  const before = process.env.PACTE_SIMULATION_DIR;
  try {
    process.env.PACTE_SIMULATION_DIR = '/tmp/y';
    expect(simulationFolder()).toBe('/tmp/y');
    delete process.env.PACTE_SIMULATION_DIR;
    expect(simulationFolder()).toBe(path.resolve('.pacte-simulation'));
  } finally {
    if (before === undefined) delete process.env.PACTE_SIMULATION_DIR;
    else process.env.PACTE_SIMULATION_DIR = before;
  }
});
