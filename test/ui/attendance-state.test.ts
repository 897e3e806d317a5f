import type { AttendanceLearner } from '../../src/ui/contract';
import { AttendanceDraft, sameSelection, selectionForSession } from '../../src/ui/pages/attendance/state';

const LEARNERS: AttendanceLearner[] = [
  { id: 'C-1', name: 'Camille Martin', status: '' },
  { id: 'C-2', name: 'Noé Petit', status: 'Absent' },
  { id: 'C-3', name: 'Inès Roux', status: '' },
  { id: 'C-4', name: 'Léa Blanc', status: 'Retard' },
];

describe('AttendanceDraft', () => {
  it('shows recorded statuses and nothing for an empty record', () => {
    const d = new AttendanceDraft(LEARNERS);
    expect(LEARNERS.map((l) => d.statusOf(l.id))).toEqual(['', 'Absent', '', 'Retard']);
    expect(d.hasChanges()).toBe(false);
    expect(d.filledCount()).toBe(2);
    expect(d.marks()).toEqual([
      { learnerId: 'C-2', status: 'Absent' },
      { learnerId: 'C-4', status: 'Retard' },
    ]);
  });

  it('marks a row changed only while the choice differs from the record', () => {
    const d = new AttendanceDraft(LEARNERS);
    d.choose('C-2', 'Absent excusé');
    expect(d.isChanged('C-2')).toBe(true);
    expect(d.changedIds()).toEqual(['C-2']);
    d.choose('C-2', 'Absent');
    expect(d.isChanged('C-2')).toBe(false);
    expect(d.hasChanges()).toBe(false);
    d.choose('C-9', 'Présent'); // not on the list: ignored
    expect(d.marks().map((m) => m.learnerId)).toEqual(['C-2', 'C-4']);
  });

  it('« Tous présents » fills only untouched learners with nothing recorded', () => {
    const d = new AttendanceDraft(LEARNERS);
    d.choose('C-3', 'Absent');
    expect(d.fillUntouched('Présent')).toEqual(['C-1']);
    expect(LEARNERS.map((l) => d.statusOf(l.id))).toEqual(['Présent', 'Absent', 'Absent', 'Retard']);
    expect(d.changedIds()).toEqual(['C-1', 'C-3']);
    expect(d.fillUntouched('Présent')).toEqual([]); // twice changes nothing more
  });

  it('a touched learner set back to its record is still not overwritten', () => {
    const d = new AttendanceDraft([
      { id: 'C-1', name: 'A', status: '' },
      { id: 'C-2', name: 'B', status: 'Absent' },
    ]);
    d.choose('C-2', 'Absent');
    expect(d.fillUntouched('Présent')).toEqual(['C-1']);
    expect(d.statusOf('C-2')).toBe('Absent');
  });

  it('sends every learner with a status, recorded or chosen, in list order', () => {
    const d = new AttendanceDraft(LEARNERS);
    d.choose('C-3', 'Présent');
    expect(d.marks()).toEqual([
      { learnerId: 'C-2', status: 'Absent' },
      { learnerId: 'C-3', status: 'Présent' },
      { learnerId: 'C-4', status: 'Retard' },
    ]);
  });
});

describe('selection helpers', () => {
  const session = {
    id: 'S2',
    title: 'Séminaire 2',
    compulsory: true,
    days: [
      { day: '2025-12-11', label: 'jeudi 11 décembre 2025' },
      { day: '2025-12-12', label: 'vendredi 12 décembre 2025' },
    ],
  };

  it('a new session opens on its first day, same half-day', () => {
    expect(selectionForSession(session, 'Après-midi')).toEqual({ sessionId: 'S2', day: '2025-12-11', halfDay: 'Après-midi' });
    expect(selectionForSession({ ...session, days: [] }, 'Matin')).toEqual({ sessionId: 'S2', halfDay: 'Matin' });
  });

  it('compares selections field by field', () => {
    const a = { sessionId: 'S2', day: '2025-12-11', halfDay: 'Matin' as const };
    expect(sameSelection(a, { ...a })).toBe(true);
    expect(sameSelection(a, { ...a, halfDay: 'Après-midi' })).toBe(false);
    expect(sameSelection(a, null)).toBe(false);
  });
});

describe('AttendanceDraft with two learners sharing an ID', () => {
  it('never marks them, by choice or by « Tous présents », and sends the others', () => {
    const shared: AttendanceLearner[] = [
      ...LEARNERS,
      { id: 'C-9', name: 'Jean Dupuis', status: '', sharedRows: [10, 14] },
      { id: 'C-9', name: 'Julie Dupuis', status: '', sharedRows: [10, 14] },
    ];
    const d = new AttendanceDraft(shared);
    d.choose('C-9', 'Présent');
    expect(d.statusOf('C-9')).toBe('');
    expect(d.fillUntouched('Présent')).toEqual(['C-1', 'C-3']);
    expect(d.marks().map((m) => m.learnerId)).toEqual(['C-1', 'C-2', 'C-3', 'C-4']);
  });
});
