/**
 * One count of the applications, said the same way by the Sheet's toast (Vérifier les candidatures)
 * and `pacte check`: complete and to complete among the open ones, the closed ones (Refusé, Désisté) apart.
 */
import { fold } from './text';
import { CLOSED_STATUSES } from './vocabulary';

export interface ApplicationCounts {
  total: number;
  complete: number;
  toComplete: number;
  closed: number;
}

const CLOSED = new Set<string>(CLOSED_STATUSES.map(fold));

/** `Refusé` or `Désisté`, whatever the case or accents typed. */
export function isClosedApplication(status: string): boolean {
  return CLOSED.has(fold(status));
}

/** Each checked application with its `Statut`: a closed one counts as closed, complete or not. */
export function countApplications(items: Iterable<{ valid: boolean; status: string }>): ApplicationCounts {
  const counts: ApplicationCounts = { total: 0, complete: 0, toComplete: 0, closed: 0 };
  for (const { valid, status } of items) {
    counts.total++;
    if (isClosedApplication(status)) counts.closed++;
    else if (valid) counts.complete++;
    else counts.toComplete++;
  }
  return counts;
}
