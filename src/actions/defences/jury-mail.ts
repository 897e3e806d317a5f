/**
 * A jury member's e-mail of the day carries one `.ics` per soutenance (workbook.md › `Relances`,
 * `avant une journée de soutenances`): made just before the send, through the ledger's
 * `attachments` (send-once.ts), so a failure there leaves the mail « non envoyée », due again.
 */
import { isEmail } from '../../domain/candidates';
import { juryCalendarFiles } from '../../domain/reminders/jury-ics';
import type { DueReminder } from '../../domain/reminders/plan';
import type { BlobHandle } from '../../gas/handles';
import { textAttachment } from '../../gas/mail';
import { spreadsheetId, type SpreadsheetHandle } from '../../gas/spreadsheet';

/** RFC 5545 §8.1: the media type of an iCalendar object, here an invitation (RFC 5546). */
const ICS_TYPE = 'text/calendar; charset=utf-8; method=REQUEST';

export interface CalendarSender {
  ss: SpreadsheetHandle;
  /** The reply-to address, else the person the run is for: who the event comes from. */
  organizer: string;
}

/** The attachments of a jury day's e-mail; undefined for every other reminder. */
export function calendarAttachments(r: DueReminder, sender: CalendarSender): (() => readonly BlobHandle[]) | undefined {
  const slots = r.calendar;
  const to = r.to[0];
  if (!slots?.length || !to) return undefined;
  return () => {
    const files = juryCalendarFiles(slots, {
      member: { email: to, name: r.targetLabel },
      organizer: { email: isEmail(sender.organizer) ? sender.organizer : to },
      spreadsheetId: spreadsheetId(sender.ss),
      stamp: new Date(),
    });
    return files.map((f) => textAttachment(f.content, ICS_TYPE, f.name));
  };
}
