/**
 * « Créer des créneaux » as a pure plan: one form (a date, a first time, a count, a duration, a visio
 * link, a jury) gives back-to-back slots with the next `Créneau` IDs. IDs are never given twice: they
 * follow both the highest in the tab and the highest ever issued (kept outside the Sheet), as
 * candidate IDs do (src/workbook/ids.ts planIds).
 */
import { formatClockIso, InvalidDateError, parseClockTime, parseDay, type Day } from '../dates';
import { messages } from '../messages';
import { isWebAddress, readJury } from './slots';
import { DEFAULT_DURATION, readDuration } from './time';

/** `Créneau` IDs: `E-` and at least three digits. */
export const SLOT_ID = { prefix: 'E', width: 3 } as const;
export const MAX_SLOTS_PER_FORM = 100;
const DAY_MINUTES = 24 * 60;

/** `E-001`, `E-042`, `E-1000`. */
export function formatSlotId(n: number): string {
  return `${SLOT_ID.prefix}-${String(n).padStart(SLOT_ID.width, '0')}`;
}

/** The number of a `Créneau` the product wrote (`E-007` → 7, in any case); undefined otherwise. */
export function slotNumber(id: string): number | undefined {
  const m = /^E-(\d+)$/i.exec(id.trim());
  return m ? Number(m[1]) : undefined;
}

export interface SlotForm {
  /** `AAAA-MM-JJ` or `JJ/MM/AAAA`. */
  date: string;
  /** The first slot's time: `9h`, `9h30`, `09:00`, `9:00`. */
  firstTime: string;
  count: number;
  /** Minutes, 10–240; 30 when absent. */
  duration?: number;
  link?: string;
  /** Names or e-mails separated by `,`. */
  jury: string;
}

export interface NewSlot {
  id: string;
  day: Day;
  /** Minutes since midnight, Paris time. */
  start: number;
  /** `HH:MM`. */
  time: string;
  duration: number;
  link: string;
  jury: string;
}

export type SlotCreation = { ok: true; slots: NewSlot[]; lastIssued: number } | { ok: false; errors: string[] };

function readFormDay(value: string): Day | undefined {
  try {
    return parseDay(value.trim());
  } catch (e) {
    if (e instanceof InvalidDateError) return undefined;
    throw e;
  }
}

/** Every fault of the form at once, in French; none means the slots can be made. */
function formErrors(form: SlotForm, day: Day | undefined, start: number | undefined, duration: number | undefined): string[] {
  const M = messages.selection.form;
  const errors: string[] = [];
  if (!day) errors.push(form.date.trim() ? M.badDate(form.date.trim()) : M.noDate);
  if (start === undefined) errors.push(M.badTime(form.firstTime.trim()));
  const countOk = Number.isInteger(form.count) && form.count >= 1 && form.count <= MAX_SLOTS_PER_FORM;
  if (!countOk) errors.push(M.badCount(MAX_SLOTS_PER_FORM));
  if (duration === undefined) errors.push(M.badDuration);
  const link = (form.link ?? '').trim();
  if (link && !isWebAddress(link)) errors.push(M.badLink(link));
  if (readJury(form.jury).length === 0) errors.push(M.noJury);
  if (start !== undefined && duration !== undefined && countOk && start + form.count * duration > DAY_MINUTES) errors.push(M.pastMidnight);
  return errors;
}

/**
 * The slots a form makes, back to back from the first time, numbered after `lastIssued` and after
 * every `E-…` in `existing` (the tab's `Créneau` column); `lastIssued` comes back raised, for the
 * caller to keep.
 */
export function planNewSlots(form: SlotForm, ids: { lastIssued: number; existing: readonly string[] }): SlotCreation {
  const day = readFormDay(form.date);
  const start = parseClockTime(form.firstTime);
  const read = readDuration(form.duration ?? DEFAULT_DURATION);
  const duration = 'minutes' in read ? read.minutes : undefined;
  const errors = formErrors(form, day, start, duration);
  if (errors.length) return { ok: false, errors };
  let last = ids.lastIssued;
  for (const id of ids.existing) last = Math.max(last, slotNumber(id) ?? 0);
  const jury = readJury(form.jury)
    .map((m) => m.label)
    .join(', ');
  const slots = Array.from({ length: form.count }, (_, i): NewSlot => {
    const at = start! + i * duration!;
    return {
      id: formatSlotId(++last),
      day: day!,
      start: at,
      time: formatClockIso(at),
      duration: duration!,
      link: (form.link ?? '').trim(),
      jury,
    };
  });
  return { ok: true, slots, lastIssued: last };
}
