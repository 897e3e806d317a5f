/**
 * An `.ics` attachment read as the card a mail client shows above it (what, when, where), when the
 * file is simple: one event, not recurring, with a start. Anything else is shown as its text.
 * iCalendar (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545): lines folded with CRLF and a space
 * (§3.1), `NAME;PARAM=…:value` with quoted parameter values (§3.2), TEXT escapes `\n \, \; \\`
 * (§3.3.11), DATE `YYYYMMDD` and DATE-TIME `YYYYMMDDTHHMMSS[Z]` (§3.3.4, §3.3.5).
 */
import { formatInstantFr } from '../../src/domain/dates';
import { playgroundMessages } from './messages';

const M = playgroundMessages.calendar;

export interface CalendarCard {
  summary: string;
  /** « 20/11/2025, 14:30 – 15:00 », in Paris time. */
  when: string;
  location: string;
  description: string;
  /** METHOD:CANCEL or STATUS:CANCELLED: the event is taken off the calendar. */
  cancelled: boolean;
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** `NAME;P1=a;P2="b:c":value`: the first colon outside quotes ends the name and parameters. */
function property(line: string): Property {
  let quoted = false;
  let colon = line.length;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  const [name = '', ...rest] = line.slice(0, colon).split(';');
  const params = Object.fromEntries(
    rest.map((p) => [p.split('=')[0]!.toUpperCase(), p.slice(p.indexOf('=') + 1).replace(/^"|"$/g, '')] as const),
  );
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

const unescapeText = (v: string) => v.replace(/\\([nN\\;,])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** A DATE or DATE-TIME as Paris reads it: day, and the time when there is one (`null`: not a date). */
function moment(p: Property): { day: string; time?: string } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(p.value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, , utc] = m;
  if (h === undefined) return { day: `${d}/${mo}/${y}` };
  if (utc) {
    const [day = '', time = ''] = formatInstantFr(new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!))).split(' ');
    return { day, time };
  }
  // A local time (TZID=Europe/Paris, as the product writes it) or a floating one: shown as written.
  const zone = p.params.TZID && p.params.TZID !== 'Europe/Paris' ? ` (${p.params.TZID})` : '';
  return { day: `${d}/${mo}/${y}`, time: `${h}:${mi}${zone}` };
}

/** The card for `content`, or undefined when the file is not one simple event. */
export function calendarCard(content: string): CalendarCard | undefined {
  const lines = content.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (l.trim().toUpperCase() === 'BEGIN:VEVENT' ? [i] : []));
  if (starts.length !== 1) return undefined;
  const end = lines.findIndex((l, i) => i > starts[0]! && l.trim().toUpperCase() === 'END:VEVENT');
  if (end < 0) return undefined;
  const props = new Map(
    lines
      .slice(starts[0]! + 1, end)
      .map((l) => property(l))
      .map((p) => [p.name, p] as const),
  );
  const start = props.get('DTSTART');
  const from = start ? moment(start) : null;
  if (!from || props.has('RRULE')) return undefined;
  const finish = props.get('DTEND');
  const to = finish ? moment(finish) : null;
  const text = (name: string) => unescapeText(props.get(name)?.value ?? '');
  const method = lines
    .map(property)
    .find((p) => p.name === 'METHOD')
    ?.value.trim()
    .toUpperCase();
  return {
    summary: text('SUMMARY') || M.untitled,
    when: M.when(from, to),
    location: text('LOCATION'),
    description: text('DESCRIPTION'),
    cancelled: method === 'CANCEL' || text('STATUS').toUpperCase() === 'CANCELLED',
  };
}
