/**
 * Invitations (RFC 5545 / 5546) parsed back with a maintained iCalendar library (ical.js): the
 * method, UID, SEQUENCE, Paris times, the visio link, the escaped texts and the 75-octet folding.
 */
import ICAL from 'ical.js';
import { escapeText, foldLine, invitationIcs, invitationUid, type InvitationEvent } from '../../src/domain/selection/ics';

const event = (overrides: Partial<InvitationEvent> = {}): InvitationEvent => ({
  method: 'REQUEST',
  uid: invitationUid('E-002', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'),
  sequence: 0,
  day: '2025-11-20',
  start: 14 * 60 + 30,
  duration: 30,
  location: 'https://visio.example.org/pacte?room=12;pwd=a,b',
  summary: 'Entretien PACTE Soins Primaires — Camille Martin',
  description: 'Entretien de sélection.\nLien visio : https://visio.example.org/pacte\nJury : Marie Dupont, Paul Martin; ARS \\ URPS',
  organizer: { email: 'coordination@example.org', name: 'Fédération (test), coordination' },
  attendees: [{ email: 'camille.martin@example.org', name: 'Camille "Cam" Martin' }, { email: 'marie.dupont@example.org' }],
  stamp: new Date('2025-11-01T09:15:00Z'),
  ...overrides,
});

/** The calendar parsed back, its Paris zone registered so that times convert as a calendar would. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('the .ics of an interview invitation', () => {
  it('parses back: METHOD, UID, SEQUENCE, DTSTART in Paris time, LOCATION, organiser and attendees', () => {
    const { calendar, vevent, event: e } = parse(invitationIcs(event()));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(e.uid).toBe('E-002@1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
    expect(e.sequence).toBe(0);
    expect(e.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(e.startDate.toString()).toBe('2025-11-20T14:30:00');
    expect(e.startDate.toJSDate().toISOString()).toBe('2025-11-20T13:30:00.000Z'); // winter: UTC+1
    expect(e.endDate.toJSDate().toISOString()).toBe('2025-11-20T14:00:00.000Z');
    expect(e.location).toBe('https://visio.example.org/pacte?room=12;pwd=a,b');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2025-11-01T09:15:00.000Z');
    const organizer = vevent.getFirstProperty('organizer')!;
    expect([organizer.getFirstValue(), organizer.getParameter('cn')]).toEqual([
      'mailto:coordination@example.org',
      'Fédération (test), coordination',
    ]);
    expect(e.attendees.map((a) => [a.getFirstValue(), a.getParameter('cn') ?? null, a.getParameter('role')])).toEqual([
      ['mailto:camille.martin@example.org', 'Camille Cam Martin', 'REQ-PARTICIPANT'],
      ['mailto:marie.dupont@example.org', null, 'REQ-PARTICIPANT'],
    ]);
  });

  it('keeps Paris wall-clock time in summer (UTC+2), and an interview running past midnight ends the next day', () => {
    const { event: summer } = parse(invitationIcs(event({ day: '2026-06-11', start: 9 * 60 })));
    expect(summer.startDate.toJSDate().toISOString()).toBe('2026-06-11T07:00:00.000Z');
    const { event: late } = parse(invitationIcs(event({ start: 23 * 60 + 45, duration: 30 })));
    expect(late.endDate.toString()).toBe('2025-11-21T00:15:00');
  });

  it('escapes commas, semicolons, backslashes and new lines in texts, and reads them back whole', () => {
    const ics = invitationIcs(event());
    expect(ics).toContain('LOCATION:https://visio.example.org/pacte?room=12\\;pwd=a\\,b');
    const { event: e } = parse(ics);
    expect(e.summary).toBe(event().summary);
    expect(e.description).toBe(event().description);
    expect(escapeText('a,b;c\\d\r\ne\rf\u0007')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('ends lines with CRLF and folds them at 75 octets, never inside a character', () => {
    const description = `${'Entretien — sélection « PACTE » à Saint-Brieuc, '.repeat(6)}🙂 fin`;
    const ics = invitationIcs(event({ description }));
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    expect(parse(ics).event.description).toBe(description);
    // Folding alone: a line of 2-octet characters splits on a character boundary.
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').map((l) => Buffer.byteLength(l, 'utf8'))).toEqual([74, 74, 24]);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });

  it('a cancellation: METHOD:CANCEL, STATUS:CANCELLED, the same UID with a higher SEQUENCE', () => {
    const { calendar, vevent, event: e } = parse(invitationIcs(event({ method: 'CANCEL', sequence: 2 })));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect([e.uid, e.sequence]).toEqual(['E-002@1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 2]);
  });
});
