import { defaultSelection } from '../../src/domain/attendance';
import type { SessionRow } from '../../src/workbook/cohort';

const session = (id: string, start: string, end = start): SessionRow => ({
  row: 2,
  id,
  title: id,
  type: 'Séminaire',
  start,
  end,
  place: '',
  compulsory: true,
});
const sessions = [session('S1', '2025-10-16', '2025-10-17'), session('S2', '2025-12-11', '2025-12-12')];

describe('the half-day the attendance sidebar opens on', () => {
  it('is the half-day in progress on a session day (afternoon from 13:00 Paris time)', () => {
    expect(defaultSelection(sessions, new Date('2025-10-16T09:00:00+02:00'))).toEqual({
      sessionId: 'S1',
      day: '2025-10-16',
      halfDay: 'Matin',
    });
    expect(defaultSelection(sessions, new Date('2025-10-16T12:59:00+02:00'))!.halfDay).toBe('Matin');
    expect(defaultSelection(sessions, new Date('2025-10-16T13:00:00+02:00'))!.halfDay).toBe('Après-midi');
    expect(defaultSelection(sessions, new Date('2025-10-16T21:00:00+02:00'))!.halfDay).toBe('Après-midi');
  });

  it('is the latest half-day that happened otherwise (never a future one), the first one before the calendar', () => {
    expect(defaultSelection(sessions, new Date('2025-10-18T10:00:00+02:00'))).toEqual({
      sessionId: 'S1',
      day: '2025-10-17',
      halfDay: 'Après-midi',
    });
    expect(defaultSelection(sessions, new Date('2025-12-11T12:59:00+01:00'))).toEqual({
      sessionId: 'S2',
      day: '2025-12-11',
      halfDay: 'Matin',
    });
    expect(defaultSelection(sessions, new Date('2025-09-01T10:00:00+02:00'))).toEqual({
      sessionId: 'S1',
      day: '2025-10-16',
      halfDay: 'Matin',
    });
    expect(defaultSelection(sessions, new Date('2026-06-01T10:00:00+02:00'))).toEqual({
      sessionId: 'S2',
      day: '2025-12-12',
      halfDay: 'Après-midi',
    });
    expect(defaultSelection([], new Date())).toBeNull();
  });

  it('reads the clock in Paris, not UTC', () => {
    // 23:30 UTC on the 15th is already the 16th in Paris.
    expect(defaultSelection(sessions, new Date('2025-10-15T23:30:00Z'))).toEqual({ sessionId: 'S1', day: '2025-10-16', halfDay: 'Matin' });
  });
});
