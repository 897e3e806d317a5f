/**
 * Each sidebar as a 1366×768 laptop shows it (300 × 700 px), on the demo cohort through the real
 * bundle: the rows a person works on are inside the viewport (boxes measured, not pixels compared),
 * also after a save; screenshots go to a temporary folder for a person to look at.
 */
import type { Browser, Locator } from 'playwright-core';
import { byName, fullName } from '../../src/domain/names';
import { chromiumAvailable, launchChromium } from './browser';
import { hostSidebar, LAPTOP_SIDEBAR, screenshotDir } from './sidebar-host';

jest.setTimeout(120_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;

/** The evening of S3's second day: every half-day of S3 has happened. */
const NOW = new Date('2026-02-06T18:00:00+01:00');

/** How many of `rows` lie wholly inside the viewport and above `floor` (a sticky footer's top edge). */
async function rowsInView(rows: Locator, floor?: Locator): Promise<number> {
  const limit = floor ? (await floor.boundingBox())!.y : LAPTOP_SIDEBAR.height;
  const boxes = await rows.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown: r.height > 0 };
    }),
  );
  return boxes.filter((b) => b.shown && b.top >= 0 && b.bottom <= limit + 0.5 && b.left >= 0 && b.right <= LAPTOP_SIDEBAR.width).length;
}

/** Whether the element is wholly inside the viewport. */
async function inView(target: Locator): Promise<boolean> {
  const box = (await target.boundingBox())!;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= LAPTOP_SIDEBAR.height + 0.5 && box.x + box.width <= LAPTOP_SIDEBAR.width + 0.5;
}

describeBrowser('the sidebars on a 1366×768 laptop (300 × 700 px)', () => {
  let browser: Browser;
  let shots: string;

  beforeAll(async () => {
    [browser, shots] = await Promise.all([launchChromium(), screenshotDir()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Saisir les présences… shows at least ten learners, in Nom order, and still after a save', async () => {
    const { page, sim, screenshot } = await hostSidebar(browser, 'attendance', { size: 80, now: NOW, shots });
    const rows = page.locator('li.row');
    await rows.first().waitFor();
    const footer = page.locator('.footer');
    expect(await rowsInView(rows, footer)).toBeGreaterThanOrEqual(10);
    await screenshot('attendance');

    // Nom order, as the sign-in sheets: the enrolled applicants of Candidatures sorted by byName.
    const [header, ...lines] = sim.peek.values('Candidatures') as string[][];
    const col = (h: string) => header!.indexOf(h);
    const enrolled = lines
      .filter((r) => r[col('Statut')] === 'Inscrit')
      .map((r) => ({ id: r[col('ID')]!, firstName: r[col('Prénom')]!, lastName: r[col('Nom')]! }));
    const shown = await page.locator('li.row label.name').allTextContents();
    expect(shown.map((s) => s.replace(/^Statut de /, ''))).toEqual([...enrolled].sort(byName).map(fullName));
    expect(shown.length).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Tous présents', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'présences enregistrées' }).waitFor();
    await page.getByRole('button', { name: "Calculer l'éligibilité", exact: true }).waitFor();
    expect(await rowsInView(rows, footer)).toBeGreaterThanOrEqual(10);
    await screenshot('attendance-after-save');

    // Each message can be put away.
    await page.getByRole('button', { name: 'Masquer ce message' }).first().click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('');
    await page.getByRole('button', { name: "Masquer le rappel de l'éligibilité" }).click();
    await expect(page.getByRole('button', { name: "Calculer l'éligibilité", exact: true }).isVisible()).resolves.toBe(false);
    expect(await rowsInView(rows, footer)).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it('Documents… shows at least ten learners to tick and its actions', async () => {
    const { page, screenshot } = await hostSidebar(browser, 'documents', { size: 80, now: NOW, shots });
    const learners = page.locator('#learners label.check');
    await learners.first().waitFor();
    expect(await rowsInView(learners, page.locator('.footer'))).toBeGreaterThanOrEqual(10);
    // Inside their own scrolling box too, not only the page.
    const box = (await page.locator('#learners').boundingBox())!;
    const insideList = await learners.evaluateAll(
      (els, b) => els.filter((e) => e.getBoundingClientRect().bottom <= b.y + b.height + 0.5).length,
      box,
    );
    expect(insideList).toBeGreaterThanOrEqual(10);
    for (const name of ['Vérifier les modèles', 'Aperçu', 'Créer les documents']) {
      expect(await inView(page.getByRole('button', { name, exact: true }))).toBe(true);
    }
    await screenshot('documents');
    await page.close();
  });

  it('Relances… shows the due reminders and its actions', async () => {
    const { page, screenshot } = await hostSidebar(browser, 'reminders', { now: NOW, shots });
    const rules = page.locator('details summary');
    await rules.first().waitFor();
    expect(await rowsInView(rules)).toBe(await rules.count());
    for (const name of ['Envoyer maintenant', 'Actualiser']) {
      expect(await inView(page.getByRole('button', { name, exact: true }))).toBe(true);
    }
    await screenshot('reminders');
    await page.close();
  });
});
