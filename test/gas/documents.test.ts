/** Documents… on the simulated Sheet + Drive + Docs, through the built bundle (as Google runs it). */
import { DOC_MIME, PDF_MIME, FOLDER_MIME } from '../../sim';
import type { DocumentsProgress } from '../../src/ui/contract';
import { CONVOCATIONS, cohort, driveCalls, expectOnePairPerKey, filesByKey, live, makeAll, register, setting } from '../helpers/documents';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `document:convocation:S1:C-${String(i + 1).padStart(4, '0')}`);

describe('Documents: the sidebar', () => {
  it('opens from PACTE › Documents… and lists types, sessions with their half-days, and learners in name order', () => {
    const g = cohort(3);
    g.run('onOpen');
    expect(g.sim.ui.menus[0]!.items).toContainEqual({ caption: 'Documents…', functionName: 'pacteOpenDocuments' });
    g.run('pacteOpenDocuments');
    expect(g.sim.ui.sidebars.at(-1)!.title).toBe('Documents');
    const options = g.run('pacteDocumentsOptions', null) as {
      kinds: unknown[];
      sessions: Array<{ id: string; halfDays: unknown[] }>;
      learners: Array<{ name: string }>;
    };
    expect(options.kinds).toHaveLength(7);
    expect(options.sessions[0]).toMatchObject({ id: 'S1' });
    expect(options.sessions[0]!.halfDays).toHaveLength(4);
    // In `Nom` order, as on the sign-in sheets (accents ignored).
    expect(options.learners.map((l) => l.name)).toEqual(['Hélène Écuyer', 'Yann Le Gall', "Aïcha N'Diaye"]);
  });
});

describe('Documents: convocations', () => {
  it('makes one Doc and one PDF per learner in Dossier Drive › S1, each carrying its key; registers them; a second click makes nothing', () => {
    const g = cohort(10);
    const { last, thrown } = makeAll(g);
    expect(thrown).toEqual([]);
    expect(last).toMatchObject({ total: 10, done: 10, made: 10, failed: 0, finished: true, stopped: null });
    expect(setting(g, 'Dossier Drive')).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(setting(g, 'Modèle : convocation')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const files = live(g);
    const s1 = files.find((f) => f.mimeType === FOLDER_MIME && f.name === 'S1')!;
    const docs = files.filter((f) => f.mimeType === DOC_MIME && f.parents[0] === s1.id);
    const pdfs = files.filter((f) => f.mimeType === PDF_MIME && f.parents[0] === s1.id);
    // File names depend on the key alone: per-learner names end with the learner's ID.
    expect(docs.map((f) => f.name)).toContain('2025-10-16_S1_convocation_Le-Gall_Yann_C-0001');
    expect(docs.map((f) => f.name)).toContain('2025-10-16_S1_convocation_Ecuyer_Helene_C-0002');
    expect(pdfs.map((f) => f.name)).toContain("2025-10-16_S1_convocation_N'Diaye_Aicha_C-0003.pdf");
    expect(docs.find((f) => f.name.endsWith('_C-0001'))!.appProperties).toEqual({ pacte: 'document:convocation:S1:C-0001' });
    expectOnePairPerKey(g, keys(10));
    const gall = docs.find((f) => f.name.includes('Le-Gall'))!;
    const text = g.sim.drive.text(gall.id);
    expect(text).toContain('Mme Yann Le Gall\nMSP des Tilleuls');
    expect(text).toContain('Vous êtes convoqué·e à la séance « Séminaire 1 »');
    expect(text).toContain('Dates | du jeudi 16 octobre au vendredi 17 octobre 2025\nHoraires | 9h00-12h30 / 13h30-17h00\nLieu | Rennes');
    expect(g.sim.drive.text(docs.find((f) => f.name.includes('Roux'))!.id)).toContain('Mme =1+1 Roux');
    expect(g.sim.drive.text(docs.find((f) => f.name.includes('{{nom}}'))!.id)).toContain('Mme Anne {{nom}}');
    expect(g.sim.drive.text(pdfs.find((f) => f.name.includes('Le-Gall'))!.id)).toContain('Mme Yann Le Gall');

    const row = register(g).find((r) => r['Clé'] === 'document:convocation:S1:C-0001')!;
    expect(row).toMatchObject({
      Type: 'Convocation',
      Séance: 'S1',
      'ID apprenant': 'C-0001',
      Nom: 'Yann Le Gall',
      État: 'Créé',
      Détail: '',
    });
    expect(row['Document']).toBe(`https://docs.google.com/document/d/${gall.id}/edit?usp=drivesdk`);
    expect(row['Créé le']).toBeInstanceOf(Date);
    expect(register(g).find((r) => r['ID apprenant'] === 'C-0009')!['Nom']).toBe('=1+1 Roux');
    expect(g.sim.peek.formulas('Documents').flat().filter(Boolean)).toEqual([]);
    expect(g.column('Journal', 'Clé').filter((k) => String(k).startsWith('document:convocation:'))).toHaveLength(10);

    g.sim.calls.reset();
    const again = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(again).toMatchObject({
      made: 0,
      finished: true,
      done: 10,
      message: 'Tous ces documents existent déjà (onglet « Documents ») : rien de nouveau à créer.',
    });
    expect(driveCalls(g)).toBe(0);
    // Nothing to claim: the lock is not even taken.
    expect(g.sim.calls.byMethod()['Lock.tryLock']).toBeUndefined();
  });

  it('two learners both « Anne Martin », made one at a time: each keeps her Doc and PDF', () => {
    const g = cohort(2, {
      names: [
        ['Anne', 'Martin'],
        ['Anne', 'Martin'],
      ],
    });
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001'] });
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0002'] });
    expectOnePairPerKey(g, keys(2));
    expect(
      live(g)
        .filter((f) => f.mimeType === PDF_MIME)
        .map((f) => f.name)
        .sort(),
    ).toEqual(['2025-10-16_S1_convocation_Martin_Anne_C-0001.pdf', '2025-10-16_S1_convocation_Martin_Anne_C-0002.pdf']);
    expect(g.sim.drive.files().filter((f) => f.trashed)).toEqual([]);
  });

  it('previews the first document and warns before the day allowance is exceeded', () => {
    const g = cohort(3);
    const preview = g.run('pacteDocumentsPreview', CONVOCATIONS) as {
      total: number;
      done: number;
      first: { fileName: string; values: Array<{ tag: string; value: string }> };
      warning: string | null;
      dailyLimit: number;
    };
    expect(preview).toMatchObject({ total: 3, done: 0, warning: null, dailyLimit: 1500 });
    expect(preview.first.fileName).toBe('2025-10-16_S1_convocation_Ecuyer_Helene_C-0002'); // name order: É as E
    expect(preview.first.values).toContainEqual({ tag: 'dates_seance', value: 'du jeudi 16 octobre au vendredi 17 octobre 2025' });
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBeUndefined();
  });

  it('refuses bad input in French and writes nothing', () => {
    const g = cohort(2);
    expect(() => g.run('pacteDocumentsMake', { kind: 'diplome', sessionId: 'S1' })).toThrow(/Demande invalide \(kind\).*Rien n'a été créé/);
    expect(() => g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S9' })).toThrow('Séance inconnue : « S9 »');
    expect(g.sim.drive.files()).toEqual([]);
  });
});

describe('Documents: sign-in sheets', () => {
  it('one per half-day, a line per learner in name order and per trainer; the Horaires of the half-day', () => {
    const g = cohort(4);
    const { last } = makeAll(g, { kind: 'emargement', sessionId: 'S1' });
    expect(last).toMatchObject({ total: 4, made: 4, finished: true });
    const sheet = live(g).find((f) => f.name === '2025-10-16_S1_emargement_apres-midi' && f.mimeType === DOC_MIME)!;
    expect(sheet.appProperties).toEqual({ pacte: 'document:emargement:S1:2025-10-16:apres-midi' });
    const text = g.sim.drive.text(sheet.id);
    expect(text).toContain('Date | jeudi 16 octobre 2025 — Après-midi');
    expect(text).toContain('Horaires | 13h30-17h00');
    expect(text).toContain(
      [
        'Nom | Prénom | Structure | Signature',
        'Bernard | Louis | MSP des Tilleuls | ',
        'Écuyer | Hélène | MSP des Tilleuls | ',
        'Le Gall | Yann | MSP des Tilleuls | ',
        "N'Diaye | Aïcha | MSP des Tilleuls | ",
      ].join('\n'),
    );
    expect(text).toContain(['Nom | Signature', 'Marie Formatrice | ', 'Paul Relais | '].join('\n'));
    expect(register(g).map((r) => [r['Clé'], r['Demi-journée']])).toContainEqual(['document:emargement:S1:2025-10-17:matin', 'Matin']);
  });

  it('a session without Horaires nor Formateurs still gets its sheets: empty times, one blank trainer line', () => {
    const g = cohort(2, { session: { Horaires: '', Formateurs: '' } });
    makeAll(g, { kind: 'emargement', sessionId: 'S1', halfDays: [{ day: '2025-10-16', halfDay: 'Matin' }] });
    const sheet = live(g).find((f) => f.mimeType === DOC_MIME && f.name.includes('emargement'))!;
    const text = g.sim.drive.text(sheet.id);
    expect(text).toContain('Horaires | \n');
    expect(text).toContain('Nom | Signature\n | ');
    expect(text).not.toContain('{{');
  });
});

describe('Documents: failures and quotas', () => {
  it('records a failed document as Erreur with a French reason, goes on, and retries it at the next click', () => {
    const g = cohort(3);
    g.sim.failAt('Docs.Documents.batchUpdate', 4); // after the default template's two layout batches
    const first = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(first).toMatchObject({ made: 2, failed: 1, finished: true });
    const failed = register(g).find((r) => r['État'] === 'Erreur')!;
    expect(String(failed['Détail'])).toMatch(/^Échec : Simulated failure of Docs\.Documents\.batchUpdate .*Le document sera refait/);
    const second = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(second).toMatchObject({ made: 1, failed: 0, done: 3, finished: true });
    expectOnePairPerKey(g, keys(3));
  });

  it("stops cleanly at Google's daily limit, says so in French, leaves the rest « en attente », and resumes the next day", () => {
    const g = cohort(10);
    g.sim.drive.setDailyDocsLimit(5); // the template + 4 documents
    const first = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(first).toMatchObject({ made: 4, failed: 0, finished: false });
    expect(first.stopped).toMatch(/^Google limite le nombre de documents créés .*« Reprendre »/);
    const rows = register(g);
    expect(rows.filter((r) => r['État'] === 'Créé')).toHaveLength(4);
    expect(rows.filter((r) => r['État'] === '').map((r) => r['Détail'])).toEqual(
      Array(6).fill('en attente : sera créé au prochain clic sur « Créer les documents »'),
    );
    g.sim.clock.advance(24 * 3600 * 1000);
    expect(makeAll(g, CONVOCATIONS, 1)).toMatchObject({ made: 5, thrown: [] });
    g.sim.clock.advance(24 * 3600 * 1000);
    expect(makeAll(g)).toMatchObject({ made: 1, thrown: [] });
    expectOnePairPerKey(g, keys(10));
    expect(filesByKey(g).size).toBe(10);
  });
});
