/**
 * A proposal checked again against the workbook as it is now: what an adjustment or the
 * confirmation must never let through. Soutenances staff typed whole come from the workbook, never
 * from the proposal sent back.
 */
import { idKey } from '../candidates';
import { formatClockTime, formatDayFr } from '../dates';
import { messages } from '../messages';
import { availableOn, nameKey } from './jury';
import { overlaps } from './occupancy';
import { withinHours } from './schedule';
import type { DefenceContext, JuryMember, Placement, Violation } from './types';

/** The proposal as the workbook stands: its typed soutenances, then the proposal's others. */
export function currentPlacements(context: DefenceContext, proposal: readonly Placement[]): Placement[] {
  return [...context.fixed.filter((p) => p.origin === 'typed'), ...proposal.filter((p) => p.origin !== 'typed')];
}

export function checkProposal(context: DefenceContext, proposal: readonly Placement[]): Violation[] {
  const all = currentPlacements(context, proposal);
  const byDay = new Map<string, Placement[]>();
  for (const p of all) {
    const list = byDay.get(p.day);
    if (list) list.push(p);
    else byDay.set(p.day, [p]);
  }
  const members = new Map(context.members.map((m) => [m.key, m]));
  const violations: Violation[] = [];
  const seen = new Set<string>();
  for (const p of all) {
    if (p.origin === 'typed') continue;
    const add = (message: string) => violations.push({ learnerId: p.learnerId, message });
    const key = idKey(p.learnerId);
    if (seen.has(key) || !isStillToPlan(context, p)) {
      add(messages.defences.stale);
      continue;
    }
    seen.add(key);
    const sameDay = byDay.get(p.day)!.filter((o) => o !== p);
    for (const message of [...placeFaults(context, p, sameDay), ...juryFaults(context, members, p, sameDay)]) add(message);
  }
  return violations;
}

/** A proposed soutenance of a learner still to plan, or the jury of a time staff typed and still there. */
function isStillToPlan(context: DefenceContext, p: Placement): boolean {
  const key = idKey(p.learnerId);
  const fixed = context.fixed.find((f) => idKey(f.learnerId) === key);
  if (p.origin === 'timed')
    return fixed?.origin === 'timed' && fixed.day === p.day && fixed.start === p.start && fixed.sessionId === p.sessionId;
  return !fixed && context.learners.has(key);
}

function placeFaults(context: DefenceContext, p: Placement, sameDay: readonly Placement[]): string[] {
  if (p.origin !== 'proposed') return []; // staff chose the time and place of a timed one
  const M = messages.defences;
  const session = context.sessions.get(p.sessionId);
  if (!session?.days.includes(p.day) || !withinHours(session.ranges, p.start))
    return [M.outsideHours(formatDayFr(p.day), formatClockTime(p.start))];
  const other = sameDay.find((o) => overlaps(o, p) && context.sessions.get(o.sessionId)?.room === session.room);
  return other ? [M.roomTaken(formatDayFr(p.day), formatClockTime(p.start), other.learnerId)] : [];
}

function juryFaults(
  context: DefenceContext,
  members: ReadonlyMap<string, JuryMember>,
  p: Placement,
  sameDay: readonly Placement[],
): string[] {
  const M = messages.defences;
  const faults: string[] = [];
  const relayKey = context.learners.get(idKey(p.learnerId))?.relayKey ?? '';
  const keys = p.jury.map(nameKey);
  const sitting: JuryMember[] = [];
  p.jury.forEach((name, i) => {
    const member = members.get(keys[i]!);
    if (keys.indexOf(keys[i]!) !== i) faults.push(M.sameMemberTwice(name));
    else if (!member) faults.push(M.unknownMember(name));
    else {
      sitting.push(member);
      if (!availableOn(member, p.day)) faults.push(M.notAvailable(member.name, formatDayFr(p.day)));
      const other = sameDay.find((o) => overlaps(o, p) && o.jury.some((n) => nameKey(n) === member.key));
      if (other) faults.push(M.busy(member.name, formatDayFr(other.day), formatClockTime(other.start), other.learnerId));
    }
  });
  if (!sitting.some((m) => m.role === 'Président' && m.key !== relayKey)) faults.push(M.noPresidentInJury);
  if (!sitting.some((m) => m.role === 'Membre')) faults.push(M.noMemberInJury);
  return faults;
}
