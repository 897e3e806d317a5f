import { measureActions, measureAttendanceLoad, measureAttendanceSave } from '../../scripts/gas/measure';

describe('Google calls per action', () => {
  it('do not grow with the number of rows', () => {
    const small = measureActions(20);
    const large = measureActions(1000);
    for (const [name, cost] of Object.entries(small)) {
      expect({ name, ...large[name] }).toEqual({ name, ...cost });
    }
  });

  it('stay within the budget: 2 calls a tab read, 3 for the lock, 4 for the journal', () => {
    const costs = measureActions(200);
    // Who is asking (3), Paramètres, Candidatures and Productions read (6), lock (3), Contrôle (3),
    // journal in the same lock section (read, appendRow, flush before the lock is released: 4), toast.
    expect(costs['Vérifier les candidatures']!.total).toBeLessThanOrEqual(20);
    // + the ID counter (3), + one write per run of empty ID cells (3 runs in the scenario).
    expect(costs['Vérifier (IDs à attribuer)']!.total).toBeLessThanOrEqual(20 + 3 + 2 * 3);
    // Who is asking (3), seven tabs read (14), lock (3), one write with colours (3), grid growth, journal (4), toast.
    expect(costs["Calculer l'éligibilité"]!.total).toBeLessThanOrEqual(29);
    expect(costs['Paramètres…']!.total).toBeLessThanOrEqual(9);
    for (const [name, cost] of Object.entries(costs)) {
      expect(cost.byMethod['Range.getValue'] ?? 0).toBe(0);
      // A tab is read with getSheetValues(1, 1, -1, -1): one call fewer than getDataRange().getValues().
      if (!name.startsWith('Initialiser')) expect({ name, reads: cost.byMethod['Sheet.getDataRange'] ?? 0 }).toEqual({ name, reads: 0 });
    }
  });
});

describe('Google calls of the attendance sidebar', () => {
  it('do not grow with the rows already in Présences', () => {
    // Growing the grid past its 1,000 rows is one more call, once: not a cost per row.
    const saves = [20, 200, 2000].map((n) => {
      const { total, byMethod } = measureAttendanceSave(n);
      const growth = byMethod['Sheet.insertRowsAfter'] ?? 0;
      expect(growth).toBeLessThanOrEqual(1);
      return total - growth;
    });
    expect(new Set(saves).size).toBe(1);
    // Who is asking (3), four tabs read (8), lock (3), grid check and one write (3), journal (4).
    expect(saves[0]).toBeLessThanOrEqual(21);
    const loads = [20, 2000].map((n) => measureAttendanceLoad(n).total);
    expect(new Set(loads).size).toBe(1);
    expect(loads[0]).toBeLessThanOrEqual(11);
  });
});
