/**
 * The product's one time-zone algorithm (src/domain/dates/zone.ts), checked against the simulator's
 * own (sim/tz.ts, the fake Google's, written independently) on the days where zones get hard: both
 * DST changes, midnight, and 30/12/1899 when Paris kept its mean time (+0:09:21).
 */
import {
  dayOfInstant,
  formatInstantFr,
  hourInParis,
  instantOfDay,
  instantOfSerial,
  instantOfWallClock,
  minutesOfDayInParis,
  serialOfInstant,
  zoneOffset,
} from '../../src/domain/dates';
import { fromWallTime, wallTime, zoneOffsetMs } from '../../sim/tz';

const PARIS = 'Europe/Paris';
const WALLS: Array<[number, number, number, number, number, number]> = [
  [2026, 3, 29, 1, 30, 0],
  [2026, 3, 29, 3, 0, 0],
  [2026, 10, 25, 1, 59, 59],
  [2026, 10, 25, 3, 0, 0],
  [2025, 12, 31, 23, 59, 0],
  [2026, 1, 1, 0, 0, 0],
  [1899, 12, 30, 9, 30, 0],
  [1899, 12, 30, 0, 0, 0],
  [2025, 9, 11, 0, 0, 0],
  [2025, 6, 15, 13, 45, 30],
];

describe('one time-zone algorithm', () => {
  it.each(WALLS)('agrees with the simulator at %i-%i-%i %i:%i:%i, both ways', (y, mo, d, h, mi, s) => {
    const instant = fromWallTime(PARIS, y, mo, d, h, mi, s);
    expect(instantOfWallClock(Date.UTC(y, mo - 1, d, h, mi, s))).toEqual(instant);
    expect(zoneOffset(instant.getTime())).toBe(zoneOffsetMs(instant, PARIS));
    const w = wallTime(instant, PARIS);
    expect(dayOfInstant(instant)).toBe(`${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`);
    expect(hourInParis(instant)).toBe(w.hour);
  });

  it('gives +0:09:21 on 30/12/1899 (Paris mean time), +1 h in winter, +2 h in summer', () => {
    expect(zoneOffset(instantOfSerial(0.375)!.getTime())).toBe((9 * 60 + 21) * 1000);
    expect(zoneOffset(Date.parse('2026-01-15T12:00:00Z'))).toBe(3_600_000);
    expect(zoneOffset(Date.parse('2026-07-15T12:00:00Z'))).toBe(7_200_000);
  });

  it('writes a serial that reads back to the same instant (pacte setup writes what the Sheet reads)', () => {
    for (const day of ['2025-09-11', '2025-12-11', '2026-03-29', '2026-10-25']) {
      const serial = serialOfInstant(instantOfDay(day));
      expect(Number.isInteger(serial)).toBe(true);
      expect(instantOfSerial(serial)).toEqual(instantOfDay(day));
    }
    expect(serialOfInstant(new Date('2025-05-30T20:15:00Z'))).toBeCloseTo(45807 + 22.25 / 24, 9);
  });

  it('shows an instant as Paris clocks do, the minute never rounded up', () => {
    expect(formatInstantFr(new Date('2026-01-05T09:02:59Z'))).toBe('05/01/2026 10:02');
    expect(formatInstantFr(new Date('2026-01-05T09:02:59Z'), true)).toBe('05/01/2026 10:02:59');
    expect(formatInstantFr(new Date('2026-07-05T22:30:00Z'))).toBe('06/07/2026 00:30');
    expect(minutesOfDayInParis(new Date('2026-01-05T09:02:59Z'))).toBe(603); // a time cell rounds
  });
});
