/**
 * The document types beyond a session's, through the built bundle: soutenance convocations and
 * minutes from `Mémoires` and `Jury`, *Vérifier les modèles* naming a mention a staff-edited template
 * lost, and the sidebar saying why a request covers no document.
 */
import { DOC_MIME, FOLDER_MIME } from '../../sim';
import type { DocumentsPreview, DocumentsProgress, TemplateReport } from '../../src/ui/contract';
import { cohort, fileId, live, makeAll, register, setting } from '../helpers/documents';

const BODY = {
  Organisme: 'Fédération des maisons de santé de Bretagne',
  "Adresse de l'organisme": "12 rue de l'Exemple, 35000 Rennes",
  SIRET: '123 456 789 00012',
  Contact: 'Sophie Kerzerho — s.k@example.org',
  Responsable: 'Sophie Kerzerho, coordinatrice régionale',
  Ville: 'Rennes',
};
const DEFENCES = {
  settings: BODY,
  sessions: [
    {
      ID: 'SOUT',
      Intitulé: 'Soutenances',
      Type: 'Soutenances',
      'Date de début': '11/06/2026',
      'Date de fin': '12/06/2026',
      Lieu: 'EHESP, Rennes',
      Obligatoire: true,
      Horaires: '9h00-12h30 / 13h30-17h00',
    },
  ],
  theses: [
    {
      'ID apprenant': 'C-0001',
      Titre: 'Coordonner une MSP rurale',
      'Date de soutenance': '11/06/2026',
      Heure: '14:30',
      Jury: 'Paul Membre, Jeanne Présidente',
    },
    { 'ID apprenant': 'C-0002', Titre: 'Une CPTS en Finistère' },
  ],
  jury: [
    { Nom: 'Jeanne Présidente', 'E-mail': 'j@example.org', Rôle: 'Président' },
    { Nom: 'Paul Membre', 'E-mail': 'p@example.org', Rôle: 'Membre' },
  ],
};

describe('Documents: soutenance convocations and minutes', () => {
  it('one per learner with a Date de soutenance, in Dossier Drive › Soutenances, registered with its type and the soutenance session', () => {
    const g = cohort(2, { more: DEFENCES });
    expect(makeAll(g, { kind: 'convocation-soutenance' }).last).toMatchObject({ total: 1, made: 1, finished: true });
    expect(makeAll(g, { kind: 'pv-soutenance' }).last).toMatchObject({ total: 1, made: 1, finished: true });
    const folder = live(g).find((f) => f.mimeType === FOLDER_MIME && f.name === 'Soutenances')!;
    const docs = live(g).filter((f) => f.mimeType === DOC_MIME && f.parents[0] === folder.id);
    expect(docs.map((f) => f.name).sort()).toEqual(['soutenance_convocation_Le-Gall_Yann_C-0001', 'soutenance_pv_Le-Gall_Yann_C-0001']);
    expect(register(g).map((r) => [r['Clé'], r['Type'], r['Séance']])).toEqual([
      ['document:convocation-soutenance:C-0001', 'Convocation à la soutenance', 'SOUT'],
      ['document:pv-soutenance:C-0001', 'Procès-verbal de soutenance', 'SOUT'],
    ]);
    const pv = g.sim.drive.text(docs.find((f) => f.name.startsWith('soutenance_pv'))!.id);
    expect(pv).toContain('Soutenance | jeudi 11 juin 2026, 14 h 30, EHESP, Rennes');
    expect(pv).toContain('Nom | Rôle | Signature\nJeanne Présidente | Président·e | \nPaul Membre | Membre | ');
    expect(pv).toContain("Fédération des maisons de santé de Bretagne — 12 rue de l'Exemple, 35000 Rennes\nSIRET : 123 456 789 00012\n");
    expect(setting(g, 'Modèle : procès-verbal de soutenance')).toMatch(/^https:\/\/docs\.google\.com\//);
  });
});

describe('Documents: selection decisions', () => {
  it("one per candidate Retenu, Liste d'attente or Refusé, in Dossier Drive › Sélection, keyed by the decision", () => {
    const g = cohort(3, { more: { settings: BODY } });
    const sheet = g.sim.spreadsheet.getSheetByName('Candidatures')!;
    const status = g.values('Candidatures')[0]!.indexOf('Statut') + 1;
    g.sim.asColleague(() => sheet.getRange(2, status).setValue('Retenu'));
    // A decision comes before `Mémoires` matters: the tab is not needed.
    g.sim.asColleague(() => g.sim.spreadsheet.deleteSheet(g.sim.spreadsheet.getSheetByName('Mémoires')!));
    expect(makeAll(g, { kind: 'decision' }).last).toMatchObject({ total: 1, made: 1, finished: true });
    const folder = live(g).find((f) => f.mimeType === FOLDER_MIME && f.name === 'Sélection')!;
    const doc = live(g).find((f) => f.mimeType === DOC_MIME && f.parents[0] === folder.id)!;
    expect(doc.name).toBe('selection_retenu_Le-Gall_Yann_C-0001');
    expect(g.sim.drive.text(doc.id)).toContain(
      'Votre candidature à la formation est retenue.\nLe séminaire de lancement aura lieu du jeudi 16 octobre',
    );
    expect(register(g).map((r) => [r['Clé'], r['Type']])).toEqual([['document:decision:C-0001:retenu', 'Décision de sélection']]);
  });
});

describe('Documents: Vérifier les modèles', () => {
  it('names, per template staff edited, the mentions it no longer holds', () => {
    const g = cohort(1, { more: { settings: BODY } });
    makeAll(g);
    g.sim.drive.editDoc(fileId(setting(g, 'Modèle : convocation')), (d) => {
      d.replaceText('{{heures_seance}}', '');
      d.replaceText('{{ligne_contact}}', 'Contact : voir le site');
    });
    const report = g.run('pacteDocumentsCheckTemplates', null) as TemplateReport[];
    expect(report[0]).toEqual({
      key: 'Modèle : convocation',
      label: 'Convocation',
      ok: false,
      lines: [
        'mention absente : la durée en heures — ajoutez {{heures_seance}}',
        'mention absente : le contact (« Contact ») — ajoutez {{contact}} (ou {{ligne_contact}})',
      ],
    });
    expect(report.slice(1).map((r) => r.lines)).toEqual(report.slice(1).map(() => [expect.stringContaining('pas encore créé')]));
    // A lost mention is said, never a reason to refuse: the documents are still made.
    expect(makeAll(g, { kind: 'convocation', sessionId: 'S1' }).last).toMatchObject({ finished: true });
  });
});

describe('Documents: a request with no document says why', () => {
  it('« Attestation de fin de formation » with nobody eligible: the states, never « Tous ces documents existent déjà »', () => {
    const g = cohort(2, { more: { settings: BODY } });
    const preview = g.run('pacteDocumentsPreview', { kind: 'attestation-fin' }) as DocumentsPreview;
    expect(preview).toMatchObject({ total: 0, first: null });
    expect(preview.why).toMatch(/^Aucun document à créer : aucun·e apprenant·e n'est éligible à ce jour : 2 (en cours|à risque)/);
    expect(preview.why).toContain("— voir l'onglet Éligibilité");
    const made = g.run('pacteDocumentsMake', { kind: 'attestation-fin' }) as DocumentsProgress;
    expect(made.message).toBe(preview.why);
    expect(made.message).not.toContain('existent déjà');
    expect(g.sim.drive.files()).toEqual([]);
  });

  it('says « Tous ces documents existent déjà » once they all exist', () => {
    const g = cohort(1);
    makeAll(g);
    expect((g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1' }) as DocumentsProgress).message).toContain('existent déjà');
    expect((g.run('pacteDocumentsPreview', { kind: 'convocation', sessionId: 'S1' }) as DocumentsPreview).why).toBeNull();
  });
});
