/**
 * The newcomer's reminders tour in the playground, in Chromium: PACTE › Relances…, the preview, a
 * test to oneself, the automatic switch, then « Jour suivant » until the J-7 convocations go out, once.
 */
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { chromiumAvailable, launchChromium } from './browser';

jest.setTimeout(120_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;

describeBrowser('reminders in the playground', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true })]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('dialog', (d) => void d.accept());
    await page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('previews, sends a test, switches automatic sending on, and each convocation goes out once as days pass', async () => {
    await page.getByRole('button', { name: 'PACTE', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Relances…', exact: true }).click();
    const sidebar = page.frameLocator('aside iframe');
    await sidebar.getByText(/aujourd’hui \(15\/01\/2026\)/).waitFor();
    // « Envois » opens beside the grid from its header button (its count of e-mails sent).
    await page.getByRole('button', { name: 'Envois (0)' }).click();
    const panel = page.getByRole('region', { name: 'Envois' });
    // The synthesis of the week is due today (a Thursday of its week): open it, send it to oneself.
    await sidebar.locator('details summary').first().click();
    await sidebar.getByRole('button', { name: 'M’envoyer un test' }).first().click();
    await sidebar.getByText(/Message de test envoyé à coordination@example\.org/).waitFor();
    await panel
      .getByText(/\[TEST\]/)
      .first()
      .waitFor();
    await sidebar.getByRole('checkbox', { name: /Envoi automatique/ }).check();
    await sidebar.getByText(/installé par vous \(coordination@example\.org\)/).waitFor();

    await panel.getByText(/Déclenchement quotidien vers 7 h, au nom de coordination@example\.org/).waitFor();
    const next = panel.getByRole('button', { name: 'Jour suivant (déclenchement quotidien)' });
    for (let day = 16; day <= 30; day++) {
      await next.click();
      await panel.getByText(new RegExp(`Horloge simulée : \\S+ ${day} janvier 2026`)).waitFor();
    }
    const subjects = await panel.locator('details.mail summary').allTextContents();
    const convocations = subjects.filter((s) => s.includes('Convocation') && !s.includes('[TEST]'));
    expect(convocations.length).toBeGreaterThan(0);
    expect(new Set(convocations.map((s) => s.replace(/^.*? — /, ''))).size).toBe(convocations.length);
    // Opened, a message reads as its recipient sees it.
    await panel.locator('details.mail summary', { hasText: 'Convocation' }).first().click();
    await panel
      .getByText(/^De : /)
      .first()
      .waitFor();
  });
});
