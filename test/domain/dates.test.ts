import {
  addDays,
  dayFromParts,
  dayOfInstant,
  dayOfSerial,
  eachDay,
  formatDayFr,
  formatDayLongFr,
  instantOfDay,
  InvalidDateError,
  instantOfSerial,
  parseDay,
  todayInParis,
} from '../../src/domain/dates';

describe('dates (Europe/Paris calendar days)', () => {
  it('reads JJ/MM/AAAA and AAAA-MM-JJ text, with or without a time part', () => {
    expect(parseDay('11/09/2025')).toBe('2025-09-11');
    expect(parseDay('1/9/2025')).toBe('2025-09-01');
    expect(parseDay(' 2025-09-11 ')).toBe('2025-09-11');
    expect(parseDay('11/09/2025 00:00:00')).toBe('2025-09-11');
    expect(parseDay('2025-09-11T00:00:00Z')).toBe('2025-09-11');
  });

  it('reads Sheet dates (Paris midnight) and xlsx dates (UTC midnight) as the same day', () => {
    expect(parseDay(new Date('2025-09-10T22:00:00Z'))).toBe('2025-09-11'); // Paris summer time
    expect(parseDay(new Date('2025-12-10T23:00:00Z'))).toBe('2025-12-11'); // Paris winter time
    expect(parseDay(new Date('2025-09-11T00:00:00Z'))).toBe('2025-09-11');
  });

  it('reads Excel serial numbers, as numbers or text', () => {
    expect(dayOfSerial(45911)).toBe('2025-09-11');
    expect(parseDay(45911)).toBe('2025-09-11');
    expect(parseDay('45911')).toBe('2025-09-11');
  });

  it('rejects impossible dates with a clear French message', () => {
    expect(() => parseDay('31/02/2026')).toThrow(InvalidDateError);
    expect(() => parseDay('31/02/2026')).toThrow(/Date invalide : « 31\/02\/2026 ».*JJ\/MM\/AAAA/);
    expect(() => parseDay('2026-13-01')).toThrow(InvalidDateError);
    expect(() => parseDay('29/02/2025')).toThrow(InvalidDateError);
    expect(parseDay('29/02/2028')).toBe('2028-02-29');
    expect(() => parseDay('demain')).toThrow(InvalidDateError);
    expect(() => dayFromParts(2026, 4, 31)).toThrow(InvalidDateError);
  });

  it('reads only the years 1990–2100 as dates, however the cell holds them', () => {
    for (const bad of [
      612345678,
      -5,
      3_000_000,
      5000,
      '01/01/1989',
      '2101-01-01',
      new Date(Date.UTC(1899, 11, 25)),
      new Date('10113-01-01T00:00:00Z'),
      new Date(NaN),
    ]) {
      expect(() => parseDay(bad)).toThrow(InvalidDateError);
    }
    expect(() => parseDay(612345678)).toThrow(/« 612345678 »/);
    expect(() => parseDay(new Date(Date.UTC(1899, 11, 25)))).toThrow(/« 25\/12\/1899 »/);
    expect(parseDay('01/01/1990')).toBe('1990-01-01');
    expect(parseDay('31/12/2100')).toBe('2100-12-31');
    expect(parseDay(32874)).toBe('1990-01-01');
    expect(parseDay(73415)).toBe('2100-12-31');
    expect(parseDay(instantOfDay('1990-01-01'))).toBe('1990-01-01');
  });

  it('gives a date-time serial as the instant Paris clocks show it, as Apps Script does', () => {
    // 45807.927083… is 30/05/2025 22:15 (summer time: 20:15 UTC).
    const evening = 45807 + (22 * 60 + 15) / 1440;
    expect(instantOfSerial(evening)!.toISOString()).toBe('2025-05-30T20:15:00.000Z');
    expect(parseDay(instantOfSerial(evening))).toBe('2025-05-30');
    expect(instantOfSerial(45911)).toEqual(instantOfDay('2025-09-11'));
    expect(instantOfSerial(46000)).toEqual(instantOfDay(dayOfSerial(46000))); // winter time
    // 30/03/2025 02:30 does not exist in Paris (clocks jump 02:00 → 03:00): still the 30th.
    expect(dayOfInstant(instantOfSerial(45746 + 2.5 / 24)!)).toBe('2025-03-30');
    expect(instantOfSerial(612345678)).toBeUndefined();
    expect(instantOfSerial(Number.NaN)).toBeUndefined();
  });

  it('treats blanks as no date', () => {
    expect(parseDay('')).toBeUndefined();
    expect(parseDay('   ')).toBeUndefined();
    expect(parseDay(null)).toBeUndefined();
  });

  it('gives today in Paris, not in UTC', () => {
    expect(todayInParis(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(todayInParis(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(todayInParis(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14');
  });

  it('walks days across month ends and DST changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(eachDay('2025-10-30', '2025-11-02')).toEqual(['2025-10-30', '2025-10-31', '2025-11-01', '2025-11-02']);
  });

  it('formats days in French', () => {
    expect(formatDayFr('2025-12-11')).toBe('11/12/2025');
    expect(formatDayLongFr('2025-12-11')).toBe('jeudi 11 décembre 2025');
    expect(formatDayLongFr('2025-12-11', false)).toBe('jeudi 11 décembre');
  });

  it('gives the Paris midnight instant of a day, both sides of DST', () => {
    expect(instantOfDay('2025-09-11').toISOString()).toBe('2025-09-10T22:00:00.000Z');
    expect(instantOfDay('2025-12-11').toISOString()).toBe('2025-12-10T23:00:00.000Z');
    expect(dayOfInstant(instantOfDay('2026-03-29'))).toBe('2026-03-29');
  });
});
