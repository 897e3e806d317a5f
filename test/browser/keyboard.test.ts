/**
 * The playground by keyboard alone, in Debian's Chromium (issue 12, item 7): the PACTE menu as a
 * WAI-ARIA menu button, alerts and questions as modal dialogs, the grid a person can read in full and
 * type into (onEdit runs), and *Initialiser la cohorte…* on a blank workbook answered with real buttons.
 */
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { chromiumAvailable, launchChromium } from './browser';

jest.setTimeout(60_000);

const describeBrowser = chromiumAvailable() ? describe : describe.skip;

/** The accessible text of the focused element. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedRole = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName ?? '');
const insideDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[role="alertdialog"]'));

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`attendu : ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeBrowser('the playground by keyboard', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;
  const notFound: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true })]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('response', (r) => {
      if (r.status() === 404) notFound.push(r.url());
    });
    await page.goto(server.url);
    await page.locator('table[data-tab="Candidatures"]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const menuButton = () => page.getByRole('button', { name: 'PACTE', exact: true });
  const captions = () =>
    server.playground.sim.ui.menus
      .find((m) => m.title === 'PACTE')!
      .items.filter((i): i is { caption: string; functionName: string } => 'caption' in i)
      .map((i) => i.caption);

  /** Opens PACTE by keyboard and moves down to `caption`, then presses Enter. */
  async function runByKeyboard(caption: string): Promise<void> {
    await menuButton().focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < captions().length && (await focused(page)) !== caption; i++) await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(caption);
    await page.keyboard.press('Enter');
  }

  it('asks for no missing favicon', async () => {
    const favicon = await page.request.get(`${server.url}/favicon.ico`);
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toBe('image/svg+xml');
    expect(notFound).toEqual([]);
  });

  it('opens the PACTE menu with Enter, Space or the arrows, moves with arrows, Home and End, closes with Escape', async () => {
    const all = captions();
    await menuButton().focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'PACTE' });
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(menuButton().getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await focusedRole(page)).toBe('menuitem');
    expect(await focused(page)).toBe(all[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(all[1]);
    await page.keyboard.press('End');
    expect(await focused(page)).toBe(all.at(-1));
    await page.keyboard.press('ArrowDown'); // wraps
    expect(await focused(page)).toBe(all[0]);
    await page.keyboard.press('ArrowUp'); // wraps back
    expect(await focused(page)).toBe(all.at(-1));
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe(all[0]);
    await page.keyboard.press('Escape');
    await expect(menu.isVisible()).resolves.toBe(false);
    await expect(menuButton().getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await focused(page)).toBe('PACTE');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(all.at(-1));
    await page.keyboard.press('Escape');
    await page.keyboard.press(' ');
    expect(await focused(page)).toBe(all[0]);
    await page.keyboard.press('Escape');
  });

  it('runs an item with Enter: « Vérifier les candidatures » and its toast naming the Contrôle column', async () => {
    await runByKeyboard('Vérifier les candidatures');
    await page.locator('.toast').filter({ hasText: 'détails dans la colonne X « Contrôle »' }).waitFor();
    expect(await focused(page)).toBe('PACTE');
  });

  it('shows an alert as a modal dialog: focus inside, Tab trapped, Escape closes and gives the focus back', async () => {
    await runByKeyboard('Paramètres…');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    expect(await insideDialog(page)).toBe(true);
    for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect([key, await insideDialog(page)]).toEqual([key, true]);
    }
    // The page behind is inert: a click cannot reach the menu.
    await expect(page.locator('header').evaluate((h) => (h as HTMLElement).inert)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('PACTE');
  });

  it('shows a cut cell (Contrôle) in full when it has the focus, and on hover', async () => {
    const [head, ...rows] = server.playground.sim.peek.values('Candidatures');
    const c = head!.indexOf('Contrôle');
    const i = rows.findIndex((r) => String(r[c]).length > 60);
    expect(i).toBeGreaterThanOrEqual(0);
    const full = String(rows[i]![c]);
    await page.getByRole('tab', { name: 'Candidatures', exact: true }).click();
    await page.locator('td[data-row="2"][data-column="1"]').focus();
    for (let r = 0; r < i; r++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft'); // Notes is the last column, Contrôle before it
    await expect(page.locator('.cell-content').textContent()).resolves.toBe(full);
    await expect(page.locator('.cell-ref').textContent()).resolves.toBe(`X${i + 2}`);
    const cell = page.locator(`td[data-row="${i + 2}"][data-column="${c + 1}"]`);
    await expect(cell.getAttribute('title')).resolves.toBe(full);
    // The cell itself is cut: the bar is what shows it whole.
    expect(await cell.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
  });

  it('lets a person type into Candidatures: onEdit re-checks the row', async () => {
    const [head] = server.playground.sim.peek.values('Candidatures');
    const email = head!.indexOf('E-mail') + 1;
    const control = head!.indexOf('Contrôle');
    await page.locator(`td[data-row="2"][data-column="${email}"]`).focus();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('pas-une-adresse');
    await page.keyboard.press('Enter');
    await waitFor(async () => server.playground.sim.peek.values('Candidatures')[1]![email - 1] === 'pas-une-adresse', 'l’adresse saisie');
    await waitFor(
      async () => /adresse/i.test(String(server.playground.sim.peek.values('Candidatures')[1]![control])),
      'Contrôle mis à jour par onEdit',
    );
    await waitFor(
      async () => (await page.locator(`td[data-row="2"][data-column="${control + 1}"]`).textContent())!.length > 0,
      'la grille rafraîchie',
    );
    // Enter moved down one row, like the Sheet.
    await expect(page.locator('.cell-ref').textContent()).resolves.toBe(`E3`);
    // Escape while typing leaves the cell as it was.
    await page.keyboard.type('zzz');
    await page.keyboard.press('Escape');
    expect(server.playground.sim.peek.values('Candidatures')[2]![email - 1]).not.toBe('zzz');
  });

  it('lets a person type a setting into Paramètres, which « Paramètres… » then checks', async () => {
    await page.getByRole('tab', { name: 'Paramètres', exact: true }).click();
    const rows = server.playground.sim.peek.values('Paramètres');
    const next = rows.length + 1; // the first spare row under the data
    await page.locator(`td[data-row="${next}"][data-column="1"]`).focus();
    await page.keyboard.type('Pages minimum du mémoire');
    await page.keyboard.press('Tab');
    await page.keyboard.type('beaucoup');
    await page.keyboard.press('Enter');
    await waitFor(
      async () => server.playground.sim.peek.values('Paramètres').at(-1)!.join('|') === 'Pages minimum du mémoire|beaucoup',
      'la ligne saisie',
    );
    await runByKeyboard('Paramètres…');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('Paramètre « Pages minimum du mémoire » invalide (« beaucoup »)');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  });

  it('runs « Initialiser la cohorte… » on a new blank workbook, answering its question in a text field', async () => {
    await page.getByRole('button', { name: 'Nouveau classeur vide' }).focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.getByRole('tab').allTextContents()).join() === 'Feuille 1', 'un classeur vide');

    // Cancelled first: the question's « Annuler » button.
    await runByKeyboard('Initialiser la cohorte…');
    let dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('textbox').evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Tab'); // OK
    await page.keyboard.press('Tab'); // Annuler
    expect(await focused(page)).toBe('Annuler');
    await page.keyboard.press('Enter');
    dialog = page.getByRole('alertdialog');
    await dialog.filter({ hasText: /annul/i }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(server.playground.sim.peek.sheetNames()).toEqual(['Feuille 1']);

    // Then answered: a preset typed in the field, Enter for OK.
    await runByKeyboard('Initialiser la cohorte…');
    dialog = page.getByRole('alertdialog');
    await dialog.getByRole('textbox').waitFor();
    await page.keyboard.type('bretagne-2025');
    await page.keyboard.press('Enter');
    await waitFor(async () => server.playground.sim.peek.sheetNames().includes('Candidatures'), 'les onglets créés');
    const done = page.getByRole('alertdialog');
    await done.waitFor();
    await page.keyboard.press('Escape');
    await done.waitFor({ state: 'detached' });
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['Paramètres', 'Candidatures', 'Séances', 'Présences', 'Journal']));
    expect(await focused(page)).toBe('PACTE');
  });
});
