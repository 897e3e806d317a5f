/**
 * The built « Relances » sidebar (dist/reminders.html) in Chromium, 300 px wide, with a stand-in
 * `google.script.run` (asynchronous handlers, JSON round trip) answering as the server's contract says.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../browser/browser';
import type { RemindersView } from '../../src/ui/contract';

jest.setTimeout(60_000);
const describeBrowser = chromiumAvailable() ? describe : describe.skip;
const URL = 'https://sidebar.test/reminders';

function installFakeServer(): void {
  const view = (automatic: boolean): RemindersView => ({
    today: '2026-01-13',
    total: 2,
    automatic,
    quota: 1500,
    user: 'coordination@example.org',
    trigger: automatic
      ? {
          installed: true,
          owner: 'coordination@example.org',
          mine: true,
          description: 'Déclenchement quotidien vers 7 h installé par vous (coordination@example.org).',
        }
      : { installed: false, owner: '', mine: false, description: 'Aucun déclenchement quotidien installé.' },
    groups: [
      {
        rule: 'convocation-j7',
        when: 'avant une séance',
        label: 'Convocations (7 jours avant chaque séance)',
        reminders: [
          {
            key: 'relance:convocation-j7:C-0001:S3',
            who: 'C-0001 · Camille Martin',
            to: ['camille@example.org'],
            subject: 'Convocation : Séminaire 3',
            body: 'Bonjour Camille Martin,\n\nNous vous attendons.',
          },
          {
            key: 'relance:convocation-j7:C-0003:S3',
            who: 'C-0003 · <img src=x onerror="window.__pwned=1">Inès',
            to: ['ines@example.org'],
            subject: 'Convocation <b>gras</b>',
            body: '<script>window.__pwned=1</script>',
          },
        ],
      },
    ],
    problems: ['Relance « convocation-j7 » : pas d’envoi à C-0002 (Léo Petit) : adresse e-mail invalide « pas-une-adresse ».'],
  });
  const calls: Array<{ fn: string; arg: unknown }> = [];
  (window as unknown as { __calls: unknown }).__calls = calls;
  let automatic = false;
  const handlers: Record<string, (arg: any) => unknown> = {
    pacteRemindersLoad: () => view(automatic),
    pacteRemindersTest: () => 'Message de test envoyé à coordination@example.org.',
    pacteRemindersSendNow: () => ({ sent: 2, message: '2 relances envoyées sur 2 dues' }),
    pacteRemindersAutomatic: (arg: { on: boolean }) => {
      automatic = arg.on;
      return view(automatic);
    },
  };
  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_, prop: string) {
          if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, failure);
          if (prop === 'withFailureHandler') return (f: (e: Error) => void) => runner(success, f);
          if (prop === 'withUserObject') return () => runner(success, failure);
          return (arg: unknown) => {
            const sent = JSON.parse(JSON.stringify(arg ?? null));
            calls.push({ fn: prop, arg: sent });
            setTimeout(() => success?.(JSON.parse(JSON.stringify(handlers[prop]!(sent) ?? null))), 5);
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner() } };
}

describeBrowser('the reminders sidebar in Chromium', () => {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    html = await readFile(path.resolve(__dirname, '../../dist/reminders.html'), 'utf8');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    await page.route('**/*', (route) =>
      route.request().url() === URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
    );
    page.on('pageerror', (e) => {
      throw e;
    });
    page.on('dialog', (d) => void d.accept());
    await page.addInitScript(installFakeServer);
    await page.goto(URL);
    return page;
  }
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Array<{ fn: string; arg: unknown }> }).__calls);

  it('previews by rule, opens a reminder as text, lists problems, never runs inserted HTML, fits 300 px', async () => {
    const page = await open();
    // Rules named by what they do, the day as JJ/MM/AAAA, the quota as French writes it.
    await page.getByText('Convocations (7 jours avant chaque séance) (2)').waitFor();
    await page.getByText('2 relances dues aujourd’hui (13/01/2026).').waitFor();
    await page.getByText('Quota Google restant aujourd’hui : 1\u202f500 destinataires.').waitFor();
    await page.getByText('C-0001 · Camille Martin — Convocation : Séminaire 3').click();
    await page.getByText('Nous vous attendons.').waitFor();
    await page
      .getByText(/Convocation <b>gras<\/b>/)
      .first()
      .click();
    await page.getByText('<script>window.__pwned=1</script>', { exact: true }).waitFor();
    await expect(page.getByText(/pas-une-adresse/).count()).resolves.toBe(1);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= 300)).resolves.toBe(true);
  });

  it('a test to oneself, « Envoyer maintenant », and the switch call the contract functions', async () => {
    const page = await open();
    await page.getByText('C-0001 · Camille Martin — Convocation : Séminaire 3').click();
    await page.getByRole('button', { name: 'M’envoyer un test' }).first().click();
    await page.getByText('Message de test envoyé à coordination@example.org.').waitFor();
    await page.getByRole('checkbox', { name: /Envoi automatique/ }).check();
    await page.getByText(/installé par vous/).waitFor();
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await page.getByText('2 relances envoyées sur 2 dues').waitFor();
    const fns = (await calls(page)).map((c) => [c.fn, c.arg]);
    expect(fns).toEqual([
      ['pacteRemindersLoad', null],
      ['pacteRemindersTest', { key: 'relance:convocation-j7:C-0001:S3' }],
      ['pacteRemindersAutomatic', { on: true }],
      ['pacteRemindersSendNow', null],
      ['pacteRemindersLoad', null],
    ]);
  });
});
