/**
 * The planner's writes land by `Créneau` and `ID` on the tabs as read again at write time: staff may
 * sort, insert or delete rows between the preview and « Confirmer », or fill a slot by hand meanwhile.
 */
import { planAssignment } from '../../src/domain/selection/assign';
import { candidateIndex, checkSlots } from '../../src/domain/selection/slots';
import { readSelectionCandidates, readSlotRows, resolveInterviewDates, resolveSlotUpdates } from '../../src/workbook/selection';
import { CANDIDATES_TAB, SLOTS_TAB } from '../../src/workbook/schema';
import { readTable } from '../../src/workbook/table';
import { instantOfDay } from '../../src/domain/dates';
import { candidate, tab } from '../helpers/workbook';

const slotValues = (ids: string[], typed: Record<string, string> = {}) =>
  tab(
    SLOTS_TAB,
    ids.map((id, i) => ({ Créneau: id, Date: '20/11/2025', Heure: `${9 + i}h`, Jury: `Jury ${i}`, 'ID candidat': typed[id] ?? '' })),
  );

describe('writing the plan', () => {
  const candidatesTable = readTable(
    tab(CANDIDATES_TAB, [
      candidate({ ID: 'C-0001', Statut: 'Entretien' }),
      candidate({ ID: 'C-0002', Statut: 'Entretien', 'E-mail': 'b@example.org' }),
    ]),
    CANDIDATES_TAB,
  );
  const candidates = readSelectionCandidates(candidatesTable);
  const planned = planAssignment({
    slots: checkSlots(readSlotRows(readTable(slotValues(['E-001', 'E-002', 'E-003']), SLOTS_TAB)), candidateIndex(candidates)).slots,
    candidates,
  });

  it('finds each slot by Créneau in the tab as it is now (sorted, a row inserted above)', () => {
    expect(planned.slotUpdates.map((u) => `${u.slot}=${u.value}`)).toEqual(['E-001=C-0001', 'E-002=C-0002']);
    const now = readTable(slotValues(['E-009', 'E-003', 'E-002', 'E-001']), SLOTS_TAB);
    const column = SLOTS_TAB.headers.indexOf('ID candidat');
    expect(resolveSlotUpdates(now, planned.slotUpdates)).toEqual({
      updates: [
        { row: 5, column, value: 'C-0001' },
        { row: 4, column, value: 'C-0002' },
      ],
      skipped: [],
    });
  });

  it('never overwrites a slot someone filled meanwhile, nor writes for a slot deleted', () => {
    const now = readTable(slotValues(['E-001'], { 'E-001': 'C-0042' }), SLOTS_TAB);
    expect(resolveSlotUpdates(now, planned.slotUpdates)).toEqual({ updates: [], skipped: ['E-001', 'E-002'] });
  });

  it('writes a Créneau found on two rows (a row copied) on the first one only', () => {
    const now = readTable(slotValues(['E-002', 'E-001', 'E-001']), SLOTS_TAB);
    const column = SLOTS_TAB.headers.indexOf('ID candidat');
    expect(resolveSlotUpdates(now, planned.slotUpdates).updates).toEqual([
      { row: 3, column, value: 'C-0001' },
      { row: 2, column, value: 'C-0002' },
    ]);
  });

  it("sets Date d'entretien by ID, as a Sheet date, wherever the candidate's row now is", () => {
    expect(planned.interviewDates).toEqual([
      { candidateId: 'C-0001', day: '2025-11-20' },
      { candidateId: 'C-0002', day: '2025-11-20' },
    ]);
    const sorted = readTable(tab(CANDIDATES_TAB, [candidate({ ID: 'C-0002' }), candidate({ ID: 'C-0007' })]), CANDIDATES_TAB);
    const column = CANDIDATES_TAB.headers.indexOf("Date d'entretien");
    expect(resolveInterviewDates(sorted, planned.interviewDates)).toEqual({
      updates: [{ row: 2, column, value: instantOfDay('2025-11-20') }],
      skipped: ['C-0001'],
    });
  });
});
