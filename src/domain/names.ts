/** A person's name as staff read it, built and ordered in one place. */
import type { CandidateRow } from './rows';

type Named = Pick<CandidateRow, 'firstName' | 'lastName'>;

/**
 * « Prénom Nom »: the register's `Nom`, the sidebars' lists, `Éligibilité`, e-mail targets and the
 * CLI. Each part trimmed; '' when both are empty (callers show the ID instead).
 */
export function fullName(person: Named): string {
  return `${person.firstName.trim()} ${person.lastName.trim()}`.trim();
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Name order: Nom, then Prénom, as staff read a list (accents and case ignored), then ID. */
export function byName(a: Named & Pick<CandidateRow, 'id'>, b: Named & Pick<CandidateRow, 'id'>): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || collator.compare(a.id, b.id);
}
