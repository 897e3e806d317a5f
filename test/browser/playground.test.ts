/**
 * The local playground (`npm start`) in a real browser: Debian's Chromium drives the page while the
 * simulated Sheet runs the real built bundle (dist/Code.js).
 */
import { isClosedApplication } from '../../src/domain/application-counts';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { DIST_DIR } from '../../scripts/gas/load-bundle';
import { readWorkbookFile } from '../../scripts/workbook-file/read';
import { checkWorkbook } from '../../src/workbook/check';
import { chromiumAvailable, clickMenu, launchChromium, openSidebar, screenshot } from './browser';
import { fixtureDist } from './fixture';

jest.setTimeout(60_000);

const describeBrowser = chromiumAvailable() ? describe : describe.skip;

/** The text of every cell of one column of the grid shown for `tab`, data rows only. */
async function gridColumn(page: Page, tab: string, header: string): Promise<string[]> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const table = page.locator(`table[data-tab="${tab}"]`);
  await table.waitFor();
  return table.evaluate((t, h) => {
    // Row 1 is the header row, as in the Sheet; the data rows follow, then the empty ones.
    const heads = Array.from(t.querySelectorAll('tbody tr[data-row="1"] td')).map((td) => td.textContent ?? '');
    const i = heads.indexOf(h);
    if (i < 0) throw new Error(`pas de colonne ${h}`);
    return Array.from(t.querySelectorAll('tbody tr:not([data-spare]):not([data-row="1"])')).map(
      (tr) => tr.querySelectorAll('td')[i]?.textContent ?? '',
    );
  }, header);
}

describeBrowser('the playground in a browser', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    [browser, server, downloads] = await Promise.all([
      launchChromium(),
      startPlayground({ port: 0, quiet: true }),
      mkdtemp(path.join(tmpdir(), 'pacte-downloads-')),
    ]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only and refuses other Host names, foreign origins and non-JSON bodies', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const rebinding = await page.request.get(`${server.url}/api/state`, { headers: { Host: 'attacker.example' } });
    expect(rebinding.status()).toBe(421);
    const foreign = await page.request.post(`${server.url}/api/menu`, {
      headers: { Origin: 'http://attacker.example', 'Content-Type': 'application/json' },
      data: { functionName: 'pacteInitCohort' },
    });
    expect(foreign.status()).toBe(403);
    const form = await page.request.post(`${server.url}/api/menu`, {
      headers: { Origin: server.url, 'Content-Type': 'text/plain' },
      data: '{"functionName":"pacteCheckCandidates"}',
    });
    expect(form.status()).toBe(415);
    const notMenu = await page.request.post(`${server.url}/api/menu`, {
      headers: { Origin: server.url, 'Content-Type': 'application/json' },
      data: { functionName: 'onEdit' },
    });
    expect(notMenu.status()).toBe(400);
    expect((await page.request.get(`${server.url}/../package.json`)).status()).toBe(404);
    expect((await page.request.get(`${server.url}/sidebar/99`)).status()).toBe(404);
    const csp = (await page.request.get(server.url)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
  });

  it('shows the PACTE menu as the Sheet does, and the workbook tabs with the demo cohort', async () => {
    await page.getByRole('button', { name: 'PACTE', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'PACTE' });
    await expect(menu.getByRole('menuitem').allTextContents()).resolves.toEqual(
      server.playground.sim.ui.menus[0]!.items.filter((i) => 'caption' in i).map((i) => (i as { caption: string }).caption),
    );
    expect(await menu.getByRole('separator').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tab').allTextContents()).resolves.toEqual(server.playground.sim.peek.sheetNames());
    const ids = await gridColumn(page, 'Candidatures', 'ID');
    expect(ids).toHaveLength(40);
    expect(await gridColumn(page, 'Candidatures', 'Contrôle')).toEqual(Array(40).fill(''));
    // Dates as JJ/MM/AAAA, booleans as checkboxes.
    expect((await gridColumn(page, 'Candidatures', 'Date de réception du dossier'))[0]).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect((await gridColumn(page, 'Candidatures', 'CV')).every((c) => c === '☑' || c === '☐')).toBe(true);
    expect(await gridColumn(page, 'Candidatures', 'Dérogation')).toContain('☐');
  });

  it('« Vérifier les candidatures » fills Contrôle and shows the toast', async () => {
    await clickMenu(page, 'PACTE', 'Vérifier les candidatures');
    const toast = page.locator('.toast').filter({ hasText: '40 candidatures : ' });
    await toast.waitFor();
    const toComplete = Number(/(\d+) à compléter/.exec((await toast.textContent()) ?? '')?.[1]);
    expect(toComplete).toBeGreaterThan(0);
    const control = await gridColumn(page, 'Candidatures', 'Contrôle');
    expect(control).toHaveLength(40);
    // A complete open application has an empty Contrôle; each one to complete says what is missing
    // (closed ones, Refusé or Désisté, are counted apart: their Contrôle may still say something).
    const [head, ...rows] = server.playground.sim.peek.values('Candidatures');
    const open = rows.map((r) => !isClosedApplication(String(r[head!.indexOf('Statut')])));
    expect(control.filter((c, i) => open[i] && c.length > 0)).toHaveLength(toComplete);
    expect(control.join('\n')).toMatch(/après la date limite/);
    expect(control).toEqual(rows.map((r) => String(r[head!.indexOf('Contrôle')])));
    await screenshot(page, 'playground-candidatures');
  });

  it("« Calculer l'éligibilité » fills the Éligibilité tab", async () => {
    await clickMenu(page, 'PACTE', "Calculer l'éligibilité");
    await page.locator('.toast').filter({ hasText: 'apprenant' }).waitFor();
    const states = await gridColumn(page, 'Éligibilité', 'État');
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s.length > 0)).toBe(true);
    expect((await gridColumn(page, 'Éligibilité', 'Calculé le'))[0]).toBe('15/01/2026 10:00');
  });

  it('shows an alert as a modal with its text and OK', async () => {
    await clickMenu(page, 'PACTE', 'Paramètres…');
    const alert = page.getByRole('alertdialog');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Profil : bretagne-2025');
    await alert.getByRole('button', { name: 'OK' }).click();
    await alert.waitFor({ state: 'detached' });
  });

  it('downloads the workbook as .xlsx, which `pacte check` reads', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger le classeur (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cohorte-pacte.xlsx');
    const file = path.join(downloads, 'cohorte-pacte.xlsx');
    await download.saveAs(file);
    const workbook = await readWorkbookFile(file);
    const { report } = checkWorkbook(workbook, '2026-01-15');
    expect(report.profile).toBe('bretagne-2025');
    expect(report.candidates).toHaveLength(40);
    // What the Sheet wrote is in the file: the Contrôle column and the Éligibilité rows.
    const candidates = workbook.get('Candidatures')!;
    const i = candidates[0]!.indexOf('Contrôle');
    expect(candidates.slice(1).map((r) => String(r[i] ?? ''))).toEqual(await gridColumn(page, 'Candidatures', 'Contrôle'));
    expect(report.candidates.filter((c) => !c.valid)).toHaveLength(8);
    expect(workbook.get('Éligibilité')!.length - 1).toBe(report.learners.length);
  });

  // The attendance sidebar (dist/attendance.html, opened by pacteOpenAttendance) is written in parallel;
  // this runs as soon as the build produces it.
  const attendanceBuilt =
    existsSync(path.join(DIST_DIR, 'attendance.html')) &&
    /^function pacteOpenAttendance\(/m.test(readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8'));
  const attendance = attendanceBuilt ? it : it.skip;
  attendance('records attendance in the sidebar and shows it in the Présences grid', async () => {
    const entry = server.playground.sim.ui.menus
      .flatMap((m) => m.items)
      .find((i) => 'functionName' in i && i.functionName === 'pacteOpenAttendance') as { caption: string } | undefined;
    expect(entry).toBeDefined();
    const sidebar = await openSidebar(page, server, 'PACTE', entry!.caption);
    await expect(page.locator('aside iframe').getAttribute('sandbox')).resolves.toBe('allow-scripts allow-forms');
    const save = sidebar.getByRole('button', { name: 'Enregistrer' });
    await save.waitFor();
    // The page's own controls, by their labels: a session (the first one when none is preselected), then
    // a different status for the first learner of the half-day shown, then « Enregistrer ».
    const session = sidebar.getByLabel('Séance', { exact: true });
    if ((await session.inputValue()) === '') {
      const first = await session
        .locator('option')
        .evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== ''));
      await session.selectOption(first!);
    }
    const status = sidebar.getByLabel(/^Statut de /).first();
    await status.waitFor();
    const current = await status.inputValue();
    const other = await status
      .locator('option')
      .evaluateAll((os, cur) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== '' && v !== cur), current);
    await status.selectOption(other!);
    await save.click();
    await sidebar
      .getByText(/présences? enregistrées?/i)
      .first()
      .waitFor();
    // The page refreshed its grids after the call: the saved row carries today's stamp.
    await eventually(async () => {
      const stamped = await gridColumn(page, 'Présences', 'Saisi le');
      expect(stamped.some((s) => s.startsWith('15/01/2026'))).toBe(true);
    });
    await screenshot(page, 'playground-presences');
  });

  attendance('shows the saved statuses when the sidebar is reopened, and a refused save in French', async () => {
    const entry = server.playground.sim.ui.menus
      .flatMap((m) => m.items)
      .find((i) => 'functionName' in i && i.functionName === 'pacteOpenAttendance') as { caption: string };
    let sidebar = await openSidebar(page, server, 'PACTE', entry.caption);
    let status = sidebar.getByLabel(/^Statut de /).first();
    await status.waitFor();
    await status.selectOption('Absent excusé');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await sidebar
      .getByText(/présences? enregistrées?/i)
      .first()
      .waitFor();

    // Reopened from the menu, the sidebar reads Présences again: the saved status is there.
    sidebar = await openSidebar(page, server, 'PACTE', entry.caption);
    status = sidebar.getByLabel(/^Statut de /).first();
    await status.waitFor();
    await eventually(async () => expect(await status.inputValue()).toBe('Absent excusé'));

    // A colleague holds the document lock: the save is refused with the French message, the choice stays.
    server.playground.sim.locks.holdDocumentLock(server.playground.sim.clock.now().getTime() + 60_000);
    await status.selectOption('Retard');
    await sidebar.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(
      sidebar
        .getByRole('alert')
        .filter({ hasText: /Un autre membre de l'équipe enregistre en ce moment/ })
        .textContent(),
    ).resolves.toMatch(/réessayez/);
    expect(await status.inputValue()).toBe('Retard');
  });
});

describeBrowser('the google.script.run shim of the playground sidebar', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;
  let dist: string;

  beforeAll(async () => {
    dist = await fixtureDist();
    [browser, server] = await Promise.all([
      launchChromium(),
      startPlayground({
        port: 0,
        quiet: true,
        dist,
        sidebarFunctions: ['pacteTestSidebar', 'pacteTestEcho', 'pacteTestFail', 'pacteTestHidden_'],
      }),
    ]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    await clickMenu(page, 'Essai', 'Ouvrir le panneau d’essai');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  const sidebar = () => page.frameLocator('aside iframe');
  const output = () => sidebar().locator('#out');
  const frame = (): Frame => page.frames().find((f) => f.url().includes('/sidebar/'))!;

  it('opens the sidebar in a 300 px sandboxed panel with its title', async () => {
    const iframe = page.locator('aside iframe');
    await iframe.waitFor();
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts allow-forms');
    expect((await iframe.boundingBox())!.width).toBe(300);
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Panneau d’essai');
    // Sandboxed without allow-same-origin: the sidebar cannot reach the page nor the server itself.
    expect(await frame().evaluate(() => window.origin)).toBe('null');
  });

  it('runs a server function: JSON round trip, success handler with the user object, grids refreshed', async () => {
    await sidebar().getByLabel('Nom').fill('Zoé <Test>');
    await sidebar().getByRole('button', { name: 'Écho' }).click();
    await expect(output()).toHaveTextLike('succès {"got":{"name":"Zoé <Test>"},"user":"coordination@example.org"} u1');
    await eventually(async () => expect(await gridColumn(page, 'Journal', 'Cible')).toContain('Zoé <Test>'));
  });

  it('hands a server error to the failure handler as an Error with the server message', async () => {
    await sidebar().getByRole('button', { name: 'Échec' }).click();
    await expect(output()).toHaveTextLike('échec true Refusé : essai <b>non</b> u2');
  });

  it('has no private (_) function and refuses a Date at the call site, as Google does', async () => {
    await sidebar().getByRole('button', { name: 'Privée' }).click();
    await expect(output()).toHaveTextLike('erreur TypeError');
    await sidebar().getByRole('button', { name: 'Date' }).click();
    await expect(output()).toHaveTextLike('erreur Failed due to illegal value in property: 0');
  });

  it('ignores messages from anything but the sidebar frame', async () => {
    const before = server.playground.sim.calls.total();
    await page.evaluate(() => window.postMessage({ type: 'pacte-rpc', id: 'x', fn: 'pacteTestEcho', args: [{ name: 'intrus' }] }, '*'));
    await page.waitForTimeout(200);
    expect(server.playground.sim.calls.total()).toBe(before);
  });

  it('calls the failure handler with a French message when the server is gone', async () => {
    await page.route('**/api/rpc', (route) => route.abort());
    await sidebar().getByRole('button', { name: 'Écho' }).click();
    await expect(output()).toHaveTextLike('échec Le terrain de jeu ne répond pas');
    await page.unroute('**/api/rpc');
  });

  it('puts a Oui/Non question and a prompt to the person, by keyboard, then runs the item with the answers', async () => {
    const journal = () =>
      server.playground.sim.peek
        .values('Journal')
        .slice(1)
        .map((r) => r.slice(1, 4));
    const before = journal();
    await page.getByRole('button', { name: 'Essai', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown'); // « Question »
    await page.keyboard.press('Enter');
    const question = page.getByRole('alertdialog', { name: 'Essai' });
    await question.filter({ hasText: 'Continuer ?' }).waitFor();
    await expect(question.getByRole('button').allTextContents()).resolves.toEqual(['Oui', 'Non']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // Non
    await question.filter({ hasText: 'Votre nom ?' }).getByRole('textbox').waitFor();
    await page.keyboard.type('Zoé');
    await page.keyboard.press('Enter');
    await eventually(async () => expect(journal()).toEqual([...before, ['Question', 'NO', 'OK:Zoé']]));
    // Nothing more to answer: the questions are not shown a second time.
    await page.waitForTimeout(300);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
  });

  it('says when a question came after a change and was answered « Fermer »', async () => {
    await page.getByRole('button', { name: 'Essai', exact: true }).focus();
    await page.keyboard.press('ArrowUp'); // the last item
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Essai' });
    await dialog.filter({ hasText: 'Et maintenant ?' }).waitFor();
    await expect(dialog.textContent()).resolves.toContain('le terrain de jeu ne peut pas la rejouer et y a répondu « Fermer »');
    await expect(dialog.getByRole('button').allTextContents()).resolves.toEqual(['OK']);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('google.script.host.close() closes the panel', async () => {
    await sidebar().getByRole('button', { name: 'Fermer le panneau' }).click();
    await page.locator('aside.panel').waitFor({ state: 'hidden' });
  });
});

/** Retries an assertion for a few seconds (the page refreshes its grids after each call). */
async function eventually(assertion: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// A polling text assertion for playwright locators inside jest (no @playwright/test).
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toHaveTextLike(expected: string): Promise<R>;
    }
  }
}
expect.extend({
  async toHaveTextLike(locator: { textContent(): Promise<string | null> }, expected: string) {
    const deadline = Date.now() + 10_000;
    let text: string | null = null;
    while (Date.now() < deadline) {
      text = await locator.textContent().catch(() => null);
      if (text?.startsWith(expected)) return { pass: true, message: () => `texte « ${text} »` };
      await new Promise((r) => setTimeout(r, 50));
    }
    return { pass: false, message: () => `attendu un texte commençant par « ${expected} », obtenu « ${text} »` };
  },
});

describeBrowser('documents in the playground', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true })]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const documentsBuilt = existsSync(path.join(DIST_DIR, 'documents.html'));
  (documentsBuilt ? it : it.skip)(
    'makes the sign-in sheets of a seminar, shows them in the Drive panel, opens one; a second click makes nothing',
    async () => {
      await page.getByRole('button', { name: 'Drive (0)' }).click();
      await expect(page.getByRole('heading', { name: 'Drive (simulé)' }).isVisible()).resolves.toBe(true);
      const sidebar = await openSidebar(page, server, 'PACTE', 'Documents…');
      await sidebar.getByLabel('Type de document').selectOption('emargement');
      const session = sidebar.getByLabel('Séance', { exact: true });
      const first = await session
        .locator('option')
        .evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== ''));
      await session.selectOption(first!);
      await sidebar.getByRole('button', { name: 'Aperçu' }).click();
      await sidebar.getByText(/^Premier document : .*_emargement_matin$/).waitFor();
      await sidebar.getByRole('button', { name: 'Créer les documents' }).click();
      await sidebar
        .getByRole('status')
        .filter({ hasText: /documents? créés?\./ })
        .waitFor({ timeout: 30_000 });
      await expect(sidebar.locator('#progress-text').textContent()).resolves.toMatch(/^(\d+)\/\1$/);

      // The Drive panel lists the folders, the Docs and their PDFs; a Doc opens as a rendered page.
      const link = page.getByRole('link', { name: /^Ouvrir .*_emargement_matin$/ }).first();
      await link.waitFor();
      const href = await link.getAttribute('href');
      const doc = await browser.newPage();
      await doc.goto(`${server.url}${href}`);
      await expect(doc.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Feuille d'émargement");
      await expect(doc.locator('table').first().locator('tr').count()).resolves.toBeGreaterThan(2);
      await expect(doc.locator('script').count()).resolves.toBe(0);
      await doc.close();
      const pdfs = await page.getByRole('link', { name: /\.pdf$/ }).count();
      expect(pdfs).toBeGreaterThan(0);
      await screenshot(page, 'playground-documents');

      await sidebar.getByRole('button', { name: 'Créer les documents' }).click();
      await sidebar.getByRole('status').filter({ hasText: 'Tous ces documents existent déjà' }).waitFor();
      expect(await page.getByRole('link', { name: /\.pdf$/ }).count()).toBe(pdfs);
    },
  );
});
