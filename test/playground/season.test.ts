/**
 * A season in the playground (issue 17): automatic sending switched on from the Relances sidebar's
 * call, then « Jour suivant » through the demo's calendar, driving the playground's server API (never
 * its page), attendance saved after Séminaire 3 as staff would. Every learner gets each convocation
 * once with its own PDF, each attestation de présence once after the session, nothing twice, and no
 * document is made twice.
 */
import { startPlayground, type PlaygroundServer } from '../../scripts/playground/server';
import { PDF_MIME } from '../../sim';
import { DEMO_TODAY } from '../../src/workbook/demo';

jest.setTimeout(300_000);

let server: PlaygroundServer;
beforeAll(async () => {
  server = await startPlayground({ port: 0, quiet: true });
});
afterAll(async () => {
  await server?.close();
});

async function post(route: string, body: unknown): Promise<{ ok?: boolean; message?: string; value?: unknown }> {
  const res = await fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.url },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { ok?: boolean; message?: string; value?: unknown };
}
const rpc = (fn: string, ...args: unknown[]) => post('/api/rpc', { fn, args });
const today = () => server.playground.sim.clock.now().toISOString().slice(0, 10);

/** The demo's learners (`Inscrit`) with their valid address: ID → « Prénom Nom ». */
function learners(): Map<string, string> {
  const [head, ...rows] = server.playground.sim.peek.values('Candidatures') as string[][];
  const col = (h: string) => head!.indexOf(h);
  return new Map(
    rows
      .filter((r) => r[col('Statut')] === 'Inscrit' && /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(String(r[col('E-mail')])))
      .map((r) => [String(r[col('ID')]), `${r[col('Prénom')]} ${r[col('Nom')]}`]),
  );
}

const S3 = { id: 'S3', days: ['2026-02-05', '2026-02-06'] };
/** Séminaire 4 ends on 3 April 2026; its attestations go within the week after. */
const LAST_DAY = '2026-04-12';

describe('a season in the playground: automatic sending on, « Jour suivant » through the calendar', () => {
  it('every learner gets each convocation once with its PDF, each attestation de présence once, nothing twice', async () => {
    expect(today()).toBe(DEMO_TODAY);
    const on = await rpc('pacteRemindersAutomatic', { on: true });
    expect(on.ok).toBe(true);
    const ids = [...learners().keys()];
    expect(ids.length).toBeGreaterThan(5);
    let saved = false;
    while (today() < LAST_DAY) {
      await post('/api/next-day', {});
      // The day after Séminaire 3, staff save its four half-days (everyone present).
      if (!saved && today() > S3.days[1]!) {
        for (const day of S3.days)
          for (const halfDay of ['Matin', 'Après-midi']) {
            const r = await rpc('pacteAttendanceSave', {
              sessionId: S3.id,
              day,
              halfDay,
              marks: ids.map((learnerId) => ({ learnerId, status: 'Présent' })),
            });
            expect(r.ok).toBe(true);
          }
        saved = true;
      }
    }
    const sent = server.playground.sim.mail.sent();
    const names = learners();
    const attached = (prefix: string) =>
      sent.filter((m) => m.attachments.some((a) => a.name?.startsWith(prefix))).map((m) => m.attachments[0]!.name);
    // Each convocation once per learner and session of the season (S3, PACTE+, S4), each with its own PDF.
    const convocations = attached('Convocation – ');
    expect(new Set(convocations).size).toBe(convocations.length);
    for (const [, name] of names)
      expect({ name, convocations: convocations.filter((n) => n!.endsWith(`– ${name}.pdf`)).length }).toEqual({ name, convocations: 3 });
    // Every e-mail that carries a document carries it once, as a PDF.
    for (const m of sent.filter((x) => x.subject.startsWith('Convocation') || x.attachments.length > 0)) {
      expect({ subject: m.subject, attachments: m.attachments.map((a) => a.contentType) }).toEqual({
        subject: m.subject,
        attachments: [PDF_MIME],
      });
    }
    // The attestation de présence of Séminaire 3, once each, after the session.
    const attestations = sent.filter((m) => m.attachments.some((a) => a.name?.startsWith('Attestation de présence – ')));
    expect(attestations).toHaveLength(names.size);
    expect(attestations.every((m) => m.at.toISOString().slice(0, 10) > S3.days[1]!)).toBe(true);
    // No e-mail twice (one key, one « Relance envoyée »), no document twice.
    const [head, ...journal] = server.playground.sim.peek.values('Journal') as string[][];
    const sentKeys = journal.filter((r) => r[head!.indexOf('Action')] === 'Relance envoyée').map((r) => r[head!.indexOf('Clé')]);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
    const [rhead, ...register] = server.playground.sim.peek.values('Documents') as string[][];
    const keys = register.map((r) => r[rhead!.indexOf('Clé')]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(register.every((r) => r[rhead!.indexOf('État')] === 'Créé')).toBe(true);
    const pdfs = server.playground.sim.drive.files().filter((f) => !f.trashed && f.mimeType === PDF_MIME);
    expect(pdfs).toHaveLength(keys.length);
  });
});
