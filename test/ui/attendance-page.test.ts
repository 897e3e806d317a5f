/**
 * The built sidebar (dist/attendance.html, made by the jest global setup) in Debian's Chromium, 300 px
 * wide, with a stand-in `google.script.run` that behaves as Google documents it: asynchronous handlers,
 * JSON round trip, an Error with the server's message in the failure handler. No server code runs here
 * (the playground suite in test/browser drives the real server); this suite pins the page's behaviour.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../browser/browser';

jest.setTimeout(60_000);

const describeBrowser = chromiumAvailable() ? describe : describe.skip;

const URL = 'https://sidebar.test/attendance';

interface FakeOptions {
  /** Fails every call of this function with this message. */
  failSave?: string;
  failLoad?: string;
  /** Milliseconds each answer takes. */
  delayMs?: number;
  /** No enrolled learners. */
  noLearners?: boolean;
  /** No sessions at all. */
  noSessions?: boolean;
  /** Two learners sharing an ID (a copied row in Candidatures). */
  sharedId?: boolean;
  /** The half-day shown has not started yet (the server says so in `future`). */
  future?: boolean;
}

/** Runs in the page before its script: a fake server with an in-memory Présences tab. */
function installFakeServer(options: FakeOptions): void {
  const sessions = options.noSessions
    ? []
    : [
        { id: 'S1', title: 'Accueil T0', compulsory: true, days: [{ day: '2025-10-02', label: 'jeudi 2 octobre 2025' }] },
        {
          id: 'S2',
          title: 'Séminaire 2 : coordonner une équipe pluriprofessionnelle en soins primaires',
          compulsory: true,
          days: [
            { day: '2025-12-11', label: 'jeudi 11 décembre 2025' },
            { day: '2025-12-12', label: 'vendredi 12 décembre 2025' },
          ],
        },
      ];
  const learners = options.noLearners
    ? []
    : [
        { id: 'C-0001', name: 'Camille Martin' },
        { id: 'C-0002', name: 'Noé Petit' },
        { id: 'C-0003', name: '<img src=x onerror="window.__pwned=1">Inès' },
        { id: 'C-0004', name: 'Marie-Bérengère de La Tour-Montgolfier-Saint-Exupéry' },
        ...(options.sharedId
          ? [
              { id: 'C-0009', name: 'Jean Dupuis', sharedRows: [10, 14] },
              { id: 'C-0009', name: 'Julie Dupuis', sharedRows: [10, 14] },
            ]
          : []),
      ];
  const records = new Map<string, string>([['C-0002|S2|2025-12-11|Matin', 'Absent excusé']]);
  const calls: Array<{ fn: string; arg: unknown }> = [];
  (window as unknown as { __calls: typeof calls }).__calls = calls;

  const server: Record<string, (arg: any) => unknown> = {
    pacteAttendanceLoad(arg: any) {
      if (options.failLoad) throw new Error(options.failLoad);
      const session = sessions.find((s) => s.id === arg?.sessionId) ?? sessions[1] ?? null;
      const day = session?.days.find((d) => d.day === arg?.day)?.day ?? session?.days[0]?.day;
      const halfDay = arg?.halfDay ?? 'Matin';
      const selected = session && day ? { sessionId: session.id, day, halfDay } : null;
      return {
        sessions,
        selected,
        learners: selected ? learners.map((l) => ({ ...l, status: records.get(`${l.id}|${session!.id}|${day}|${halfDay}`) ?? '' })) : [],
        statuses: ['Présent', 'Retard', 'Absent excusé', 'Absent'],
        halfDays: ['Matin', 'Après-midi'],
        future: options.future === true,
        // The half-days of S2 where someone has no status yet (what the server computes from Présences).
        missing:
          session?.id === 'S2'
            ? (['2025-12-11', '2025-12-12'] as const)
                .flatMap((d) =>
                  (['Matin', 'Après-midi'] as const).map((h) => ({
                    day: d,
                    label: d === '2025-12-11' ? 'jeudi 11 décembre' : 'vendredi 12 décembre',
                    halfDay: h,
                    missing: learners.filter((l) => !records.has(`${l.id}|S2|${d}|${h}`)).length,
                  })),
                )
                .filter((x) => x.missing > 0)
            : [],
      };
    },
    pacteEligibilityRecompute() {
      return { message: '4 apprenant·es : 1 éligible, 3 en cours' };
    },
    pacteAttendanceSave(req: any) {
      if (options.failSave) throw new Error(options.failSave);
      for (const m of req.marks) records.set(`${m.learnerId}|${req.sessionId}|${req.day}|${req.halfDay}`, m.status);
      const half = req.halfDay === 'Matin' ? 'matin' : 'après-midi';
      return {
        saved: req.marks.length,
        message: `${req.marks.length} présences enregistrées pour ${req.sessionId}, ${req.day}, ${half}`,
        refused: [],
      };
    },
  };

  const runner = (success?: (v: unknown) => void, failure?: (e: Error) => void): unknown => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (h: (v: unknown) => void) => runner(h, failure),
      withFailureHandler: (h: (e: Error) => void) => runner(success, h),
      withUserObject: () => r,
    };
    for (const [name, fn] of Object.entries(server)) {
      r[name] = (arg: unknown) => {
        const sent = JSON.parse(JSON.stringify(arg ?? null));
        calls.push({ fn: name, arg: sent });
        setTimeout(() => {
          try {
            const value = JSON.parse(JSON.stringify(fn(sent) ?? null));
            success?.(value);
          } catch (e) {
            failure?.(new Error((e as Error).message));
          }
        }, options.delayMs ?? 5);
      };
    }
    return r;
  };
  (window as unknown as { google: unknown }).google = { script: { run: runner() } };
}

describeBrowser('the attendance sidebar in Chromium', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    html = await readFile(path.resolve(__dirname, '../../dist/attendance.html'), 'utf8');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: FakeOptions = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === URL) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      requests.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.addInitScript(installFakeServer, options);
    await page.goto(URL);
    (page as unknown as { externalRequests: string[] }).externalRequests = requests;
    return page;
  }

  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: Array<{ fn: string; arg: any }> }).__calls);

  it('shows the half-day from the server, labelled controls, names as text, at 300 px without horizontal scroll', async () => {
    const page = await open();
    await page.getByLabel('Statut de Camille Martin', { exact: true }).waitFor();
    await expect(page.getByLabel('Séance', { exact: true }).inputValue()).resolves.toBe('S2');
    await expect(page.getByLabel('Jour', { exact: true }).inputValue()).resolves.toBe('2025-12-11');
    await expect(page.getByLabel('Matin', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Après-midi', { exact: true }).isChecked()).resolves.toBe(false);
    await expect(page.locator('#day option').allTextContents()).resolves.toEqual(['jeudi 11 décembre 2025', 'vendredi 12 décembre 2025']);
    // Recorded status pre-filled; nothing recorded = nothing chosen.
    await expect(page.getByLabel('Statut de Noé Petit', { exact: true }).inputValue()).resolves.toBe('Absent excusé');
    await expect(page.getByLabel('Statut de Camille Martin', { exact: true }).inputValue()).resolves.toBe('');
    // A name holding markup is shown as text and never runs.
    const hostile = page.getByLabel('Statut de <img src=x onerror="window.__pwned=1">Inès', { exact: true });
    await expect(hostile.count()).resolves.toBe(1);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('img').count()).resolves.toBe(0);
    // One load call, with null.
    expect(await calls(page)).toEqual([{ fn: 'pacteAttendanceLoad', arg: null }]);
    // 300 px: no horizontal scrolling, long names wrap inside their row.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const box = await page.getByText('Marie-Bérengère de La Tour-Montgolfier-Saint-Exupéry').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(300);
    expect((page as unknown as { externalRequests: string[] }).externalRequests).toEqual([]);
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('« Tous présents » never overwrites a choice, then « Enregistrer » sends one batch and shows the server message', async () => {
    const page = await open();
    await page.getByLabel('Statut de Camille Martin', { exact: true }).selectOption('Retard');
    await expect(page.locator('li.changed').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Tous présents', exact: true }).click();
    const value = (name: string) => page.getByLabel(`Statut de ${name}`, { exact: true }).inputValue();
    await expect(value('Camille Martin')).resolves.toBe('Retard');
    await expect(value('Noé Petit')).resolves.toBe('Absent excusé');
    await expect(value('Marie-Bérengère de La Tour-Montgolfier-Saint-Exupéry')).resolves.toBe('Présent');
    await expect(page.locator('li.changed').count()).resolves.toBe(3);
    await expect(page.getByRole('status').textContent()).resolves.toContain('2 personnes marquées « Présent »');

    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'présences enregistrées' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toBe('4 présences enregistrées pour S2, 2025-12-11, matin');
    await page.waitForFunction(() => (window as any).__calls.length === 3);
    const all = await calls(page);
    expect(all.map((c) => c.fn)).toEqual(['pacteAttendanceLoad', 'pacteAttendanceSave', 'pacteAttendanceLoad']);
    expect(all[1]!.arg).toEqual({
      sessionId: 'S2',
      day: '2025-12-11',
      halfDay: 'Matin',
      marks: [
        { learnerId: 'C-0001', status: 'Retard' },
        { learnerId: 'C-0002', status: 'Absent excusé' },
        { learnerId: 'C-0003', status: 'Présent' },
        { learnerId: 'C-0004', status: 'Présent' },
      ],
    });
    expect(all[2]!.arg).toEqual({ sessionId: 'S2', day: '2025-12-11', halfDay: 'Matin' });
    // Saved: no row is marked changed, the values are the server's, the button is back.
    await page.waitForFunction(() => document.querySelectorAll('li.changed').length === 0);
    await expect(value('Camille Martin')).resolves.toBe('Retard');
    const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
    await expect(save.getAttribute('aria-disabled')).resolves.toBe('false');
    await expect(page.getByRole('alert').textContent()).resolves.toBe('');
    await page.close();
  });

  it('flags two learners sharing an ID, locks their status, and saves the others', async () => {
    const page = await open({ sharedId: true });
    await page.getByLabel('Statut de Camille Martin', { exact: true }).waitFor();
    for (const name of ['Jean Dupuis', 'Julie Dupuis']) {
      const select = page.getByLabel(`Statut de ${name}`, { exact: true });
      await expect(select.isDisabled()).resolves.toBe(true);
      await expect(select.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).resolves.toMatch(
        /ID « C-0009 » en double \(lignes 10, 14 de « Candidatures »\).*Videz la cellule ID de la ligne copiée/,
      );
    }
    await page.getByRole('button', { name: 'Tous présents', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForFunction(() => (window as any).__calls.length === 3);
    const save = (await calls(page))[1]!.arg as { marks: Array<{ learnerId: string }> };
    expect(save.marks.map((m) => m.learnerId)).toEqual(['C-0001', 'C-0002', 'C-0003', 'C-0004']);
    await expect(page.getByLabel('Statut de Jean Dupuis', { exact: true }).isDisabled()).resolves.toBe(true);
    await page.close();
  });

  it('disables the button with « Enregistrement… » while saving, and shows the server failure in French', async () => {
    const page = await open({ delayMs: 400, failSave: 'Le verrou du classeur est pris par une autre saisie : réessayez dans une minute.' });
    await page.getByLabel('Statut de Camille Martin', { exact: true }).selectOption('Présent');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const busy = page.getByRole('button', { name: 'Enregistrement…', exact: true });
    await expect(busy.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByLabel('Statut de Camille Martin', { exact: true }).isDisabled()).resolves.toBe(true);
    await busy.click({ force: true }); // a second click while saving sends nothing
    await page.getByRole('alert').filter({ hasText: 'verrou' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Le verrou du classeur est pris par une autre saisie : réessayez dans une minute.',
    );
    const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
    await expect(save.getAttribute('aria-disabled')).resolves.toBe('false');
    // The choice is still there, still marked unsaved.
    await expect(page.getByLabel('Statut de Camille Martin', { exact: true }).inputValue()).resolves.toBe('Présent');
    await expect(page.locator('li.changed').count()).resolves.toBe(1);
    expect((await calls(page)).filter((c) => c.fn === 'pacteAttendanceSave')).toHaveLength(1);
    await page.close();
  });

  it('asks before leaving a half-day with unsaved changes', async () => {
    const page = await open();
    await page.getByLabel('Statut de Camille Martin', { exact: true }).selectOption('Absent');
    await page.getByLabel('Après-midi', { exact: true }).click(); // the page puts the radio back on Matin and asks
    await expect(page.getByText('1 modification n’est pas enregistrée.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Matin', { exact: true }).isChecked()).resolves.toBe(true); // still the rows' half-day
    await page.getByRole('button', { name: 'Rester ici', exact: true }).click();
    await expect(page.getByLabel('Statut de Camille Martin', { exact: true }).inputValue()).resolves.toBe('Absent');
    expect(await calls(page)).toHaveLength(1);

    await page.getByLabel('Après-midi', { exact: true }).click();
    await page.getByRole('button', { name: 'Changer sans enregistrer', exact: true }).click();
    await page.waitForFunction(() => (window as any).__calls.length === 2);
    await page.waitForFunction(() => document.querySelectorAll('li.changed').length === 0);
    expect((await calls(page))[1]!.arg).toEqual({ sessionId: 'S2', day: '2025-12-11', halfDay: 'Après-midi' });
    await expect(page.getByLabel('Après-midi', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Statut de Camille Martin', { exact: true }).inputValue()).resolves.toBe('');
    await page.close();
  });

  it('changing session opens its first day; changing day keeps the half-day', async () => {
    const page = await open();
    await page.getByLabel('Après-midi', { exact: true }).check(); // nothing changed: no question asked
    await page.waitForFunction(() => (window as any).__calls.length === 2);
    await page.getByLabel('Jour', { exact: true }).selectOption('2025-12-12');
    await page.waitForFunction(() => (window as any).__calls.length === 3);
    await page.getByLabel('Séance', { exact: true }).selectOption('S1');
    await page.waitForFunction(() => (window as any).__calls.length === 4);
    const args = (await calls(page)).map((c) => c.arg);
    expect(args.slice(1)).toEqual([
      { sessionId: 'S2', day: '2025-12-11', halfDay: 'Après-midi' },
      { sessionId: 'S2', day: '2025-12-12', halfDay: 'Après-midi' },
      { sessionId: 'S1', day: '2025-10-02', halfDay: 'Après-midi' },
    ]);
    await expect(page.locator('#day option').allTextContents()).resolves.toEqual(['jeudi 2 octobre 2025']);
    await page.close();
  });

  it('is usable with the keyboard alone', async () => {
    const page = await open();
    const camille = page.getByLabel('Statut de Camille Martin', { exact: true });
    await camille.focus();
    await page.keyboard.press('ArrowDown'); // a closed select changes with the arrows
    await expect(camille.inputValue()).resolves.toBe('Présent');
    // Tab order reaches « Tous présents » and « Enregistrer »; Enter saves.
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 10 && (await focusedName()) !== 'Enregistrer'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Enregistrer');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'présences enregistrées' }).waitFor();
    // Focus stays on the button after the save (aria-disabled, not disabled).
    expect(await focusedName()).toBe('Enregistrer');
    await page.close();
  });

  it('lists the half-days still without a status, each opening that half-day', async () => {
    const page = await open();
    await page.getByLabel('Statut de Camille Martin', { exact: true }).waitFor();
    const missing = page.getByRole('region', { name: '4 demi-journées passées sans saisie' });
    // Folded so that the learners stay in view; opened, each half-day is a button.
    await missing.getByText('4 demi-journées passées sans saisie').click();
    await expect(missing.getByRole('button').allTextContents()).resolves.toEqual([
      'jeudi 11 décembre, matin (3 personnes sans statut)',
      'jeudi 11 décembre, après-midi (4 personnes sans statut)',
      'vendredi 12 décembre, matin (4 personnes sans statut)',
      'vendredi 12 décembre, après-midi (4 personnes sans statut)',
    ]);
    await missing.getByRole('button', { name: /vendredi 12 décembre, après-midi/ }).click();
    await page.waitForFunction(() => (document.getElementById('day') as HTMLSelectElement).value === '2025-12-12');
    await expect(page.getByLabel('Après-midi', { exact: true }).isChecked()).resolves.toBe(true);
    // A session with nothing missing says so in one sentence.
    await page.getByLabel('Séance', { exact: true }).selectOption('S1');
    await page.getByText('Toutes les demi-journées passées de cette séance sont saisies.').waitFor();
    await expect(page.getByText(/passées? sans saisie/).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('says a future half-day has not happened and offers no save for it', async () => {
    const page = await open({ future: true });
    await page.locator('#future').filter({ hasText: "n'a pas encore eu lieu" }).waitFor();
    await expect(page.locator('#future').textContent()).resolves.toBe(
      "jeudi 11 décembre 2025, matin : cette demi-journée n'a pas encore eu lieu. Les présences se saisissent pendant ou après (l'après-midi commence à 13 h).",
    );
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true }).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Tous présents', exact: true }).getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByLabel('Statut de Camille Martin', { exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).dispatchEvent('click');
    expect((await calls(page)).map((c) => c.fn)).toEqual(['pacteAttendanceLoad']);
    await page.close();
  });

  it('after a save, offers to recompute eligibility and runs it through the contract', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Tous présents', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Présences modifiées').waitFor();
    await page.getByRole('button', { name: "Calculer l'éligibilité", exact: true }).click();
    await page.getByRole('status').filter({ hasText: '4 apprenant·es : 1 éligible, 3 en cours' }).waitFor();
    expect((await calls(page)).map((c) => c.fn)).toEqual([
      'pacteAttendanceLoad',
      'pacteAttendanceSave',
      'pacteAttendanceLoad',
      'pacteEligibilityRecompute',
    ]);
    await expect(page.getByRole('button', { name: "Calculer l'éligibilité", exact: true }).isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('the unsaved-changes question in the footer never covers the list', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 420 } });
    await page.route('**/*', (route) =>
      route.request().url() === URL ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
    );
    await page.addInitScript(installFakeServer, {});
    await page.goto(URL);
    await page.getByLabel('Statut de Camille Martin', { exact: true }).selectOption('Retard');
    await page.getByLabel('Après-midi', { exact: true }).click();
    await page.getByText('Changer de séance, de jour ou de demi-journée les abandonne.').waitFor();
    // Every row, scrolled into view, is the element under its own centre: the footer is not on top of it.
    for (const row of await page.locator('li.row').all()) {
      await row.scrollIntoViewIfNeeded();
      const covered = await row.evaluate((li) => {
        const r = li.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !hit || !li.contains(hit);
      });
      expect(covered).toBe(false);
    }
    await page.close();
  });

  it('says what to do when nothing can be entered, and when the server cannot be reached', async () => {
    let page = await open({ noLearners: true });
    await page.getByText('Aucun·e apprenant·e au statut « Inscrit »').waitFor();
    await expect(page.getByRole('button', { name: 'Enregistrer', exact: true }).isVisible()).resolves.toBe(false);
    await page.close();

    page = await open({ noSessions: true });
    await page.getByText("Aucune séance dans l'onglet « Séances »").waitFor();
    await expect(page.getByLabel('Séance', { exact: true }).isVisible()).resolves.toBe(false);
    await page.close();

    page = await open({ failLoad: 'Onglet « Présences » introuvable : lancez PACTE › Initialiser la promo.' });
    await page.getByRole('alert').filter({ hasText: 'introuvable' }).waitFor();
    await expect(page.getByRole('button', { name: 'Réessayer', exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('status').textContent()).resolves.toBe('');
    await page.close();
  });
});
