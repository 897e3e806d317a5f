/** Who may use the product: the addresses listed under `Équipe` in Paramètres. */
import { normalizeEmail } from './candidates';

/** Addresses separated by `,`, `;`, spaces or new lines, compared trimmed and in any case. */
export function parseStaffList(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map(normalizeEmail)
    .filter((e) => e.includes('@'));
}

export type Access = { allowed: true } | { allowed: false; reason: 'unknown_user' | 'not_staff' | 'no_team' };

export function checkAccess(userEmail: string, staff: readonly string[]): Access {
  if (!userEmail) return { allowed: false, reason: 'unknown_user' };
  if (staff.length === 0) return { allowed: false, reason: 'no_team' };
  return staff.includes(normalizeEmail(userEmail)) ? { allowed: true } : { allowed: false, reason: 'not_staff' };
}
