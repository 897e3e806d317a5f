/**
 * `npm run screenshots`: the README's pictures of a convocation e-mail (issue 17). The playground on
 * the demo cohort, automatic sending switched on, « Jour suivant » until the daily trigger sends a J-7
 * convocation with its PDF; then, in Debian's Chromium (as test/browser does), the « Envois » panel
 * with that e-mail open, and its PDF opened as a page. Writes docs/images/*.png at 1366×768.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/browser';
import { buildAll } from './build';
import { nextDay } from './playground/mail';
import { startPlayground, type PlaygroundServer } from './playground/server';

export const IMAGES_DIR = path.resolve(__dirname, '../docs/images');
export const IMAGES = { email: 'convocation-email.png', pdf: 'convocation-pdf.png' } as const;
const VIEWPORT = { width: 1366, height: 768 };
/** The demo opens on 15 January; Séminaire 3's J-7 convocations go on the 29th. */
const MAX_DAYS = 40;

/** Whether an attachment's name is a convocation's PDF (« Convocation – Séminaire 3 – … .pdf »). */
export function isConvocationPdf(name: string | null | undefined): boolean {
  return /^Convocation – .+\.pdf$/.test(name ?? '');
}

/** Switches automatic sending on, then moves the simulated days on until a convocation with its PDF is sent. */
export async function advanceToConvocation(server: PlaygroundServer): Promise<{ subject: string; days: number }> {
  const on = await server.playground.rpc('pacteRemindersAutomatic', [{ on: true }]);
  if (!on?.ok) throw new Error(`Envoi automatique non activé : ${on && 'message' in on ? on.message : '?'}`);
  for (let days = 1; days <= MAX_DAYS; days++) {
    nextDay(server.playground);
    const mail = server.playground.sim.mail.sent().find((m) => m.attachments.some((a) => isConvocationPdf(a.name)));
    if (mail) return { subject: mail.subject, days };
  }
  throw new Error(`Aucune convocation envoyée en ${MAX_DAYS} jours`);
}

/** The « Envois » panel with the convocation open (its attachment in view); gives the PDF's address. */
async function shootEmail(page: Page, subject: string, file: string): Promise<string> {
  await page.getByRole('button', { name: /^Envois \(\d+\)$/ }).click();
  const panel = page.getByRole('region', { name: 'Envois' });
  const mail = panel.locator('details.mail', { hasText: subject }).first();
  await mail.locator('summary').click();
  const link = mail.locator('ul.mail-attachments a').first();
  await link.scrollIntoViewIfNeeded();
  await page.screenshot({ path: file });
  const href = await link.getAttribute('href');
  if (!href) throw new Error('Pièce jointe sans lien');
  return href;
}

export async function takeScreenshots(outDir = IMAGES_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(), startPlayground({ port: 0, quiet: true })]);
  try {
    const { subject } = await advanceToConvocation(server);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(server.url);
    const email = path.join(outDir, IMAGES.email);
    const href = await shootEmail(page, subject, email);
    const pdfPage = await browser.newPage({ viewport: VIEWPORT });
    await pdfPage.goto(new URL(href, server.url).toString());
    const pdf = path.join(outDir, IMAGES.pdf);
    await pdfPage.screenshot({ path: pdf });
    return [email, pdf];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  void (async () => {
    await buildAll();
    for (const file of await takeScreenshots()) console.log(path.relative(process.cwd(), file));
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
