/**
 * The playground's API for real use (issue 12, item 7): questions answered by the person (the run is
 * replayed with the answers), cells typed into the grid (onEdit runs), a new blank workbook, PORT checked.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parsePort, startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import type { EditAnswer, MenuAnswer } from '../../scripts/playground/protocol';
import { fixtureDist } from '../browser/fixture';

jest.setTimeout(60_000);

let server: PlaygroundServer;
beforeAll(async () => {
  server = await startPlayground({ port: 0, quiet: true });
});
afterAll(async () => {
  await server?.close();
});

async function post<T>(route: string, body: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

describe('a question asked by a menu item', () => {
  it('stops the run, comes back to the page, and the run is replayed with the answers given', async () => {
    await post('/api/reset', { blank: true });
    expect(server.playground.sim.peek.sheetNames()).toEqual(['Feuille 1']);
    const asked = await post<MenuAnswer>('/api/menu', { functionName: 'pacteInitCohort' });
    expect(asked.json.question).toMatchObject({ kind: 'prompt', buttons: 'OK_CANCEL' });
    expect(asked.json.question!.message).toContain('Bretagne, Bourgogne-Franche-Comté');
    // Nothing of the stopped run is kept or shown.
    expect(asked.json.effects).toEqual({ alerts: [], toasts: [], panels: [] });
    expect(server.playground.sim.peek.sheetNames()).toEqual(['Feuille 1']);

    const done = await post<MenuAnswer>('/api/menu', {
      functionName: 'pacteInitCohort',
      answers: [{ kind: 'prompt', button: 'OK', text: 'Bretagne' }],
    });
    expect(done.json.question).toBeUndefined();
    expect(done.json.ok).toBe(true);
    expect(server.playground.sim.peek.sheetNames()).toEqual(expect.arrayContaining(['Paramètres', 'Candidatures', 'Séances', 'Journal']));
    expect(done.json.effects.alerts).toHaveLength(1);
    // Answers are not left queued for the next run.
    const again = await post<MenuAnswer>('/api/menu', { functionName: 'pacteShowSettings' });
    expect(again.json.question).toBeUndefined();
  });

  it('refuses malformed answers with one French line', async () => {
    const r = await post<{ ok: boolean; message: string }>('/api/menu', {
      functionName: 'pacteInitCohort',
      answers: [{ kind: 'prompt', button: 'MAYBE' }],
    });
    expect(r.status).toBe(400);
    expect(r.json.message).toMatch(/^Requête refusée : /);
  });
});

describe('typing into the grid', () => {
  beforeAll(async () => {
    await post('/api/reset', { blank: false });
  });

  it('writes the cell as Sheets reads typed text, then runs onEdit on it', async () => {
    const [head] = server.playground.sim.peek.values('Candidatures');
    const email = head!.indexOf('E-mail') + 1;
    const control = head!.indexOf('Contrôle');
    const r = await post<EditAnswer>('/api/edit', { tab: 'Candidatures', row: 3, column: email, value: 'pas-une-adresse' });
    expect(r.json.ok).toBe(true);
    const row = server.playground.sim.peek.values('Candidatures')[2]!;
    expect(row[email - 1]).toBe('pas-une-adresse');
    expect(String(row[control])).toMatch(/adresse/i);
    const date = head!.indexOf('Date de réception du dossier') + 1;
    await post<EditAnswer>('/api/edit', { tab: 'Candidatures', row: 3, column: date, value: '02/03/2025' });
    expect(server.playground.sim.peek.values('Candidatures')[2]![date - 1]).toBeInstanceOf(Date);
  });

  it('grows the grid for a row typed just under it, and refuses a cell far outside, in French', async () => {
    const rows = server.playground.sim.peek.values('Paramètres').length;
    const ok = await post<EditAnswer>('/api/edit', { tab: 'Paramètres', row: rows + 2, column: 1, value: 'Note' });
    expect(ok.json.ok).toBe(true);
    expect(server.playground.sim.peek.values('Paramètres')).toHaveLength(rows + 2);
    const far = await post<EditAnswer>('/api/edit', { tab: 'Paramètres', row: 50_000, column: 1, value: 'x' });
    expect(far.json).toMatchObject({ ok: false, message: 'Cette cellule est hors de la grille de l’onglet.' });
    const unknown = await post<EditAnswer>('/api/edit', { tab: 'Inconnu', row: 2, column: 1, value: 'x' });
    expect(unknown.json).toMatchObject({ ok: false, message: "L'onglet « Inconnu » n'existe pas (ou plus) : rechargez la page." });
    const bad = await post<{ message: string }>('/api/edit', { tab: 'Paramètres', row: 0, column: 1, value: 'x' });
    expect(bad.status).toBe(400);
  });
});

describe('PORT', () => {
  it('accepts 0–65535 and refuses anything else', () => {
    expect([undefined, '', '0', '8080', '65535'].map(parsePort)).toEqual([8080, 8080, 0, 8080, 65535]);
    expect(['abc', '-1', '65536', '80a', '1e3'].map(parsePort)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('PORT=abc npm start: one French line, exit status 1', () => {
    const root = path.resolve(__dirname, '../..');
    const run = spawnSync(process.execPath, ['bin/run-ts.js', 'scripts/playground/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      "Le terrain de jeu n'a pas pu démarrer : PORT=abc n'est pas un numéro de port : donnez un nombre entre 0 et 65535 (0 = un port libre au hasard), par exemple PORT=8080 npm start.",
    ]);
  });
});

describe('questions, on a test bundle that writes after (or before) asking', () => {
  let fixture: PlaygroundServer;
  let dist: string;
  beforeAll(async () => {
    dist = await fixtureDist();
    fixture = await startPlayground({ port: 0, quiet: true, dist, sidebarFunctions: [] });
  });
  afterAll(async () => {
    await fixture?.close();
    if (dist) await rm(dist, { recursive: true, force: true });
  });
  const journal = () =>
    fixture.playground.sim.peek
      .values('Journal')
      .slice(1)
      .map((r) => r.slice(1, 4));

  it('asks each question in turn and writes nothing until the last one is answered', () => {
    const before = journal();
    const first = fixture.playground.menu('pacteTestAsk')!;
    expect(first.question).toEqual({ kind: 'alert', title: 'Essai', message: 'Continuer ?', buttons: 'YES_NO' });
    expect(journal()).toEqual(before);
    const second = fixture.playground.menu('pacteTestAsk', [{ kind: 'alert', button: 'YES' }])!;
    expect(second.question).toEqual({ kind: 'prompt', title: 'Essai', message: 'Votre nom ?', buttons: 'OK_CANCEL' });
    expect(journal()).toEqual(before);
    const done = fixture.playground.menu('pacteTestAsk', [
      { kind: 'alert', button: 'YES' },
      { kind: 'prompt', button: 'OK', text: 'Zoé' },
    ])!;
    expect(done.question).toBeUndefined();
    expect(journal()).toEqual([...before, ['Question', 'YES', 'OK:Zoé']]);
    // The questions already answered on the page are not shown again.
    expect(done.effects.alerts).toEqual([]);
  });

  it('never replays a run that already wrote: its question is answered « Fermer » (CLOSE), once', () => {
    const before = journal();
    const answer = fixture.playground.menu('pacteTestWriteThenAsk')!;
    expect(answer.question).toBeUndefined();
    expect(journal()).toEqual([...before, ['Avant', '', ''], ['Après', 'CLOSE', '']]);
    // The page shows it with a note saying the playground answered « Fermer ».
    expect(answer.effects.alerts).toEqual([{ title: 'Essai', message: 'Et maintenant ?', buttons: 'YES_NO' }]);
  });
});
