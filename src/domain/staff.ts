/** Who may use the product: the addresses listed under `Équipe` in Paramètres. */
import { normalizeEmail } from './candidates';

/**
 * An address as people paste it: bare, or inside « Nom <adresse> » as mail programs copy it, or after
 * `mailto:`. What surrounds it (names, quotes, brackets, separators) is not part of it.
 */
const ADDRESS = /(?:mailto:)?([^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+)/giu;

/**
 * Addresses separated by `,`, `;`, spaces or new lines, each bare or as « Marie Dupont <marie@example.org> »,
 * compared trimmed and in any case.
 */
export function parseStaffList(value: string): string[] {
  return [...value.matchAll(ADDRESS)].map((m) => normalizeEmail(m[1]!));
}

export type Access = { allowed: true } | { allowed: false; reason: 'unknown_user' | 'not_staff' | 'no_team' };

export function checkAccess(userEmail: string, staff: readonly string[]): Access {
  if (!userEmail) return { allowed: false, reason: 'unknown_user' };
  if (staff.length === 0) return { allowed: false, reason: 'no_team' };
  return staff.includes(normalizeEmail(userEmail)) ? { allowed: true } : { allowed: false, reason: 'not_staff' };
}
