/** The documents of a learner's course as a whole: the completion certificate, and the soutenance's convocation and minutes. */
import { idKey } from '../candidates';
import { formatClockWords, formatDayLongFr } from '../dates';
import { juryRole, nameKey } from '../defences/jury';
import { documentKeys } from '../keys';
import { messages } from '../messages';
import { fullName } from '../names';
import { defenceSession } from '../reminders/jury';
import type { CandidateRow, ThesisRow } from '../rows';
import type { JuryRole } from '../vocabulary';
import { attendedHalfDays } from './due-session';
import { minutesAttended } from './hours';
import type { Batch, DocumentJob, DocumentsInput } from './job';
import { COMPLETION_FOLDER, DEFENCE_FOLDER } from './kinds';
import { cleanValues, learnerValues, personFilePart, type TagValues } from './values';

const D = messages.documents;

/** The course's hours a learner attended, over every session: hours where they are known, half-days where not. */
function courseAttendance(batch: Batch, input: DocumentsInput): (c: CandidateRow) => string {
  const perSession = input.sessions
    .filter((s) => s.id && s.start)
    .map((s) => ({ time: batch.timeOf(s), by: attendedHalfDays(input.attendance, s) }));
  return (c) => {
    let minutes = 0;
    let unknownHalfDays = 0;
    for (const s of perSession) {
      const attended = s.by.get(idKey(c.id)) ?? [];
      const m = minutesAttended(s.time, attended);
      if (m === undefined) unknownHalfDays += attended.length;
      else minutes += m;
    }
    return D.courseHours(minutes / 60, unknownHalfDays);
  };
}

export function completionJobs(batch: Batch, input: DocumentsInput): DocumentJob[] {
  const ects = input.profile.diploma.ects !== undefined ? String(input.profile.diploma.ects) : '';
  const dated = input.sessions.filter((s) => s.start);
  const first = dated.map((s) => s.start!).sort()[0];
  const last = dated
    .map((s) => s.end ?? s.start!)
    .sort()
    .at(-1);
  const hours = courseAttendance(batch, input);
  const thesisOf = new Map(input.theses.map((t) => [idKey(t.learnerId), t]));
  return batch.learners
    .filter((c) => input.eligibility.get(idKey(c.id)) === 'eligible')
    .map((c) => {
      const thesis = thesisOf.get(idKey(c.id));
      return {
        key: documentKeys.attestationFin(c.id),
        kind: 'attestation-fin',
        sessionId: '',
        learnerId: c.id,
        name: fullName(c),
        fileName: `attestation-fin-de-formation_${personFilePart(c)}`,
        folder: COMPLETION_FOLDER,
        values: cleanValues({
          ...batch.common,
          ...learnerValues(c, batch.civility(c)),
          ects,
          debut_formation: first ? formatDayLongFr(first) : '',
          fin_formation: last ? formatDayLongFr(last) : '',
          heures_formation: hours(c),
          titre_memoire: thesis?.title ?? '',
          resultat_memoire: thesis?.result || D.resultPending,
        }),
      };
    });
}

/** The jury as typed in `Mémoires` › `Jury`, its president first, each with the role `Jury` gives. */
function juryOf(thesis: ThesisRow, input: DocumentsInput): Array<{ name: string; role: JuryRole | undefined }> {
  const roles = new Map(input.jury.map((j) => [nameKey(j.name), juryRole(j.role)]));
  const members = thesis.jury.map((name) => ({ name, role: roles.get(nameKey(name)) }));
  return [...members.filter((m) => m.role === 'Président'), ...members.filter((m) => m.role !== 'Président')];
}

/** A soutenance's convocation or minutes per learner with a `Date de soutenance`. */
export function defenceJobs(kind: 'convocation-soutenance' | 'pv-soutenance', batch: Batch, input: DocumentsInput): DocumentJob[] {
  const thesisOf = new Map(input.theses.map((t) => [idKey(t.learnerId), t]));
  return batch.learners.flatMap((c) => {
    const thesis = thesisOf.get(idKey(c.id));
    if (!thesis?.defence) return [];
    const session = defenceSession(input.sessions, thesis.defence);
    const jury = juryOf(thesis, input);
    const values: TagValues = {
      ...batch.common,
      ...learnerValues(c, batch.civility(c)),
      date_soutenance: formatDayLongFr(thesis.defence),
      heure_soutenance: thesis.time === undefined ? '' : formatClockWords(thesis.time),
      lieu: session?.place ?? '',
      titre_memoire: thesis.title,
      jury: D.juryNames(jury),
      resultat_memoire: thesis.result || D.resultToCircle,
    };
    const pv = kind === 'pv-soutenance';
    return [
      {
        key: pv ? documentKeys.pvSoutenance(c.id) : documentKeys.convocationSoutenance(c.id),
        kind,
        sessionId: session?.id ?? '',
        day: thesis.defence,
        learnerId: c.id,
        name: fullName(c),
        fileName: `soutenance_${pv ? 'pv' : 'convocation'}_${personFilePart(c)}`,
        folder: DEFENCE_FOLDER,
        values: cleanValues(values),
        ...(pv && { rows: { jury: jury.map((m) => cleanValues({ membre_jury: m.name, role_jury: D.juryRole(m.role) })) } }),
      },
    ];
  });
}
