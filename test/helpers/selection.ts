/** Selection rows for domain tests: fictitious candidates, slots and opinions, overridable field by field. */
import type { OpinionRow, SelectionCandidate, SlotRow } from '../../src/domain/selection/types';

export function selectionCandidate(overrides: Partial<SelectionCandidate> = {}): SelectionCandidate {
  return {
    row: 2,
    id: 'C-0001',
    status: 'Entretien',
    civility: 'Mme',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.org',
    structure: 'MSP des Tilleuls',
    structureType: 'MSP',
    commune: 'Rennes',
    department: '35',
    interviewDate: {},
    ...overrides,
  };
}

/** Candidates C-0001… at `Entretien`, rows 2… */
export function waitingCandidates(n: number, overrides: Partial<SelectionCandidate> = {}): SelectionCandidate[] {
  return Array.from({ length: n }, (_, i) =>
    selectionCandidate({ row: i + 2, id: `C-${String(i + 1).padStart(4, '0')}`, lastName: `Nom${i + 1}`, ...overrides }),
  );
}

export function slotRow(overrides: Partial<SlotRow> = {}): SlotRow {
  return {
    row: 2,
    id: 'E-001',
    date: { day: '2025-11-20' },
    time: '9h',
    duration: '',
    link: 'https://visio.example.org/pacte',
    jury: 'Marie Dupont',
    candidateId: '',
    ...overrides,
  };
}

export function opinionRow(overrides: Partial<OpinionRow> = {}): OpinionRow {
  return {
    row: 2,
    candidateId: 'C-0001',
    member: 'ars@example.org',
    opinion: 'Favorable',
    note: 15,
    comment: '',
    enteredAt: '',
    ...overrides,
  };
}
