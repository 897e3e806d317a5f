/**
 * The soutenance problems `pacte check` reports offline (workbook.md › `pacte check`, `defences`),
 * for learners `Inscrit`, in `Candidatures` order: a date without a jury (then nothing else for
 * that learner), a jury without a Président of the `Jury` tab (when the tab exists), a jury name
 * in two soutenances that overlap (each lasting one hour from `Heure`; said for both learners).
 */
import { idKey } from '../candidates';
import type { DefenceProblemCode } from '../codes';
import { formatClockTime, formatDayFr } from '../dates';
import { enrolledByIdKey } from '../eligibility';
import { messages } from '../messages';
import type { CandidateRow, JuryRowInput, ThesisRow } from '../rows';
import { juryRole, nameKey } from './jury';
import { overlaps } from './occupancy';

export interface DefenceProblem {
  id: string;
  code: DefenceProblemCode;
  message: string;
}

interface Held {
  id: string;
  day: string;
  start?: number;
  names: readonly string[];
  keys: ReadonlySet<string>;
}

export function checkDefences(input: {
  candidates: readonly CandidateRow[];
  theses: readonly ThesisRow[];
  jury?: readonly JuryRowInput[];
}): DefenceProblem[] {
  const M = messages.defences.check;
  const theses = new Map<string, ThesisRow>();
  for (const t of input.theses) if (!theses.has(idKey(t.learnerId))) theses.set(idKey(t.learnerId), t);
  const presidents = input.jury && new Set(input.jury.filter((j) => juryRole(j.role) === 'Président').map((j) => nameKey(j.name)));

  const held: Held[] = [];
  for (const [key, c] of enrolledByIdKey(input.candidates)) {
    const t = theses.get(key);
    if (!t?.defence) continue;
    held.push({
      id: c.id.trim(),
      day: t.defence,
      ...(t.time !== undefined && { start: t.time }),
      names: t.jury,
      keys: new Set(t.jury.map(nameKey)),
    });
  }

  const byDay = new Map<string, Held[]>();
  for (const h of held) {
    const list = byDay.get(h.day);
    if (list) list.push(h);
    else byDay.set(h.day, [h]);
  }
  const problems: DefenceProblem[] = [];
  for (const h of held) {
    const add = (code: DefenceProblemCode, message: string) => problems.push({ id: h.id, code, message });
    if (h.names.length === 0) {
      add('defence_without_jury', M.withoutJury(formatDayFr(h.day)));
      continue;
    }
    if (presidents && !h.names.some((n) => presidents.has(nameKey(n)))) add('defence_without_president', M.withoutPresident(h.names));
    if (h.start === undefined) continue;
    for (const other of byDay.get(h.day)!) {
      if (other === h || other.start === undefined || !overlaps({ day: h.day, start: h.start }, { day: other.day, start: other.start }))
        continue;
      const shared = h.names.filter((n) => other.keys.has(nameKey(n)));
      if (shared.length) add('jury_double_booked', M.doubleBooked(shared, other.id, formatDayFr(other.day), formatClockTime(other.start)));
    }
  }
  return problems;
}
