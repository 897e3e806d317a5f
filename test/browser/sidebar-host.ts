/**
 * A sidebar page (dist/<page>.html) alone in Chromium at the size Google gives it on a laptop, its
 * `google.script.run` answered by the real bundle on the simulator (each call one execution, the
 * failure handler getting the server's message as Apps Script gives it:
 * https://developers.google.com/apps-script/guides/html/reference/run). The playground's own layout
 * plays no part: this is the sidebar as a 1366×768 screen shows it.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createSimulator, type Simulator } from '../../sim';
import { DIST_DIR, htmlFiles, loadBundle } from '../../scripts/gas/load-bundle';
import { DEMO_STAFF, generateDemoCohort } from '../../src/workbook/demo';

/** Google Sheets' sidebar on a 1366×768 laptop: 300 px wide, about 700 px of content. */
export const LAPTOP_SIDEBAR = { width: 300, height: 700 } as const;

const URL = 'https://sidebar.test/';

/** In the page, before its script: google.script.run calling the test's binding. */
function installRunner(): void {
  type Handler = ((v: unknown) => void) | undefined;
  const call = (window as unknown as { __pacteCall: (name: string, arg: string) => Promise<{ ok: boolean; value: string }> }).__pacteCall;
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (h: Handler) => runner(h, failure);
          if (name === 'withFailureHandler') return (h: Handler) => runner(success, h);
          if (name === 'withUserObject') return () => runner(success, failure);
          return (arg: unknown) => {
            void call(name, JSON.stringify(arg ?? null)).then((r) =>
              r.ok ? success?.(JSON.parse(r.value)) : failure?.(new Error(r.value)),
            );
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner(undefined, undefined), host: { close() {} } } };
}

export interface HostedSidebar {
  page: Page;
  sim: Simulator;
  /** Writes <dir>/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

/** Opens dist/<file>.html at the laptop size on a demo cohort of `size` applicants, at `now`. */
export async function hostSidebar(
  browser: Browser,
  file: string,
  options: { size?: number; now: Date; shots: string },
): Promise<HostedSidebar> {
  const sim = createSimulator({ userEmail: DEMO_STAFF[0], now: options.now, htmlFiles: htmlFiles() });
  sim.load(Object.fromEntries(generateDemoCohort({ size: options.size ?? 40 })));
  const gas = loadBundle(sim);
  const html = await readFile(path.join(DIST_DIR, `${file}.html`), 'utf8');
  const page = await browser.newPage({ viewport: LAPTOP_SIDEBAR });
  await page.exposeFunction('__pacteCall', (name: string, arg: string) => {
    try {
      const value = sim.runExecution(() => gas[name]!(JSON.parse(arg)));
      return { ok: true, value: JSON.stringify(value ?? null) };
    } catch (e) {
      return { ok: false, value: (e as Error).message };
    }
  });
  await page.route('**/*', (route) =>
    route.request().url() === URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
  );
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.addInitScript(installRunner);
  await page.goto(URL);
  return {
    page,
    sim,
    async screenshot(name) {
      const shot = path.join(options.shots, `${name}.png`);
      await page.screenshot({ path: shot });
      return shot;
    },
  };
}

/** A fresh temporary folder for a suite's screenshots. */
export function screenshotDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'pacte-sidebars-'));
}
