import { measureActions, measureAttendanceSave } from '../../scripts/gas/measure';

describe('Google calls per action', () => {
  it('do not grow with the number of rows', () => {
    const small = measureActions(20);
    const large = measureActions(1000);
    for (const [name, cost] of Object.entries(small)) {
      expect({ name, ...large[name] }).toEqual({ name, ...cost });
    }
  });

  it('stay within the budget: ~8 for one tab, ~3 more per extra tab', () => {
    const costs = measureActions(200);
    // Candidatures (read + write), Paramètres read, Journal appended; plus who is asking and a toast.
    expect(costs['Vérifier les candidatures']!.total).toBeLessThanOrEqual(8 + 3 + 3 + 3);
    expect(costs['Vérifier (IDs à attribuer)']!.total).toBeLessThanOrEqual(8 + 3 + 3 + 3 + 9); // + lock, counter, ID column
    // Éligibilité (read + write), Paramètres and five tabs read, Journal appended.
    expect(costs["Calculer l'éligibilité"]!.total).toBeLessThanOrEqual(8 + 3 * 7 + 4); // + grid growth for new learners
    for (const cost of Object.values(costs)) expect(cost.byMethod['Range.getValue'] ?? 0).toBe(0);
  });
});

describe('Google calls per attendance save', () => {
  it('do not grow with the rows already in Présences', () => {
    // Growing the grid past its 1,000 rows is one more call, once: not a cost per row.
    const costs = [20, 200, 2000].map((n) => {
      const { total, byMethod } = measureAttendanceSave(n);
      const growth = byMethod['Sheet.insertRowsAfter'] ?? 0;
      expect(growth).toBeLessThanOrEqual(1);
      return total - growth;
    });
    expect(new Set(costs).size).toBe(1);
    expect(costs[0]).toBeLessThanOrEqual(8 + 3 * 4 + 5); // 4 tabs read, lock, journal
  });
});
