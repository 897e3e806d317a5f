/** The `Entretiens` rows read and checked (workbook.md › Selection): each problem on its row. */
import { idKey } from '../candidates';
import { messages } from '../messages';
import { fold } from '../text';
import { parseClockTime } from '../dates';
import { readDuration } from './time';
import type { JuryMember, SelectionCandidate, SelectionProblem, SelectionProblemCode, Slot, SlotRow } from './types';

const M = messages.selection.problems;

/** Candidate `ID` key (idKey) → the ID as `Candidatures` writes it; the first row wins a shared ID. */
export function candidateIndex(candidates: readonly SelectionCandidate[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const c of candidates) if (c.id && !index.has(idKey(c.id))) index.set(idKey(c.id), c.id);
  return index;
}

const ADDRESS = /[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+/u;

/** `Jury`: names or e-mails separated by `,` (`;` and new lines too), each member once. */
export function readJury(value: string): JuryMember[] {
  const members = new Map<string, JuryMember>();
  for (const part of value.split(/[,;\n]/)) {
    const label = part.trim();
    if (!label) continue;
    const key = ADDRESS.exec(label)?.[0].toLowerCase() ?? fold(label);
    if (!members.has(key)) members.set(key, { label, key });
  }
  return [...members.values()];
}

/** An address a browser opens: `https://host.domain/…` (http too), nothing else. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#@]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

export function isWebAddress(value: string): boolean {
  return WEB_ADDRESS.test(value.trim());
}

/** Start and end of a slot in minutes, when its date, time and duration are readable. */
function interval(slot: Slot): { start: number; end: number } | undefined {
  if (!slot.day || slot.start === undefined || slot.duration === undefined) return undefined;
  return { start: slot.start, end: slot.start + slot.duration };
}

/** Two slots overlap when one starts before the other ends (9:00–9:30 and 9:30–10:00 do not). */
export function overlaps(a: Slot, b: Slot): boolean {
  const x = interval(a);
  const y = interval(b);
  return !!x && !!y && a.day === b.day && x.start < y.end && y.start < x.end;
}

function readSlot(r: SlotRow, problem: (code: SelectionProblemCode, message: string) => void): Slot {
  const start = parseClockTime(r.time);
  const duration = readDuration(r.duration);
  if (!r.id) problem('slot_without_id', M.slotWithoutId);
  if (!r.date.day) problem('slot_without_date', r.date.invalid ? M.slotBadDate(r.date.invalid) : M.slotWithoutDate);
  if (start === undefined) {
    const typed = typeof r.time === 'string' || typeof r.time === 'number' ? String(r.time).trim() : '';
    problem('slot_without_time', typed ? M.slotBadTime(typed) : M.slotWithoutTime);
  }
  if ('invalid' in duration) problem('slot_bad_duration', M.slotBadDuration(String(r.duration ?? '').trim()));
  if (r.link && !isWebAddress(r.link)) problem('slot_bad_link', M.slotBadLink(r.link));
  const slot: Slot = {
    row: r.row,
    id: r.id,
    link: r.link,
    jury: readJury(r.jury),
    candidateId: r.candidateId.trim(),
    schedulable: !!r.id && !!r.date.day && start !== undefined && 'minutes' in duration,
  };
  if (r.date.day) slot.day = r.date.day;
  if (start !== undefined) slot.start = start;
  if ('minutes' in duration) slot.duration = duration.minutes;
  return slot;
}

/**
 * Reads every slot and finds, each on its row: no `Créneau`, a `Créneau` used twice, no readable
 * date or time, a duration outside 10–240, a visio link that is not a web address, an `ID candidat`
 * unknown to `Candidatures`, a candidate in two slots and a jury member in two slots that overlap
 * (both said on the later row of the tab, naming the earlier one).
 */
export function checkSlots(
  rows: readonly SlotRow[],
  candidates: ReadonlyMap<string, string>,
): { slots: Slot[]; problems: SelectionProblem[] } {
  const problems: SelectionProblem[] = [];
  const ordered = [...rows].sort((a, b) => a.row - b.row);
  const slots = ordered.map((r) => readSlot(r, (code, message) => problems.push({ tab: 'Entretiens', row: r.row, code, message })));
  const add = (slot: Slot, code: SelectionProblemCode, message: string) =>
    problems.push({ tab: 'Entretiens', row: slot.row, code, message });

  const firstById = new Map<string, Slot>();
  const firstByCandidate = new Map<string, Slot>();
  for (const slot of slots) {
    if (slot.id) {
      const first = firstById.get(idKey(slot.id));
      if (first) {
        first.schedulable = false;
        slot.schedulable = false;
        add(slot, 'duplicate_slot_id', M.duplicateSlotId(slot.id, first.row));
      } else firstById.set(idKey(slot.id), slot);
    }
    if (!slot.candidateId) continue;
    const key = idKey(slot.candidateId);
    if (!candidates.has(key)) add(slot, 'unknown_candidate', M.unknownCandidate(slot.candidateId));
    const first = firstByCandidate.get(key);
    if (first) add(slot, 'candidate_in_two_slots', M.candidateInTwoSlots(slot.candidateId, first.id, first.row));
    else firstByCandidate.set(key, slot);
  }
  for (let j = 0; j < slots.length; j++) {
    const later = slots[j]!;
    for (let i = 0; i < j; i++) {
      const earlier = slots[i]!;
      if (!overlaps(earlier, later)) continue;
      const shared = later.jury.filter((m) => earlier.jury.some((e) => e.key === m.key)).map((m) => m.label);
      if (shared.length) add(later, 'jury_overlap', M.juryOverlap(shared, earlier.id, earlier.row));
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { slots, problems };
}
