/**
 * Staff's adjustments to a proposal (move a learner, swap a jury member), as pure functions: each
 * returns the new proposal only when the whole of it still keeps every rule (checkProposal), else
 * the reasons in French and no change.
 */
import { idKey } from '../candidates';
import type { Day } from '../dates';
import { messages } from '../messages';
import { nameKey } from './jury';
import { chooseJury, occupancyOf } from './planner';
import { sortPlacements } from './prepare';
import { checkProposal, currentPlacements } from './validate';
import type { DefenceContext, Placement } from './types';

export type Adjusted = { ok: true; placements: Placement[] } | { ok: false; messages: string[] };

/** Where a soutenance may be moved: a session, one of its days, a start within its `Horaires`. */
export interface SlotChoice {
  sessionId: string;
  day: Day;
  start: number;
}

function replace(
  context: DefenceContext,
  proposal: readonly Placement[],
  learnerId: string,
  change: (p: Placement) => Placement | string,
): Adjusted {
  const all = currentPlacements(context, proposal);
  const index = all.findIndex((p) => idKey(p.learnerId) === idKey(learnerId));
  const current = all[index];
  if (!current) return { ok: false, messages: [messages.defences.notInProposal(learnerId)] };
  if (current.origin === 'typed') return { ok: false, messages: [messages.defences.typedByStaff] };
  const changed = change(current);
  if (typeof changed === 'string') return { ok: false, messages: [changed] };
  const next = all.map((p, i) => (i === index ? changed : p));
  const violations = checkProposal(context, next);
  // A clash is said on both sides: the changed learner's side says it; others' faults are said when
  // the change itself is fine (the workbook changed since the proposal).
  const own = violations.filter((v) => v.learnerId === current.learnerId).map((v) => v.message);
  const others = violations.map((v) => `${v.learnerId} : ${v.message}`);
  if (violations.length) return { ok: false, messages: [...new Set(own.length ? own : others)] };
  return { ok: true, placements: sortPlacements(next.filter((p) => p.origin !== 'typed' || context.enrolled.has(idKey(p.learnerId)))) };
}

/**
 * Moves a proposed soutenance. Its jury goes with it when all of it can sit then; otherwise the
 * planner's choice at the new time replaces it (a time staff typed never moves).
 */
export function moveDefence(context: DefenceContext, proposal: readonly Placement[], learnerId: string, to: SlotChoice): Adjusted {
  return replace(context, proposal, learnerId, (p) => {
    if (p.origin !== 'proposed') return messages.defences.typedByStaff;
    const moved: Placement = { ...p, ...to };
    const others = currentPlacements(context, proposal).filter((o) => idKey(o.learnerId) !== idKey(learnerId));
    if (checkProposal(context, [...others, moved]).every((v) => idKey(v.learnerId) !== idKey(learnerId))) return moved;
    const learner = context.learners.get(idKey(learnerId))!;
    const choice = chooseJury(context, occupancyOf(context, others), learner, moved);
    return 'jury' in choice ? { ...moved, jury: choice.jury } : moved; // the check then says why it cannot go there
  });
}

/** Puts `incoming` in the seat of `outgoing` on a learner's jury. */
export function swapJuryMember(
  context: DefenceContext,
  proposal: readonly Placement[],
  learnerId: string,
  outgoing: string,
  incoming: string,
): Adjusted {
  return replace(context, proposal, learnerId, (p) => {
    const at = p.jury.findIndex((n) => nameKey(n) === nameKey(outgoing));
    if (at < 0) return messages.defences.notInJury(outgoing);
    const member = context.members.find((m) => m.key === nameKey(incoming));
    return { ...p, jury: p.jury.map((n, i) => (i === at ? (member?.name ?? incoming.trim()) : n)) };
  });
}

/** Sets a learner's whole jury (to add a second Membre, say); names as in `Jury`. */
export function setJury(context: DefenceContext, proposal: readonly Placement[], learnerId: string, names: readonly string[]): Adjusted {
  return replace(context, proposal, learnerId, (p) => ({
    ...p,
    jury: names.map((n) => context.members.find((m) => m.key === nameKey(n))?.name ?? n.trim()).filter(Boolean),
  }));
}

/** The slots a proposed soutenance could move to now: room free there (the jury is checked on the move). */
export function freeSlots(context: DefenceContext, proposal: readonly Placement[]): SlotChoice[] {
  const occ = occupancyOf(context, currentPlacements(context, proposal));
  return context.slots
    .filter((s) => !occ.roomTakenBy(s.room, s.day, s.start))
    .map(({ sessionId, day, start }) => ({ sessionId, day, start }));
}
