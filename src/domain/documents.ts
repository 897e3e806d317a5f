/**
 * Which documents are due, under which key and file name, and with which tag values
 * (workbook.md, `Documents`). Pure: the action reads the tabs, this decides.
 */
import { sessionDays } from './attendance';
import { formatDayFr, formatDayLongFr, type Day } from './dates';
import { isEnrolled } from './eligibility';
import { documentKeys, HALF_DAY_SLUGS } from './keys';
import { byName, fullName } from './names';
import type { Profile } from './profile';
import type { AttendanceRow, CandidateRow, Cell, SessionRow } from './rows';
import { fold } from './text';
import { HALF_DAYS, type HalfDay } from './vocabulary';

export const DOCUMENT_KINDS = ['convocation', 'emargement', 'attestation-presence', 'attestation-fin'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The `Type` column of the register. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  convocation: 'Convocation',
  emargement: "Feuille d'émargement",
  'attestation-presence': 'Attestation de présence',
  'attestation-fin': 'Attestation de fin de formation',
};

/** The programme's name on every document. */
export const PROGRAMME = 'PACTE Soins Primaires';

/** Every tag the product knows, per document type (the README lists them with their meaning). */
const COMMON = ['programme', 'diplome', 'promo', 'federation', 'expediteur', 'date_document'] as const;
const SESSION = ['seance', 'seance_id', 'date_seance', 'dates_seance', 'horaires', 'lieu'] as const;
const LEARNER = ['civilite', 'prenom', 'nom', 'structure'] as const;
export const ROW_TAGS = { learner: LEARNER, trainer: ['formateur'] as const };
export const DOCUMENT_TAGS: Record<DocumentKind, readonly string[]> = {
  convocation: [...COMMON, ...SESSION, ...LEARNER],
  emargement: [...COMMON, ...SESSION, 'date', 'demi_journee'],
  'attestation-presence': [...COMMON, ...SESSION, ...LEARNER, 'demi_journees_presentes', 'demi_journees_seance', 'detail_presences'],
  'attestation-fin': [...COMMON, ...LEARNER, 'ects'],
};
/** Sign-in sheets repeat a table row per learner and per trainer: these tags live in those rows. */
export const REPEATED_ROWS: Partial<Record<DocumentKind, { learner: readonly string[]; trainer: readonly string[] }>> = {
  emargement: ROW_TAGS,
};
export const ALL_TAGS: ReadonlySet<string> = new Set([
  ...Object.values(DOCUMENT_TAGS).flat(), ...ROW_TAGS.learner, ...ROW_TAGS.trainer,
]);

export type TagValues = Record<string, string>;

export interface DocumentJob {
  key: string;
  kind: DocumentKind;
  sessionId: string;
  day?: Day;
  halfDay?: HalfDay;
  learnerId: string;
  /** The register's `Nom`: « Prénom Nom » of the learner, empty for a sign-in sheet. */
  name: string;
  fileName: string;
  /** The folder under `Dossier Drive`: the session ID (or, with no session, the completion folder). */
  folder: string;
  values: TagValues;
  /** Sign-in sheets: one value set per learner row (name order) and per trainer row. */
  rows?: { learner: TagValues[]; trainer: TagValues[] };
}

/** The folder of completion certificates, which belong to no session. */
export const COMPLETION_FOLDER = 'Fin de formation';

/** File-name form of a name: accents and spaces removed (`Le Gall` → `Le-Gall`, `Hélène` → `Helene`). */
export function fileNamePart(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** A value inserted in a Doc: one line, as text (a newline would start a paragraph). */
export function singleLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * `<Nom>_<Prénom>_<ID>` in a per-learner file name: the ID makes the name depend on the document's
 * key alone, so two learners both « Anne Martin » never share a name, whatever else is in the batch.
 */
function personFilePart(c: CandidateRow): string {
  return `${fileNamePart(c.lastName)}_${fileNamePart(c.firstName)}_${fileNamePart(c.id)}`;
}

export interface SessionExtras {
  /** `Horaires`, e.g. `9h00-12h30 / 13h30-17h00` (may be empty). */
  hours: string;
  /** `Formateurs`, split on `,`. */
  trainers: string[];
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
  const parts = hours.split('/').map((s) => s.trim()).filter(Boolean);
  return parts.length === 2 ? parts[halfDay === 'Matin' ? 0 : 1]! : hours.trim();
}

export interface DocumentsInput {
  profile: Profile;
  settings: ReadonlyMap<string, Cell>;
  senderName: string;
  candidates: readonly CandidateRow[];
  sessions: readonly SessionRow[];
  extras: ReadonlyMap<string, SessionExtras>;
  attendance: readonly AttendanceRow[];
  /** IDs of the learners whose eligibility is `eligible` (for completion certificates). */
  eligible: ReadonlySet<string>;
  today: Day;
}

export interface DocumentsRequest {
  kind: DocumentKind;
  sessionId?: string;
  /** Sign-in sheets: the half-days wanted (default: every one of the session). */
  halfDays?: ReadonlyArray<{ day: Day; halfDay: HalfDay }>;
  /** Default: every learner concerned. */
  learnerIds?: readonly string[];
}

const PRESENT = new Set(['Présent', 'Retard']);

function learnerValues(c: CandidateRow, civility: string): TagValues {
  return { civilite: civility, prenom: c.firstName, nom: c.lastName, structure: c.structure };
}

function sessionValues(s: SessionRow, extras: SessionExtras | undefined): TagValues {
  const start = s.start ?? '';
  const end = s.end ?? start;
  return {
    seance: s.title,
    seance_id: s.id,
    date_seance: start ? formatDayLongFr(start) : '',
    dates_seance: !start ? '' : end === start ? formatDayLongFr(start) : `du ${formatDayLongFr(start, start.slice(0, 4) !== end.slice(0, 4))} au ${formatDayLongFr(end)}`,
    horaires: extras?.hours ?? '',
    lieu: s.place,
  };
}

/**
 * The documents a request asks for, in a stable order (by key), each with its values.
 * `civilities` gives each learner's `Civilité` (a column the typed CandidateRow does not carry).
 */
export function dueDocuments(input: DocumentsInput, request: DocumentsRequest, civilities: ReadonlyMap<string, string> = new Map()): DocumentJob[] {
  const common: TagValues = {
    programme: PROGRAMME,
    diplome: input.profile.diplomaTitle,
    promo: input.profile.promo,
    federation: input.profile.federation,
    expediteur: input.senderName,
    date_document: formatDayLongFr(input.today),
  };
  const wanted = request.learnerIds ? new Set(request.learnerIds.map(fold)) : undefined;
  const learners = input.candidates
    .filter((c) => c.id && isEnrolled(c) && (!wanted || wanted.has(fold(c.id))))
    .sort(byName);
  const civility = (c: CandidateRow) => civilities.get(c.id) ?? '';
  const jobs: DocumentJob[] = [];
  const clean = (v: TagValues): TagValues => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, singleLine(x)]));

  if (request.kind === 'attestation-fin') {
    for (const c of learners) {
      if (!input.eligible.has(fold(c.id))) continue;
      jobs.push({
        key: documentKeys.attestationFin(c.id),
        kind: 'attestation-fin', sessionId: '', learnerId: c.id, name: fullName(c),
        fileName: `attestation-fin-de-formation_${personFilePart(c)}`,
        folder: COMPLETION_FOLDER,
        values: clean({ ...common, ...learnerValues(c, civility(c)), ects: input.profile.diploma.ects !== undefined ? String(input.profile.diploma.ects) : '' }),
      });
    }
    return jobs;
  }

  const session = input.sessions.find((s) => s.id && fold(s.id) === fold(request.sessionId ?? ''));
  if (!session || !session.start) return [];
  const extras = input.extras.get(session.id);
  const sv = sessionValues(session, extras);
  const sessionFile = fileNamePart(session.id);

  if (request.kind === 'emargement') {
    const wantedHalfDays = request.halfDays ? new Set(request.halfDays.map((h) => `${h.day}|${h.halfDay}`)) : undefined;
    const learnerRows = learners.map((c) => clean(learnerValues(c, civility(c))));
    const trainerRows = (extras?.trainers ?? []).map((t) => ({ formateur: singleLine(t) }));
    for (const day of sessionDays(session)) {
      for (const halfDay of HALF_DAYS) {
        if (wantedHalfDays && !wantedHalfDays.has(`${day}|${halfDay}`)) continue;
        const slug = HALF_DAY_SLUGS[halfDay];
        jobs.push({
          key: documentKeys.emargement(session.id, day, halfDay),
          kind: 'emargement', sessionId: session.id, day, halfDay, learnerId: '', name: '',
          fileName: `${day}_${sessionFile}_emargement_${slug}`,
          folder: session.id,
          values: clean({ ...common, ...sv, horaires: halfDayHours(extras?.hours ?? '', halfDay), date: formatDayLongFr(day), demi_journee: halfDay }),
          rows: { learner: learnerRows, trainer: trainerRows },
        });
      }
    }
    return jobs;
  }

  const days = sessionDays(session);
  const halfDaysTotal = days.length * HALF_DAYS.length;
  const presentBy = new Map<string, Array<{ day: Day; halfDay: HalfDay }>>();
  if (request.kind === 'attestation-presence') {
    const seen = new Set<string>();
    for (const a of input.attendance) {
      if (fold(a.sessionId) !== fold(session.id) || !a.day || !a.halfDay || !a.status || !PRESENT.has(a.status)) continue;
      if (!days.includes(a.day)) continue;
      const k = `${fold(a.learnerId)}|${a.day}|${a.halfDay}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const list = presentBy.get(fold(a.learnerId)) ?? [];
      list.push({ day: a.day, halfDay: a.halfDay });
      presentBy.set(fold(a.learnerId), list);
    }
  }
  for (const c of learners) {
    const base = { ...common, ...sv, ...learnerValues(c, civility(c)) };
    const name = fullName(c);
    const person = personFilePart(c);
    if (request.kind === 'convocation') {
      jobs.push({
        key: documentKeys.convocation(session.id, c.id),
        kind: 'convocation', sessionId: session.id, learnerId: c.id, name,
        fileName: `${session.start}_${sessionFile}_convocation_${person}`,
        folder: session.id, values: clean(base),
      });
      continue;
    }
    const present = (presentBy.get(fold(c.id)) ?? []).sort((a, b) => (a.day === b.day ? HALF_DAYS.indexOf(a.halfDay) - HALF_DAYS.indexOf(b.halfDay) : a.day < b.day ? -1 : 1));
    if (present.length === 0) continue;
    jobs.push({
      key: documentKeys.attestationPresence(session.id, c.id),
      kind: 'attestation-presence', sessionId: session.id, learnerId: c.id, name,
      fileName: `${session.end ?? session.start}_${sessionFile}_attestation-presence_${person}`,
      folder: session.id,
      values: clean({
        ...base,
        demi_journees_presentes: String(present.length),
        demi_journees_seance: String(halfDaysTotal),
        detail_presences: present.map((p) => `${formatDayFr(p.day)} ${p.halfDay.toLowerCase()}`).join(', '),
      }),
    });
  }
  return jobs;
}
