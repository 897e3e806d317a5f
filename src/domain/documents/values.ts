/** The tag values and file-name parts of documents, from the rows of a learner and a session, and `Paramètres`. */
import { formatDayLongFr } from '../dates';
import { messages } from '../messages';
import type { CandidateRow, SessionRow } from '../rows';
import { durationText, type SessionTime } from './hours';

const D = messages.documents;

export type TagValues = Record<string, string>;

export interface SessionExtras {
  /** `Horaires`, e.g. `9h00-12h30 / 13h30-17h00` (may be empty). */
  hours: string;
  /** `Formateurs`, split on `,`. */
  trainers: string[];
  /** `Heures`, when readable. */
  hoursCount?: number;
  /** A `Programme` column staff added to `Séances` (empty when none). */
  programme?: string;
}

/** The training body as `Paramètres` describes it (workbook.md): what every document prints. */
export interface TrainingBody {
  organisation: string;
  address: string;
  siret: string;
  declaration: string;
  contact: string;
  signatory: string;
  city: string;
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

export function learnerValues(c: CandidateRow, civility: string): TagValues {
  // « Mme Aïcha N'Diaye », without the space an empty `Civilité` would leave.
  const apprenant = [civility, c.firstName, c.lastName].filter(Boolean).join(' ');
  return { civilite: civility, prenom: c.firstName, nom: c.lastName, apprenant, structure: c.structure };
}

/** The legal mentions and the signature of every document; an empty SIRET or declaration number is an empty line tag. */
export function bodyValues(body: TrainingBody, federation: string, today: string): TagValues {
  const when = formatDayLongFr(today);
  return {
    organisme: body.organisation || federation,
    adresse_organisme: body.address,
    ligne_siret: body.siret ? D.siretLine(body.siret) : '',
    ligne_declaration: body.declaration ? D.declarationLine(body.declaration) : '',
    contact: body.contact,
    ligne_contact: body.contact ? D.contactLine(body.contact) : '',
    responsable: body.signatory,
    ville: body.city,
    date_document: when,
    fait_le: D.madeAt(body.city, when),
  };
}

/** « du jeudi 16 octobre au vendredi 17 octobre 2025 », or one day. */
export function datesText(start: string, end: string): string {
  if (end === start) return formatDayLongFr(start);
  return `du ${formatDayLongFr(start, start.slice(0, 4) !== end.slice(0, 4))} au ${formatDayLongFr(end)}`;
}

export function sessionValues(s: SessionRow, extras: SessionExtras | undefined, time: SessionTime): TagValues {
  const start = s.start ?? '';
  const end = s.end ?? start;
  return {
    seance: s.title,
    seance_id: s.id,
    type_seance: s.type,
    date_seance: start ? formatDayLongFr(start) : '',
    dates_seance: start ? datesText(start, end) : '',
    horaires: extras?.hours ?? '',
    heures_seance: durationText(time.total, time.halfDays),
    lieu: s.place,
    formateurs: (extras?.trainers ?? []).join(', '),
    ligne_programme: extras?.programme ? D.programmeLine(extras.programme) : '',
  };
}
