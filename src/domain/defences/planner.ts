/**
 * « Planifier les soutenances »: a one-hour slot and a jury (one Président, one Membre, both available
 * that day and free then, the Président never the learner's `Formateur relais`) for every learner
 * `Inscrit` whose thesis is deposited, around the soutenances staff typed. Greedy and deterministic:
 * learners by ID take the earliest slot that fits, each seat goes to the least busy person (then by
 * name), so the same workbook gives the same plan, whatever the order of its rows.
 */
import { idKey } from '../candidates';
import { formatDayFr, type Day } from '../dates';
import { messages } from '../messages';
import { availableOn } from './jury';
import { Occupancy } from './occupancy';
import { sortPlacements } from './prepare';
import { thesisUpdates } from './updates';
import type { DefenceContext, DefencePlan, JuryMember, LearnerToPlan, Placement, Unplaced, UnplacedCode } from './types';

/** Why no jury could be found at a slot: what the learner's reason is built from. */
interface JuryMiss {
  president: boolean;
  eligiblePresident: boolean;
  member: boolean;
}

export type JuryChoice = { jury: string[] } | { miss: JuryMiss };

/** The least busy free member of a role available that day (then by name), not `excluded`. */
function pick(
  members: readonly JuryMember[],
  occ: Occupancy,
  role: JuryMember['role'],
  at: { day: Day; start: number },
  excluded = '',
): JuryMember | undefined {
  let best: JuryMember | undefined;
  for (const m of members) {
    if (m.role !== role || m.key === excluded || !availableOn(m, at.day) || occ.personTakenBy(m.key, at.day, at.start)) continue;
    if (!best || occ.load(m.key) < occ.load(best.key)) best = m;
  }
  return best;
}

/** A jury for a learner at a slot: the Président first, then one Membre. */
export function chooseJury(context: DefenceContext, occ: Occupancy, learner: LearnerToPlan, at: { day: Day; start: number }): JuryChoice {
  const president = pick(context.members, occ, 'Président', at, learner.relayKey);
  const member = pick(context.members, occ, 'Membre', at);
  if (president && member) return { jury: [president.name, member.name] };
  const anyPresident = president ?? (learner.relayKey ? pick(context.members, occ, 'Président', at) : undefined);
  return { miss: { president: !!anyPresident, eligiblePresident: !!president, member: !!member } };
}

/** The reason given for a learner from what was missing at every slot tried (none tried: no free slot). */
function reasonFor(misses: readonly JuryMiss[]): Exclude<UnplacedCode, 'outside_sessions'> {
  if (misses.length === 0) return 'no_free_slot';
  if (!misses.some((m) => m.eligiblePresident)) return misses.some((m) => m.president) ? 'relay_only_president' : 'no_president';
  if (!misses.some((m) => m.member)) return 'no_member';
  return 'no_jury_together';
}

function unplaced(learner: LearnerToPlan, code: UnplacedCode, context: DefenceContext, demand: number, day?: Day): Unplaced {
  const M = messages.defences;
  const message =
    code === 'no_free_slot'
      ? M.noFreeSlot(context.slots.length, demand)
      : code === 'relay_only_president'
        ? M.relayOnlyPresident(learner.relay)
        : code === 'no_president'
          ? M.noPresident
          : code === 'no_member'
            ? M.noMember
            : code === 'outside_sessions'
              ? M.outsideSessions(formatDayFr(day!))
              : M.noJuryTogether;
  return { learnerId: learner.id, code, message };
}

/** Books every fixed soutenance (its room, and the names of a typed jury). */
export function occupancyOf(context: DefenceContext, placements: readonly Placement[]): Occupancy {
  const occ = new Occupancy();
  for (const p of placements) occ.add(p, context.sessions.get(p.sessionId)?.room);
  return occ;
}

/** Date and time typed, no jury: a jury at that very time (or why not). */
function juryForTimed(context: DefenceContext, occ: Occupancy, p: Placement, freeCount: number): Placement | Unplaced {
  const learner = context.learners.get(idKey(p.learnerId))!;
  if (!p.sessionId) return unplaced(learner, 'outside_sessions', context, freeCount, p.day);
  const choice = chooseJury(context, occ, learner, p);
  if ('miss' in choice) return unplaced(learner, reasonFor([choice.miss]), context, freeCount);
  const placed = { ...p, jury: choice.jury };
  occ.add(placed, undefined); // its room is booked already
  return placed;
}

/** The earliest slot from `first` with a free room and a jury, or the misses that say why none. */
function earliestSlot(context: DefenceContext, occ: Occupancy, learner: LearnerToPlan, first: number): Placement | JuryMiss[] {
  const misses: JuryMiss[] = [];
  for (let i = first; i < context.slots.length; i++) {
    const slot = context.slots[i]!;
    if (occ.roomTakenBy(slot.room, slot.day, slot.start)) continue;
    const choice = chooseJury(context, occ, learner, slot);
    if ('miss' in choice) misses.push(choice.miss);
    else
      return { learnerId: learner.id, day: slot.day, start: slot.start, jury: choice.jury, sessionId: slot.sessionId, origin: 'proposed' };
  }
  return misses;
}

export function planDefences(context: DefenceContext): DefencePlan {
  const occ = occupancyOf(context, context.fixed);
  const placements: Placement[] = context.fixed.filter((p) => p.origin === 'typed' && context.enrolled.has(idKey(p.learnerId)));
  const missed: Unplaced[] = [];
  const fixedIds = new Set(context.fixed.map((p) => idKey(p.learnerId)));
  const free = [...context.learners.values()]
    .filter((l) => !fixedIds.has(idKey(l.id)))
    .sort((a, b) => (idKey(a.id) < idKey(b.id) ? -1 : 1));
  for (const p of context.fixed) {
    if (p.origin !== 'timed') continue;
    const outcome = juryForTimed(context, occ, p, free.length);
    if ('code' in outcome) missed.push(outcome);
    else placements.push(outcome);
  }
  // The others: the earliest slot with a free room and a jury. A slot whose room is taken stays
  // taken, so the scan starts past the leading taken ones: about linear in learners and slots.
  let first = 0;
  const taken = (i: number) => occ.roomTakenBy(context.slots[i]!.room, context.slots[i]!.day, context.slots[i]!.start);
  for (const learner of free) {
    while (first < context.slots.length && taken(first)) first++;
    const placed = earliestSlot(context, occ, learner, first);
    if (Array.isArray(placed)) {
      missed.push(unplaced(learner, reasonFor(placed), context, free.length));
      continue;
    }
    occ.add(placed, context.sessions.get(placed.sessionId)?.room);
    placements.push(placed);
  }
  const sorted = sortPlacements(placements);
  return { placements: sorted, unplaced: missed, updates: thesisUpdates(sorted), notDeposited: [...context.notDeposited] };
}
