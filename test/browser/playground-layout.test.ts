/**
 * The playground on a laptop screen (1366×768, issue 21 item 6), in Debian's Chromium: the grid keeps
 * at least 20 rows in view with the Drive or Envois panel open beside it, toasts go one at a time
 * after their time, a blank workbook looks like a new Sheet, the demo chooser loads the demo picked, and
 * a reset starts every panel again.
 */
import type { Browser, Page } from 'playwright-core';
import { DEMOS, type PlaygroundDemo } from '../../scripts/playground/demos';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { FOLDER_MIME, PDF_MIME } from '../../sim';
import { generateDemoCohort } from '../../src/workbook/demo';
import { chromiumAvailable, clickMenu, launchChromium, screenshot } from './browser';

jest.setTimeout(60_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;
const LAPTOP = { width: 1366, height: 768 };

/** Grid rows whose whole box is in view: inside the grid's scrolling area, under its column letters, and on screen. */
const rowsInView = (page: Page) =>
  page.locator('.grid').evaluate((grid) => {
    const area = grid.getBoundingClientRect();
    const letters = grid.querySelector('thead')?.getBoundingClientRect().bottom ?? area.top;
    return Array.from(grid.querySelectorAll('tbody tr')).filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.top >= letters - 0.5 && r.bottom <= Math.min(area.bottom, window.innerHeight) + 0.5 && r.height > 0;
    }).length;
  });

/** Two demos: the default one and the same cohort, half as large, in March (the test's own registry). */
const TEST_DEMOS: readonly PlaygroundDemo[] = [
  DEMOS[0]!,
  {
    id: 'essai-mars',
    label: 'Essai (mars)',
    today: '2026-03-10',
    build: ({ size, today }) => generateDemoCohort({ size: size / 2, today }),
  },
];

describeBrowser('the playground at 1366×768', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true, demos: TEST_DEMOS })]);
    page = await browser.newPage({ viewport: LAPTOP });
    await page.goto(server.url);
    await page.locator('table[data-tab="Candidatures"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps at least 20 rows of the grid in view, the Drive or Envois panel open beside it', async () => {
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(20);
    for (const name of ['Drive (0)', 'Envois (0)']) {
      await page.getByRole('button', { name, exact: true }).click();
      const dock = page.locator('#dock');
      await dock.waitFor();
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(20);
      // Beside the grid, not over it, and on screen.
      const [grid, panel] = await Promise.all([page.locator('.grid').boundingBox(), dock.boundingBox()]);
      expect(grid!.x + grid!.width).toBeLessThanOrEqual(panel!.x + 0.5);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(LAPTOP.width + 0.5);
      expect(grid!.width).toBeGreaterThan(700);
    }
    await screenshot(page, 'playground-laptop-envois');
    await page.getByRole('button', { name: 'Fermer le panneau Drive et envois' }).click();
    await page.locator('#dock').waitFor({ state: 'hidden' });
  });

  it('shows the Drive with its kinds and names apart, each file opening as a page (a PDF as a page, not its source)', async () => {
    const { Drive, Utilities } = server.playground.sim.globals as {
      Drive: { Files: { create(res: object, blob?: unknown): { id: string } } };
      Utilities: GoogleAppsScript.Utilities.Utilities;
    };
    const folder = Drive.Files.create({ name: 'Modèles', mimeType: FOLDER_MIME });
    const pdf = Utilities.newBlob('%PDF-1.4\n%simulated export of x\nFeuille d’émargement\n%%EOF\n', PDF_MIME, 'Émargement.pdf');
    Drive.Files.create({ name: 'Émargement.pdf', mimeType: PDF_MIME, parents: [folder.id] }, pdf);
    await page.reload();
    await page.getByRole('button', { name: 'Drive (1)', exact: true }).click();
    const drive = page.locator('#dock');
    await expect(drive.locator('summary').allTextContents()).resolves.toEqual(['(racine)', 'Modèles']);
    // Read aloud or copied, kind and name are two words; on screen, apart.
    await expect(drive.locator('li').allTextContents()).resolves.toEqual(['Dossier Modèles', 'PDF Émargement.pdf']);
    const gaps = await drive
      .locator('li')
      .evaluateAll((lis) =>
        lis.map(
          (li) =>
            li.querySelector('.drive-name')!.getBoundingClientRect().left - li.querySelector('.drive-kind')!.getBoundingClientRect().right,
        ),
      );
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(4);
    const [opened] = await Promise.all([page.waitForEvent('popup'), drive.getByRole('link', { name: /Émargement\.pdf/ }).click()]);
    await opened.waitForLoadState();
    await expect(opened.locator('article.page main').textContent()).resolves.toBe('Feuille d’émargement');
    await expect(opened.content()).resolves.not.toContain('%PDF');
    await opened.close();
    await page.getByRole('button', { name: 'Drive (1)', exact: true }).click();
  });

  it('draws a blank workbook as a new Sheet: columns A to Z, rows from 1, 100 rows', async () => {
    await page.getByRole('button', { name: 'Nouveau classeur vide', exact: true }).click();
    const table = page.locator('table[data-tab="Feuille 1"]');
    await table.waitFor();
    const letters = await table.locator('thead th.letter').allTextContents();
    expect([letters.length, letters[0], letters.at(-1)]).toEqual([26, 'A', 'Z']);
    const numbers = await table.locator('tbody th.rownum').allTextContents();
    expect([numbers.length, numbers[0], numbers.at(-1)]).toEqual([100, '1', '100']);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'playground-laptop-blank');
  });

  it('loads the demo picked in the chooser, and a reset empties the Envois of the workbook before', async () => {
    const chooser = page.getByLabel('Démonstration', { exact: true });
    await expect(chooser.locator('option').allTextContents()).resolves.toEqual([
      `${DEMOS[0]!.label} — 15/01/2026`,
      'Essai (mars) — 10/03/2026',
    ]);
    await chooser.selectOption('essai-mars');
    await page.getByText('Cohorte de démonstration « Essai (mars) » chargée.').waitFor();
    await page.getByRole('tab', { name: 'Candidatures', exact: true }).click();
    await expect(page.locator('table[data-tab="Candidatures"] tbody tr:not([data-spare])').count()).resolves.toBe(21);
    expect(server.playground.demo.id).toBe('essai-mars');

    const { MailApp } = server.playground.sim.globals as { MailApp: GoogleAppsScript.Mail.MailApp };
    MailApp.sendEmail('camille.martin@example.org', 'Essai', 'Première ligne\n'.repeat(40));
    await page.reload();
    await page.getByRole('button', { name: 'Envois (1)', exact: true }).click();
    await page.locator('#dock summary').filter({ hasText: 'Essai' }).click();
    // The whole body, never cut: its last line is there.
    await expect(page.locator('#dock .mail-body').textContent()).resolves.toBe('Première ligne\n'.repeat(40));

    await page.getByRole('button', { name: 'Cohorte de démonstration', exact: true }).click();
    await page.getByRole('button', { name: 'Envois (0)', exact: true }).waitFor();
    await expect(page.locator('#dock').getByText('Aucun e-mail envoyé pour l’instant.').isVisible()).resolves.toBe(true);
    await expect(chooser.inputValue()).resolves.toBe('essai-mars');
  });
});

describeBrowser('toasts in the playground', () => {
  let browser: Browser;
  let server: PlaygroundServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows one toast at a time, gone after the seconds the script gave, as in Sheets', async () => {
    const page = await browser.newPage({ viewport: LAPTOP });
    // The page's own timers on a clock the test moves (https://playwright.dev/docs/clock).
    await page.clock.install({ time: new Date('2026-01-15T09:00:00Z') });
    await page.goto(server.url);
    // Paused: only runFor moves it, so the real time a menu takes does not count.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await clickMenu(page, 'PACTE', 'Vérifier les candidatures');
    await page.locator('.toast').waitFor();
    await page.clock.runFor(3_000);
    await clickMenu(page, 'PACTE', "Calculer l'éligibilité");
    await page.locator('.toast').filter({ hasText: 'apprenant' }).waitFor();
    const toasts = server.playground.sim.ui.toasts;
    expect(toasts.length).toBeGreaterThanOrEqual(2);
    // PACTE's toasts say how long they stay (Spreadsheet.toast's timeoutSeconds); Sheets' default is 5 s.
    const seconds = toasts.at(-1)!.timeoutSeconds ?? 5;
    expect(seconds).toBe(8);
    // The second toast replaced the first and starts its own time.
    expect(await page.locator('.toast').count()).toBe(1);
    await page.clock.runFor(seconds * 1000 - 100);
    expect(await page.locator('.toast').count()).toBe(1);
    await page.clock.runFor(200);
    expect(await page.locator('.toast').count()).toBe(0);
  });
});
