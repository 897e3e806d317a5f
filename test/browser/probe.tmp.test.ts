import { startPlayground } from '../../scripts/playground/server';
import { launchChromium, screenshot } from './browser';
jest.setTimeout(60000);
it('probe', async () => {
  const [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true })]);
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'PACTE', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Saisir les présences…', exact: true }).click();
  const frame = page.frameLocator('aside iframe');
  await frame.locator('.row').first().waitFor();
  const box = await page.locator('aside iframe').boundingBox();
  console.log('iframe', box);
  const rows = await frame.locator('.row').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().bottom));
  console.log('rows', rows.length, rows.slice(0, 12));
  await screenshot(page, 'probe-attendance');
  await browser.close(); await server.close();
});
