/** Documents… on the simulated Sheet + Drive + Docs, through the built bundle (as Google runs it). */
import { DOC_MIME, PDF_MIME, FOLDER_MIME, type DriveFile } from '../../sim';
import { startGas, type Gas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';
import type { DocumentsProgress, DocumentsRequest, TemplateReport } from '../../src/ui/contract';

const STAFF = 'coordination@example.org';
const NAMES = [
  ['Yann', 'Le Gall'], ['Hélène', 'Écuyer'], ['Aïcha', "N'Diaye"], ['Louis', 'Bernard'], ['Chloé', 'Dubois'],
  ['Marc', 'Petit'], ['Inès', 'Moreau'], ['Paul', 'Lefèvre'], ['=1+1', 'Roux'], ['Anne', '{{nom}}'],
];

function cohort(n: number, sessionOverrides: Record<string, unknown> = {}): Gas {
  const candidates = Array.from({ length: n }, (_, i) => {
    const [first, last] = NAMES[i] ?? [`Prénom${i}`, `Nom${String(i).padStart(3, '0')}`];
    return candidate({ 'ID': `C-${String(i + 1).padStart(4, '0')}`, 'Prénom': first, 'Nom': last, 'E-mail': `l${i}@example.org`, 'Statut': 'Inscrit' });
  });
  return startGas({
    user: STAFF,
    tabs: workbook({
      settings: { 'Profil': 'bretagne-2025', 'Équipe': STAFF, 'Nom de l\'expéditeur': 'Équipe PACTE Bretagne' },
      candidates,
      sessions: [{
        'ID': 'S1', 'Intitulé': 'Séminaire 1', 'Type': 'Séminaire', 'Date de début': '16/10/2025', 'Date de fin': '17/10/2025',
        'Lieu': 'Rennes', 'Obligatoire': true, 'Horaires': '9h00-12h30 / 13h30-17h00', 'Formateurs': 'Marie Formatrice, Paul Relais',
        ...sessionOverrides,
      }],
    }),
  });
}

/** The sidebar's loop: call until finished (a thrown call is shown, then the next click resumes). */
function makeAll(g: Gas, request: DocumentsRequest, maxCalls = 30): { last: DocumentsProgress | null; made: number; calls: number; thrown: string[] } {
  let last: DocumentsProgress | null = null;
  let made = 0;
  const thrown: string[] = [];
  for (let calls = 1; calls <= maxCalls; calls++) {
    try {
      last = g.run('pacteDocumentsMake', request) as DocumentsProgress;
      made += last.made;
      if (last.finished) return { last, made, calls, thrown };
    } catch (error) {
      thrown.push((error as Error).message);
    }
  }
  return { last, made, calls: maxCalls, thrown };
}

const live = (g: Gas) => g.sim.drive.files().filter((f) => !f.trashed);
const byName = (files: DriveFile[], mime: string) => {
  const m = new Map<string, number>();
  for (const f of files) if (f.mimeType === mime) m.set(f.name, (m.get(f.name) ?? 0) + 1);
  return m;
};
const register = (g: Gas) => {
  const [head, ...rows] = g.values('Documents');
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]])));
};
const setting = (g: Gas, key: string) => String(g.values('Paramètres').find((r) => r[0] === key)?.[1] ?? '');
const DRIVE_CALL = /^(Drive|Docs|UrlFetchApp)\./;
const driveCalls = (g: Gas) => Object.entries(g.sim.calls.byMethod()).filter(([k]) => DRIVE_CALL.test(k)).reduce((n, [, v]) => n + v, 0);

describe('Documents: the sidebar', () => {
  it('opens from PACTE › Documents… and lists types, sessions with their half-days, and learners in name order', () => {
    const g = cohort(3);
    g.run('onOpen');
    expect(g.sim.ui.menus[0]!.items).toContainEqual({ caption: 'Documents…', functionName: 'pacteOpenDocuments' });
    g.run('pacteOpenDocuments');
    expect(g.sim.ui.sidebars.at(-1)!.title).toBe('Documents');
    const options = g.run('pacteDocumentsOptions', null) as { kinds: unknown[]; sessions: Array<{ id: string; halfDays: unknown[] }>; learners: Array<{ name: string }> };
    expect(options.kinds).toHaveLength(4);
    expect(options.sessions[0]).toMatchObject({ id: 'S1' });
    expect(options.sessions[0]!.halfDays).toHaveLength(4);
    expect(options.learners.map((l) => l.name)).toEqual(["Aïcha N'Diaye", 'Hélène Écuyer', 'Yann Le Gall']);
  });
});

describe('Documents: convocations', () => {
  it('makes one Doc and one PDF per learner in Dossier Drive › S1, registers them, and a second click makes nothing', () => {
    const g = cohort(10);
    const { last, thrown } = makeAll(g, { kind: 'convocation', sessionId: 'S1' });
    expect(thrown).toEqual([]);
    expect(last).toMatchObject({ total: 10, done: 10, made: 10, failed: 0, finished: true, stopped: null });
    // The product made the cohort folder and the default template, and wrote their URLs into Paramètres.
    expect(setting(g, 'Dossier Drive')).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(setting(g, 'Modèle : convocation')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const files = live(g);
    const s1 = files.find((f) => f.mimeType === FOLDER_MIME && f.name === 'S1')!;
    const docs = files.filter((f) => f.mimeType === DOC_MIME && f.parents[0] === s1.id);
    const pdfs = files.filter((f) => f.mimeType === PDF_MIME && f.parents[0] === s1.id);
    expect(docs.map((f) => f.name).sort()).toContain('2025-10-16_S1_convocation_Le-Gall_Yann');
    expect(docs.map((f) => f.name).sort()).toContain('2025-10-16_S1_convocation_Ecuyer_Helene');
    expect(pdfs.map((f) => f.name)).toContain("2025-10-16_S1_convocation_N'Diaye_Aicha.pdf");
    expect(docs).toHaveLength(10);
    expect(pdfs).toHaveLength(10);
    const gall = docs.find((f) => f.name.includes('Le-Gall'))!;
    const text = g.sim.drive.text(gall.id);
    expect(text).toContain('Mme Yann Le Gall, MSP des Tilleuls');
    expect(text).toContain('Vous êtes convoqué·e à la séance « Séminaire 1 »');
    expect(text).toContain('Date | du jeudi 16 octobre au vendredi 17 octobre 2025\nHoraires | 9h00-12h30 / 13h30-17h00\nLieu | Rennes');
    expect(text).toContain('ESSORT — PACTE Soins Primaires');
    // Values are inserted once, as text.
    expect(g.sim.drive.text(docs.find((f) => f.name.includes('Roux'))!.id)).toContain('Mme =1+1 Roux');
    expect(g.sim.drive.text(docs.find((f) => f.name.includes('{{nom}}'))!.id)).toContain('Mme Anne {{nom}}');
    expect(g.sim.drive.text(pdfs.find((f) => f.name.includes('Le-Gall'))!.id)).toContain('Mme Yann Le Gall');

    const rows = register(g);
    expect(rows).toHaveLength(10);
    const row = rows.find((r) => r['Clé'] === 'document:convocation:S1:C-0001')!;
    expect(row).toMatchObject({ 'Type': 'Convocation', 'Séance': 'S1', 'ID apprenant': 'C-0001', 'Nom': 'Yann Le Gall', 'État': 'Créé', 'Détail': '' });
    expect(row['Document']).toBe(`https://docs.google.com/document/d/${gall.id}/edit?usp=drivesdk`);
    expect(String(row['PDF'])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    expect(row['Créé le']).toBeInstanceOf(Date);
    expect(rows.find((r) => r['ID apprenant'] === 'C-0009')!['Nom']).toBe('=1+1 Roux');
    expect(g.sim.peek.formulas('Documents').flat().filter(Boolean)).toEqual([]);
    expect(g.column('Journal', 'Clé').filter((k) => String(k).startsWith('document:convocation:'))).toHaveLength(10);

    g.sim.calls.reset();
    const again = g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1' }) as DocumentsProgress;
    expect(again).toMatchObject({ made: 0, finished: true, done: 10 });
    expect(driveCalls(g)).toBe(0);
    expect(live(g).filter((f) => f.mimeType === DOC_MIME)).toHaveLength(11); // 10 + the template
  });

  it('previews the first document and warns before the day allowance is exceeded', () => {
    const g = cohort(3);
    const preview = g.run('pacteDocumentsPreview', { kind: 'convocation', sessionId: 'S1' }) as { total: number; done: number; first: { fileName: string; values: Array<{ tag: string; value: string }> }; warning: string | null; dailyLimit: number };
    expect(preview).toMatchObject({ total: 3, done: 0, warning: null, dailyLimit: 1500 });
    expect(preview.first.fileName).toBe('2025-10-16_S1_convocation_Ecuyer_Helene'); // name order: É as E
    expect(preview.first.values).toContainEqual({ tag: 'dates_seance', value: 'du jeudi 16 octobre au vendredi 17 octobre 2025' });
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBeUndefined();
  });

  it('refuses bad input in French and writes nothing', () => {
    const g = cohort(2);
    expect(() => g.run('pacteDocumentsMake', { kind: 'diplome', sessionId: 'S1' })).toThrow(/invalides/);
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
    const text = g.sim.drive.text(sheet.id);
    expect(text).toContain('Date : jeudi 16 octobre 2025 — Après-midi');
    expect(text).toContain('Horaires : 13h30-17h00');
    expect(text).toContain(['Nom | Prénom | Structure | Signature', 'Bernard | Louis | MSP des Tilleuls | ', 'Écuyer | Hélène | MSP des Tilleuls | ', 'Le Gall | Yann | MSP des Tilleuls | ', "N'Diaye | Aïcha | MSP des Tilleuls | "].join('\n'));
    expect(text).toContain(['Nom | Signature', 'Marie Formatrice | ', 'Paul Relais | '].join('\n'));
    expect(register(g).map((r) => [r['Clé'], r['Demi-journée']])).toContainEqual(['document:emargement:S1:2025-10-17:matin', 'Matin']);
  });

  it('a session without Horaires nor Formateurs still gets its sheets: empty times, one blank trainer line', () => {
    const g = cohort(2, { 'Horaires': '', 'Formateurs': '' });
    makeAll(g, { kind: 'emargement', sessionId: 'S1', halfDays: [{ day: '2025-10-16', halfDay: 'Matin' }] });
    const sheet = live(g).find((f) => f.mimeType === DOC_MIME && f.name.includes('emargement'))!;
    const text = g.sim.drive.text(sheet.id);
    expect(text).toContain('Horaires : \n');
    expect(text).toContain('Nom | Signature\n | ');
    expect(text).not.toContain('{{');
  });
});

describe('Documents: cost', () => {
  const perDoc = (n: number, request: DocumentsRequest) => {
    const g = cohort(n);
    // Prepared once (folders, template), as after a first use.
    makeAll(g, { ...request, learnerIds: ['C-0001'] });
    g.sim.calls.reset();
    const { made } = makeAll(g, request);
    return { made, drive: driveCalls(g), total: g.sim.calls.total(), byMethod: g.sim.calls.byMethod() };
  };

  it('costs 4 Drive/Docs calls per document plus a fixed cost per call, for 5 as for 50 documents', () => {
    const five = perDoc(6, { kind: 'convocation', sessionId: 'S1' });
    const fifty = perDoc(51, { kind: 'convocation', sessionId: 'S1' });
    expect(five.made).toBe(5);
    expect(fifty.made).toBe(50);
    // copy + batchUpdate + export + PDF create per document; a template read and two folder lists per call.
    const calls = Math.ceil(50 / 10);
    expect(fifty.drive).toBe(4 * 50 + 3 * calls);
    expect(five.drive).toBe(4 * 5 + 3);
    // The rest (Sheets reads and writes, lock, user, token) is a fixed cost per call, the same for 5 and 50.
    expect((fifty.total - fifty.drive) / calls).toBe(five.total - five.drive);
    // The register and journal writes land before the lock is free (+0.2 a document); see issue 16.
    expect(fifty.total / 50).toBeLessThanOrEqual(7.3);
    expect(fifty.byMethod['Docs.Documents.batchUpdate']).toBe(50);
  });

  it('a sign-in sheet of 40 learners costs what one of 4 costs', () => {
    const four = perDoc(4, { kind: 'emargement', sessionId: 'S1' });
    const forty = perDoc(40, { kind: 'emargement', sessionId: 'S1' });
    expect(forty.byMethod).toEqual(four.byMethod);
  });
});

describe('Documents: never twice, never lost', () => {
  const REQUEST: DocumentsRequest = { kind: 'convocation', sessionId: 'S1' };

  function expectComplete(g: Gas): void {
    const files = live(g);
    const docs = byName(files, DOC_MIME);
    const pdfs = byName(files, PDF_MIME);
    docs.delete('Modèle — Convocation');
    expect(docs.size).toBe(10);
    expect(pdfs.size).toBe(10);
    expect([...docs.values(), ...pdfs.values()].every((n) => n === 1)).toBe(true);
    const rows = register(g);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r['État'] === 'Créé')).toBe(true);
    expect(new Set(rows.map((r) => r['Clé'])).size).toBe(10);
  }

  it('after a failure at any service call of a 10-document run, a re-run leaves exactly one Doc and one PDF per key', () => {
    const clean = cohort(10);
    clean.sim.calls.reset();
    makeAll(clean, REQUEST);
    expectComplete(clean);
    const calls = Object.entries(clean.sim.calls.byMethod());
    let scenarios = 0;
    for (const [method, count] of calls) {
      for (let nth = 1; nth <= count; nth++) {
        const g = cohort(10);
        g.sim.failAt(method, nth);
        makeAll(g, REQUEST);
        // The re-run: a later click retries what failed (`Erreur`).
        makeAll(g, REQUEST);
        try {
          expectComplete(g);
        } catch (error) {
          throw new Error(`failure at ${method} #${nth}: ${(error as Error).message}`);
        }
        scenarios++;
      }
    }
    expect(scenarios).toBeGreaterThan(60);
  });

  it('a deleted register row gets a new version, the old one in the bin, even past Drive\'s first page of 1,000 files', () => {
    const g = cohort(2);
    makeAll(g, { ...REQUEST, learnerIds: ['C-0001'] });
    const s1 = live(g).find((f) => f.mimeType === FOLDER_MIME && f.name === 'S1')!;
    const files = (g.sim.globals.Drive as { Files: { create(r: unknown): unknown } }).Files;
    g.sim.asColleague(() => {
      for (let i = 0; i < 1000; i++) files.create({ name: `note-${i}`, mimeType: FOLDER_MIME, parents: [s1.id] });
    });
    makeAll(g, { ...REQUEST, learnerIds: ['C-0002'] });
    const row = register(g).findIndex((r) => r['ID apprenant'] === 'C-0002') + 2;
    g.sim.asColleague(() => g.sim.spreadsheet.getSheetByName('Documents')!.deleteRow(row));
    expect(makeAll(g, { ...REQUEST, learnerIds: ['C-0002'] }).made).toBe(1);
    const docs = byName(live(g), DOC_MIME);
    const pdfs = byName(live(g), PDF_MIME);
    expect([docs.get('2025-10-16_S1_convocation_Ecuyer_Helene'), pdfs.get('2025-10-16_S1_convocation_Ecuyer_Helene.pdf')]).toEqual([1, 1]);
    expect(g.sim.drive.files().filter((f) => f.trashed).map((f) => f.mimeType).sort()).toEqual([PDF_MIME, DOC_MIME].sort());
  });

  it('records a failed document as Erreur with a French reason, goes on, and retries it at the next click', () => {
    const g = cohort(3);
    g.sim.failAt('Docs.Documents.batchUpdate', 2);
    const first = g.run('pacteDocumentsMake', REQUEST) as DocumentsProgress;
    expect(first).toMatchObject({ made: 2, failed: 1, finished: true });
    const failed = register(g).find((r) => r['État'] === 'Erreur')!;
    expect(String(failed['Détail'])).toMatch(/^Échec : Simulated failure of Docs\.Documents\.batchUpdate .*Le document sera refait/);
    const second = g.run('pacteDocumentsMake', REQUEST) as DocumentsProgress;
    expect(second).toMatchObject({ made: 1, failed: 0, done: 3, finished: true });
    expect(register(g)).toHaveLength(3);
    expect(register(g).every((r) => r['État'] === 'Créé')).toBe(true);
  });

  it("stops cleanly at Google's daily limit, says so in French, and resumes the next day", () => {
    const g = cohort(10);
    g.sim.drive.setDailyDocsLimit(5); // the template + 4 documents
    const first = g.run('pacteDocumentsMake', REQUEST) as DocumentsProgress;
    expect(first).toMatchObject({ made: 4, failed: 0, finished: false });
    expect(first.stopped).toMatch(/^Google limite le nombre de documents créés .*« Reprendre »/);
    expect(register(g).every((r) => r['État'] === 'Créé')).toBe(true);
    // Day 2: five more, then the limit again; day 3: the last one.
    g.sim.clock.advance(24 * 3600 * 1000);
    expect(makeAll(g, REQUEST, 1)).toMatchObject({ made: 5, thrown: [] });
    expect(register(g)).toHaveLength(9);
    g.sim.clock.advance(24 * 3600 * 1000);
    expect(makeAll(g, REQUEST)).toMatchObject({ made: 1, thrown: [] });
    expectComplete(g);
  });
});

describe('Documents: templates', () => {
  it('refuses a template with unknown tags, in French, before making anything; Vérifier les modèles lists them', () => {
    const g = cohort(2);
    makeAll(g, { kind: 'convocation', sessionId: 'S1', learnerIds: ['C-0001'] });
    const templateId = setting(g, 'Modèle : convocation').match(/\/d\/([^/]+)/)![1]!;
    // A colleague edits the template in Docs: an unknown tag and one a convocation cannot fill.
    g.sim.asColleague(() =>
      (g.sim.globals.Docs as { Documents: { batchUpdate(r: unknown, id: string): unknown } }).Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 1 }, text: '{{ville}} {{formateur}} ' } }] }, templateId,
      ),
    );
    const copiesBefore = g.sim.calls.byMethod()['Drive.Files.copy'];
    expect(() => g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1' })).toThrow(
      "Le modèle « Modèle : convocation » ne peut pas être utilisé :\n• balise inconnue {{ville}}",
    );
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBe(copiesBefore);
    const report = g.run('pacteDocumentsCheckTemplates', null) as TemplateReport[];
    expect(report[0]).toMatchObject({ key: 'Modèle : convocation', ok: false });
    expect(report[0]!.lines).toEqual([
      'balise inconnue {{ville}} (voir la liste des balises dans le guide)',
      "la balise {{formateur}} n'a pas de valeur pour ce type de document",
    ]);
    expect(report[1]).toMatchObject({ key: "Modèle : feuille d'émargement", ok: true });
  });

  it('explains that a Doc made by hand is out of reach of drive.file', () => {
    const g = cohort(1);
    const mine = g.sim.drive.addUserDoc('Mon modèle', '<p>{{prenom}}</p>');
    g.sim.asColleague(() => g.sim.spreadsheet.getSheetByName('Paramètres')!.appendRow(['Modèle : convocation', `https://docs.google.com/document/d/${mine}/edit`]));
    expect(() => g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1' })).toThrow(/introuvable ou n'a pas été créé par PACTE/);
  });
});
