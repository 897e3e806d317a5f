/** The tag values and file-name parts of documents, from the rows of a learner and a session. */
import { formatDayLongFr } from '../dates';
import type { CandidateRow, SessionRow } from '../rows';
import type { HalfDay } from '../vocabulary';

export type TagValues = Record<string, string>;

export interface SessionExtras {
  /** `Horaires`, e.g. `9h00-12h30 / 13h30-17h00` (may be empty). */
  hours: string;
  /** `Formateurs`, split on `,`. */
  trainers: string[];
}

/** File-name form of a name: accents and spaces removed (`Le Gall` → `Le-Gall`, `Hélène` → `Helene`). */
export function fileNamePart(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, '-');
}

/** A value inserted in a Doc: one line, as text (a newline would start a paragraph). */
export function singleLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Every value of a set on one line. */
export function cleanValues(values: TagValues): TagValues {
  return Object.fromEntries(Object.entries(values).map(([k, x]) => [k, singleLine(x)]));
}

/**
 * `<Nom>_<Prénom>_<ID>` in a per-learner file name: the ID makes the name depend on the document's
 * key alone, so two learners both « Anne Martin » never share a name, whatever else is in the batch.
 */
export function personFilePart(c: CandidateRow): string {
  return `${fileNamePart(c.lastName)}_${fileNamePart(c.firstName)}_${fileNamePart(c.id)}`;
}

/** `Formateurs` as typed: names separated by `,` (or `;`, new lines). */
export function parseTrainers(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((s) => singleLine(s))
    .filter(Boolean);
}

/** The half-day's part of `Horaires` when it has one per half-day (`matin / après-midi`), else all of it. */
export function halfDayHours(hours: string, halfDay: HalfDay): string {
  const parts = hours
    .split('/')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length === 2 ? parts[halfDay === 'Matin' ? 0 : 1]! : hours.trim();
}

export function learnerValues(c: CandidateRow, civility: string): TagValues {
  return { civilite: civility, prenom: c.firstName, nom: c.lastName, structure: c.structure };
}

export function sessionValues(s: SessionRow, extras: SessionExtras | undefined): TagValues {
  const start = s.start ?? '';
  const end = s.end ?? start;
  return {
    seance: s.title,
    seance_id: s.id,
    date_seance: start ? formatDayLongFr(start) : '',
    dates_seance: !start
      ? ''
      : end === start
        ? formatDayLongFr(start)
        : `du ${formatDayLongFr(start, start.slice(0, 4) !== end.slice(0, 4))} au ${formatDayLongFr(end)}`,
    horaires: extras?.hours ?? '',
    lieu: s.place,
  };
}
