/** « Créer des créneaux »: one form, back-to-back slots, the next E-… IDs, never reused. */
import { formatSlotId, planNewSlots, slotNumber, type SlotForm } from '../../src/domain/selection/create-slots';
import { candidateIndex, checkSlots } from '../../src/domain/selection/slots';
import { planSlotIds } from '../../src/workbook/ids';
import { readSlotRows, slotRowCells } from '../../src/workbook/selection';
import { SLOTS_TAB } from '../../src/workbook/schema';
import { readTable } from '../../src/workbook/table';
import { tab } from '../helpers/workbook';

const form = (overrides: Partial<SlotForm> = {}): SlotForm => ({
  date: '20/11/2025',
  firstTime: '9h',
  count: 3,
  duration: 30,
  link: 'https://visio.example.org/copil',
  jury: 'Marie Dupont, ars@example.org',
  ...overrides,
});

describe('slots from the form', () => {
  it('makes back-to-back slots numbered after the tab and the counter', () => {
    const result = planNewSlots(form({ firstTime: '14:30', duration: 45 }), { lastIssued: 4, existing: ['E-002', 'e-007', 'E-x', ''] });
    expect(result).toEqual({
      ok: true,
      lastIssued: 10,
      slots: [
        {
          id: 'E-008',
          day: '2025-11-20',
          start: 870,
          time: '14:30',
          duration: 45,
          link: 'https://visio.example.org/copil',
          jury: 'Marie Dupont, ars@example.org',
        },
        {
          id: 'E-009',
          day: '2025-11-20',
          start: 915,
          time: '15:15',
          duration: 45,
          link: 'https://visio.example.org/copil',
          jury: 'Marie Dupont, ars@example.org',
        },
        {
          id: 'E-010',
          day: '2025-11-20',
          start: 960,
          time: '16:00',
          duration: 45,
          link: 'https://visio.example.org/copil',
          jury: 'Marie Dupont, ars@example.org',
        },
      ],
    });
  });

  it("never reuses an ID: a deleted slot's number stays taken through the counter", () => {
    const result = planNewSlots(form({ count: 1 }), { lastIssued: 12, existing: ['E-003'] });
    expect(result.ok && result.slots.map((s) => s.id)).toEqual(['E-013']);
    expect([formatSlotId(1), formatSlotId(1000), slotNumber(' e-042 '), slotNumber('C-0001')]).toEqual(['E-001', 'E-1000', 42, undefined]);
  });

  it('30 minutes when no duration is given', () => {
    const { duration: _omitted, ...rest } = form();
    const result = planNewSlots(rest, { lastIssued: 0, existing: [] });
    expect(result.ok && result.slots.map((s) => [s.time, s.duration])).toEqual([
      ['09:00', 30],
      ['09:30', 30],
      ['10:00', 30],
    ]);
  });

  it('refuses a bad form with every fault in French, and makes nothing', () => {
    const result = planNewSlots(
      { date: '31/02/2025', firstTime: 'midi', count: 0, duration: 600, link: 'visio', jury: ' , ' },
      { lastIssued: 0, existing: [] },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.stringContaining('« 31/02/2025 »'),
        expect.stringContaining('« midi »'),
        expect.stringContaining('entre 1 et 100'),
        expect.stringContaining('entre 10 et 240'),
        expect.stringContaining('« visio »'),
        expect.stringContaining('membre du jury'),
      ],
    });
    expect(planNewSlots(form({ firstTime: '23h', count: 3 }), { lastIssued: 0, existing: [] })).toEqual({
      ok: false,
      errors: [expect.stringContaining('minuit')],
    });
  });

  it('the rows it gives read back as the same slots, without a problem', () => {
    const result = planNewSlots(form(), { lastIssued: 0, existing: [] });
    if (!result.ok) throw new Error('form refused');
    const values = tab(SLOTS_TAB, result.slots.map(slotRowCells));
    const { slots, problems } = checkSlots(readSlotRows(readTable(values, SLOTS_TAB)), candidateIndex([]));
    expect(problems).toEqual([]);
    expect(slots.map((s) => [s.id, s.day, s.start, s.duration])).toEqual(result.slots.map((s) => [s.id, s.day, s.start, s.duration]));
  });

  it('gives a Créneau to rows a person typed without one, after the highest ever issued', () => {
    const values = tab(SLOTS_TAB, [
      { Créneau: 'E-004', Date: '20/11/2025' },
      { Date: '21/11/2025', Heure: '9h' },
    ]);
    const plan = planSlotIds(readTable(values, SLOTS_TAB), 6);
    expect(plan.updates).toEqual([{ row: 3, column: 0, value: 'E-007' }]);
    expect(plan.lastIssued).toBe(7);
  });
});
