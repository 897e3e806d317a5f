/** The `Jury` tab read into members, with what staff must fix said in French (workbook.md › `Jury`). */
import { isEmail } from '../candidates';
import { formatDayFr, InvalidDateError, parseDay, type Day } from '../dates';
import { messages } from '../messages';
import type { Cell, JuryRowInput } from '../rows';
import { fold } from '../text';
import type { JuryRole } from '../vocabulary';
import type { DefenceInputProblem, JuryMember } from './types';

/** `Président` (also « Présidente », « Président·e »), `Membre`, in any case and accents. */
export function juryRole(value: string): JuryRole | undefined {
  const key = fold(value).replace(/[·.()-]/g, '');
  if (key === 'president' || key === 'presidente') return 'Président';
  if (key === 'membre') return 'Membre';
  return undefined;
}

/** How a name in `Mémoires` › `Jury` finds its `Jury` row: case, accents and spaces aside. */
export const nameKey = fold;

/**
 * `Disponibilités`: a date cell, or text of dates separated by `,` (`;` and line breaks too).
 * Empty → `days` undefined (every soutenance day); `unreadable` lists what is no date.
 */
export function parseAvailability(cell: Cell): { days?: Day[]; unreadable: string[] } {
  const pieces =
    typeof cell === 'string'
      ? cell
          .split(/[,;\n]+/)
          .map((p) => p.trim())
          .filter(Boolean)
      : cell === null || cell === undefined
        ? []
        : [cell];
  if (pieces.length === 0) return { unreadable: [] };
  const days: Day[] = [];
  const unreadable: string[] = [];
  for (const piece of pieces) {
    try {
      const day = parseDay(piece);
      if (day) days.push(day);
    } catch (e) {
      if (!(e instanceof InvalidDateError)) throw e;
      unreadable.push(e.input);
    }
  }
  return { days, unreadable };
}

export interface JuryReading {
  members: JuryMember[];
  problems: DefenceInputProblem[];
}

/**
 * Members sorted by folded name (so that sorting the tab changes no proposal), and a problem per fault:
 * no name, a comma in the name (it separates names in `Mémoires` › `Jury`), a name twice, no or a bad
 * e-mail, an unknown `Rôle`, `Disponibilités` unreadable or outside `defenceDays` (when known).
 */
export function readJuryMembers(rows: readonly JuryRowInput[], defenceDays?: ReadonlySet<Day>): JuryReading {
  const M = messages.defences;
  const members: JuryMember[] = [];
  const problems: DefenceInputProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const fault = (code: string, what: string) => problems.push({ code, message: M.juryRow(r.row, r.name, what) });
    const key = nameKey(r.name);
    if (!key) fault('jury_without_name', M.juryWithoutName);
    else if (r.name.includes(',')) fault('jury_name_with_comma', M.juryNameWithComma);
    else if (firstRow.has(key)) fault('jury_duplicate_name', M.juryDuplicateName(firstRow.get(key)!));
    else firstRow.set(key, r.row);
    if (!r.email) fault('jury_without_email', M.juryWithoutEmail);
    else if (!isEmail(r.email)) fault('jury_invalid_email', M.juryInvalidEmail(r.email));
    const role = juryRole(r.role);
    if (!role) fault('jury_unknown_role', M.juryUnknownRole(r.role));
    const availability = parseAvailability(r.availability);
    if (availability.unreadable.length) fault('availability_unreadable', M.availabilityUnreadable(availability.unreadable));
    const outside = defenceDays ? (availability.days ?? []).filter((d) => !defenceDays.has(d)) : [];
    if (outside.length)
      fault('availability_outside_sessions', M.availabilityOutside(outside.map(formatDayFr), [...defenceDays!].sort().map(formatDayFr)));
    if (key && role) {
      members.push({ row: r.row, name: r.name, key, email: r.email, role, ...(availability.days && { days: new Set(availability.days) }) });
    }
  }
  members.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row - b.row));
  return { members, problems };
}

/** Can this member sit on that day? */
export function availableOn(member: JuryMember, day: Day): boolean {
  return !member.days || member.days.has(day);
}
