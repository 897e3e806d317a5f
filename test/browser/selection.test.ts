/**
 * The November demo's selection in the playground, in Chromium: PACTE › Sélection…, the pipeline and
 * its filters, a decision for ticked candidates, one's own opinion, the invitations previewed then
 * sent on « Envoyer » (visible in « Envois »), the decision letters likewise; by keyboard where a
 * person would use it.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { chromiumAvailable, launchChromium } from './browser';

jest.setTimeout(120_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;

describeBrowser('the selection sidebar in the playground', () => {
  let browser: Browser;
  let server: PlaygroundServer;
  let page: Page;
  let sidebar: FrameLocator;

  beforeAll(async () => {
    // The playground's November demo (scripts/playground/demos.ts), 12 applicants.
    [browser, server] = await Promise.all([
      launchChromium(),
      startPlayground({ port: 0, quiet: true, demo: 'selection-novembre', size: 12 }),
    ]);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (d) => void d.accept());
    await page.goto(server.url);
    await page.getByRole('button', { name: 'PACTE', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Sélection…', exact: true }).click();
    sidebar = page.frameLocator('aside iframe');
    await sidebar.getByRole('heading', { name: 'Sélection' }).waitFor();
    await sidebar.getByRole('table').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const count = async (status: string) =>
    Number(
      await sidebar
        .getByRole('row', { name: new RegExp(`^${status} \\d+$`) })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    );

  it('shows the pipeline, and the filters narrow it (keyboard)', async () => {
    expect(await count('Entretien')).toBe(4);
    expect(await count('Reçu')).toBe(4);
    const department = sidebar.getByLabel('Département');
    await department.focus();
    await department.press('ArrowDown');
    await sidebar.getByText(/candidatures? \(filtres appliqués\)/).waitFor();
    const total = await sidebar.locator('caption').textContent();
    expect(Number(total!.split(' ')[0])).toBeLessThan(12);
    await department.selectOption('');
  });

  it('records my opinion and sets a decision for the ticked candidates', async () => {
    const item = sidebar.locator('details.candidate').filter({ has: sidebar.locator('summary', { hasText: /^C-0003 · / }) });
    await item.locator('summary').click();
    await item.getByLabel('Avis', { exact: true }).selectOption('Réservé');
    await item.getByLabel('Note sur 20 (facultative)').fill('16');
    await item.getByRole('button', { name: 'Enregistrer mon avis' }).click();
    await sidebar.getByText(/Votre avis sur C-0003 est enregistré/).waitFor();
    await sidebar.getByRole('checkbox', { name: 'Sélectionner C-0002' }).check();
    await sidebar.getByRole('checkbox', { name: 'Sélectionner C-0005' }).press('Space');
    await sidebar.getByLabel('Décision pour les candidatures cochées').selectOption('Retenu');
    await sidebar.getByRole('button', { name: 'Appliquer' }).click();
    await sidebar.getByText('Passer 2 candidatures au statut « Retenu » ?').waitFor();
    await sidebar.getByRole('button', { name: 'Confirmer' }).click();
    await sidebar.getByText(/Statut « Retenu » enregistré pour 2 candidatures/).waitFor();
    expect(await count('Retenu')).toBe(2);
  });

  it('previews the invitations and sends them on « Envoyer », each once; each with its .ics', async () => {
    await sidebar
      .getByText(/2 messages prêts/)
      .first()
      .waitFor();
    const send = sidebar.getByRole('button', { name: 'Envoyer les invitations' });
    await send.focus();
    await send.press('Enter');
    // The confirmation takes the focus: Enter again sends.
    await sidebar.getByText('Envoyer 2 messages maintenant ? Chacun ne part qu’une fois.').waitFor();
    await page.keyboard.press('Enter');
    await sidebar.getByText(/^2 messages envoyés/).waitFor();
    await sidebar.getByText('Aucune invitation à envoyer.').waitFor();
    expect(server.playground.sim.mail.sent().filter((m) => m.attachments.some((a) => a.name === 'invitation.ics'))).toHaveLength(2);
  });

  it('sends the decision letters once', async () => {
    await sidebar.getByRole('button', { name: 'Envoyer les décisions' }).click();
    await sidebar.getByRole('button', { name: 'Confirmer' }).click();
    await sidebar.getByText(/^2 messages envoyés/).waitFor();
    await sidebar.getByText('Aucune décision à envoyer.').waitFor();
    expect(server.playground.sim.mail.sent().filter((m) => m.subject.includes('est retenue'))).toHaveLength(2);
  });
});
