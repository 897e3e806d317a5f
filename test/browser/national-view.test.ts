/**
 * The « National » view at 1366×768 in Chromium (issue 21 item 1): two regions rehearsed with the real
 * `pacte setup|deploy --simulation`, listed with their workbook and last deploy, `pacte report`'s national
 * totals, one workbook opened read-only in the page's grid (its tabs switchable), then back to the playground.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { rehearse, typeApplicants } from '../google/simulated-regions';
import { tempDir } from '../helpers/cli';
import { chromiumAvailable, launchChromium, screenshot } from './browser';

jest.setTimeout(90_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;

describeBrowser('the National view at 1366×768', () => {
  const dir = path.join(tempDir('pacte-national-view-'), 'simulation');
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;

  beforeAll(async () => {
    await rehearse(dir, ['bretagne-2025', 'bfc-promo8']);
    await typeApplicants(dir, 'file2', 2);
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true, simulationDir: dir })]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    await page.locator('table[data-tab="Candidatures"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the two regions and the national totals', async () => {
    await page.getByRole('button', { name: 'National', exact: true }).click();
    const regions = page.getByRole('table', { name: 'Régions simulées' });
    await regions.waitFor();
    await expect(regions.locator('thead th').allTextContents()).resolves.toEqual(['Région', 'Promo', 'Classeur', 'Dernier déploiement']);
    await expect(regions.locator('tbody th').allTextContents()).resolves.toEqual(['bretagne-2025', 'bfc-promo8']);
    const deployed = await regions.locator('tbody td:last-child').allTextContents();
    expect(deployed).toEqual([expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/), expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/)]);
    const totals = page.getByRole('list', { name: 'Total national (pacte report)' });
    await expect(totals.locator('li').first().textContent()).resolves.toMatch(/^Candidatures : 2\b/);
    // The pane sits beside the grid, on screen.
    const box = await page.locator('#dock').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366.5);
    await screenshot(page, 'playground-national');
  });

  it('opens a workbook read-only in the grid, its tabs switchable, then goes back', async () => {
    await page.getByRole('button', { name: /^Ouvrir PACTE Bourgogne.*\(lecture seule\)$/ }).click();
    const table = page.locator('table[data-tab="Candidatures"][aria-readonly="true"]');
    await table.waitFor();
    await expect(page.locator('.readonly-bar p').textContent()).resolves.toMatch(/\(bfc-promo8\) — lecture seule\.$/);
    await expect(table.locator('td[data-row="2"][data-column="1"]').textContent()).resolves.toBe('C-0001');
    // Typing does not open an editor.
    await table.locator('td[data-row="2"][data-column="3"]').dblclick();
    await page.keyboard.type('x');
    await expect(page.locator('.cell-input').count()).resolves.toBe(0);
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThan(1);
    await page.getByRole('tab', { name: tabs[1]!, exact: true }).click();
    await page.locator(`table[data-tab="${tabs[1]}"][aria-readonly="true"]`).waitFor();
    await screenshot(page, 'playground-national-workbook');
    await page.getByRole('button', { name: 'Revenir au classeur du terrain de jeu' }).click();
    await page.locator('table[data-tab]:not([aria-readonly])').waitFor();
    await expect(page.locator('.readonly-bar').isHidden()).resolves.toBe(true);
  });
});
