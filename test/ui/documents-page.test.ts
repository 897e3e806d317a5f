/**
 * The built documents sidebar (dist/documents.html) in Chromium, 300 px wide, with a stand-in
 * `google.script.run` as Google documents it (asynchronous handlers, JSON round trip, an Error with
 * the server's message). The server side is tested in test/gas/documents.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../browser/browser';

jest.setTimeout(60_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;
const URL = 'https://sidebar.test/documents';

function installFakeServer(options: { quotaAt?: number }): void {
  const calls: Array<{ fn: string; arg: unknown }> = [];
  (window as unknown as { __calls: typeof calls }).__calls = calls;
  let done = 0;
  let makes = 0;
  const total = 4;
  const server: Record<string, (arg: any) => unknown> = {
    pacteDocumentsOptions: () => ({
      kinds: [
        { id: 'convocation', label: 'Convocation' },
        { id: 'emargement', label: "Feuille d'émargement" },
        { id: 'attestation-fin', label: 'Attestation de fin de formation' },
      ],
      sessions: [
        {
          id: 'S1',
          title: 'Séminaire 1',
          halfDays: [
            { day: '2025-10-16', halfDay: 'Matin', label: 'jeudi 16 octobre 2025, matin' },
            { day: '2025-10-16', halfDay: 'Après-midi', label: 'jeudi 16 octobre 2025, après-midi' },
            { day: '2025-10-17', halfDay: 'Matin', label: 'vendredi 17 octobre 2025, matin' },
            { day: '2025-10-17', halfDay: 'Après-midi', label: 'vendredi 17 octobre 2025, après-midi' },
          ],
        },
      ],
      learners: [
        { id: 'C-0001', name: 'Camille Martin' },
        { id: 'C-0002', name: '<img src=x onerror="window.__pwned=1">Inès' },
      ],
    }),
    pacteDocumentsPreview: (request: { kind: string }) =>
      request.kind === 'attestation-fin'
        ? {
            total: 0,
            done: 0,
            createdToday: 0,
            dailyLimit: 1500,
            warning: null,
            first: null,
            why: "Aucun document à créer : aucun·e apprenant·e n'est éligible à ce jour : 3 en cours, 1 à risque — voir l'onglet Éligibilité.",
          }
        : {
            total,
            done,
            createdToday: 0,
            dailyLimit: 1500,
            warning: null,
            why: null,
            first:
              done === total
                ? null
                : {
                    fileName: '2025-10-16_S1_emargement_matin',
                    values: [
                      { tag: 'seance', value: 'Séminaire 1' },
                      { tag: 'lieu', value: '<b>Rennes</b>' },
                    ],
                    learners: ['Martin Camille'],
                    trainers: [],
                  },
          },
    pacteDocumentsMake: () => {
      makes++;
      if (options.quotaAt === makes)
        return {
          total,
          done,
          made: 0,
          failed: 0,
          finished: false,
          stopped: 'Google limite le nombre de documents créés.',
          errors: [],
          message: 'Google limite le nombre de documents créés.',
        };
      done = Math.min(total, done + 2);
      return {
        total,
        done,
        made: 2,
        failed: 0,
        finished: done === total,
        stopped: null,
        errors: [],
        message: done === total ? '4 documents créés.' : `${done}/${total}`,
      };
    },
    pacteDocumentsCheckTemplates: () => [
      { key: 'Modèle : convocation', label: 'Convocation', ok: false, lines: ['balise inconnue {{ville}}'] },
    ],
  };
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): unknown => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (h: (v: unknown) => void) => runner(h, failure),
      withFailureHandler: (h: (e: Error) => void) => runner(success, h),
      withUserObject: () => r,
    };
    for (const [name, fn] of Object.entries(server)) {
      r[name] = (arg: unknown) => {
        const sent = JSON.parse(JSON.stringify(arg ?? null));
        calls.push({ fn: name, arg: sent });
        setTimeout(() => {
          try {
            success?.(JSON.parse(JSON.stringify(fn(sent) ?? null)));
          } catch (e) {
            failure?.(new Error((e as Error).message));
          }
        }, 5);
      };
    }
    return r;
  };
  (window as unknown as { google: unknown }).google = { script: { run: runner() } };
}

describeBrowser('the documents sidebar in Chromium', () => {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    html = await readFile(path.resolve(__dirname, '../../dist/documents.html'), 'utf8');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: { quotaAt?: number } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    await page.route('**/*', (route) =>
      route.request().url() === URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
    );
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.addInitScript(installFakeServer, options);
    await page.goto(URL);
    await page.getByLabel('Camille Martin').waitFor();
    return page;
  }
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Array<{ fn: string; arg: any }> }).__calls);

  it('previews, then creates the sign-in sheets of a session, showing « 4/4 », names and values as text', async () => {
    const page = await open();
    await page.getByLabel('Type de document').selectOption('emargement');
    await page.getByLabel('Séance').selectOption('S1');
    await page.getByLabel('vendredi 17 octobre 2025, après-midi').uncheck();
    await page.getByRole('button', { name: 'Aperçu' }).click();
    await page.getByText('Premier document : 2025-10-16_S1_emargement_matin').waitFor();
    await expect(page.getByText('<b>Rennes</b>').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Créer les documents' }).click();
    await page.getByRole('status').filter({ hasText: '4 documents créés.' }).waitFor();
    await expect(page.locator('#progress-text').textContent()).resolves.toBe('4/4');
    // The preview refreshes after the batch: it now says what the register says.
    await page.getByText('4 documents, dont 4 déjà créés.').waitFor();
    await page.getByText('Tous ces documents existent déjà.').waitFor();
    expect((await calls(page)).filter((c) => c.fn === 'pacteDocumentsPreview')).toHaveLength(2);
    const made = (await calls(page)).filter((c) => c.fn === 'pacteDocumentsMake');
    expect(made).toHaveLength(2);
    expect(made[0]!.arg).toEqual({
      kind: 'emargement',
      sessionId: 'S1',
      halfDays: [
        { day: '2025-10-16', halfDay: 'Matin' },
        { day: '2025-10-16', halfDay: 'Après-midi' },
        { day: '2025-10-17', halfDay: 'Matin' },
      ],
    });
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.close();
  });

  it('says why a type covers no document, and asks no session for a certificate of the whole course', async () => {
    const page = await open();
    await page.getByLabel('Type de document').selectOption('attestation-fin');
    await expect(page.getByLabel('Séance').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Aperçu' }).click();
    await page.getByText("aucun·e apprenant·e n'est éligible à ce jour : 3 en cours, 1 à risque — voir l'onglet Éligibilité").waitFor();
    await expect(page.getByText('Aucun document concerné').count()).resolves.toBe(0);
    await expect(page.getByText('existent déjà').count()).resolves.toBe(0);
    expect((await calls(page)).filter((c) => c.fn === 'pacteDocumentsPreview').at(-1)!.arg).toEqual({ kind: 'attestation-fin' });
    await page.close();
  });

  it("stops at Google's quota with its message and offers « Reprendre », which continues", async () => {
    const page = await open({ quotaAt: 2 });
    await page.getByLabel('Séance').selectOption('S1');
    await page.getByRole('button', { name: 'Créer les documents' }).click();
    await page.getByRole('alert').filter({ hasText: 'Google limite' }).waitFor();
    await expect(page.locator('#progress-text').textContent()).resolves.toBe('2/4');
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await page.getByRole('status').filter({ hasText: '4 documents créés.' }).waitFor();
    await page.getByRole('button', { name: 'Vérifier les modèles' }).click();
    await page.getByText('balise inconnue {{ville}}').waitFor();
    await page.close();
  });
});
