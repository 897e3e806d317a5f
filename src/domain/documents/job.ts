/** One document to make (a job), what the builders read to decide them, and what every job of a request shares. */
import { idKey } from '../candidates';
import type { LearnerState } from '../codes';
import type { Day } from '../dates';
import { isEnrolled } from '../eligibility';
import { byName } from '../names';
import type { Profile } from '../profile';
import type { AttendanceRow, CandidateRow, JuryRowInput, SessionRow, ThesisRow } from '../rows';
import type { HalfDay } from '../vocabulary';
import { sessionTime, type SessionTime } from './hours';
import { PROGRAMME, type DocumentKind } from './kinds';
import type { DocumentsRequest } from './request';
import type { RowKind } from './tags';
import { bodyValues, type SessionExtras, type TagValues, type TrainingBody } from './values';

export interface DocumentJob {
  key: string;
  kind: DocumentKind;
  /** The register's `Séance` (the session, or the soutenance day's session; '' for none). */
  sessionId: string;
  /** The register's `Date`: a sign-in sheet's day, a soutenance's day. */
  day?: Day;
  halfDay?: HalfDay;
  learnerId: string;
  /** The register's `Nom`: « Prénom Nom » of the learner, empty for a sign-in sheet. */
  name: string;
  fileName: string;
  /** The folder under `Dossier Drive`: the session ID, or the type's own folder. */
  folder: string;
  values: TagValues;
  /** Repeated table rows: one value set per learner and trainer (sign-in sheets), half-day attended, jury member. */
  rows?: Partial<Record<RowKind, TagValues[]>>;
}

export interface DocumentsInput {
  profile: Profile;
  /** `Paramètres`' training body: legal mentions, contact, signatory, city. */
  body: TrainingBody;
  senderName: string;
  candidates: readonly CandidateRow[];
  sessions: readonly SessionRow[];
  extras: ReadonlyMap<string, SessionExtras>;
  attendance: readonly AttendanceRow[];
  /** `Mémoires` (soutenance documents, completion certificates); empty when not read. */
  theses: readonly ThesisRow[];
  /** `Jury`, for the members' roles (procès-verbaux); empty when not read. */
  jury: readonly JuryRowInput[];
  /** Each learner's eligibility state by ID (idKey), for completion certificates; empty when not computed. */
  eligibility: ReadonlyMap<string, LearnerState>;
  today: Day;
}

/** What every job of a request shares: the common values, the learners concerned (name order), their civility. */
export interface Batch {
  common: TagValues;
  learners: CandidateRow[];
  civility(c: CandidateRow): string;
  /** How long a session and its half-days last (`Heures`, `Horaires`). */
  timeOf(s: SessionRow): SessionTime;
}

export function batchOf(input: DocumentsInput, request: DocumentsRequest, civilities: ReadonlyMap<string, string>): Batch {
  const wanted = request.learnerIds ? new Set(request.learnerIds.map(idKey)) : undefined;
  return {
    common: {
      programme: PROGRAMME,
      diplome: input.profile.diplomaTitle,
      promo: input.profile.promo,
      federation: input.profile.federation,
      expediteur: input.senderName,
      ...bodyValues(input.body, input.profile.federation, input.today),
    },
    learners: input.candidates.filter((c) => c.id && isEnrolled(c) && (!wanted || wanted.has(idKey(c.id)))).sort(byName),
    civility: (c) => civilities.get(idKey(c.id)) ?? '',
    timeOf: (s) => {
      const extras = input.extras.get(s.id);
      return sessionTime(s, extras?.hours ?? '', extras?.hoursCount);
    },
  };
}
