/**
 * The built « Soutenances » sidebar (dist/defences.html) in Chromium, 300 px wide, with a stand-in
 * `google.script.run` (asynchronous handlers, JSON round trip) answering as the contract says.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../browser/browser';
import type { DefencesView } from '../../src/ui/contract';

jest.setTimeout(60_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;
const URL = 'https://sidebar.test/defences';

/** Runs in the page: `mode` 'problems' answers the load with problems only. */
function installFakeServer(mode: string): void {
  const placement = (learnerId: string, start: number, jury: string[], origin: string) => ({
    learnerId,
    day: '2026-09-24',
    start,
    jury,
    sessionId: 'SOUT',
    origin,
  });
  const proposal = [
    placement('C-0001', 540, ['Anne Morel', 'Léa Bernard'], 'typed'),
    placement('C-0002', 600, ['Paul Durand', 'Marc Petit'], 'proposed'),
  ];
  const base: DefencesView = {
    problems: [],
    proposal: proposal as DefencesView['proposal'],
    rows: [
      {
        learnerId: 'C-0001',
        learner: 'Camille Martin',
        day: '2026-09-24',
        dayLabel: 'jeudi 24 septembre 2026',
        time: '9h00',
        session: 'Soutenances',
        jury: [
          { name: 'Anne Morel', role: 'Président' },
          { name: 'Léa Bernard', role: 'Membre' },
        ],
        origin: 'typed',
      },
      {
        learnerId: 'C-0002',
        learner: '<img src=x onerror="window.__pwned=1">Léo Petit',
        day: '2026-09-24',
        dayLabel: 'jeudi 24 septembre 2026',
        time: '10h00',
        session: 'Soutenances',
        jury: [
          { name: 'Paul Durand', role: 'Président' },
          { name: 'Marc Petit', role: 'Membre' },
        ],
        origin: 'proposed',
      },
    ],
    unplaced: [{ learnerId: 'C-0003', learner: 'Inès Roux', message: 'Plus aucun créneau libre : ajoutez une journée.' }],
    notDeposited: [{ learnerId: 'C-0004', learner: 'Jules Blanc' }],
    freeSlots: [
      { sessionId: 'SOUT', day: '2026-09-24', start: 660, label: 'jeudi 24 septembre 2026 à 11h00 (Soutenances)' },
      { sessionId: 'SOUT', day: '2026-09-25', start: 540, label: 'vendredi 25 septembre 2026 à 9h00 (Soutenances)' },
    ],
    members: [
      { name: 'Anne Morel', role: 'Président' },
      { name: 'Léa Bernard', role: 'Membre' },
      { name: 'Marc Petit', role: 'Membre' },
      { name: 'Paul Durand', role: 'Président' },
    ],
    toWrite: 1,
    results: [{ learnerId: 'C-0001', learner: 'Camille Martin', when: '24/09/2026 à 9h00', result: '' }],
  };
  const calls: Array<{ fn: string; arg: unknown }> = [];
  (window as unknown as { __calls: unknown }).__calls = calls;
  const handlers: Record<string, (arg: any) => unknown> = {
    pacteDefencesLoad: () =>
      mode === 'problems'
        ? { ...base, problems: ['Onglet « Jury », ligne 3 : « E-mail » vide ; ajoutez son adresse.'], rows: [], proposal: [], toWrite: 0 }
        : base,
    pacteDefencesAdjust: (arg: { change: { kind: string } }) => {
      if (arg.change.kind === 'swap') throw new Error('Le jury n’a pas de président·e.');
      return { ...base, rows: [base.rows[0], { ...base.rows[1], time: '11h00' }] };
    },
    pacteDefencesConfirm: () => ({ message: '1 soutenance enregistrée dans « Mémoires ».', view: { ...base, toWrite: 0 } }),
    pacteDefencesResult: () => ({ message: 'Résultat « Admis » enregistré pour C-0001.', view: base }),
  };
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_, prop: string) {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, failure);
          if (prop === 'withFailureHandler') return (f: (e: Error) => void) => runner(success, f);
          if (prop === 'withUserObject') return () => runner(success, failure);
          return (arg: unknown) => {
            const sent = JSON.parse(JSON.stringify(arg ?? null));
            calls.push({ fn: prop, arg: sent });
            setTimeout(() => {
              try {
                success?.(JSON.parse(JSON.stringify(handlers[prop]!(sent) ?? null)));
              } catch (e) {
                failure?.(e as Error);
              }
            }, 5);
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner() } };
}

describeBrowser('the soutenances sidebar in Chromium', () => {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    html = await readFile(path.resolve(__dirname, '../../dist/defences.html'), 'utf8');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(mode = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    await page.route('**/*', (route) =>
      route.request().url() === URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
    );
    page.on('pageerror', (e) => {
      throw e;
    });
    page.on('dialog', (d) => void d.accept());
    await page.addInitScript(installFakeServer, mode);
    await page.goto(URL);
    return page;
  }
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Array<{ fn: string; arg: any }> }).__calls);

  it('shows the proposal by day with its jury, who cannot be placed and why, never runs inserted HTML, fits 300 px', async () => {
    const page = await open();
    await page.getByRole('heading', { name: 'jeudi 24 septembre 2026' }).waitFor();
    await page.getByText('9h00 — Camille Martin (C-0001)').waitFor();
    await expect(page.getByText('saisie dans « Mémoires »').count()).resolves.toBe(1);
    await page.getByText('Président·e : Paul Durand · Membre : Marc Petit').waitFor();
    await page.getByText('Inès Roux (C-0003) : Plus aucun créneau libre : ajoutez une journée.').waitFor();
    await page.getByText('Jules Blanc (C-0004)').waitFor();
    await page.getByRole('button', { name: 'Confirmer et écrire (1)' }).waitFor();
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= 300)).resolves.toBe(true);
  });

  it('moves a learner, says a refused swap, confirms the proposal, picks a Résultat: each through the contract', async () => {
    const page = await open();
    await page.getByText('Modifier').click();
    await page.getByLabel(/Déplacer vers/).selectOption({ label: 'vendredi 25 septembre 2026 à 9h00 (Soutenances)' });
    await page.getByRole('button', { name: 'Déplacer', exact: true }).click();
    await page.getByText(/déplacée \(pas encore écrite\)/).waitFor();
    await page.getByText('11h00 — ', { exact: false }).waitFor();
    await page.getByText('Modifier').click();
    await page.getByLabel(/^Remplacer/).selectOption('Paul Durand');
    await page.getByLabel('par', { exact: true }).selectOption('Léa Bernard');
    await page.getByRole('button', { name: 'Changer' }).click();
    await page.getByRole('alert').getByText('Le jury n’a pas de président·e.').waitFor();
    await page.getByRole('button', { name: 'Confirmer et écrire (1)' }).click();
    await page.getByText('1 soutenance enregistrée dans « Mémoires ».').waitFor();
    await page.getByLabel('Camille Martin (C-0001) — 24/09/2026 à 9h00').selectOption('Admis');
    await page.getByText('Résultat « Admis » enregistré pour C-0001.').waitFor();
    const sent = (await calls(page)).map((c) => [c.fn, c.arg?.change ?? c.arg]);
    expect(sent).toEqual([
      ['pacteDefencesLoad', null],
      ['pacteDefencesAdjust', { kind: 'move', learnerId: 'C-0002', sessionId: 'SOUT', day: '2026-09-25', start: 540 }],
      ['pacteDefencesAdjust', { kind: 'swap', learnerId: 'C-0002', outgoing: 'Paul Durand', incoming: 'Léa Bernard' }],
      ['pacteDefencesConfirm', { proposal: expect.any(Array) }],
      ['pacteDefencesResult', { learnerId: 'C-0001', result: 'Admis' }],
    ]);
    expect((await calls(page))[3]!.arg.proposal).toHaveLength(2);
  });

  it('with problems: lists what to change, offers no confirmation', async () => {
    const page = await open('problems');
    await page.getByText('À corriger avant de planifier').waitFor();
    await page.getByText(/ligne 3 : « E-mail » vide/).waitFor();
    await expect(page.getByRole('button', { name: /Confirmer/ }).isVisible()).resolves.toBe(false);
  });
});
