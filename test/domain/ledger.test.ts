/** Keys, the claimed-keys store's packing, and what `Journal` says of a key (pure). */
import { CHUNK_BYTES, decodeKeys, encodeKeys } from '../../src/domain/key-store';
import { attendanceSaveKey, isEmailKey, legacyReminderKey, reminderKey, SCHEDULE_SLUGS } from '../../src/domain/keys';
import { sentKeys, stateOfAction, type JournalLine } from '../../src/domain/sent-keys';
import { instantOfCell } from '../../src/domain/dates';

describe('keys (workbook.md › Relances, Journal)', () => {
  it('name the schedule and stable IDs, as the contract table spells them', () => {
    expect(reminderKey('avant la date limite de candidature', 10, 'C-0001')).toBe('relance:candidature-10:C-0001');
    expect(reminderKey('avant une séance', 7, 'C-0003', 'S2')).toBe('relance:seance-7:C-0003:S2');
    expect(reminderKey('après une séance', 1, 'C-0003', 'S2')).toBe('relance:apres-seance-1:C-0003:S2');
    expect(reminderKey("avant l'échéance d'une production", 7, 'C-0003', 'P-0004')).toBe('relance:production-7:C-0003:P-0004');
    expect(reminderKey("après l'échéance d'une production", 1, 'C-0003', 'P-0004')).toBe('relance:production-retard-1:C-0003:P-0004');
    expect(reminderKey('avant la date limite du mémoire', 30, 'C-0003')).toBe('relance:memoire-30:C-0003');
    expect(reminderKey('avant une soutenance', 14, 'C-0003')).toBe('relance:soutenance-14:C-0003');
    expect(reminderKey('avant une journée de soutenances', 7, 'jury@example.org', '2026-09-24')).toBe(
      'relance:jury-7:jury@example.org:2026-09-24',
    );
    expect(reminderKey('fin de formation', 0, 'C-0003')).toBe('relance:fin-0:C-0003');
    expect(reminderKey('chaque lundi', 0, '2026-01-12')).toBe('relance:lundi-0:2026-01-12');
    expect(Object.keys(SCHEDULE_SLUGS)).toHaveLength(10);
    expect(legacyReminderKey('convocation-j7', 'C-0003', 'S2')).toBe('relance:convocation-j7:C-0003:S2');
    expect(attendanceSaveKey('S2', '2025-12-11', 'Après-midi')).toBe('presences:S2:2025-12-11:apres-midi');
    expect(['relance:x', 'entretien:x', 'decision:x', 'document:x', 'presences:x'].map(isEmailKey)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('the claimed-keys store', () => {
  const year = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const learner = `C-${String(i % 40).padStart(4, '0')}`;
      return i % 3 === 0
        ? `relance:seance-7:${learner}:S${i % 12}`
        : i % 3 === 1
          ? `relance:production-retard-1:${learner}:P-${String(i).padStart(4, '0')}`
          : `relance:jury-7:jury.membre${i}@example.org:2026-09-24`;
    });
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

  it.each([[600], [3000]])('%i keys (a cohort year, and five): every key back, chunks under 9 KB, well under 500 KB', (n) => {
    const keys = year(n);
    const chunks = encodeKeys(keys);
    expect(decodeKeys(chunks)).toEqual(new Set(keys));
    for (const c of chunks) expect(bytes(c)).toBeLessThanOrEqual(CHUNK_BYTES);
    const total = chunks.reduce((a, c) => a + bytes(c), 0);
    expect(total).toBeLessThan(keys.reduce((a, k) => a + bytes(k), 0) / 2);
    expect(total).toBeLessThan((500 * 1024) / 4);
  });

  it('keeps odd keys whole: accents, line breaks, backslashes, a key spanning a chunk edge', () => {
    const keys = ['relance:seance-7:Émile\\n:S1', 'relance:seance-7:Émile\n:S1', 'relance:x:😀', 'a', 'b\r\\'];
    expect(encodeKeys(keys, 40).length).toBeGreaterThan(1);
    expect(decodeKeys(encodeKeys(keys, 40))).toEqual(new Set(keys));
    expect(() => encodeKeys(['x'.repeat(100)], 50)).toThrow(RangeError);
  });
});

describe('what Journal says of a key', () => {
  const line = (key: string, action: string, instant?: number): JournalLine => ({
    key,
    action,
    target: '',
    detail: '',
    ...(instant !== undefined && { instant }),
  });

  it('reads the state from the Action as the contract spells it', () => {
    expect(
      ['Relance en cours', 'Relance envoyée', 'Relance non envoyée', 'Clé restaurée', 'Invitation non envoyée'].map(stateOfAction),
    ).toEqual(['in_progress', 'sent', 'not_sent', 'sent', 'not_sent']);
  });
  it('the latest row by time decides, the outcome winning a tie with its claim; the store covers keys Journal lost', () => {
    const s = sentKeys(
      [
        line('a', 'Relance non envoyée', 2),
        line('a', 'Relance en cours', 1),
        line('b', 'Relance en cours', 5),
        line('b', 'Relance non envoyée', 5),
        line('c', 'Relance en cours', 9),
      ],
      new Set(['c', 'd']),
    );
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => s.isDone(k))).toEqual([false, false, true, true, false]);
    expect([...s.inProgress.keys()]).toEqual(['c']);
    expect(s.toRestore).toEqual(['d']);
  });
});

describe('instantOfCell (Journal’s Horodatage)', () => {
  it('reads a Date, a serial, and French or ISO date-times on Paris clocks', () => {
    const d = new Date('2026-01-15T06:10:00Z');
    expect(instantOfCell(d)).toBe(d.getTime());
    expect(instantOfCell('15/01/2026 07:10')).toBe(d.getTime());
    expect(instantOfCell('2026-07-15 09:00:30')).toBe(new Date('2026-07-15T07:00:30Z').getTime());
    expect(instantOfCell('15/01/2026')).toBe(new Date('2026-01-14T23:00:00Z').getTime());
    expect(instantOfCell(46037.5)).toBe(new Date('2026-01-15T11:00:00Z').getTime());
    expect(instantOfCell('hier')).toBeUndefined();
    expect(instantOfCell('31/02/2026 10:00')).toBeUndefined();
  });
});
