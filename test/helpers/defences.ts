/** Small soutenance workbooks for the planner's tests: fictitious people, example.org addresses. */
import type { DefenceContext } from '../../src/domain/defences';
import { prepareDefences } from '../../src/domain/defences';
import { readCohort, type Cohort } from '../../src/workbook/cohort';
import { candidate, workbook, type Row, type WorkbookRows } from './workbook';

export const SOUT: Row = {
  ID: 'SOUT',
  Intitulé: 'Soutenances de mémoire',
  Type: 'Soutenances',
  'Date de début': '24/09/2026',
  'Date de fin': '25/09/2026',
  Lieu: 'Rennes',
  Obligatoire: false,
  Horaires: '9h00-12h30 / 13h30-17h00',
};

export const member = (name: string, role: string, availability = ''): Row => ({
  Nom: name,
  'E-mail': `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
  Rôle: role,
  Disponibilités: availability,
});

export const JURY: Row[] = [
  member('Anne Morel', 'Président'),
  member('Paul Durand', 'Président'),
  member('Léa Bernard', 'Membre'),
  member('Marc Petit', 'Membre'),
];

export const id = (i: number) => `C-${String(i).padStart(4, '0')}`;

export function learner(i: number, overrides: Row = {}): Row {
  return candidate({
    ID: id(i),
    Prénom: `Prénom${i}`,
    Nom: `Nom${i}`,
    'E-mail': `apprenant.${i}@example.org`,
    Statut: 'Inscrit',
    ...overrides,
  });
}

export function thesis(i: number, overrides: Row = {}): Row {
  return { 'ID apprenant': id(i), Titre: `Mémoire ${i}`, 'Déposé le': '01/08/2026', Pages: 24, ...overrides };
}

/** `n` learners `Inscrit`, each with a deposited thesis, the default session and jury unless given. */
export function defenceRows(n: number, rows: WorkbookRows = {}): WorkbookRows {
  return {
    candidates: Array.from({ length: n }, (_, k) => learner(k + 1)),
    theses: Array.from({ length: n }, (_, k) => thesis(k + 1)),
    sessions: [SOUT],
    jury: JURY,
    ...rows,
  };
}

export function cohortOf(rows: WorkbookRows): Cohort {
  return readCohort(workbook(rows));
}

/** The planner's context, failing the test with the problems when the workbook has some. */
export function contextOf(rows: WorkbookRows): DefenceContext {
  const prepared = prepareDefences(cohortOf(rows));
  if (!prepared.ok) throw new Error(prepared.problems.map((p) => p.message).join('\n'));
  return prepared.context;
}
