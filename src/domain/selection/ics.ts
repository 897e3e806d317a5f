/**
 * Interview invitations as iCalendar text (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545), with
 * the scheduling methods of RFC 5546 (`REQUEST` to invite or move, `CANCEL` to take a candidate off):
 * any calendar takes them from an e-mail attachment, without a calendar permission.
 *
 * Times are Paris wall-clock times with `TZID=Europe/Paris` and the zone's VTIMEZONE, rather than UTC:
 * the file says the time exactly as staff typed it, with no conversion of ours that could slip on a
 * change of summer time, and calendars show the zone. RFC 5545 §3.6.5 requires a VTIMEZONE for each
 * TZID used; Europe/Paris has changed on the last Sundays of March and October since 1996.
 */
import { addDays, type Day } from '../dates';
import { utf8Bytes } from '../text';

export type InvitationMethod = 'REQUEST' | 'CANCEL';

export interface CalendarPerson {
  email: string;
  /** Shown by calendars (`CN`); optional. */
  name?: string;
}

export interface InvitationEvent {
  method: InvitationMethod;
  /** `<Créneau>@<spreadsheet id>` (see invitationUid). */
  uid: string;
  /** 0 for the first invitation of a UID, one more at every later one (a move, a cancellation). */
  sequence: number;
  day: Day;
  /** Minutes since midnight, Paris time. */
  start: number;
  duration: number;
  /** The visio link. */
  location: string;
  summary: string;
  description: string;
  organizer: CalendarPerson;
  attendees: readonly CalendarPerson[];
  /** When the file is made (`DTSTAMP`, in UTC). */
  stamp: Date;
}

/** The same UID for every version of a slot's event, so calendars move or cancel it. */
export function invitationUid(slotId: string, spreadsheetId: string): string {
  return `${slotId}@${spreadsheetId}`;
}

const CRLF = '\r\n';

const PARIS_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values (§3.3.11): backslash, `;`, `,` escaped, line breaks as `\n`, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A parameter value (§3.2): always quoted, so `:`, `;` and `,` stay inside; quotes and controls dropped. */
function paramValue(value: string): string {
  return `"${value.replace(/[\u0000-\u001f\u007f"]/g, '').trim()}"`;
}

/**
 * Folds a content line at 75 octets (§3.1): CRLF then one space, never inside a UTF-8 character.
 * Octets are counted by code point, with no encoder: the domain runs where TextEncoder may not be.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Bytes(char.codePointAt(0)!);
    // The first line holds 75 octets; each continuation line, 74 after its leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20251120T143000`: a local date-time for `TZID`; a time of 24:00 or more runs into the next day. */
function localDateTime(day: Day, minutes: number): string {
  const d = addDays(day, Math.floor(minutes / 1440));
  const m = minutes % 1440;
  return `${d.replace(/-/g, '')}T${pad(Math.floor(m / 60))}${pad(m % 60)}00`;
}

/** `20251101T090000Z`. */
function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function person(property: 'ORGANIZER' | 'ATTENDEE', who: CalendarPerson): string {
  const name = who.name?.trim() ? `;CN=${paramValue(who.name)}` : '';
  const role = property === 'ATTENDEE' ? ';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE' : '';
  return `${property}${name}${role}:mailto:${who.email.trim()}`;
}

/** The whole `.ics` file: CRLF line ends, lines folded at 75 octets. */
export function invitationIcs(event: InvitationEvent): string {
  const cancel = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Cohorte PACTE//Selection//FR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...PARIS_TIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART;TZID=Europe/Paris:${localDateTime(event.day, event.start)}`,
    `DTEND;TZID=Europe/Paris:${localDateTime(event.day, event.start + event.duration)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `LOCATION:${escapeText(event.location)}`,
    person('ORGANIZER', event.organizer),
    ...event.attendees.map((a) => person('ATTENDEE', a)),
    `STATUS:${cancel ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
