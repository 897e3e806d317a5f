/** The soutenances sidebar's view: the proposal, who cannot be placed and why, the results (pure). */
import { idKey } from '../../domain/candidates';
import { formatClockTime, formatDayFr, formatDayLongFr } from '../../domain/dates';
import { freeSlots, nameKey, planDefences, thesisUpdates, type DefenceContext, type Placement, type Prepared } from '../../domain/defences';
import { isEnrolled } from '../../domain/eligibility';
import { messages } from '../../domain/messages';
import { fullName } from '../../domain/names';
import type { DefenceResultRow, DefenceRow, DefencesView } from '../../ui/contract';
import type { DefenceTabs } from './read';

const S = messages.defences.sidebar;

/** The `Mémoires` columns a confirmation writes into. */
export const WRITTEN_COLUMNS = ['Date de soutenance', 'Heure', 'Jury'] as const;

function learnerNames(tabs: DefenceTabs): (id: string) => string {
  const names = new Map<string, string>();
  for (const c of tabs.input.candidates) if (!names.has(idKey(c.id))) names.set(idKey(c.id), fullName(c));
  return (id) => names.get(idKey(id)) ?? '';
}

/** Learners `Inscrit` with a soutenance date in `Mémoires`, by date and time: where `Résultat` is picked. */
export function resultRows(tabs: DefenceTabs): DefenceResultRow[] {
  const enrolled = new Set(tabs.input.candidates.filter(isEnrolled).map((c) => idKey(c.id)));
  const name = learnerNames(tabs);
  const seen = new Set<string>();
  const rows = tabs.input.theses.filter((t) => {
    const key = idKey(t.learnerId);
    if (!key || !t.defence || !enrolled.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  rows.sort((a, b) => (a.defence! < b.defence! ? -1 : a.defence! > b.defence! ? 1 : (a.time ?? 0) - (b.time ?? 0)));
  return rows.map((t) => ({
    learnerId: t.learnerId.trim(),
    learner: name(t.learnerId),
    when: S.resultWhen(formatDayFr(t.defence!), t.time === undefined ? '' : formatClockTime(t.time)),
    result: t.result,
  }));
}

function rowOf(context: DefenceContext, name: (id: string) => string, p: Placement): DefenceRow {
  const roles = new Map(context.members.map((m) => [m.key, m.role]));
  return {
    learnerId: p.learnerId,
    learner: name(p.learnerId),
    day: p.day,
    dayLabel: formatDayLongFr(p.day),
    time: formatClockTime(p.start),
    session: context.sessions.get(p.sessionId)?.title ?? '',
    jury: p.jury.map((n) => ({ name: n, role: roles.get(nameKey(n)) ?? '' })),
    origin: p.origin,
  };
}

/** Problems only: nothing can be planned until they are fixed (results can still be picked). */
export function problemView(tabs: DefenceTabs, problems: readonly string[]): DefencesView {
  return {
    problems: [...problems],
    proposal: [],
    rows: [],
    unplaced: [],
    notDeposited: [],
    freeSlots: [],
    members: [],
    toWrite: 0,
    results: resultRows(tabs),
  };
}

/** Headers the tab lacks among those a confirmation writes. */
export function missingColumns(tabs: DefenceTabs): string[] {
  return WRITTEN_COLUMNS.filter((h) => tabs.theses.table.column(h) === undefined).map((h) => S.missingColumn(h));
}

/**
 * The view of `proposal` (the planner's own when none is given). A learner to plan with no
 * soutenance in it is listed with the planner's reason.
 */
export function defencesView(tabs: DefenceTabs, prepared: Prepared, proposal?: readonly Placement[]): DefencesView {
  const blocking = missingColumns(tabs);
  if (!prepared.ok) return problemView(tabs, [...prepared.problems.map((p) => p.message), ...blocking]);
  if (blocking.length) return problemView(tabs, blocking);
  const { context } = prepared;
  const plan = planDefences(context);
  const placements = proposal ? [...proposal] : plan.placements;
  const placed = new Set(placements.map((p) => idKey(p.learnerId)));
  const name = learnerNames(tabs);
  return {
    problems: [],
    proposal: placements,
    rows: placements.map((p) => rowOf(context, name, p)),
    unplaced: plan.unplaced
      .filter((u) => !placed.has(idKey(u.learnerId)))
      .map((u) => ({ learnerId: u.learnerId, learner: name(u.learnerId), message: u.message })),
    notDeposited: plan.notDeposited.map((id) => ({ learnerId: id, learner: name(id) })),
    freeSlots: freeSlots(context, placements).map((s) => ({
      ...s,
      label: S.slotLabel(formatDayLongFr(s.day), formatClockTime(s.start), context.sessions.get(s.sessionId)?.title ?? s.sessionId),
    })),
    members: context.members.map((m) => ({ name: m.name, role: m.role })),
    toWrite: thesisUpdates(placements).length,
    results: resultRows(tabs),
  };
}
