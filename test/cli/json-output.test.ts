/** `pacte check --json` is written in pieces; the document must stay JSON.stringify(report, null, 2) exactly. */
import { jsonChunks } from '../../scripts/commands/check';
import type { CheckReport } from '../../src/workbook/check';

const candidate = (i: number) => ({
  id: `C-${i}`,
  row: i + 2,
  email: `p${i}@example.org`,
  valid: i % 2 === 0,
  problems: i % 2 === 0 ? [] : [{ code: 'missing_piece' as const, column: 'CV', message: 'CV manquant « é »' }],
});

describe('jsonChunks', () => {
  it.each([0, 1, 2, 7, 10])('gives JSON.stringify(report, null, 2) byte for byte (%i candidates)', (n) => {
    const report: CheckReport = {
      profile: 'bretagne-2025',
      today: '2026-01-15',
      candidates: Array.from({ length: n }, (_, i) => candidate(i)),
      learners: n > 1 ? [{ id: 'C-0', state: 'at_risk', reasons: [{ code: 'production_overdue', message: 'En retard' }] }] : [],
      defences: n > 2 ? [{ id: 'C-0', code: 'defence_without_jury', message: 'Soutenance « é » sans jury' }] : [],
    };
    for (const size of [1, 3, 500]) {
      const pieces = [...jsonChunks(report, size)];
      expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
      if (size === 3 && n >= 7) expect(pieces.length).toBeGreaterThan(5);
    }
  });
});
