/**
 * The `.ics` a jury member receives with their soutenances of the day, one file per slot
 * (workbook.md › `Relances`, `avant une journée de soutenances`): an invitation (RFC 5546 REQUEST)
 * built by the one iCalendar writer, src/domain/selection/ics.ts.
 */
import { formatClockTime, type Day } from '../dates';
import { DEFENCE_MINUTES } from '../defences/types';
import { defenceEventUid } from '../keys';
import { messages } from '../messages';
import { invitationIcs, type CalendarPerson } from '../selection/ics';

/** One soutenance a jury member sits on. */
export interface CalendarSlot {
  learnerId: string;
  /** « Prénom Nom ». */
  learner: string;
  title: string;
  day: Day;
  /** Minutes since midnight, Paris time. */
  start: number;
  /** The `Lieu` of the day's `Soutenances` session. */
  place: string;
  /** As in `Mémoires` › `Jury`. */
  jury: readonly string[];
}

export interface CalendarFile {
  name: string;
  content: string;
}

/** `soutenance_2026-09-24_9h00_C-0001.ics`: one name per slot, from what never changes in it. */
export function calendarFileName(slot: CalendarSlot): string {
  return `soutenance_${slot.day}_${formatClockTime(slot.start)}_${slot.learnerId.replace(/[^\w-]+/g, '-')}.ics`;
}

export function juryCalendarFiles(
  slots: readonly CalendarSlot[],
  who: { member: CalendarPerson; organizer: CalendarPerson; spreadsheetId: string; stamp: Date },
): CalendarFile[] {
  const C = messages.defences.calendar;
  return slots.map((slot) => ({
    name: calendarFileName(slot),
    content: invitationIcs({
      method: 'REQUEST',
      uid: defenceEventUid(slot.learnerId, slot.day, who.spreadsheetId),
      sequence: 0,
      day: slot.day,
      start: slot.start,
      duration: DEFENCE_MINUTES,
      location: slot.place,
      summary: C.summary(slot.learner || slot.learnerId),
      description: C.description(slot.title, slot.jury),
      organizer: who.organizer,
      attendees: [who.member],
      stamp: who.stamp,
    }),
  }));
}
