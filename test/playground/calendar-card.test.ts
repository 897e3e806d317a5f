/**
 * An `.ics` attachment as the Envois panel's card: the product's own invitation files (RFC 5545,
 * folded, escaped, Paris local times) read back as what, when and where; anything but one simple
 * event is left as text.
 */
import { calendarCard } from '../../scripts/playground/calendar-card';
import { invitationIcs, type InvitationEvent } from '../../src/domain/selection/ics';

const EVENT: InvitationEvent = {
  method: 'REQUEST',
  uid: 'C-07@sheet-1',
  sequence: 0,
  day: '2025-11-20',
  start: 14 * 60 + 30,
  duration: 30,
  location: 'https://visio.example.org/salle-7, bureau 2',
  summary: 'Entretien PACTE — Camille Martin, médecin généraliste à Quimperlé (Finistère), cohorte 2026',
  description: 'Bonjour,\nvotre entretien; 30 minutes.',
  organizer: { email: 'coordination@example.org', name: 'Coordination : Bretagne' },
  attendees: [{ email: 'camille.martin@example.org', name: 'Camille Martin' }],
  stamp: new Date('2025-11-04T09:00:00Z'),
};

describe('calendarCard', () => {
  it('reads an invitation the product writes: folded summary, escaped text, Paris times as JJ/MM/AAAA', () => {
    const ics = invitationIcs(EVENT);
    expect(ics).toMatch(/\r\n /); // the summary is folded: the card must unfold it
    expect(calendarCard(ics)).toEqual({
      summary: EVENT.summary,
      when: '20/11/2025, 14:30 – 15:00',
      location: 'https://visio.example.org/salle-7, bureau 2',
      description: 'Bonjour,\nvotre entretien; 30 minutes.',
      cancelled: false,
    });
  });

  it('says a cancellation is one (METHOD:CANCEL), and an event running past midnight ends on its own day', () => {
    const card = calendarCard(invitationIcs({ ...EVENT, method: 'CANCEL', sequence: 1, start: 23 * 60 + 30, duration: 60 }));
    expect(card).toMatchObject({ cancelled: true, when: '20/11/2025 23:30 – 21/11/2025 00:30' });
  });

  it('shows a UTC time in Paris time, an all-day event as its day, another zone as written with its name', () => {
    const one = (lines: string) => calendarCard(`BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n${lines}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`);
    expect(one('SUMMARY:Été\r\nDTSTART:20250701T080000Z\r\nDTEND:20250701T090000Z')?.when).toBe('01/07/2025, 10:00 – 11:00');
    expect(one('SUMMARY:Hiver\r\nDTSTART:20260115T080000Z')?.when).toBe('15/01/2026, 09:00');
    expect(one('DTSTART;VALUE=DATE:20260115\r\nDTEND;VALUE=DATE:20260116')).toMatchObject({ when: '15/01/2026', summary: '(sans titre)' });
    expect(one('DTSTART;TZID="America/Cayenne":20260115T080000')?.when).toBe('15/01/2026, 08:00 (America/Cayenne)');
    expect(one('STATUS:CANCELLED\r\nDTSTART:20260115T080000')?.cancelled).toBe(true);
  });

  it('leaves as text what is not one simple event: two events, a recurring one, no start, not iCalendar', () => {
    const event = 'BEGIN:VEVENT\r\nDTSTART:20260115T080000\r\nEND:VEVENT\r\n';
    expect(calendarCard(`BEGIN:VCALENDAR\r\n${event}${event}END:VCALENDAR`)).toBeUndefined();
    expect(calendarCard('BEGIN:VEVENT\r\nDTSTART:20260115T080000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT')).toBeUndefined();
    expect(calendarCard('BEGIN:VEVENT\r\nSUMMARY:Sans date\r\nEND:VEVENT')).toBeUndefined();
    expect(calendarCard('BEGIN:VEVENT\r\nDTSTART:demain\r\nEND:VEVENT')).toBeUndefined();
    expect(calendarCard('BEGIN:VEVENT\r\nDTSTART:20260115T080000')).toBeUndefined();
    expect(calendarCard('%PDF-1.4')).toBeUndefined();
  });
});
