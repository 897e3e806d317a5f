/** The documents of one session: convocations, sign-in sheets (one per half-day), attendance certificates. */
import { sessionDays } from '../attendance';
import { idKey } from '../candidates';
import { formatDayFr, formatDayLongFr, type Day } from '../dates';
import { documentKeys, HALF_DAY_SLUGS } from '../keys';
import { fullName } from '../names';
import type { AttendanceRow, SessionRow } from '../rows';
import { HALF_DAYS, type HalfDay } from '../vocabulary';
import { durationText, halfDayHours, minutesAttended } from './hours';
import type { Batch, DocumentJob } from './job';
import type { DocumentsRequest } from './request';
import { cleanValues, fileNamePart, learnerValues, personFilePart, sessionValues, singleLine, type SessionExtras } from './values';

const PRESENT = new Set(['Présent', 'Retard']);

export interface SessionContext {
  batch: Batch;
  session: SessionRow;
  extras: SessionExtras | undefined;
}

/** One sign-in sheet per half-day of the session (or the half-days asked), a row per learner and trainer. */
export function signInJobs({ batch, session, extras }: SessionContext, halfDays: DocumentsRequest['halfDays']): DocumentJob[] {
  const wanted = halfDays ? new Set(halfDays.map((h) => `${h.day}|${h.halfDay}`)) : undefined;
  const sv = sessionValues(session, extras, batch.timeOf(session));
  const learner = batch.learners.map((c) => cleanValues(learnerValues(c, batch.civility(c))));
  const trainer = (extras?.trainers ?? []).map((t) => ({ formateur: singleLine(t) }));
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
        rows: { learner, trainer },
      });
    }
  }
  return jobs;
}

export function convocationJobs({ batch, session, extras }: SessionContext): DocumentJob[] {
  const sv = sessionValues(session, extras, batch.timeOf(session));
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

export type Attended = Array<{ day: Day; halfDay: HalfDay }>;

/** Each learner's half-days present (or late) at a session (by idKey), once each, in calendar order. */
export function attendedHalfDays(attendance: readonly AttendanceRow[], session: SessionRow): Map<string, Attended> {
  const days = sessionDays(session);
  const presentBy = new Map<string, Attended>();
  const seen = new Set<string>();
  for (const a of attendance) {
    if (idKey(a.sessionId) !== idKey(session.id) || !a.day || !a.halfDay || !a.status || !PRESENT.has(a.status)) continue;
    if (!days.includes(a.day)) continue;
    const k = `${idKey(a.learnerId)}|${a.day}|${a.halfDay}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const list = presentBy.get(idKey(a.learnerId)) ?? [];
    list.push({ day: a.day, halfDay: a.halfDay });
    presentBy.set(idKey(a.learnerId), list);
  }
  for (const list of presentBy.values()) {
    list.sort((a, b) => (a.day === b.day ? HALF_DAYS.indexOf(a.halfDay) - HALF_DAYS.indexOf(b.halfDay) : a.day < b.day ? -1 : 1));
  }
  return presentBy;
}

/** An attendance certificate per learner present at least one half-day of the session. */
export function attendanceJobs(ctx: SessionContext, attendance: readonly AttendanceRow[]): DocumentJob[] {
  const { batch, session, extras } = ctx;
  const presentBy = attendedHalfDays(attendance, session);
  const time = batch.timeOf(session);
  const sv = sessionValues(session, extras, time);
  const hoursOf = (h: HalfDay) => halfDayHours(extras?.hours ?? '', h);
  const jobs: DocumentJob[] = [];
  for (const c of batch.learners) {
    const present = presentBy.get(idKey(c.id)) ?? [];
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
        heures_presentes: durationText(minutesAttended(time, present), present.length),
        demi_journees_presentes: String(present.length),
        demi_journees_seance: String(time.halfDays),
        detail_presences: present
          .map((p) => `${formatDayFr(p.day)} ${p.halfDay.toLowerCase()}${hoursOf(p.halfDay) ? ` (${hoursOf(p.halfDay)})` : ''}`)
          .join(', '),
      }),
      rows: {
        presence: present.map((p) =>
          cleanValues({
            date_presence: formatDayLongFr(p.day),
            demi_journee_presence: p.halfDay,
            horaires_presence: hoursOf(p.halfDay),
            heures_presence: durationText(time.of(p.halfDay), 1),
          }),
        ),
      },
    });
  }
  return jobs;
}
