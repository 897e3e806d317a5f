/** Templates staff edit in Google Docs, through the built bundle: filled wherever tags stand, or refused before anything is made. */
import { DOC_MIME } from '../../sim';
import type { DocumentsProgress, TemplateReport } from '../../src/ui/contract';
import { CONVOCATIONS, cohort, fileId, live, makeAll, register, setting } from '../helpers/documents';

describe('Documents: templates staff edit', () => {
  it('fills tags in the header, the footer, a footnote, a table inside a table and a tag split over runs, with ONE batch per document', () => {
    const g = cohort(3);
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001'] });
    const templateId = fileId(setting(g, 'Modèle : convocation'));
    g.sim.drive.editDoc(templateId, (d) => {
      d.addHeader('{{federation}} — en-tête');
      d.appendParagraph('Pied de page : {{lieu}}', 'footer');
      d.addFootnote('Convocation', 'Séance du {{date_seance}}');
      d.appendTable([['{{prenom}} {{nom}}', '{{horaires}}']], { table: 0, row: 0, column: 1 });
      d.setStyle('ruc', { bold: true }); // « {{structure}} » now spans three runs
    });
    g.sim.calls.reset();
    const { last } = makeAll(g);
    expect(last).toMatchObject({ made: 2, finished: true });
    expect(g.sim.calls.byMethod()['Docs.Documents.batchUpdate']).toBe(2);
    const doc = live(g).find((f) => f.mimeType === DOC_MIME && f.name.endsWith('_C-0002'))!;
    const text = g.sim.drive.text(doc.id);
    expect(text).toContain('ESSORT — en-tête');
    expect(text).toContain('Pied de page : Rennes');
    expect(text).toContain('[1] Séance du jeudi 16 octobre 2025');
    expect(text).toContain('Dates | du jeudi 16 octobre au vendredi 17 octobre 2025 [Hélène Écuyer | 9h00-12h30 / 13h30-17h00]');
    expect(text).toContain('Mme Hélène Écuyer\nMSP des Tilleuls');
    expect(text).not.toContain('{{');
  });

  it('refuses malformed and unknown tags before making anything, naming each and where it stands; Vérifier les modèles says the same', () => {
    const g = cohort(2);
    makeAll(g, { ...CONVOCATIONS, learnerIds: ['C-0001'] });
    const templateId = fileId(setting(g, 'Modèle : convocation'));
    g.sim.drive.editDoc(templateId, (d) => {
      d.addHeader('Objet : {{commune}}');
      d.appendParagraph('page {nom}}', 'footer');
      d.addFootnote('Convocation', 'voir {{prenom');
      d.appendTable([['{{ }}']], { table: 0, row: 1, column: 1 });
    });
    const registerBefore = g.values('Documents');
    const copies = g.sim.calls.byMethod()['Drive.Files.copy'];
    const lines = [
      "balise mal formée « {{ }} » (tableau) : une balise s'écrit avec deux accolades de chaque côté, par exemple {{nom}}",
      "balise mal formée « {nom}} » (pied de page) : une balise s'écrit avec deux accolades de chaque côté, par exemple {{nom}}",
      "balise mal formée « {{prenom » (note de bas de page) : une balise s'écrit avec deux accolades de chaque côté, par exemple {{nom}}",
      'balise inconnue {{commune}} (en-tête) : voir la liste des balises dans le guide',
    ];
    expect(() => g.run('pacteDocumentsMake', CONVOCATIONS)).toThrow(
      `Le modèle « Modèle : convocation » ne peut pas être utilisé :\n${lines.map((l) => `• ${l}`).join('\n')}\nCorrigez le modèle dans Google Docs, puis réessayez. Aucun document n'a été créé.`,
    );
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBe(copies);
    expect(g.values('Documents')).toEqual(registerBefore);
    const report = g.run('pacteDocumentsCheckTemplates', null) as TemplateReport[];
    expect(report[0]).toMatchObject({ key: 'Modèle : convocation', ok: false, lines });
    expect(report[1]).toMatchObject({ key: "Modèle : feuille d'émargement", ok: true });
  });

  it('a tag the type cannot fill is refused with where it stands', () => {
    const g = cohort(1);
    makeAll(g);
    g.sim.drive.editDoc(fileId(setting(g, 'Modèle : convocation')), (d) => d.appendParagraph('{{formateur}}', 'footer'));
    const report = g.run('pacteDocumentsCheckTemplates', null) as TemplateReport[];
    expect(report[0]!.lines).toEqual(["la balise {{formateur}} (pied de page) n'a pas de valeur pour ce type de document"]);
    expect(register(g)).toHaveLength(1);
    const again = g.run('pacteDocumentsMake', CONVOCATIONS) as DocumentsProgress;
    expect(again.made).toBe(0); // already made: the template is not even read
  });

  it('explains that a Doc made by hand is out of reach of drive.file', () => {
    const g = cohort(1);
    const mine = g.sim.drive.addUserDoc('Mon modèle', '<p>{{prenom}}</p>');
    g.sim.asColleague(() =>
      g.sim.spreadsheet
        .getSheetByName('Paramètres')!
        .appendRow(['Modèle : convocation', `https://docs.google.com/document/d/${mine}/edit`]),
    );
    expect(() => g.run('pacteDocumentsMake', CONVOCATIONS)).toThrow(/introuvable ou n'a pas été créé par PACTE/);
  });
});
