import { applyBatch } from '../../sim/docs-batch';
import { plainText, toResource, type DocModel } from '../../sim/docs-model';
import { htmlToDoc } from '../../sim/drive';
import { checkTemplate, planFill, readTemplate, type DocResource } from '../../src/domain/doc-fill';
import { DEFAULT_TEMPLATES } from '../../src/domain/document-templates';
import {
  DOCUMENT_KINDS,
  dueDocuments,
  fileNamePart,
  type DocumentsInput,
  type DocumentJob,
  type SessionExtras,
} from '../../src/domain/documents';
import { presetProfile } from '../../src/domain/presets';
import type { AttendanceRow, CandidateRow, SessionRow } from '../../src/domain/rows';

const learner = (id: string, firstName: string, lastName: string, status = 'Inscrit', structure = 'MSP des Monts'): CandidateRow => ({
  row: 2,
  id,
  firstName,
  lastName,
  email: `${id.toLowerCase()}@example.org`,
  structure,
  structureType: 'MSP',
  received: { day: '2025-05-01' },
  ticked: new Set(),
  status,
});
const S1: SessionRow = {
  row: 2,
  id: 'S1',
  title: 'Séminaire 1 — Travailler en équipe',
  type: 'Séminaire',
  start: '2025-10-16',
  end: '2025-10-17',
  place: 'Rennes',
  compulsory: true,
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
      learner('C-0003', 'Yann', 'Le Gall'),
      learner('C-0001', 'Hélène', 'Écuyer', 'Inscrit', "MSP de l'Aber"),
      learner('C-0002', 'Anne', 'Martin', 'Refusé'),
      learner('C-0004', 'Aïcha', "N'Diaye"),
    ],
    sessions: [S1],
    extras: new Map<string, SessionExtras>([['S1', { hours: '9h00-12h30 / 13h30-17h00', trainers: ['Marie Formatrice', 'Paul Relais'] }]]),
    attendance: [],
    theses: [],
    jury: [],
    eligibility: new Map(),
    today: '2025-10-01',
    ...over,
  };
}

/** Renders a job the way Google would: the template (HTML import), one batch of the planned requests. */
function render(html: string, job: DocumentJob): { text: string; requests: number } {
  const template: DocModel = htmlToDoc('t', html);
  const shape = readTemplate(toResource('t', template) as DocResource);
  expect(checkTemplate(job.kind, shape)).toEqual([]);
  const requests = planFill(shape, job);
  return { text: plainText(applyBatch(template, requests).doc), requests: requests.length };
}

describe('documents due, keys and file names (workbook.md, Documents)', () => {
  it('file names lose accents and spaces', () => {
    expect(fileNamePart('Le Gall')).toBe('Le-Gall');
    expect(fileNamePart('Hélène  Marie')).toBe('Helene-Marie');
    expect(fileNamePart("N'Diaye")).toBe("N'Diaye");
  });

  it('a convocation per learner Inscrit × session, in name order', () => {
    const jobs = dueDocuments(input(), { kind: 'convocation', sessionId: 'S1' });
    expect(jobs.map((j) => [j.key, j.fileName, j.folder, j.name])).toEqual([
      ['document:convocation:S1:C-0001', '2025-10-16_S1_convocation_Ecuyer_Helene_C-0001', 'S1', 'Hélène Écuyer'],
      ['document:convocation:S1:C-0003', '2025-10-16_S1_convocation_Le-Gall_Yann_C-0003', 'S1', 'Yann Le Gall'],
      ['document:convocation:S1:C-0004', "2025-10-16_S1_convocation_N'Diaye_Aicha_C-0004", 'S1', "Aïcha N'Diaye"],
    ]);
    expect(jobs[0]!.values).toMatchObject({
      seance: 'Séminaire 1 — Travailler en équipe',
      date_seance: 'jeudi 16 octobre 2025',
      dates_seance: 'du jeudi 16 octobre au vendredi 17 octobre 2025',
      horaires: '9h00-12h30 / 13h30-17h00',
      lieu: 'Rennes',
      promo: 'Session 2025-2026',
      federation: 'ESSORT',
      prenom: 'Hélène',
      nom: 'Écuyer',
      structure: "MSP de l'Aber",
    });
    expect(dueDocuments(input(), { kind: 'convocation', sessionId: 'S1', learnerIds: ['c-0003'] }).map((j) => j.learnerId)).toEqual([
      'C-0003',
    ]);
    expect(dueDocuments(input(), { kind: 'convocation', sessionId: 'S9' })).toEqual([]);
  });

  it('a file name depends on its key alone: per-learner names end with the ID, whatever else is in the batch', () => {
    const both = dueDocuments(
      input({
        candidates: [learner('C-0007', 'Anne', 'Martin'), learner('C-0009', 'Anne', 'Martin'), learner('C-0003', 'Yann', 'Le Gall')],
      }),
      { kind: 'convocation', sessionId: 'S1' },
    );
    expect(both.map((j) => j.fileName)).toEqual([
      '2025-10-16_S1_convocation_Le-Gall_Yann_C-0003',
      '2025-10-16_S1_convocation_Martin_Anne_C-0007',
      '2025-10-16_S1_convocation_Martin_Anne_C-0009',
    ]);
    // Made one at a time, each gets the same name as in the batch.
    const alone = dueDocuments(input({ candidates: [learner('C-0007', 'Anne', 'Martin'), learner('C-0009', 'Anne', 'Martin')] }), {
      kind: 'convocation',
      sessionId: 'S1',
      learnerIds: ['C-0009'],
    });
    expect(alone.map((j) => j.fileName)).toEqual(['2025-10-16_S1_convocation_Martin_Anne_C-0009']);
  });

  it('a sign-in sheet per session day × half-day, with the half-day part of Horaires', () => {
    const jobs = dueDocuments(input(), { kind: 'emargement', sessionId: 'S1' });
    expect(jobs.map((j) => [j.key, j.fileName])).toEqual([
      ['document:emargement:S1:2025-10-16:matin', '2025-10-16_S1_emargement_matin'],
      ['document:emargement:S1:2025-10-16:apres-midi', '2025-10-16_S1_emargement_apres-midi'],
      ['document:emargement:S1:2025-10-17:matin', '2025-10-17_S1_emargement_matin'],
      ['document:emargement:S1:2025-10-17:apres-midi', '2025-10-17_S1_emargement_apres-midi'],
    ]);
    expect(jobs[1]!.values).toMatchObject({ horaires: '13h30-17h00', demi_journee: 'Après-midi', date: 'jeudi 16 octobre 2025' });
    expect(jobs[0]!.rows!.learner!.map((r) => r.nom)).toEqual(['Écuyer', 'Le Gall', "N'Diaye"]);
    expect(jobs[0]!.rows!.trainer).toEqual([{ formateur: 'Marie Formatrice' }, { formateur: 'Paul Relais' }]);
    const some = dueDocuments(input(), { kind: 'emargement', sessionId: 'S1', halfDays: [{ day: '2025-10-17', halfDay: 'Matin' }] });
    expect(some.map((j) => j.key)).toEqual(['document:emargement:S1:2025-10-17:matin']);
  });

  it('an attendance certificate only with at least one half-day present (Retard counts), a completion certificate only when eligible', () => {
    const att = (learnerId: string, day: string, halfDay: 'Matin' | 'Après-midi', status: AttendanceRow['status']): AttendanceRow => ({
      row: 2,
      learnerId,
      sessionId: 'S1',
      day,
      halfDay,
      status,
    });
    const jobs = dueDocuments(
      input({
        attendance: [
          att('C-0003', '2025-10-16', 'Matin', 'Retard'),
          att('C-0003', '2025-10-17', 'Après-midi', 'Présent'),
          att('C-0003', '2025-10-17', 'Après-midi', 'Présent'),
          att('C-0001', '2025-10-16', 'Matin', 'Absent'),
        ],
      }),
      { kind: 'attestation-presence', sessionId: 'S1' },
    );
    expect(jobs.map((j) => [j.key, j.fileName])).toEqual([
      ['document:attestation-presence:S1:C-0003', '2025-10-17_S1_attestation-presence_Le-Gall_Yann_C-0003'],
    ]);
    expect(jobs[0]!.values).toMatchObject({
      demi_journees_presentes: '2',
      demi_journees_seance: '4',
      detail_presences: '16/10/2025 matin (9h00-12h30), 17/10/2025 après-midi (13h30-17h00)',
      heures_presentes: '7 heures',
      heures_seance: '14 heures',
    });
    const fin = dueDocuments(input({ eligibility: new Map([['c-0004', 'eligible']]) }), { kind: 'attestation-fin' });
    expect(fin.map((j) => [j.key, j.fileName, j.folder])).toEqual([
      ['document:attestation-fin:C-0004', "attestation-fin-de-formation_N'Diaye_Aicha_C-0004", 'Fin de formation'],
    ]);
  });
});

describe('filling a template in one batch', () => {
  it('every default template passes the check', () => {
    for (const kind of DOCUMENT_KINDS) {
      expect(checkTemplate(kind, readTemplate(toResource('t', htmlToDoc('t', DEFAULT_TEMPLATES[kind])) as DocResource))).toEqual([]);
    }
  });

  it('renders a sign-in sheet: the half-day, one line per learner in name order, one line per trainer', () => {
    const job = dueDocuments(input(), { kind: 'emargement', sessionId: 'S1' })[1]!;
    const { text } = render(DEFAULT_TEMPLATES.emargement, job);
    expect(text).toContain("Feuille d'émargement");
    expect(text).toContain('PACTE Soins Primaires — ');
    expect(text).toContain('Séance | Séminaire 1 — Travailler en équipe (S1)');
    expect(text).toContain('Date | jeudi 16 octobre 2025 — Après-midi');
    expect(text).toContain('Horaires | 13h30-17h00');
    expect(text).toContain('Lieu | Rennes');
    expect(text).toContain(
      [
        'Nom | Prénom | Structure | Signature',
        "Écuyer | Hélène | MSP de l'Aber | ",
        'Le Gall | Yann | MSP des Monts | ',
        "N'Diaye | Aïcha | MSP des Monts | ",
      ].join('\n'),
    );
    expect(text).toContain(['Nom | Signature', 'Marie Formatrice | ', 'Paul Relais | '].join('\n'));
    expect(text).not.toContain('{{');
  });

  it('costs one batch whatever the number of learners, and inserts values literally', () => {
    const many = Array.from({ length: 40 }, (_, i) => learner(`C-${1000 + i}`, `Prénom${i}`, `Nom${String(i).padStart(2, '0')}`));
    many[5] = learner('C-1005', '=1+1', '{{nom}}');
    const job = dueDocuments(input({ candidates: many }), { kind: 'emargement', sessionId: 'S1' })[0]!;
    const { text } = render(DEFAULT_TEMPLATES.emargement, job);
    const lines = text.split('\n');
    const first = lines.indexOf('Nom | Prénom | Structure | Signature');
    expect(lines.slice(first + 1, first + 41).map((l) => l.split(' | ')[0])).toEqual(
      [...many.map((c) => c.lastName)].sort((a, b) => new Intl.Collator('fr', { sensitivity: 'base' }).compare(a, b)),
    );
    expect(text).toContain('{{nom}} | =1+1 | MSP des Monts');
  });

  it('renders a convocation with a session without Horaires and a name with accents and an apostrophe', () => {
    const job = dueDocuments(input({ extras: new Map() }), { kind: 'convocation', sessionId: 'S1' })[2]!;
    const { text } = render(DEFAULT_TEMPLATES.convocation, job);
    expect(text).toContain("\nAïcha N'Diaye\nMSP des Monts");
    expect(text).toContain('Dates | du jeudi 16 octobre au vendredi 17 octobre 2025\nHoraires | \nLieu | Rennes\nDurée | 4 demi-journées');
    expect(text).toContain('Fait à Rennes, le mercredi 1 octobre 2025');
    expect(text).not.toContain('{{');
  });

  it('lists unknown tags and tags that cannot be filled', () => {
    const shape = (html: string) => readTemplate(toResource('t', htmlToDoc('t', html)) as DocResource);
    expect(
      checkTemplate(
        'convocation',
        shape('<p>{{prenom}} {{commune}} {{formateur}} {{commune}}</p><table><tr><td>{{commune}}</td></tr></table>'),
      ),
    ).toEqual([
      { code: 'unknown_tag', tag: 'commune', where: ['body', 'table'] },
      { code: 'not_for_type', tag: 'formateur', where: ['body'] },
    ]);
    expect(checkTemplate('emargement', shape('<p>{{nom}}</p><table><tr><td>{{nom}}</td><td>{{formateur}}</td></tr></table>'))).toEqual([
      { code: 'outside_row', tag: 'nom', where: ['body'] },
      { code: 'mixed_row', tag: 'learner+trainer', where: ['table'] },
    ]);
  });
});
