/**
 * From the typed cohort to the planner's context: the soutenance sessions and slots, the jury, the
 * learners to plan and the soutenances staff already typed; or every fault to fix first (then
 * nothing is planned, so nothing can be written).
 */
import { idKey } from '../candidates';
import { enrolledByIdKey, isEnrolled } from '../eligibility';
import { messages } from '../messages';
import type { ThesisRow } from '../rows';
import { nameKey, readJuryMembers } from './jury';
import { allSlots, readDefenceSessions } from './schedule';
import type { DefenceContext, DefenceInput, DefenceInputProblem, DefenceSession, LearnerToPlan, Placement, Prepared } from './types';

/** The `Jury` tab read against the soutenance days, or its faults. */
function readMembers(
  input: DefenceInput,
  defenceDays: ReadonlySet<string> | undefined,
  problems: DefenceInputProblem[],
): DefenceContext['members'] {
  const M = messages.defences;
  if (!input.jury) problems.push({ code: 'no_jury_tab', message: M.noJuryTab });
  else if (input.jury.length === 0) problems.push({ code: 'jury_empty', message: M.juryEmpty });
  else {
    const reading = readJuryMembers(input.jury, defenceDays);
    problems.push(...reading.problems);
    return reading.members;
  }
  return [];
}

/** Learners `Inscrit` (by ID key) and, among them, those whose thesis is deposited (to plan). */
function learnersToPlan(input: DefenceInput, theses: ReadonlyMap<string, ThesisRow>) {
  const learners = new Map<string, LearnerToPlan>();
  const enrolled = new Map<string, string>();
  for (const [key, c] of enrolledByIdKey(input.candidates)) {
    enrolled.set(key, c.id.trim());
    if (theses.get(key)?.deposited) learners.set(key, { id: c.id.trim(), relay: c.relay ?? '', relayKey: nameKey(c.relay ?? '') });
  }
  return { learners, enrolled };
}

/** The soutenances staff typed (kept and planned around), or the faults of their rows. */
function typedDefences(
  theses: ReadonlyMap<string, ThesisRow>,
  ctx: { sessions: DefenceSession[]; learners: ReadonlyMap<string, LearnerToPlan>; enrolled: ReadonlyMap<string, string> },
  problems: DefenceInputProblem[],
): Placement[] {
  const M = messages.defences;
  const fixed: Placement[] = [];
  for (const [key, thesis] of theses) {
    const id = ctx.enrolled.get(key);
    const fault = (code: string, what: string) => id !== undefined && problems.push({ code, message: M.thesisRow(thesis.row, id, what) });
    if (thesis.defenceInvalid !== undefined) fault('defence_date_unreadable', M.defenceDateUnreadable(thesis.defenceInvalid));
    else if (!thesis.defence) {
      if (thesis.time !== undefined || thesis.timeInvalid !== undefined || thesis.jury.length) fault('defence_without_date', M.withoutDate);
    } else if (thesis.timeInvalid !== undefined) fault('defence_time_unreadable', M.defenceTimeUnreadable(thesis.timeInvalid));
    else if (thesis.time === undefined) fault('defence_time_missing', M.defenceTimeMissing);
    else {
      fixed.push({
        learnerId: id ?? thesis.learnerId.trim(),
        day: thesis.defence,
        start: thesis.time,
        jury: thesis.jury,
        sessionId: sessionOn(ctx.sessions, thesis.defence)?.id ?? '',
        // Only a learner to plan gets a jury proposed; anyone else's soutenance is kept as typed.
        origin: thesis.jury.length || !ctx.learners.has(key) ? 'typed' : 'timed',
      });
    }
  }
  return fixed;
}

export function prepareDefences(input: DefenceInput): Prepared {
  const problems: DefenceInputProblem[] = [];
  const { sessions, problems: sessionProblems } = readDefenceSessions(input.sessions);
  problems.push(...sessionProblems);
  const defenceDays = sessions.length ? new Set(sessions.flatMap((s) => s.days)) : undefined;
  const members = readMembers(input, defenceDays, problems);
  const theses = firstThesisRows(input.theses, problems, input);
  const { learners, enrolled } = learnersToPlan(input, theses);
  const fixed = typedDefences(theses, { sessions, learners, enrolled }, problems);
  if (problems.length) return { ok: false, problems };
  const withFixed = new Set(fixed.map((p) => idKey(p.learnerId)));
  const notDeposited = [...enrolled].filter(([key]) => !learners.has(key) && !withFixed.has(key)).map(([, id]) => id);
  return {
    ok: true,
    context: {
      sessions: new Map(sessions.map((s) => [s.id, s])),
      slots: allSlots(sessions),
      members,
      learners,
      enrolled: new Set(enrolled.keys()),
      fixed: sortPlacements(fixed),
      notDeposited,
    },
  };
}

/** By day, time, then learner ID: the order of the proposal, and of the juries given to typed times. */
export function sortPlacements(placements: readonly Placement[]): Placement[] {
  const key = (p: Placement) => `${p.day}|${String(p.start).padStart(4, '0')}|${idKey(p.learnerId)}`;
  return [...placements].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The first `Mémoires` row of each learner (by folded ID); a second one of a learner `Inscrit` is a fault. */
function firstThesisRows(rows: readonly ThesisRow[], problems: DefenceInputProblem[], input: DefenceInput): Map<string, ThesisRow> {
  const enrolled = new Set(input.candidates.filter(isEnrolled).map((c) => idKey(c.id)));
  const first = new Map<string, ThesisRow>();
  for (const t of rows) {
    const key = idKey(t.learnerId);
    if (!key) continue;
    const earlier = first.get(key);
    if (!earlier) first.set(key, t);
    else if (enrolled.has(key))
      problems.push({
        code: 'thesis_duplicate_row',
        message: messages.defences.thesisRow(t.row, t.learnerId.trim(), messages.defences.thesisDuplicate(earlier.row)),
      });
  }
  return first;
}

/** The first session (sheet order) holding that day: the room of a soutenance staff typed. */
export function sessionOn(sessions: readonly DefenceSession[] | Iterable<DefenceSession>, day: string): DefenceSession | undefined {
  for (const s of sessions) if (s.days.includes(day)) return s;
  return undefined;
}
