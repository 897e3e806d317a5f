/**
 * The interview planner (issue 18): candidates at `Entretien` without a slot go to free slots,
 * earliest first, never a jury member in two overlapping slots, never a candidate twice. A pure plan
 * that names rows by `Créneau` and candidates by `ID`, never by row number, so staff may sort or
 * insert rows between the preview and « Confirmer »; applied, a second run plans nothing.
 */
import { idKey } from '../candidates';
import { dayOfInstant, formatClockIso, minutesOfDayInParis, type Day } from '../dates';
import { messages } from '../messages';
import { canonicalStatus } from './pipeline';
import { overlaps } from './slots';
import type { SelectionCandidate, Slot } from './types';

export interface AssignmentInput {
  /** Every `Entretiens` row read by checkSlots (problems included: they are weighed here). */
  slots: readonly Slot[];
  candidates: readonly SelectionCandidate[];
  /** Slots that start at or before this instant are in the past and not offered. */
  now?: Date;
}

export interface PlannedAssignment {
  slot: string;
  candidateId: string;
  day: Day;
  /** `HH:MM`, Paris time. */
  time: string;
}

/** One cell of `Entretiens` to write, found by its `Créneau`. */
export interface SlotCellUpdate {
  slot: string;
  header: 'ID candidat';
  value: string;
}

/** `Candidatures` › `Date d'entretien` to set, found by `ID` (the adapter writes the day as a Sheet date). */
export interface InterviewDateUpdate {
  candidateId: string;
  day: Day;
}

export type UnassignedReason = 'no_free_slot' | 'no_id';

export interface Unassigned {
  /** '' when the row has no `ID` yet. */
  candidateId: string;
  row: number;
  reason: UnassignedReason;
  message: string;
}

export interface AssignmentPlan {
  /** New assignments, earliest slot first: what the preview shows. */
  assignments: PlannedAssignment[];
  slotUpdates: SlotCellUpdate[];
  interviewDates: InterviewDateUpdate[];
  /** Candidates at `Entretien` left without a slot, and why. */
  unassigned: Unassigned[];
}

const idOrder = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Earliest first; the same time by `Créneau`, so the order never depends on how the tab is sorted. */
export function bySlotTime(a: Slot, b: Slot): number {
  return (a.day ?? '').localeCompare(b.day ?? '') || (a.start ?? 0) - (b.start ?? 0) || idOrder.compare(a.id, b.id) || a.row - b.row;
}

function isFuture(slot: Slot, now: Date | undefined): boolean {
  if (!now) return true;
  const today = dayOfInstant(now);
  return slot.day! > today || (slot.day === today && slot.start! > minutesOfDayInParis(now));
}

/** A member of `slot`'s jury already sits in an occupied slot that overlaps it. */
function juryBusy(slot: Slot, occupied: readonly Slot[]): boolean {
  return occupied.some((o) => o !== slot && overlaps(o, slot) && o.jury.some((m) => slot.jury.some((s) => s.key === m.key)));
}

/** The slots each candidate holds (key: idKey), in tab order. */
function holdings(slots: readonly Slot[]): Map<string, Slot[]> {
  const held = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.row - b.row)) {
    if (!slot.candidateId) continue;
    const key = idKey(slot.candidateId);
    held.set(key, [...(held.get(key) ?? []), slot]);
  }
  return held;
}

/** Candidates at `Entretien` holding no slot, each ID once, in `ID` order (a row without `ID` first). */
function waitingCandidates(candidates: readonly SelectionCandidate[], held: ReadonlyMap<string, Slot[]>): SelectionCandidate[] {
  const waiting: SelectionCandidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (canonicalStatus(c.status) !== 'Entretien') continue;
    if (c.id) {
      const key = idKey(c.id);
      if (held.has(key) || seen.has(key)) continue;
      seen.add(key);
    }
    waiting.push(c);
  }
  return waiting.sort((a, b) => idOrder.compare(a.id, b.id) || a.row - b.row);
}

export function planAssignment({ slots, candidates, now }: AssignmentInput): AssignmentPlan {
  const held = holdings(slots);
  const occupied = slots.filter((s) => s.candidateId);
  const free = slots.filter((s) => s.schedulable && !s.candidateId && isFuture(s, now)).sort(bySlotTime);
  const taken = new Set<Slot>();
  const plan: AssignmentPlan = { assignments: [], slotUpdates: [], interviewDates: [], unassigned: [] };
  for (const c of waitingCandidates(candidates, held)) {
    if (!c.id) {
      plan.unassigned.push({ candidateId: '', row: c.row, reason: 'no_id', message: messages.selection.planner.noId(c.row) });
      continue;
    }
    const slot = free.find((s) => !taken.has(s) && !juryBusy(s, occupied));
    if (!slot) {
      plan.unassigned.push({ candidateId: c.id, row: c.row, reason: 'no_free_slot', message: messages.selection.planner.noFreeSlot(c.id) });
      continue;
    }
    taken.add(slot);
    occupied.push(slot);
    held.set(idKey(c.id), [{ ...slot, candidateId: c.id }]);
    plan.assignments.push({ slot: slot.id, candidateId: c.id, day: slot.day!, time: formatClockIso(slot.start!) });
    plan.slotUpdates.push({ slot: slot.id, header: 'ID candidat', value: c.id });
  }
  plan.assignments.sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time) || idOrder.compare(a.slot, b.slot));
  plan.interviewDates = interviewDateUpdates(candidates, held);
  return plan;
}

/**
 * `Date d'entretien` follows the slot: for each candidate holding exactly one slot with a date, when
 * the cell says another day (or nothing). A candidate in two slots waits until staff choose one.
 */
function interviewDateUpdates(candidates: readonly SelectionCandidate[], held: ReadonlyMap<string, Slot[]>): InterviewDateUpdate[] {
  const updates: InterviewDateUpdate[] = [];
  const done = new Set<string>();
  for (const c of candidates) {
    if (!c.id || done.has(idKey(c.id))) continue;
    done.add(idKey(c.id));
    const slots = held.get(idKey(c.id));
    if (slots?.length !== 1 || !slots[0]!.day) continue;
    if (c.interviewDate.day !== slots[0]!.day) updates.push({ candidateId: c.id, day: slots[0]!.day });
  }
  return updates;
}
