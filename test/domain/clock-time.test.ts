/** `Heure` cells however they come: a Sheet time, an xlsx fraction, text staff type, Google's CSV. */
import { formatClockIso, formatClockTime, formatClockWords, instantOfSerial, parseClockTime } from '../../src/domain/dates';

describe('parseClockTime (minutes since midnight)', () => {
  it.each([
    ['9h', 540],
    ['9h30', 570],
    ['9 h 30', 570],
    ['09H05', 545],
    ['09:00', 540],
    ['9:00', 540],
    ['14:30:00', 870],
    [' 17h ', 1020],
    ['9', 540],
    ['0h00', 0],
    ['23h59', 1439],
    ['9:00 AM', 540],
    ['1:30 pm', 810],
    ['12:00 am', 0],
  ])('reads the text %p', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  it.each(['', ' ', '24h00', '9h60', '9h3', '9:', '930', '9.30', 'neuf heures', '13:00 PM', '0:30 am', 'h30', '9-10'])(
    'refuses %p',
    (text) => {
      expect(parseClockTime(text)).toBeUndefined();
    },
  );

  it('reads an xlsx fraction of a day, the time of a date-time serial, and a whole number as hours', () => {
    expect(parseClockTime(0.375)).toBe(540);
    expect(parseClockTime(0.5625)).toBe(810);
    expect(parseClockTime(46289.40625)).toBe(585);
    expect(parseClockTime(14)).toBe(840);
    expect(parseClockTime(46289)).toBeUndefined(); // a date alone says no time
    expect(parseClockTime(-0.5)).toBeUndefined();
    expect(parseClockTime(Number.NaN)).toBeUndefined();
  });

  it('keeps a fraction that rounds up to 24:00 on 23:59, as a Sheet time does, rather than change day', () => {
    expect(parseClockTime(0.99999)).toBe(1439);
    expect(parseClockTime(46289.99999)).toBe(1439);
    expect(parseClockTime(new Date('2026-01-15T22:59:45Z'))).toBe(1439);
  });

  it('reads a Sheet time as its Paris clock shows it, on 30/12/1899 (local mean time) as in summer', () => {
    // What Apps Script and the xlsx reader give for a time cell: an instant on 1899-12-30.
    expect(parseClockTime(instantOfSerial(0.375)!)).toBe(540);
    expect(parseClockTime(instantOfSerial(0.6041666666666666)!)).toBe(870);
    expect(parseClockTime(new Date('2026-09-24T07:30:00Z'))).toBe(570); // 9h30 in Paris (summer time)
    expect(parseClockTime(new Date('2026-01-15T08:00:00Z'))).toBe(540); // 9h00 in Paris (winter time)
    // A few seconds off (another reading of 1899's offset) still gives the minute staff typed.
    expect(parseClockTime(new Date(instantOfSerial(0.375)!.getTime() - 21_000))).toBe(540);
    expect(parseClockTime(new Date(Number.NaN))).toBeUndefined();
  });

  it('ignores what is no time at all', () => {
    expect(parseClockTime(undefined)).toBeUndefined();
    expect(parseClockTime(null)).toBeUndefined();
    expect(parseClockTime(true)).toBeUndefined();
  });
});

describe('formatClockTime', () => {
  it('writes 9h00 and 14h30, which parseClockTime reads back', () => {
    expect(formatClockTime(540)).toBe('9h00');
    expect(formatClockTime(870)).toBe('14h30');
    for (let m = 0; m < 1440; m += 7) expect(parseClockTime(formatClockTime(m))).toBe(m);
  });
});

describe('the other written forms of a time', () => {
  it('hh:mm for keys and JSON, « 14 h 30 » in sentences', () => {
    expect([formatClockIso(540), formatClockIso(870), formatClockIso(5)]).toEqual(['09:00', '14:30', '00:05']);
    expect([formatClockWords(540), formatClockWords(870), formatClockWords(605)]).toEqual(['9 h', '14 h 30', '10 h 05']);
    for (let m = 0; m < 1440; m += 7) expect(parseClockTime(formatClockIso(m))).toBe(m);
  });
});
