/**
 * The « Sélection… » sidebar's writes (workbook.md › Selection): the pipeline and opinions it shows,
 * `Statut` for the ticked candidates found by `ID` in one write (staff may sort meanwhile), one's own
 * opinion (`Membre` = the user), the slots form previewed then written on confirm; bad input is a
 * French problem and nothing is written.
 */
import type { SelectionSlotsResult, SelectionView } from '../../src/ui/contract';
import { CANDIDATES_TAB, OPINIONS_TAB, SLOTS_TAB } from '../../src/workbook/schema';
import type { Gas } from '../helpers/gas';
import { COPIL, selectionGas, slot, STAFF } from '../helpers/selection-gas';

const load = (g: Gas) => g.run('pacteSelectionLoad', null) as SelectionView;
const statusOf = (g: Gas) =>
  Object.fromEntries(
    g
      .values(CANDIDATES_TAB.name)
      .slice(1)
      .map((r) => [r[0], r[CANDIDATES_TAB.headers.indexOf('Statut')]]),
  );

describe('« Sélection… » sidebar', () => {
  it('shows every application with its completeness, opinions and slot', () => {
    const g = selectionGas();
    g.sim.spreadsheet.getSheetByName(OPINIONS_TAB.name)!.appendRow(['C-0001', COPIL, 'Favorable', 15, 'Très motivée', new Date()]);
    g.sim.spreadsheet.getSheetByName(OPINIONS_TAB.name)!.appendRow(['C-0001', STAFF, 'Réservé', 12, '', new Date()]);
    const view = load(g);
    expect(view.candidates.map((c) => [c.id, c.statut, c.department])).toEqual([
      ['C-0001', 'Entretien', '29'],
      ['C-0002', 'Entretien', '35'],
      ['C-0003', 'Entretien', '29'],
    ]);
    const first = view.candidates[0]!;
    expect([first.avis, first.note, first.opinions.map((o) => o.comment)]).toEqual([
      { Favorable: 1, Réservé: 1, Défavorable: 0 },
      13.5,
      ['Très motivée', ''],
    ]);
    expect(first.slot).toBe('E-001 · jeudi 20 novembre 2025 à 9 h');
    expect(first.missing).toEqual([]);
  });

  it('sets Statut for the ticked candidates by ID in one write, even after a sort; an unknown ID writes nothing', () => {
    const g = selectionGas();
    const sheet = g.sim.spreadsheet.getSheetByName(CANDIDATES_TAB.name)!;
    sheet.setFrozenRows(1);
    sheet.sort(1, false); // C-0003, C-0002, C-0001
    g.sim.calls.reset();
    const view = g.run('pacteSelectionSetStatus', { ids: ['C-0001', 'c-0002'], statut: 'Retenu' }) as SelectionView;
    expect(g.sim.calls.sequence().filter((c) => c === 'RangeList.setValue')).toHaveLength(1);
    expect(view.message).toMatch(/Retenu.*2 candidatures/);
    expect(statusOf(g)).toEqual({ 'C-0003': 'Entretien', 'C-0002': 'Retenu', 'C-0001': 'Retenu' });
    expect(() => g.run('pacteSelectionSetStatus', { ids: ['C-0003', 'C-0099'], statut: 'Refusé' })).toThrow(/C-0099.*rien n'a été modifié/);
    expect(statusOf(g)['C-0003']).toBe('Entretien');
    expect(() => g.run('pacteSelectionSetStatus', { ids: ['C-0003'], statut: 'Admis' })).toThrow(/Demande invalide \(statut\)/);
  });

  it('records the user’s own opinion as a new Avis row (Membre = their address); a Note of 25 or « bien » writes nothing', () => {
    const g = selectionGas();
    g.sim.setUserEmail(COPIL);
    const view = g.run('pacteSelectionOpinion', {
      id: 'C-0002',
      avis: 'Favorable',
      note: '14,5',
      commentaire: ' Bon projet ',
    }) as SelectionView;
    expect(
      g
        .values(OPINIONS_TAB.name)
        .slice(1)
        .map((r) => r.slice(0, 5)),
    ).toEqual([['C-0002', COPIL, 'Favorable', 14.5, 'Bon projet']]);
    expect(view.candidates[1]!.avis.Favorable).toBe(1);
    for (const note of ['25', 'bien']) {
      expect(() => g.run('pacteSelectionOpinion', { id: 'C-0002', avis: 'Réservé', note, commentaire: '' })).toThrow(/Note .* invalide/);
    }
    expect(() => g.run('pacteSelectionOpinion', { id: 'C-0002', avis: 'Bof', note: '', commentaire: '' })).toThrow(/Demande invalide/);
    expect(g.values(OPINIONS_TAB.name)).toHaveLength(2);
    // Someone outside Équipe cannot record anything.
    g.sim.setUserEmail('inconnu@example.org');
    expect(() => g.run('pacteSelectionOpinion', { id: 'C-0002', avis: 'Réservé', note: '', commentaire: '' })).toThrow();
    expect(g.values(OPINIONS_TAB.name)).toHaveLength(2);
  });

  it('slots: previewed with the assignment, written only on confirm; the same plan confirmed; Date d’entretien follows', () => {
    const g = selectionGas([slot('E-001', '9h', 'C-0001')]);
    const form = {
      date: '21/11/2025',
      firstTime: '14h',
      count: 3,
      duration: 30,
      link: 'https://visio.example.org/b',
      jury: 'Marie Dupont',
    };
    const preview = g.run('pacteSelectionSlots', { ...form, confirm: false, seen: [] }) as SelectionSlotsResult;
    expect(preview.slots).toEqual([
      'E-002 · vendredi 21 novembre 2025 à 14 h',
      'E-003 · vendredi 21 novembre 2025 à 14 h 30',
      'E-004 · vendredi 21 novembre 2025 à 15 h',
    ]);
    expect(preview.assignments).toEqual([
      'C-0002 · Prénom2 Martin → E-002 · vendredi 21 novembre 2025 à 14 h',
      'C-0003 · Prénom3 Martin → E-003 · vendredi 21 novembre 2025 à 14 h 30',
    ]);
    expect(g.values(SLOTS_TAB.name)).toHaveLength(2);
    // A plan other than the one shown writes nothing.
    expect(() => g.run('pacteSelectionSlots', { ...form, confirm: true, seen: ['autre chose'] })).toThrow(/ont changé/);
    expect(g.values(SLOTS_TAB.name)).toHaveLength(2);
    const done = g.run('pacteSelectionSlots', { ...form, confirm: true, seen: preview.assignments }) as SelectionSlotsResult;
    expect(done.written).toBe(true);
    expect(g.column(SLOTS_TAB.name, 'Créneau')).toEqual(['E-001', 'E-002', 'E-003', 'E-004']);
    expect(g.column(SLOTS_TAB.name, 'ID candidat')).toEqual(['C-0001', 'C-0002', 'C-0003', '']);
    const dates = g.column(CANDIDATES_TAB.name, "Date d'entretien").map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));
    expect(dates).toEqual(['2025-11-19', '2025-11-20', '2025-11-20']);
  });

  it('slots: bad input is a French problem and nothing is written', () => {
    const g = selectionGas([slot('E-001', '9h', 'C-0001')]);
    const good = { date: '20/11/2025', firstTime: '14h', count: 2, duration: 30, link: '', jury: 'Paul Le Gall', confirm: true, seen: [] };
    const cases: Array<[Partial<typeof good>, RegExp]> = [
      [{ date: '' }, /Indiquez la date/],
      [{ firstTime: '' }, /Indiquez l'heure/],
      [{ firstTime: '25h' }, /Heure .* illisible/],
      [{ duration: 0 }, /durée/],
      [{ duration: 600 }, /durée/],
      [{ link: 'visio.example.org' }, /Lien visio .* invalide/],
      [{ firstTime: '9h15', jury: 'marie.dupont@example.org' }, /marie.dupont@example.org.*déjà dans le créneau/],
    ];
    for (const [change, message] of cases) {
      const r = g.run('pacteSelectionSlots', { ...good, ...change }) as SelectionSlotsResult;
      expect({ change, errors: r.errors.join(' ') }).toEqual({ change, errors: expect.stringMatching(message) });
      expect(r.written).toBe(false);
    }
    expect(g.values(SLOTS_TAB.name)).toHaveLength(2);
  });
});
