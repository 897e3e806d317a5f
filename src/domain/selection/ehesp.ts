/** The list the EHESP validates: candidates `Retenu`, in `Nom` order (workbook.md › Selection). */
import { byName } from '../names';
import { canonicalStatus } from './pipeline';
import type { SelectionCandidate } from './types';

export const EHESP_SHEET = 'Liste EHESP';
export const EHESP_HEADERS = [
  'Civilité',
  'Nom',
  'Prénom',
  'E-mail',
  'Structure',
  'Type de structure',
  'Commune',
  'Département',
  'Statut',
] as const;

/** The sheet's rows, headers first; a `Statut` typed `retenu` counts and is written `Retenu`. */
export function ehespRows(candidates: readonly SelectionCandidate[]): string[][] {
  const kept = candidates.filter((c) => canonicalStatus(c.status) === 'Retenu').sort(byName);
  return [
    [...EHESP_HEADERS],
    ...kept.map((c) => [c.civility, c.lastName, c.firstName, c.email, c.structure, c.structureType, c.commune, c.department, 'Retenu']),
  ];
}
