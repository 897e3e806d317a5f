/** When a reminder is due (workbook.md › `Relances`, "Windows"), on Paris calendar days. */
import { addDays, type Day } from '../dates';
import type { ReminderTrigger } from './triggers';

/**
 * Is `today` in the window of a rule anchored on `anchor`? `avant …`: X−N to X−1; `après …`:
 * X+N to X+N+6; `chaque lundi`: that Monday to the Sunday after; `fin de formation`: any day the
 * learner is eligible (the anchor is today).
 */
export function inWindow(when: ReminderTrigger, days: number, anchor: Day, today: Day): boolean {
  if (when === 'fin de formation') return anchor === today;
  if (when.startsWith('avant')) return today >= addDays(anchor, -days) && today <= addDays(anchor, -1);
  if (when.startsWith('après')) return today >= addDays(anchor, days) && today <= addDays(anchor, days + 6);
  return today >= anchor && today <= addDays(anchor, 6);
}

/** The first day of the window (for telling a reminder waiting since earlier days). */
export function windowStart(when: ReminderTrigger, days: number, anchor: Day): Day {
  if (when === 'fin de formation' || when === 'chaque lundi') return anchor;
  return when.startsWith('avant') ? addDays(anchor, -days) : addDays(anchor, days);
}

/** The Monday of the week holding `day` (weeks run Monday to Sunday in France). */
export function mondayOf(day: Day): Day {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}
