/**
 * The September demo (src/workbook/demo-september.ts) planned end to end on the simulator, and the
 * calls « Planifier les soutenances » costs, flat in the soutenances (what `npm run bench` prints).
 */
import { measureDefencePlanning } from '../../scripts/gas/measure-defences';
import { demoById, demoClock } from '../../scripts/playground/demos';
import type { DefencesDone, DefencesView } from '../../src/ui/contract';
import { DEMO_STAFF } from '../../src/workbook/demo';
import { generateSeptemberDemo, SEPTEMBER_JURY } from '../../src/workbook/demo-september';
import { startGas } from '../helpers/gas';

describe('the September demo', () => {
  it('plans every deposited thesis, never under the learner’s Formateur relais, and writes it on confirmation', () => {
    const tabs = generateSeptemberDemo({ size: 40 });
    const g = startGas({ user: DEMO_STAFF[0], tabs, now: new Date('2026-09-01T10:00:00+02:00') });
    const view = g.run('pacteDefencesLoad', null) as DefencesView;
    expect(view.problems).toEqual([]);
    expect(view.unplaced).toEqual([]);
    expect(view.notDeposited).toHaveLength(1);
    expect(view.rows.length).toBe(9);
    const [head, ...rows] = tabs.get('Candidatures')!;
    const relayOf = new Map(rows.map((r) => [r[head!.indexOf('ID')], r[head!.indexOf('Formateur relais')]]));
    const presidents = new Set(SEPTEMBER_JURY.filter((m) => m[2] === 'Président').map((m) => m[0]));
    for (const p of view.proposal) {
      expect(presidents.has(p.jury[0]!)).toBe(true);
      expect(p.jury[0]).not.toBe(relayOf.get(p.learnerId));
    }
    // Sophie Modèle sits on the 24th only.
    expect(view.proposal.filter((p) => p.jury.includes('Sophie Modèle')).every((p) => p.day === '2026-09-24')).toBe(true);
    const done = g.run('pacteDefencesConfirm', { proposal: view.proposal }) as DefencesDone;
    expect(done.message).toBe('9 soutenances enregistrées dans « Mémoires ».');
    expect(done.view.results).toHaveLength(9);
  });

  it('calls to open and confirm the proposal do not grow with the soutenances', () => {
    const [few, many] = [40, 120].map(measureDefencePlanning);
    expect(many!.soutenances).toBeGreaterThanOrEqual(3 * few!.soutenances - 3);
    expect(many!.soutenances).toBeGreaterThanOrEqual(25);
    expect([many!.load, many!.confirm]).toEqual([few!.load, few!.confirm]);
  });
});

describe('the playground offers the September demo', () => {
  it('« Soutenances (septembre) »: 1 September 2026, theses deposited, a Jury tab', () => {
    const demo = demoById('soutenances-septembre')!;
    expect(demo.label).toBe('Soutenances (septembre)');
    expect(demoClock(demo).toISOString()).toBe('2026-09-01T08:00:00.000Z');
    const tabs = demo.build({ size: 40, today: demo.today });
    expect(tabs.get('Jury')!.slice(1)).toHaveLength(SEPTEMBER_JURY.length);
    expect(
      tabs
        .get('Mémoires')!
        .slice(1)
        .filter((r) => r[2] instanceof Date),
    ).toHaveLength(9);
  });
});
