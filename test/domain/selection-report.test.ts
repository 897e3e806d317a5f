/** The selection at a glance (`pacte selection --json`, the sidebar): the pipeline, each candidate, the problems. */
import { ehespRows } from '../../src/domain/selection/ehesp';
import { pipelineCounts } from '../../src/domain/selection/pipeline';
import { computeSelection } from '../../src/domain/selection/report';
import { opinionRow, selectionCandidate, slotRow } from '../helpers/selection';

const candidates = [
  selectionCandidate({ row: 2, id: 'C-0010', status: 'Entretien', structureType: 'CPTS', department: '29' }),
  selectionCandidate({ row: 3, id: 'C-0002', status: '', structureType: 'msp', department: ' 35' }),
  selectionCandidate({ row: 4, id: 'C-0003', status: 'retenu', lastName: 'Le Gall', firstName: 'Léa' }),
  selectionCandidate({ row: 5, id: '', status: 'Accepté', structureType: '', department: '' }),
  selectionCandidate({ row: 6, id: 'C-0004', status: 'Retenu', lastName: 'Bernard', firstName: 'Yann', civility: 'M.' }),
];

describe('the pipeline', () => {
  it('counts every row by Statut (every value, 0 included; empty is Reçu; unknown as typed), type and department', () => {
    const p = pipelineCounts(candidates);
    expect(p.statuts).toEqual({
      Reçu: 1,
      'Pré-sélectionné': 0,
      Entretien: 1,
      Retenu: 2,
      'Validé EHESP': 0,
      Inscrit: 0,
      "Liste d'attente": 0,
      Refusé: 0,
      Désisté: 0,
      Accepté: 1,
    });
    expect(Object.keys(p.statuts).slice(0, 9)).toEqual([
      'Reçu',
      'Pré-sélectionné',
      'Entretien',
      'Retenu',
      'Validé EHESP',
      'Inscrit',
      "Liste d'attente",
      'Refusé',
      'Désisté',
    ]);
    expect(p.types).toEqual({ MSP: 3, CPTS: 1, '': 1 });
    expect(p.departements).toEqual({ '': 1, '29': 1, '35': 3 });
  });

  it('filters by type and department', () => {
    expect(pipelineCounts(candidates, { structureType: 'MSP', department: '35' }).statuts).toMatchObject({
      Reçu: 1,
      Retenu: 2,
      Entretien: 0,
    });
    expect(pipelineCounts(candidates, { department: '29' }).statuts).toMatchObject({ Entretien: 1, Retenu: 0 });
  });

  it('counts a Statut typed `__proto__` like any other', () => {
    expect(Object.entries(pipelineCounts([selectionCandidate({ status: '__proto__' })]).statuts)).toContainEqual(['__proto__', 1]);
  });
});

describe('the selection report', () => {
  const result = computeSelection({
    candidates,
    opinions: [
      opinionRow({ row: 2, candidateId: 'C-0010', member: 'a@example.org', opinion: 'Favorable', note: 14 }),
      opinionRow({ row: 3, candidateId: 'C-0010', member: 'b@example.org', opinion: 'Favorable', note: 15 }),
      opinionRow({ row: 4, candidateId: 'C-0010', member: 'c@example.org', opinion: 'Réservé', note: '' }),
      opinionRow({ row: 5, candidateId: 'C-0010', member: 'c@example.org', opinion: 'Réservé', note: 25 }),
    ],
    slots: [
      slotRow({ row: 2, id: 'E-001', time: '14h30', candidateId: 'c-0010' }),
      slotRow({ row: 3, id: 'E-002', time: 'midi', candidateId: 'C-0002' }),
    ],
  });

  it('lists candidates with an ID, sorted by ID, with opinions, mean note and slot', () => {
    expect(result.report.candidates).toEqual([
      { id: 'C-0002', statut: 'Reçu', avis: { Favorable: 0, Réservé: 0, Défavorable: 0 }, note: null, creneau: 'E-002', entretien: null },
      { id: 'C-0003', statut: 'Retenu', avis: { Favorable: 0, Réservé: 0, Défavorable: 0 }, note: null, creneau: null, entretien: null },
      { id: 'C-0004', statut: 'Retenu', avis: { Favorable: 0, Réservé: 0, Défavorable: 0 }, note: null, creneau: null, entretien: null },
      {
        id: 'C-0010',
        statut: 'Entretien',
        avis: { Favorable: 2, Réservé: 1, Défavorable: 0 },
        note: 14.5,
        creneau: 'E-001',
        entretien: '2025-11-20T14:30',
      },
    ]);
  });

  it('lists problems as { tab, row, message }, by tab then row', () => {
    expect(result.report.problems).toEqual([
      { tab: 'Candidatures', row: 5, message: expect.stringContaining('« Accepté »') },
      { tab: 'Avis', row: 5, message: expect.stringContaining('« 25 »') },
      { tab: 'Entretiens', row: 3, message: expect.stringContaining('« midi »') },
    ]);
    expect(result.problems.map((p) => p.code)).toEqual(['unknown_status', 'invalid_note', 'slot_without_time']);
  });

  it('reads a workbook without Avis and Entretiens', () => {
    const bare = computeSelection({ candidates });
    expect(bare.report.problems).toHaveLength(1);
    expect(bare.report.candidates.every((c) => c.creneau === null && c.note === null)).toBe(true);
  });
});

describe('the list the EHESP validates', () => {
  it('holds the candidates Retenu (in any case), in Nom order, with the contract headers', () => {
    expect(ehespRows(candidates)).toEqual([
      ['Civilité', 'Nom', 'Prénom', 'E-mail', 'Structure', 'Type de structure', 'Commune', 'Département', 'Statut'],
      ['M.', 'Bernard', 'Yann', 'camille.martin@example.org', 'MSP des Tilleuls', 'MSP', 'Rennes', '35', 'Retenu'],
      ['Mme', 'Le Gall', 'Léa', 'camille.martin@example.org', 'MSP des Tilleuls', 'MSP', 'Rennes', '35', 'Retenu'],
    ]);
  });
});
