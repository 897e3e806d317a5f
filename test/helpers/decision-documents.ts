/** Decision letters carrying their « Décision de sélection » on the simulator: the cohort, the send, what to look at. */
import { documentKeys } from '../../src/domain/keys';
import type { DecisionStatus } from '../../src/domain/vocabulary';
import type { SelectionView } from '../../src/ui/contract';
import { filesByKey, register } from './documents';
import type { Gas } from './gas';
import { selectionGas } from './selection-gas';

/** Three candidates: C-0001 and C-0002 `Retenu`, C-0003 `Refusé`. */
export function decidedCohort(): Gas {
  const g = selectionGas();
  g.run('pacteSelectionSetStatus', { ids: ['C-0001', 'C-0002'], statut: 'Retenu' });
  g.run('pacteSelectionSetStatus', { ids: ['C-0003'], statut: 'Refusé' });
  return g;
}

export const DECIDED: ReadonlyArray<{ id: string; status: DecisionStatus; to: string; person: string }> = [
  { id: 'C-0001', status: 'Retenu', to: 'c1@example.org', person: 'Prénom1 Martin' },
  { id: 'C-0002', status: 'Retenu', to: 'c2@example.org', person: 'Prénom2 Martin' },
  { id: 'C-0003', status: 'Refusé', to: 'c3@example.org', person: 'Prénom3 Martin' },
];

export const sendDecisions = (g: Gas) => g.run('pacteSelectionSendDecisions', null) as SelectionView;
export const letters = (g: Gas) => g.sim.mail.sent().filter((m) => m.subject.startsWith('Votre candidature'));
export const pdfName = (person: string) => `Décision de sélection – ${person}.pdf`;

export function documentCounts(g: Gas, id: string, status: DecisionStatus): { docs: number; pdfs: number; rows: number } {
  const key = documentKeys.decision(id, status);
  const files = filesByKey(g).get(key);
  return { docs: files?.docs.length ?? 0, pdfs: files?.pdfs.length ?? 0, rows: register(g).filter((r) => r['Clé'] === key).length };
}
