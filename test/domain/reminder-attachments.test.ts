/**
 * Documents travel with their e-mail (issue 17), the pure half: which document each rule carries and
 * under which name, which documents the run makes before it sends, and which reminders wait.
 */
import { documentKeys, learnerDocumentOf } from '../../src/domain/keys';
import { attachmentName, documentsToMake, readyToSend, type CarriedDocument } from '../../src/domain/reminders/attachments';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { planReminders, type ReminderPlan } from '../../src/domain/reminders/plan';
import { readRegisterEntries, reminderInputFromWorkbook } from '../../src/workbook/reminders';
import { DOCUMENTS_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { candidate, tab, workbook, type Row } from '../helpers/workbook';

const rule = (id: string) => {
  const r = DEFAULT_REMINDERS.find((x) => x.id === id)!;
  return { Règle: r.id, Active: true, Quand: r.when, Jours: r.days, Objet: r.subject, Message: r.message };
};
const learner = (id: string, first: string, last: string) =>
  candidate({ ID: id, Prénom: first, Nom: last, 'E-mail': `${id.toLowerCase()}@example.org`, Statut: 'Inscrit' });

/** Two learners, Séminaire 2 on 11–12/12/2025 (C-0001 present), a soutenance, C-0001 eligible by October 2026. */
function plan(today: string, register: Row[] = [], rules = DEFAULT_REMINDERS.map((r) => r.id)): ReminderPlan {
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
    candidates: [learner('C-0001', 'Yann', 'Le Gall'), learner('C-0002', 'Hélène', 'Écuyer')],
    sessions: [
      {
        ID: 'S2',
        Intitulé: 'Séminaire 2 : "pratiques"',
        'Date de début': '11/12/2025',
        'Date de fin': '12/12/2025',
        Lieu: 'Rennes',
        Obligatoire: false,
      },
    ],
    attendance: [{ 'ID apprenant': 'C-0001', Séance: 'S2', Date: '11/12/2025', 'Demi-journée': 'Matin', Statut: 'Présent' }],
    theses: [
      {
        'ID apprenant': 'C-0001',
        'Déposé le': '01/06/2026',
        Pages: 25,
        'Date de soutenance': '24/09/2026',
        Heure: '14h30',
        Résultat: 'Admis',
      },
    ],
  });
  wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, rules.map(rule)));
  wb.set(DOCUMENTS_TAB.name, tab(DOCUMENTS_TAB, register));
  return planReminders(reminderInputFromWorkbook(wb, today));
}
const carried = (p: ReminderPlan) => p.reminders.map((r) => [r.rule, r.targetId, r.document?.key, r.document?.name]);

describe('which document each reminder carries, and its name', () => {
  it('avant une séance → the convocation of that session; après une séance → the attestation de présence (present learners only)', () => {
    expect(carried(plan('2025-12-05', [], ['convocation-j7']))).toEqual([
      ['convocation-j7', 'C-0001', 'document:convocation:S2:C-0001', 'Convocation – Séminaire 2 pratiques – Yann Le Gall.pdf'],
      ['convocation-j7', 'C-0002', 'document:convocation:S2:C-0002', 'Convocation – Séminaire 2 pratiques – Hélène Écuyer.pdf'],
    ]);
    expect(carried(plan('2025-12-13', [], ['attestation-presence']))).toEqual([
      [
        'attestation-presence',
        'C-0001',
        'document:attestation-presence:S2:C-0001',
        'Attestation de présence – Séminaire 2 pratiques – Yann Le Gall.pdf',
      ],
    ]);
  });

  it('avant une soutenance → the convocation à la soutenance; fin de formation → the attestation de fin', () => {
    expect(carried(plan('2026-09-12', [], ['soutenance-j14']))).toEqual([
      ['soutenance-j14', 'C-0001', 'document:convocation-soutenance:C-0001', 'Convocation à la soutenance – Yann Le Gall.pdf'],
    ]);
    expect(carried(plan('2026-10-01', [], ['attestation-fin']))).toEqual([
      ['attestation-fin', 'C-0001', 'document:attestation-fin:C-0001', 'Attestation de fin de formation – Yann Le Gall.pdf'],
    ]);
  });

  it('the other rules carry nothing', () => {
    const p = plan('2025-12-05', [], ['production-j7', 'memoire-j30', 'synthese-equipe', 'dossier-incomplet']);
    expect(p.reminders.length).toBeGreaterThan(0);
    expect(p.reminders.every((r) => r.document === undefined)).toBe(true);
  });

  it('names: characters a file name cannot hold are left out, spaces collapsed', () => {
    expect(attachmentName('document:convocation:S1:C-0001', 'A/B: «C»?', 'Anne  Le\tGall')).toBe(
      'Convocation – A B «C» – Anne Le Gall.pdf',
    );
    expect(attachmentName('document:inconnu:x', '', 'Anne')).toBe('Document – Anne.pdf');
  });

  it('document keys read back: type, session (may hold a colon), learner', () => {
    expect(learnerDocumentOf('document:convocation:S2:C-0001')).toEqual({ kind: 'convocation', sessionId: 'S2', learnerId: 'C-0001' });
    expect(learnerDocumentOf('document:attestation-presence:S:2:C-0001')).toEqual({
      kind: 'attestation-presence',
      sessionId: 'S:2',
      learnerId: 'C-0001',
    });
    expect(learnerDocumentOf('document:attestation-fin:C-0001')).toEqual({ kind: 'attestation-fin', sessionId: '', learnerId: 'C-0001' });
    expect(learnerDocumentOf('document:convocation-soutenance:C-0001')).toMatchObject({ kind: 'convocation-soutenance' });
    expect(learnerDocumentOf('document:emargement:S2:2025-12-11:matin')).toBeUndefined();
    expect(learnerDocumentOf('document:convocation:S2')).toBeUndefined();
    expect(learnerDocumentOf('document:attestation-fin:S2:C-0001')).toBeUndefined();
    expect(learnerDocumentOf('relance:seance-7:C-0001:S2')).toBeUndefined();
    // A decision: the candidate's ID, the Statut slug telling decisions apart.
    expect(learnerDocumentOf(documentKeys.decision('C-0003', "Liste d'attente"))).toEqual({
      kind: 'decision',
      sessionId: '',
      learnerId: 'C-0003',
    });
    expect(learnerDocumentOf('document:decision:C-0003')).toBeUndefined();
    expect(learnerDocumentOf('document:decision:C-0003:Retenu')).toBeUndefined();
    expect(attachmentName(documentKeys.decision('C-0003', 'Retenu'), '', 'Camille Martin')).toBe(
      'Décision de sélection – Camille Martin.pdf',
    );
  });
});

describe('make before send, wait on Erreur', () => {
  const PDF = 'https://drive.google.com/file/d/pdf-1/view?usp=drivesdk';
  const row = (learnerId: string, État: string, extra: Row = {}) => ({
    Clé: `document:convocation:S2:${learnerId}`,
    Type: 'Convocation',
    État,
    ...extra,
  });

  it('documents not yet Créé are made first (an Erreur is retried, each key once); Créé ones are not', () => {
    const p = plan('2025-12-05', [row('C-0001', 'Créé', { PDF })], ['convocation-j7']);
    expect(documentsToMake(p.reminders)).toEqual(['document:convocation:S2:C-0002']);
    const failed = plan(
      '2025-12-05',
      [row('C-0001', 'Erreur', { Détail: 'Modèle introuvable' }), row('C-0002', 'En cours')],
      ['convocation-j7'],
    );
    expect(documentsToMake(failed.reminders)).toEqual(['document:convocation:S2:C-0001', 'document:convocation:S2:C-0002']);
    expect(documentsToMake([...failed.reminders, ...failed.reminders])).toHaveLength(2);
  });

  it('a reminder goes only with its document Créé and its PDF link; in Erreur it waits, and the digest says why', () => {
    const p = plan(
      '2025-12-08',
      [row('C-0001', 'Créé', { PDF }), row('C-0002', 'Erreur', { Détail: 'Modèle introuvable' })],
      ['convocation-j7', 'synthese-equipe'],
    );
    const [gall, ecuyer] = p.reminders.filter((r) => r.rule === 'convocation-j7');
    expect(readyToSend(gall!)).toBe(true);
    expect(gall!.body).toContain(PDF);
    expect(readyToSend(ecuyer!)).toBe(false);
    const digest = p.reminders.find((r) => r.rule === 'synthese-equipe')!;
    expect(readyToSend(digest)).toBe(true);
    expect(digest.body).toContain('Relances en attente de leur document');
    expect(digest.body).toContain('Hélène Écuyer — document:convocation:S2:C-0002 : Modèle introuvable');
    expect(digest.body).not.toContain('document:convocation:S2:C-0001');
  });

  it('Créé without a PDF link, En cours, or not in the register: waits', () => {
    const doc = (state: string, pdf: string): { document: CarriedDocument } => ({
      document: { key: 'document:convocation:S2:C-0001', state, pdf, detail: '', name: 'x.pdf' },
    });
    expect(readyToSend(doc('Créé', PDF))).toBe(true);
    expect(readyToSend(doc('Créé', ''))).toBe(false);
    expect(readyToSend(doc('En cours', PDF))).toBe(false);
    expect(readyToSend(doc('', ''))).toBe(false);
    expect(readyToSend({})).toBe(true);
  });
});

describe('the register as the planner reads it', () => {
  it('a blank Documents tab (a run cut between making it and heading it) reads as empty, not as a broken header', () => {
    expect(readRegisterEntries([['']])).toEqual(new Map());
    expect(readRegisterEntries([])).toEqual(new Map());
    expect(() => readRegisterEntries([['Quoi'], ['x']])).toThrow(/Clé/);
  });
});

describe('the default rules carrying a document (workbook.md › `Relances`, Defaults)', () => {
  it('attestation-presence, soutenance-j14 and attestation-fin are defaults, with the contract’s Quand and Jours, and use {{lien_document}}', () => {
    const pick = (id: string) => DEFAULT_REMINDERS.find((r) => r.id === id);
    expect([pick('attestation-presence'), pick('soutenance-j14'), pick('attestation-fin')].map((r) => [r?.when, r?.days])).toEqual([
      ['après une séance', 1],
      ['avant une soutenance', 14],
      ['fin de formation', 0],
    ]);
    for (const id of ['convocation-j7', 'attestation-presence', 'soutenance-j14', 'attestation-fin'])
      expect(pick(id)!.message).toContain('{{lien_document}}');
  });
});
