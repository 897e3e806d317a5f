/** `Entretiens` problems, each on its row (workbook.md › Selection, issue 18 « Bad input »). */
import { candidateIndex, checkSlots, isWebAddress, readJury } from '../../src/domain/selection/slots';
import { selectionCandidate, slotRow } from '../helpers/selection';

const known = candidateIndex([selectionCandidate({ id: 'C-0001' }), selectionCandidate({ id: 'C-0002', row: 3 })]);
const check = (...rows: Parameters<typeof slotRow>[0][]) =>
  checkSlots(
    rows.map((r, i) => slotRow({ row: i + 2, id: `E-00${i + 1}`, ...r })),
    known,
  );
const codes = (result: ReturnType<typeof checkSlots>) => result.problems.map((p) => [p.row, p.code]);

describe('checking slots', () => {
  it('finds nothing wrong with a clean tab, and reads each slot', () => {
    const result = check(
      { time: '9h', duration: '' },
      { time: '9h30', duration: 45, jury: 'Paul Martin, ars@example.org', candidateId: 'c-0002' },
    );
    expect(result.problems).toEqual([]);
    expect(result.slots.map((s) => [s.id, s.day, s.start, s.duration, s.jury.map((j) => j.key), s.candidateId, s.schedulable])).toEqual([
      ['E-001', '2025-11-20', 540, 30, ['marie dupont'], '', true],
      ['E-002', '2025-11-20', 570, 45, ['paul martin', 'ars@example.org'], 'c-0002', true],
    ]);
  });

  it('a slot without a readable date or time, or with a duration of 0 or 600: a problem on its row, not schedulable', () => {
    const result = check(
      {},
      { date: {} },
      { date: { invalid: '31/02/2025' } },
      { time: '' },
      { time: 'midi' },
      { duration: 0 },
      { duration: 600 },
    );
    expect(codes(result)).toEqual([
      [3, 'slot_without_date'],
      [4, 'slot_without_date'],
      [5, 'slot_without_time'],
      [6, 'slot_without_time'],
      [7, 'slot_bad_duration'],
      [8, 'slot_bad_duration'],
    ]);
    expect(result.slots.map((s) => s.schedulable)).toEqual([true, false, false, false, false, false, false]);
    expect(result.problems[1]!.message).toContain('« 31/02/2025 »');
    expect(result.problems[3]!.message).toContain('« midi »');
    expect(result.problems[5]!.message).toMatch(/« 600 ».*entre 10 et 240/);
  });

  it('a visio link that is not a web address', () => {
    const result = check(
      { link: 'meet.example.org/abc' },
      { link: '', time: '10h' },
      { link: 'https://meet.example.org/abc-def?pwd=1', time: '11h' },
    );
    expect(codes(result)).toEqual([[2, 'slot_bad_link']]);
    expect(result.problems[0]!.message).toContain('https://');
    expect(result.slots[0]!.schedulable).toBe(true); // the link is fixed before sending; the slot still has its place
    expect(['http://visio.example.org', 'https://a.b/c d', 'ftp://x.example.org', 'https://localhost'].map(isWebAddress)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('an ID candidat unknown to Candidatures', () => {
    expect(codes(check({ candidateId: 'C-0099' }))).toEqual([[2, 'unknown_candidate']]);
    expect(check({ candidateId: 'C-0099' }).problems[0]!.message).toContain('« C-0099 »');
  });

  it('a candidate in two slots: said on the later row, naming the first', () => {
    const result = check({ candidateId: 'C-0001' }, { time: '10h' }, { time: '11h', candidateId: ' c-0001 ' });
    expect(codes(result)).toEqual([[4, 'candidate_in_two_slots']]);
    expect(result.problems[0]!.message).toContain('E-001 (ligne 2)');
  });

  it('a jury member in two overlapping slots: said on the later row of the tab, whatever the times', () => {
    const result = check(
      { time: '10h', jury: 'Marie Dupont, Paul Martin' },
      { time: '9h45', jury: 'marie  DUPONT' }, // 9:45–10:15 overlaps 10:00–10:30, typed below it
      { time: '10h30', jury: 'Marie Dupont' }, // starts when the first ends: no overlap
      { time: '10h', date: { day: '2025-11-21' }, jury: 'Marie Dupont' }, // another day
      { time: '10h', jury: 'Léa Roux <lea.roux@example.org>' },
      { time: '10h15', jury: 'LEA.ROUX@example.org' }, // the same person by address
    );
    expect(codes(result)).toEqual([
      [3, 'jury_overlap'],
      [7, 'jury_overlap'],
    ]);
    expect(result.problems[0]!.message).toMatch(/^marie {2}DUPONT est déjà dans le créneau E-001 \(ligne 2\)/);
  });

  it('names every shared member once per pair of slots', () => {
    const result = check({ jury: 'A, B, C' }, { jury: 'B, C, D', time: '9h15' });
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^B et C sont déjà dans le créneau E-001/)]);
  });

  it('a row without Créneau, or with a Créneau already used: neither copy is offered', () => {
    const result = checkSlots(
      [slotRow({ row: 2, id: '' }), slotRow({ row: 3, id: 'E-002', time: '10h' }), slotRow({ row: 4, id: 'e-002', time: '14h' })],
      known,
    );
    expect(codes(result)).toEqual([
      [2, 'slot_without_id'],
      [4, 'duplicate_slot_id'],
    ]);
    expect(result.slots.map((s) => s.schedulable)).toEqual([false, false, false]);
  });

  it('reads a jury list: commas, semicolons and lines; each member once', () => {
    expect(readJury('Marie Dupont, ars@example.org ;Paul\nmarie dupont,,')).toEqual([
      { label: 'Marie Dupont', key: 'marie dupont' },
      { label: 'ars@example.org', key: 'ars@example.org' },
      { label: 'Paul', key: 'paul' },
    ]);
  });
});
