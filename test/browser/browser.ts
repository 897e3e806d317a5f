/** Debian's Chromium driven by playwright-core (never a browser download), and page screenshots for the docs. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import type { PlaygroundServer } from '../../scripts/playground/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser suites run where Chromium is installed (CI installs it); elsewhere they are skipped with a notice. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium est introuvable (${CHROMIUM}) : apt-get install -y chromium`);
  console.warn(`Tests navigateur ignorés : Chromium est introuvable (${CHROMIUM}). apt-get install -y chromium`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * docs/screenshots (shown by the README) only when asked with UPDATE_SCREENSHOTS=1; otherwise an
 * ignored folder, so that `npm test` leaves the checkout as it found it.
 */
export const SCREENSHOTS = path.resolve(
  __dirname,
  process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots' : '../../test-output/screenshots',
);

/** Writes <SCREENSHOTS>/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Opens `menu` in the page's menu bar and clicks its item `caption`. */
export async function clickMenu(page: Page, menu: string, caption: string): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
}

/**
 * Runs the menu item that opens a sidebar and gives that sidebar's frame: the new one, never the one
 * it replaces (a locator on « aside iframe » could still find the old page while the menu runs).
 */
export async function openSidebar(page: Page, server: PlaygroundServer, menu: string, caption: string): Promise<FrameLocator> {
  const selector = `aside iframe[name="pacte-sidebar-${server.playground.sim.ui.sidebars.length}"]`;
  await clickMenu(page, menu, caption);
  await page.locator(selector).waitFor();
  return page.frameLocator(selector);
}
