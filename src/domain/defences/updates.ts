/** What a confirmed proposal writes into `Mémoires`: cells by `ID apprenant`, never by row number. */
import { formatClockTime } from '../dates';
import type { Placement, ThesisUpdate } from './types';

/** The `Jury` cell: names separated by `, ` (how `Mémoires` › `Jury` is read back). */
export function juryCell(names: readonly string[]): string {
  return names.join(', ');
}

/**
 * One update per soutenance the planner chose something for: the date, time and jury of a proposed
 * one, the jury alone of one whose date and time staff typed; nothing for one typed whole.
 */
export function thesisUpdates(placements: readonly Placement[]): ThesisUpdate[] {
  const updates: ThesisUpdate[] = [];
  for (const p of placements) {
    if (p.origin === 'typed') continue;
    const jury = juryCell(p.jury);
    updates.push({
      learnerId: p.learnerId,
      cells: p.origin === 'proposed' ? { 'Date de soutenance': p.day, Heure: formatClockTime(p.start), Jury: jury } : { Jury: jury },
    });
  }
  return updates;
}
