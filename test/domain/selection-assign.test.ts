/**
 * The interview planner (issue 18 › Proof): earliest first, never a jury member in two overlapping
 * slots, never a candidate twice, a typed assignment kept, stable, the rest listed with a reason.
 */
import { planAssignment, type AssignmentPlan } from '../../src/domain/selection/assign';
import { candidateIndex, checkSlots } from '../../src/domain/selection/slots';
import type { SelectionCandidate, SlotRow } from '../../src/domain/selection/types';
import { selectionCandidate, slotRow, waitingCandidates } from '../helpers/selection';

/** Plans, then applies the plan to the rows as the adapter would (by Créneau and ID), for a second run. */
function plan(
  rows: SlotRow[],
  candidates: SelectionCandidate[],
  now?: Date,
): { plan: AssignmentPlan; rows: SlotRow[]; candidates: SelectionCandidate[] } {
  const { slots } = checkSlots(rows, candidateIndex(candidates));
  const result = planAssignment({ slots, candidates, ...(now && { now }) });
  const bySlot = new Map(result.slotUpdates.map((u) => [u.slot, u.value]));
  const dates = new Map(result.interviewDates.map((u) => [u.candidateId, u.day]));
  return {
    plan: result,
    rows: rows.map((r) => (bySlot.has(r.id) ? { ...r, candidateId: bySlot.get(r.id)! } : r)),
    candidates: candidates.map((c) => (dates.has(c.id) ? { ...c, interviewDate: { day: dates.get(c.id)! } } : c)),
  };
}

const slots = (...specs: Array<Partial<SlotRow>>) =>
  specs.map((s, i) => slotRow({ row: i + 2, id: `E-${String(i + 1).padStart(3, '0')}`, jury: `Jury ${i + 1}`, ...s }));
const pairs = (p: AssignmentPlan) => p.assignments.map((a) => `${a.slot}=${a.candidateId}`);

describe('assigning candidates to interview slots', () => {
  it('gives the earliest free slots first, whatever the order of the tab, and writes by Créneau', () => {
    const rows = slots({ time: '11h' }, { time: '9h', date: { day: '2025-11-21' } }, { time: '9h30' }, { time: '9h' });
    const { plan: p } = plan(rows, waitingCandidates(3));
    expect(pairs(p)).toEqual(['E-004=C-0001', 'E-003=C-0002', 'E-001=C-0003']);
    expect(p.slotUpdates).toEqual([
      { slot: 'E-004', header: 'ID candidat', value: 'C-0001' },
      { slot: 'E-003', header: 'ID candidat', value: 'C-0002' },
      { slot: 'E-001', header: 'ID candidat', value: 'C-0003' },
    ]);
    expect(p.assignments[0]).toEqual({ slot: 'E-004', candidateId: 'C-0001', day: '2025-11-20', time: '09:00' });
    expect(p.unassigned).toEqual([]);
  });

  it("Date d'entretien follows the slot, by ID", () => {
    const candidates = waitingCandidates(2);
    candidates[1] = { ...candidates[1]!, interviewDate: { day: '2025-11-20' } };
    const rows = slots(
      { time: '9h' },
      { time: '10h', candidateId: 'C-0002' },
      { time: '9h', date: { day: '2025-11-24' }, candidateId: 'C-0099' },
    );
    const { plan: p } = plan(rows, candidates);
    expect(p.interviewDates).toEqual([{ candidateId: 'C-0001', day: '2025-11-20' }]);
    // A candidate whose date says another day is corrected.
    candidates[1] = { ...candidates[1]!, interviewDate: { day: '2025-11-19' } };
    expect(plan(rows, candidates).plan.interviewDates).toEqual([
      { candidateId: 'C-0001', day: '2025-11-20' },
      { candidateId: 'C-0002', day: '2025-11-20' },
    ]);
  });

  it('never puts a jury member in two overlapping slots: the overlapping free slot is passed over', () => {
    const rows = slots(
      { time: '9h', jury: 'Marie Dupont, Paul Martin' },
      { time: '9h15', jury: 'paul martin' }, // overlaps E-001 through Paul Martin
      { time: '9h15', jury: 'Léa Roux' },
      { time: '9h30', jury: 'Paul Martin' }, // starts when E-001 ends
    );
    const { plan: p } = plan(rows, waitingCandidates(4));
    expect(pairs(p)).toEqual(['E-001=C-0001', 'E-003=C-0002', 'E-004=C-0003']);
    expect(p.unassigned.map((u) => [u.candidateId, u.reason])).toEqual([['C-0004', 'no_free_slot']]);
  });

  it('weighs slots already taken: a jury member busy in a typed assignment is not booked at the same time', () => {
    const rows = slots(
      { time: '9h', jury: 'Marie Dupont', candidateId: 'C-0009' },
      { time: '9h', jury: 'Marie Dupont' },
      { time: '10h', jury: 'Marie Dupont' },
    );
    const candidates = [...waitingCandidates(1), selectionCandidate({ id: 'C-0009', row: 9, status: 'Entretien' })];
    expect(pairs(plan(rows, candidates).plan)).toEqual(['E-003=C-0001']);
  });

  it('keeps a typed assignment, even on a later slot, and never gives a candidate a second slot', () => {
    const rows = slots({ time: '9h' }, { time: '10h', candidateId: 'c-0001' }, { time: '11h' });
    const { plan: p } = plan(rows, waitingCandidates(2));
    expect(pairs(p)).toEqual(['E-001=C-0002']);
    expect(p.slotUpdates.map((u) => u.slot)).not.toContain('E-002');
  });

  it('assigns only candidates at Entretien (in any case), each ID once', () => {
    const candidates = [
      selectionCandidate({ id: 'C-0001', status: 'Pré-sélectionné' }),
      selectionCandidate({ id: 'C-0002', row: 3, status: 'entretien' }),
      selectionCandidate({ id: 'C-0003', row: 4, status: 'Retenu' }),
      selectionCandidate({ id: 'c-0002', row: 5, status: 'Entretien' }), // a copied row
    ];
    expect(pairs(plan(slots({}, { time: '10h' }, { time: '11h' }), candidates).plan)).toEqual(['E-001=C-0002']);
  });

  it('offers no slot with a problem that takes its place in time away, nor a slot already past', () => {
    const rows = slots(
      { time: 'midi' },
      { duration: 600, time: '8h' },
      { id: '', time: '8h30' },
      { time: '10h', date: { day: '2025-11-19' } },
      { time: '11h' },
    );
    const { plan: p } = plan(rows, waitingCandidates(2), new Date('2025-11-19T12:00:00Z'));
    expect(pairs(p)).toEqual(['E-005=C-0001']);
    expect(p.unassigned.map((u) => u.candidateId)).toEqual(['C-0002']);
  });

  it('more candidates than slots: the rest listed, each with a French reason; a row without ID too', () => {
    const candidates = [...waitingCandidates(3), selectionCandidate({ id: '', row: 9 })];
    const { plan: p } = plan(slots({ time: '9h' }, { time: '10h' }), candidates);
    expect(pairs(p)).toEqual(['E-001=C-0001', 'E-002=C-0002']);
    expect(p.unassigned).toEqual([
      { candidateId: '', row: 9, reason: 'no_id', message: expect.stringContaining('ligne 9') },
      { candidateId: 'C-0003', row: 4, reason: 'no_free_slot', message: expect.stringMatching(/^C-0003 : aucun créneau libre/) },
    ]);
  });

  it('is stable: run again on its own output, it changes nothing', () => {
    const rows = slots(
      { time: '9h', jury: 'A, B' },
      { time: '9h', jury: 'B' },
      { time: '9h30', jury: 'A' },
      { time: '9h', jury: 'C' },
      { time: '10h', date: { day: '2025-11-21' }, jury: 'A' },
      { time: '10h15', date: { day: '2025-11-21' }, jury: 'A' },
    );
    const first = plan(rows, waitingCandidates(7));
    expect(first.plan.assignments).toHaveLength(4);
    const second = plan(first.rows, first.candidates);
    expect(second.plan.assignments).toEqual([]);
    expect(second.plan.slotUpdates).toEqual([]);
    expect(second.plan.interviewDates).toEqual([]);
    expect(second.plan.unassigned.map((u) => u.candidateId)).toEqual(first.plan.unassigned.map((u) => u.candidateId));
  });

  it('assigns 60 candidates to 60 slots over two days with three juries, none double-booked', () => {
    const rows: SlotRow[] = [];
    for (let i = 0; i < 60; i++) {
      rows.push(
        slotRow({
          row: i + 2,
          id: `E-${String(i + 1).padStart(3, '0')}`,
          date: { day: i < 30 ? '2025-11-20' : '2025-11-21' },
          time: `${9 + Math.floor((i % 30) / 3)}h`,
          jury: `Jury ${i % 3}, Présidence ${i % 3}`,
        }),
      );
    }
    const { plan: p, rows: after } = plan(rows, waitingCandidates(60));
    expect(p.assignments).toHaveLength(60);
    expect(checkSlots(after, candidateIndex(waitingCandidates(60))).problems).toEqual([]);
  });
});
