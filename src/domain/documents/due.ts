/** The documents a request asks for: one job per document, with its key, file name, folder and values. */
import { sessionDays } from '../attendance';
import { idKey } from '../candidates';
import { formatDayFr, formatDayLongFr, type Day } from '../dates';
import { isEnrolled } from '../eligibility';
import { documentKeys, HALF_DAY_SLUGS } from '../keys';
import { byName, fullName } from '../names';
import type { Profile } from '../profile';
import type { AttendanceRow, CandidateRow, Cell, SessionRow } from '../rows';
import { fold } from '../text';
import { HALF_DAYS, type HalfDay } from '../vocabulary';
import { COMPLETION_FOLDER, PROGRAMME, type DocumentKind } from './kinds';
import type { DocumentsRequest } from './request';
import {
  cleanValues,
  fileNamePart,
  halfDayHours,
  learnerValues,
  personFilePart,
  sessionValues,
  singleLine,
  type SessionExtras,
  type TagValues,
} from './values';

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

const PRESENT = new Set(['Présent', 'Retard']);

/** What every job of a request shares: the common values, the learners concerned (name order), their civility. */
interface Batch {
  common: TagValues;
  learners: CandidateRow[];
  civility(c: CandidateRow): string;
}

function batchOf(input: DocumentsInput, request: DocumentsRequest, civilities: ReadonlyMap<string, string>): Batch {
  const wanted = request.learnerIds ? new Set(request.learnerIds.map(fold)) : undefined;
  return {
    common: {
      programme: PROGRAMME,
      diplome: input.profile.diplomaTitle,
      promo: input.profile.promo,
      federation: input.profile.federation,
      expediteur: input.senderName,
      date_document: formatDayLongFr(input.today),
    },
    learners: input.candidates.filter((c) => c.id && isEnrolled(c) && (!wanted || wanted.has(fold(c.id)))).sort(byName),
    civility: (c) => civilities.get(idKey(c.id)) ?? '',
  };
}

/**
 * The documents a request asks for, in a stable order (by key), each with its values.
 * `civilities` gives each learner's `Civilité` (a column the typed CandidateRow does not carry).
 */
export function dueDocuments(
  input: DocumentsInput,
  request: DocumentsRequest,
  civilities: ReadonlyMap<string, string> = new Map(),
): DocumentJob[] {
  const batch = batchOf(input, request, civilities);
  if (request.kind === 'attestation-fin') return completionJobs(batch, input);
  const session = input.sessions.find((s) => s.id && fold(s.id) === fold(request.sessionId ?? ''));
  if (!session?.start) return [];
  const extras = input.extras.get(session.id);
  if (request.kind === 'emargement') return signInJobs(batch, session, extras, request.halfDays);
  if (request.kind === 'convocation') return convocationJobs(batch, session, extras);
  return attendanceJobs(batch, session, extras, input.attendance);
}

function completionJobs(batch: Batch, input: DocumentsInput): DocumentJob[] {
  const ects = input.profile.diploma.ects !== undefined ? String(input.profile.diploma.ects) : '';
  return batch.learners
    .filter((c) => input.eligible.has(fold(c.id)))
    .map((c) => ({
      key: documentKeys.attestationFin(c.id),
      kind: 'attestation-fin',
      sessionId: '',
      learnerId: c.id,
      name: fullName(c),
      fileName: `attestation-fin-de-formation_${personFilePart(c)}`,
      folder: COMPLETION_FOLDER,
      values: cleanValues({ ...batch.common, ...learnerValues(c, batch.civility(c)), ects }),
    }));
}

/** One sign-in sheet per half-day of the session (or the half-days asked), a row per learner and trainer. */
function signInJobs(
  batch: Batch,
  session: SessionRow,
  extras: SessionExtras | undefined,
  halfDays: DocumentsRequest['halfDays'],
): DocumentJob[] {
  const wanted = halfDays ? new Set(halfDays.map((h) => `${h.day}|${h.halfDay}`)) : undefined;
  const sv = sessionValues(session, extras);
  const learnerRows = batch.learners.map((c) => cleanValues(learnerValues(c, batch.civility(c))));
  const trainerRows = (extras?.trainers ?? []).map((t) => ({ formateur: singleLine(t) }));
  const jobs: DocumentJob[] = [];
  for (const day of sessionDays(session)) {
    for (const halfDay of HALF_DAYS) {
      if (wanted && !wanted.has(`${day}|${halfDay}`)) continue;
      jobs.push({
        key: documentKeys.emargement(session.id, day, halfDay),
        kind: 'emargement',
        sessionId: session.id,
        day,
        halfDay,
        learnerId: '',
        name: '',
        fileName: `${day}_${fileNamePart(session.id)}_emargement_${HALF_DAY_SLUGS[halfDay]}`,
        folder: session.id,
        values: cleanValues({
          ...batch.common,
          ...sv,
          horaires: halfDayHours(extras?.hours ?? '', halfDay),
          date: formatDayLongFr(day),
          demi_journee: halfDay,
        }),
        rows: { learner: learnerRows, trainer: trainerRows },
      });
    }
  }
  return jobs;
}

function convocationJobs(batch: Batch, session: SessionRow, extras: SessionExtras | undefined): DocumentJob[] {
  const sv = sessionValues(session, extras);
  return batch.learners.map((c) => ({
    key: documentKeys.convocation(session.id, c.id),
    kind: 'convocation',
    sessionId: session.id,
    learnerId: c.id,
    name: fullName(c),
    fileName: `${session.start}_${fileNamePart(session.id)}_convocation_${personFilePart(c)}`,
    folder: session.id,
    values: cleanValues({ ...batch.common, ...sv, ...learnerValues(c, batch.civility(c)) }),
  }));
}

/** Each learner's half-days present (or late) at the session, once each, in calendar order. */
function presentHalfDays(
  attendance: readonly AttendanceRow[],
  session: SessionRow,
  days: readonly Day[],
): Map<string, Array<{ day: Day; halfDay: HalfDay }>> {
  const presentBy = new Map<string, Array<{ day: Day; halfDay: HalfDay }>>();
  const seen = new Set<string>();
  for (const a of attendance) {
    if (fold(a.sessionId) !== fold(session.id) || !a.day || !a.halfDay || !a.status || !PRESENT.has(a.status)) continue;
    if (!days.includes(a.day)) continue;
    const k = `${fold(a.learnerId)}|${a.day}|${a.halfDay}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const list = presentBy.get(fold(a.learnerId)) ?? [];
    list.push({ day: a.day, halfDay: a.halfDay });
    presentBy.set(fold(a.learnerId), list);
  }
  for (const list of presentBy.values()) {
    list.sort((a, b) => (a.day === b.day ? HALF_DAYS.indexOf(a.halfDay) - HALF_DAYS.indexOf(b.halfDay) : a.day < b.day ? -1 : 1));
  }
  return presentBy;
}

/** An attendance certificate per learner present at least one half-day of the session. */
function attendanceJobs(
  batch: Batch,
  session: SessionRow,
  extras: SessionExtras | undefined,
  attendance: readonly AttendanceRow[],
): DocumentJob[] {
  const days = sessionDays(session);
  const presentBy = presentHalfDays(attendance, session, days);
  const sv = sessionValues(session, extras);
  const jobs: DocumentJob[] = [];
  for (const c of batch.learners) {
    const present = presentBy.get(fold(c.id)) ?? [];
    if (present.length === 0) continue;
    jobs.push({
      key: documentKeys.attestationPresence(session.id, c.id),
      kind: 'attestation-presence',
      sessionId: session.id,
      learnerId: c.id,
      name: fullName(c),
      fileName: `${session.end ?? session.start}_${fileNamePart(session.id)}_attestation-presence_${personFilePart(c)}`,
      folder: session.id,
      values: cleanValues({
        ...batch.common,
        ...sv,
        ...learnerValues(c, batch.civility(c)),
        demi_journees_presentes: String(present.length),
        demi_journees_seance: String(days.length * HALF_DAYS.length),
        detail_presences: present.map((p) => `${formatDayFr(p.day)} ${p.halfDay.toLowerCase()}`).join(', '),
      }),
    });
  }
  return jobs;
}
