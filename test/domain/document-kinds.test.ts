/**
 * Each document type's default template, rendered as Google would (HTML import, the layout batches,
 * one fill batch), against the contract's list of what it holds (workbook.md › `Documents`, "What
 * each document holds"), and *Vérifier les modèles* naming a mention a staff-edited template lost.
 */
import { applyBatch } from '../../sim/docs-batch';
import { plainText, toResource, type DocModel } from '../../sim/docs-model';
import { htmlToDoc } from '../../sim/drive';
import { checkTemplate, planFill, readTemplate, templateMentionsMissing, type DocResource } from '../../src/domain/doc-fill';
import { DEFAULT_TEMPLATES, footerRequests, layoutRequests } from '../../src/domain/document-templates';
import {
  DOCUMENT_KINDS,
  dueDocuments,
  MENTIONS,
  whyNoDocument,
  type DocumentJob,
  type DocumentKind,
  type DocumentsInput,
  type DocumentsRequest,
} from '../../src/domain/documents';
import { messages } from '../../src/domain/messages';
import { presetProfile } from '../../src/domain/presets';
import type { AttendanceRow, CandidateRow, SessionRow, ThesisRow } from '../../src/domain/rows';

const learner = (id: string, firstName: string, lastName: string): CandidateRow => ({
  row: 2,
  id,
  firstName,
  lastName,
  email: `${id.toLowerCase()}@example.org`,
  structure: 'MSP des Monts',
  structureType: 'MSP',
  received: { day: '2025-05-01' },
  ticked: new Set(),
  status: 'Inscrit',
});
const session = (id: string, type: string, start: string, end: string, place: string): SessionRow => ({
  row: 2,
  id,
  title: `${type} ${id}`,
  type,
  start,
  end,
  place,
  compulsory: true,
});
const present = (learnerId: string, day: string, halfDay: 'Matin' | 'Après-midi'): AttendanceRow => ({
  row: 2,
  learnerId,
  sessionId: 'S1',
  day,
  halfDay,
  status: 'Présent',
});
const thesis: ThesisRow = {
  row: 2,
  learnerId: 'C-0001',
  title: 'Coordonner une MSP rurale',
  defence: '2026-06-11',
  time: 14 * 60 + 30,
  jury: ['Paul Membre', 'Jeanne Présidente'],
  result: '',
};

function input(over: Partial<DocumentsInput> = {}): DocumentsInput {
  return {
    profile: presetProfile('bretagne-2025'),
    body: {
      organisation: 'Fédération des maisons de santé de Bretagne',
      address: "12 rue de l'Exemple, 35000 Rennes",
      siret: '123 456 789 00012',
      declaration: '',
      contact: 'Sophie Kerzerho — s.k@example.org — 06 00 00 00 00',
      signatory: 'Sophie Kerzerho, coordinatrice régionale',
      city: 'Rennes',
    },
    senderName: 'Équipe PACTE',
    candidates: [
      learner('C-0001', 'Aïcha', "N'Diaye"),
      learner('C-0002', 'Yann', 'Le Gall'),
      { ...learner('C-0003', 'Inès', 'Moreau'), status: 'Retenu' },
      { ...learner('C-0004', 'Marc', 'Petit'), status: 'Refusé' },
    ],
    sessions: [
      session('S1', 'Séminaire', '2025-10-16', '2025-10-17', 'Rennes'),
      session('SOUT', 'Soutenances', '2026-06-11', '2026-06-12', 'EHESP, Rennes'),
    ],
    extras: new Map([
      ['S1', { hours: '9h00-12h30 / 13h30-17h00', trainers: ['Marie Formatrice'], hoursCount: 14, programme: 'Travailler en équipe' }],
    ]),
    attendance: [present('C-0001', '2025-10-16', 'Matin'), present('C-0001', '2025-10-17', 'Après-midi')],
    theses: [thesis],
    jury: [
      { row: 2, name: 'Jeanne Présidente', email: 'j@example.org', role: 'Président', availability: '' },
      { row: 3, name: 'Paul Membre', email: 'p@example.org', role: 'Membre', availability: '' },
    ],
    eligibility: new Map([['c-0001', 'eligible'] as const, ['c-0002', 'at_risk'] as const]),
    today: '2025-10-01',
    ...over,
  };
}

const REQUESTS: Record<DocumentKind, DocumentsRequest> = {
  convocation: { kind: 'convocation', sessionId: 'S1' },
  emargement: { kind: 'emargement', sessionId: 'S1', halfDays: [{ day: '2025-10-16', halfDay: 'Après-midi' }] },
  'attestation-presence': { kind: 'attestation-presence', sessionId: 'S1' },
  'attestation-fin': { kind: 'attestation-fin' },
  'convocation-soutenance': { kind: 'convocation-soutenance' },
  'pv-soutenance': { kind: 'pv-soutenance' },
  decision: { kind: 'decision', learnerIds: ['C-0003'] },
};

/** The default template as the product leaves it in Drive: the HTML import, then its two layout batches. */
function defaultTemplate(kind: DocumentKind): DocModel {
  const imported = htmlToDoc('t', DEFAULT_TEMPLATES[kind]);
  const first = applyBatch(imported, layoutRequests(toResource('t', imported) as DocResource));
  const footerId = (first.replies[0] as { createFooter: { footerId: string } }).createFooter.footerId;
  return applyBatch(first.doc, footerRequests(footerId)).doc;
}

function render(template: DocModel, job: DocumentJob): string {
  const shape = readTemplate(toResource('t', template) as DocResource);
  expect(checkTemplate(job.kind, shape)).toEqual([]);
  return plainText(applyBatch(template, planFill(shape, job)).doc);
}

/** The first document of a type, Aïcha N'Diaye's when it is a learner's. */
const jobOf = (kind: DocumentKind, over: Partial<DocumentsInput> = {}) => {
  const jobs = dueDocuments(input(over), REQUESTS[kind]);
  return jobs.find((j) => j.learnerId === 'C-0001') ?? jobs[0]!;
};

/** Every document's legal mentions: the footer without the empty declaration line, « Fait à ». */
const EVERY = [
  "Fédération des maisons de santé de Bretagne — 12 rue de l'Exemple, 35000 Rennes\nSIRET : 123 456 789 00012\nPACTE Soins Primaires — ",
  'Fait à Rennes, le mercredi 1 octobre 2025',
];
/** What the contract lists per type, as the rendered page shows it. */
const SHOWN: Record<DocumentKind, string[]> = {
  convocation: [
    "Aïcha N'Diaye\nMSP des Monts",
    '« Séminaire S1 » (Séminaire)',
    'Dates | du jeudi 16 octobre au vendredi 17 octobre 2025\nHoraires | 9h00-12h30 / 13h30-17h00\nLieu | Rennes\nDurée | 14 heures',
    'Programme : Travailler en équipe',
    'Pour toute question : Sophie Kerzerho — s.k@example.org — 06 00 00 00 00.',
    'Sophie Kerzerho, coordinatrice régionale',
  ],
  emargement: [
    'PACTE Soins Primaires — ',
    'Séance | Séminaire S1 (S1)\nDate | jeudi 16 octobre 2025 — Après-midi\nHoraires | 13h30-17h00\nLieu | Rennes',
    "Nom | Prénom | Structure | Signature\nLe Gall | Yann | MSP des Monts | \nN'Diaye | Aïcha | MSP des Monts | ",
    'Nom | Signature\nMarie Formatrice | ',
  ],
  'attestation-presence': [
    "Aïcha N'Diaye (MSP des Monts) a suivi la séance « Séminaire S1 »",
    'du jeudi 16 octobre au vendredi 17 octobre 2025',
    'Heures de présence : 7 heures sur 14 heures.',
    'jeudi 16 octobre 2025 | Matin | 9h00-12h30 | 3,5 heures\nvendredi 17 octobre 2025 | Après-midi | 13h30-17h00 | 3,5 heures',
    'Sophie Kerzerho, coordinatrice régionale\nSignature :',
  ],
  'attestation-fin': [
    "Aïcha N'Diaye (MSP des Monts)",
    presetProfile('bretagne-2025').diplomaTitle,
    'Formation | du jeudi 16 octobre 2025 au vendredi 12 juin 2026',
    'Heures suivies | 7 heures',
    'Mémoire | Coordonner une MSP rurale\nRésultat | en attente de la soutenance',
    'Sophie Kerzerho, coordinatrice régionale\nSignature :',
  ],
  'convocation-soutenance': [
    "Aïcha N'Diaye",
    '« Coordonner une MSP rurale »',
    'Date | jeudi 11 juin 2026\nHeure | 14 h 30\nLieu | EHESP, Rennes\nJury | Jeanne Présidente (président·e), Paul Membre',
    'Pour toute question : Sophie Kerzerho',
  ],
  'pv-soutenance': [
    "Apprenant·e | Aïcha N'Diaye (MSP des Monts)\nMémoire | Coordonner une MSP rurale\nSoutenance | jeudi 11 juin 2026, 14 h 30, EHESP, Rennes",
    'Nom | Rôle | Signature\nJeanne Présidente | Président·e | \nPaul Membre | Membre | ',
    'Résultat : Admis / Ajourné (rayer la mention inutile)',
    'Remarques du jury :',
  ],
  decision: [
    'Inès Moreau\nMSP des Monts',
    'Votre candidature à la formation est retenue.\nLe séminaire de lancement aura lieu du jeudi 16 octobre au vendredi 17 octobre 2025, à Rennes.',
    'Pour toute question : Sophie Kerzerho',
  ],
};

describe('each default template holds what the contract lists for its type', () => {
  it.each(DOCUMENT_KINDS)('%s', (kind) => {
    const template = defaultTemplate(kind);
    expect(templateMentionsMissing(kind, readTemplate(toResource('t', template) as DocResource))).toEqual([]);
    const job = jobOf(kind);
    const text = render(template, job);
    for (const shown of [...EVERY, ...SHOWN[kind]]) expect(text).toContain(shown);
    // Every mention's value is on the page (whichever way the template prints it).
    for (const mention of MENTIONS[kind]) {
      const way = mention.ways.find((w) => w.every((t) => t in job.values || job.rows));
      for (const tag of way ?? []) if (job.values[tag]) expect(text).toContain(job.values[tag]);
    }
    expect(text).not.toMatch(/\{\{|Déclaration| {2}/);
  });

  it('prints the declaration number when given, and leaves no line for an empty programme or contact', () => {
    const body = { ...input().body, declaration: '53 35 01234 35', contact: '' };
    const text = render(defaultTemplate('convocation'), jobOf('convocation', { body, extras: new Map() }));
    expect(text).toContain("SIRET : 123 456 789 00012\nDéclaration d'activité enregistrée sous le numéro 53 35 01234 35");
    expect(text).not.toContain('Programme :');
    expect(text).toContain('Formateur·rices | \nVotre présence est requise');
    expect(text).not.toContain('Pour toute question');
    expect(text).toContain("l'après-midi.\nFait à Rennes");
    expect(text).toContain('Durée | 4 demi-journées');
  });
});

describe('the selection decision', () => {
  it('one per candidate decided on, keyed by the decision; a refusal has no next step and no empty line for it', () => {
    const jobs = dueDocuments(input(), { kind: 'decision' });
    expect(jobs.map((j) => [j.key, j.fileName, j.folder])).toEqual([
      ['document:decision:C-0003:retenu', 'selection_retenu_Moreau_Ines_C-0003', 'Sélection'],
      ['document:decision:C-0004:refuse', 'selection_refuse_Petit_Marc_C-0004', 'Sélection'],
    ]);
    const text = render(defaultTemplate('decision'), jobs[1]!);
    expect(text).toContain("Votre candidature à la formation n'est pas retenue.\nPour toute question");
    expect(whyNoDocument(input({ candidates: [learner('C-0001', 'Aïcha', "N'Diaye")] }), { kind: 'decision' })).toContain(
      "aucune candidature n'a le statut",
    );
  });
});

describe('Vérifier les modèles: the mentions a template staff edited no longer holds', () => {
  it('names the duration a convocation lost, and the jury lines a procès-verbal lost', () => {
    const convocation = defaultTemplate('convocation');
    const edited = applyBatch(convocation, [
      { replaceAllText: { containsText: { text: '{{heures_seance}}', matchCase: true }, replaceText: '' } },
    ]);
    const missing = templateMentionsMissing('convocation', readTemplate(toResource('t', edited.doc) as DocResource));
    expect(missing.map((m) => messages.documents.mentionMissing(m.id, m.ways))).toEqual([
      'mention absente : la durée en heures — ajoutez {{heures_seance}}',
    ]);
    const pv = applyBatch(defaultTemplate('pv-soutenance'), [
      { replaceAllText: { containsText: { text: '{{role_jury}}', matchCase: true }, replaceText: '' } },
      { replaceAllText: { containsText: { text: '{{fait_le}}', matchCase: true }, replaceText: 'Fait le' } },
    ]);
    const lost = templateMentionsMissing('pv-soutenance', readTemplate(toResource('t', pv.doc) as DocResource));
    expect(lost.map((m) => messages.documents.mentionMissing(m.id, m.ways))).toEqual([
      'mention absente : « Fait à …, le … » — ajoutez {{fait_le}} (ou {{ville}} et {{date_document}})',
      'mention absente : une ligne par membre du jury (nom, rôle) — ajoutez {{membre_jury}} et {{role_jury}}',
    ]);
  });
});

describe('why a request covers no document', () => {
  it('says how many learners are in each state when nobody is eligible', () => {
    const states = new Map([['c-0001', 'in_progress'] as const, ['c-0002', 'at_risk'] as const]);
    const none = input({ eligibility: states, candidates: [...input().candidates, learner('C-0003', 'Inès', 'Moreau')] });
    none.eligibility = new Map([...states, ['c-0003', 'in_progress'] as const]);
    expect(dueDocuments(none, REQUESTS['attestation-fin'])).toEqual([]);
    expect(whyNoDocument(none, REQUESTS['attestation-fin'])).toBe(
      "aucun·e apprenant·e n'est éligible à ce jour : 2 en cours, 1 à risque — voir l'onglet Éligibilité",
    );
    expect(whyNoDocument(input({ theses: [] }), REQUESTS['pv-soutenance'])).toContain("n'a de date de soutenance");
    expect(whyNoDocument(input({ candidates: [] }), REQUESTS.convocation)).toContain('aucun·e apprenant·e inscrit·e');
  });
});
