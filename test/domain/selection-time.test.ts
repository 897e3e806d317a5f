/** `Heure` and `Durée (min)` read however a cell holds them (workbook.md › Selection): `Heure` by the one clock reader. */
import { formatClockIso, instantOfSerial, parseClockTime as readTime } from '../../src/domain/dates';
import { readDuration } from '../../src/domain/selection/time';
import { fromWallTime } from '../../sim/tz';

describe('Heure', () => {
  it.each([
    ['9h', 540],
    ['9h30', 570],
    ['09:00', 540],
    ['9:00', 540],
    ['14:30', 870],
    [' 9 h 30 ', 570],
    ['9H05', 545],
    ['09:00:00', 540],
    ['0h', 0],
    ['23:59', 1439],
  ])('reads the text %p as %p minutes', (text, minutes) => {
    expect(readTime(text)).toBe(minutes);
  });

  it('reads a Sheet time: 30/12/1899 at that time in Paris (local mean time then, +0:09:21)', () => {
    expect(readTime(fromWallTime('Europe/Paris', 1899, 12, 30, 9, 30))).toBe(570);
    expect(readTime(fromWallTime('Europe/Paris', 1899, 12, 30, 14, 0))).toBe(840);
    // The same cell read from an .xlsx by our reader (a date style on 0.375).
    expect(readTime(instantOfSerial(0.375)!)).toBe(540);
  });

  it('reads a date-time typed in the cell by its Paris time, winter and summer', () => {
    expect(readTime(new Date('2025-11-20T13:30:00Z'))).toBe(870);
    expect(readTime(new Date('2026-06-11T07:00:00Z'))).toBe(540);
  });

  it('reads the fraction of a day an .xlsx holds without its format', () => {
    expect(readTime(0.375)).toBe(540);
    expect(readTime(14.5 / 24)).toBe(870);
    expect(readTime(0)).toBe(0);
  });

  it('reads a date-time serial by its time, and a whole number as hours (the one reader is the lenient one)', () => {
    expect(readTime(1.5)).toBe(720);
    expect(readTime(9)).toBe(540);
  });

  it.each([['25h'], ['9h75'], ['midi'], [''], ['9.30'], ['9h30h'], ['24:00'], [-0.1], [true], [null], [undefined]])(
    'reads nothing from %p',
    (cell) => {
      expect(readTime(cell as never)).toBeUndefined();
    },
  );

  it('writes HH:MM', () => {
    expect([formatClockIso(540), formatClockIso(870), formatClockIso(5)]).toEqual(['09:00', '14:30', '00:05']);
  });
});

describe('Durée (min)', () => {
  it('is 30 when empty, a whole number of minutes from 10 to 240 otherwise', () => {
    expect(readDuration('')).toEqual({ minutes: 30 });
    expect(readDuration(null)).toEqual({ minutes: 30 });
    expect(readDuration(45)).toEqual({ minutes: 45 });
    expect(readDuration('45 min')).toEqual({ minutes: 45 });
    expect(readDuration(10)).toEqual({ minutes: 10 });
    expect(readDuration('240')).toEqual({ minutes: 240 });
  });

  it.each([[0], [600], [9], [241], ['une heure'], [22.5], ['-30'], [true]])('refuses %p', (cell) => {
    expect(readDuration(cell as never)).toEqual({ invalid: true });
  });
});
