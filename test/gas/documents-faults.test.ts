/**
 * Documents never twice, never lost: a failure at every call index, a run that died (stale claim),
 * a colleague's run holding its claims, the Drive folder in the bin, and the lock left free during
 * the Drive work (through the built bundle).
 */
import { DOC_MIME, PDF_MIME } from '../../sim';
import type { DocumentsProgress } from '../../src/ui/contract';
import type { Gas } from '../helpers/gas';
import { CONVOCATIONS, cohort, expectOnePairPerKey, filesByKey, live, makeAll, register, setting } from '../helpers/documents';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `document:convocation:S1:C-${String(i + 1).padStart(4, '0')}`);
const ELEVEN_MINUTES = 11 * 60 * 1000;

/** How a call is cut at a given call index: one line per mode. */
const FAULTS: Array<{ name: string; at: (g: Gas, method: string, nth: number) => void }> = [
  { name: 'fails', at: (g, method, nth) => g.sim.failAt(method, nth) },
  { name: 'fails after its effect', at: (g, method, nth) => g.sim.failAt(method, nth, undefined, { after: true }) },
  { name: 'is killed', at: (g, method, nth) => g.sim.killAt(method, nth) },
];

/** Every (method, index) a clean run calls, counted from a dry run. */
function callIndexes(n: number): Array<[string, number]> {
  const g = cohort(n);
  g.sim.calls.reset();
  makeAll(g);
  expectOnePairPerKey(g, keys(n));
  return Object.entries(g.sim.calls.byMethod()).flatMap(([method, count]) =>
    Array.from({ length: count }, (_, i) => [method, i + 1] as [string, number]),
  );
}

describe('Documents: a fault at every call index of a run, then the next clicks', () => {
  const indexes = callIndexes(6);

  it.each(FAULTS.map((f) => [f.name, f] as const))(
    'a call that %s at any index: after the next clicks, one Doc and one PDF per key, one register row per key',
    (_, fault) => {
      expect(indexes.length).toBeGreaterThan(50);
      for (const [method, nth] of indexes) {
        const g = cohort(6);
        fault.at(g, method, nth);
        makeAll(g);
        // A claim left by the cut run counts as a live run's for 10 minutes; then it is looked up in Drive by key.
        g.sim.clock.advance(ELEVEN_MINUTES);
        makeAll(g);
        try {
          expectOnePairPerKey(g, keys(6));
        } catch (error) {
          throw new Error(`${fault.name} at ${method} #${nth}: ${(error as Error).message}`);
        }
      }
    },
  );
});

describe('Documents: a run that died, and a run still working', () => {
  /** Makes 3, then turns their rows into the claims of a run that never wrote its outcomes. */
  function diedAfterDriveWork(minutesAgo: number): Gas {
    const g = cohort(3);
    makeAll(g);
    const sheet = g.sim.spreadsheet.getSheetByName('Documents')!;
    const head = g.values('Documents')[0]!;
    const col = (h: string) => head.indexOf(h) + 1;
    const when = new Date(g.sim.clock.now().getTime() - minutesAgo * 60_000);
    const hhmm = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(when)
      .replace(' ', ' à ');
    g.sim.asColleague(() => {
      for (let row = 2; row <= 4; row++) {
        sheet.getRange(row, col('Document'), 1, 2).setValues([['', '']]);
        sheet.getRange(row, col('État'), 1, 3).setValues([['En cours', `en cours : autre@example.org, depuis le ${hhmm}`, '']]);
      }
    });
    return g;
  }

  it('a claim older than 10 minutes: the Doc and PDF it made are found by key and adopted, not remade', () => {
    const g = diedAfterDriveWork(11);
    const before = live(g)
      .map((f) => f.id)
      .sort();
    g.sim.calls.reset();
    const { last } = makeAll(g);
    expect(last).toMatchObject({ made: 3, failed: 0, finished: true });
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBeUndefined();
    expect(g.sim.calls.byMethod()['Drive.Files.list']).toBe(1 + 3); // the session folder, then one look-up by key each
    expect(
      live(g)
        .map((f) => f.id)
        .sort(),
    ).toEqual(before);
    expectOnePairPerKey(g, keys(3));
    expect(register(g)[0]!['Détail']).toMatch(/^Repris après une interruption/);
  });

  it('a stale claim whose run made the Doc but not the PDF: the Doc (carrying the key) goes to the bin, the document is made again', () => {
    const g = diedAfterDriveWork(11);
    const pdf = live(g).find((f) => f.mimeType === PDF_MIME && f.appProperties['pacte'] === keys(3)[1])!;
    const orphan = live(g).find((f) => f.id === pdf.appProperties['pacteDoc'])!;
    g.sim.drive.trashByHand(pdf.id);
    makeAll(g);
    expectOnePairPerKey(g, keys(3));
    expect(g.sim.drive.files().find((f) => f.id === orphan.id)!.trashed).toBe(true);
  });

  it('a claim younger than 10 minutes is another run at work: skipped, and said', () => {
    const g = diedAfterDriveWork(2);
    g.sim.calls.reset();
    const progress = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(progress).toMatchObject({ made: 0, finished: true });
    expect(progress.message).toMatch(/3 documents sont en cours de création par un autre appel/);
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBeUndefined();
    expect(register(g).every((r) => r['État'] === 'En cours')).toBe(true);
  });
});

describe('Documents: by key, never by name', () => {
  it("two sidebars at once: a call running between the other call's first read and its claim makes nothing twice", () => {
    const g = cohort(4);
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001'] });
    let other: DocumentsProgress | undefined;
    // The second sidebar's call runs whole while the first waits for the lock to claim.
    g.sim.interleave('Lock.tryLock', 1, () => {
      other = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    });
    const first = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(other).toMatchObject({ made: 3, finished: true });
    expect(first).toMatchObject({ made: 0, finished: true });
    expectOnePairPerKey(g, keys(4));
  });

  it('a stale claim whose files staff put in the bin: made again, never adopted from the bin', () => {
    const g = cohort(2);
    makeAll(g);
    const binned = filesByKey(g).get(keys(2)[0]!)!;
    for (const f of [...binned.docs, ...binned.pdfs]) g.sim.drive.trashByHand(f.id);
    const sheet = g.sim.spreadsheet.getSheetByName('Documents')!;
    const row = register(g).findIndex((r) => r['Clé'] === keys(2)[0]) + 2;
    const head = g.values('Documents')[0]!;
    g.sim.asColleague(() => sheet.getRange(row, head.indexOf('État') + 1, 1, 2).setValues([['Erreur', 'Échec : coupure']]));
    expect(makeAll(g).made).toBe(1);
    expectOnePairPerKey(g, keys(2));
    expect(register(g)[0]!['Détail']).toBe('');
  });

  it("a leftover is found by its key after the learner's name was corrected, and a file of another key renamed like it is never binned", () => {
    const g = cohort(2, {
      names: [
        ['Yann', 'Le Gall'],
        ['Anne', 'Martin'],
      ],
    });
    // C-0001's first attempt fails after its copy: the Doc is left (its bin failed too) with the old name.
    g.sim.failAt('Docs.Documents.batchUpdate', 3); // after the default template's two layout batches
    g.sim.failAt('Drive.Files.update', 1);
    makeAll(g);
    const leftover = live(g).find((f) => f.appProperties['pacte'] === keys(2)[0] && f.mimeType === DOC_MIME)!;
    expect(leftover.name).toBe('2025-10-16_S1_convocation_Le-Gall_Yann_C-0001');
    // Staff correct the name in Candidatures, and rename Anne Martin's Doc in Drive to the new name of Yann's.
    const candidates = g.sim.spreadsheet.getSheetByName('Candidatures')!;
    const head = g.values('Candidatures')[0]!;
    g.sim.asColleague(() => candidates.getRange(2, head.indexOf('Nom') + 1).setValue('Le Gall-Morvan'));
    const anne = filesByKey(g).get(keys(2)[1]!)!.docs[0]!;
    g.sim.drive.renameByHand(anne.id, '2025-10-16_S1_convocation_Le-Gall-Morvan_Yann_C-0001');
    makeAll(g);
    expectOnePairPerKey(g, keys(2));
    expect(g.sim.drive.files().find((f) => f.id === leftover.id)!.trashed).toBe(true);
    expect(g.sim.drive.files().find((f) => f.id === anne.id)!.trashed).toBe(false);
  });
});

describe('Documents: where they go', () => {
  it('a Dossier Drive in the bin (its parent binned by hand) is refused in French; nothing is made, the register untouched', () => {
    const g = cohort(3);
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001'] });
    const root = setting(g, 'Dossier Drive').match(/folders\/([^/?]+)/)![1]!;
    const theirs = g.sim.drive.addUserFolder('Archives');
    g.sim.drive.moveByHand(root, theirs);
    g.sim.drive.trashByHand(theirs);
    const files = g.sim.drive.files().length;
    const registerBefore = g.values('Documents');
    expect(() => g.run('pacteDocumentsMake', CONVOCATIONS)).toThrow(
      /^Le dossier « https:\/\/drive\.google\.com\/drive\/folders\/.* » \(clé « Dossier Drive » de l'onglet « Paramètres »\) est dans la corbeille de Google Drive/,
    );
    expect(g.sim.drive.files()).toHaveLength(files);
    expect(g.values('Documents')).toEqual(registerBefore);
  });

  it('the lock is free during the Drive work: an attendance save in the middle of a batch goes through at once', () => {
    const g = cohort(4);
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001'] });
    let saved: unknown;
    const start = g.sim.clock.now().getTime();
    g.sim.interleave('Docs.Documents.batchUpdate', 2, () => {
      saved = g.run('pacteAttendanceSave', {
        sessionId: 'S1',
        day: '2025-10-16',
        halfDay: 'Matin',
        marks: [{ learnerId: 'C-0002', status: 'Présent' }],
      });
    });
    const { last } = makeAll(g);
    expect(saved).toMatchObject({ saved: 1 });
    expect(g.sim.clock.now().getTime() - start).toBeLessThan(1000); // nobody waited for a lock
    expect(last).toMatchObject({ finished: true });
    expectOnePairPerKey(g, keys(4));
  });

  it('a deleted register row gets a new version; the old files stay where they are (never binned)', () => {
    const g = cohort(2);
    makeAll(g);
    const old = filesByKey(g).get(keys(2)[1]!)!;
    const row = register(g).findIndex((r) => r['Clé'] === keys(2)[1]) + 2;
    g.sim.asColleague(() => g.sim.spreadsheet.getSheetByName('Documents')!.deleteRow(row));
    expect(makeAll(g).made).toBe(1);
    const now = filesByKey(g).get(keys(2)[1]!)!;
    expect([now.docs.length, now.pdfs.length]).toEqual([2, 2]);
    expect(now.docs.map((f) => f.id)).toContain(old.docs[0]!.id);
    expect(g.sim.drive.files().filter((f) => f.trashed)).toEqual([]);
    expect(register(g).filter((r) => r['Clé'] === keys(2)[1])).toHaveLength(1);
    expect(live(g).filter((f) => f.mimeType === DOC_MIME)).toHaveLength(3 + 1); // + the template
  });
});
