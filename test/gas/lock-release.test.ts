/**
 * Writes made under the document lock land before the lock is free (issue 16): a colleague's save
 * that takes the lock right after never reads a tab missing them, so nothing is overwritten.
 */
import { createSimulator } from '../../sim';
import { withDocumentLock } from '../../src/gas/lock';
import { demoGas, type Gas } from '../helpers/gas';

const AFTER_S3 = new Date('2026-02-06T18:00:00+01:00');
const save = (g: Gas, halfDay: 'Matin' | 'Après-midi', learners: string[]) =>
  g.gas.pacteAttendanceSave!({
    sessionId: 'S3',
    day: '2026-02-06',
    halfDay,
    marks: learners.map((learnerId) => ({ learnerId, status: 'Présent' })),
  });

function cohort(): { g: Gas; learners: string[] } {
  const g = demoGas({ size: 12 });
  g.sim.clock.set(AFTER_S3);
  const learners = g
    .values('Candidatures')
    .slice(1)
    .filter((r) => r[20] === 'Inscrit')
    .map((r) => String(r[0]));
  return { g, learners };
}

describe('the document lock is released after its writes land', () => {
  it("a colleague's save taking the lock just after one save keeps both", () => {
    const dry = cohort();
    dry.g.sim.calls.reset();
    dry.g.run('pacteAttendanceSave', {
      sessionId: 'S3',
      day: '2026-02-06',
      halfDay: 'Matin',
      marks: dry.learners.map((learnerId) => ({ learnerId, status: 'Présent' })),
    });
    const sequence = dry.g.sim.calls.sequence();
    const release = sequence.lastIndexOf('Lock.releaseLock');
    // Every call from the release on: the colleague's execution runs right there.
    for (let i = release; i < sequence.length; i++) {
      const method = sequence[i]!;
      const nth = sequence.slice(0, i + 1).filter((m) => m === method).length;
      const { g, learners } = cohort();
      const before = g.values('Présences').length;
      let theirs = false;
      g.sim.interleave(method, nth, () => {
        try {
          g.sim.runExecution(() => save(g, 'Après-midi', learners));
          theirs = true;
        } catch (error) {
          // Still locked by this save: the colleague is told « réessayez », nothing written.
          expect(String(error)).toMatch(/Un autre membre de l'équipe enregistre/);
        }
      });
      g.run('pacteAttendanceSave', {
        sessionId: 'S3',
        day: '2026-02-06',
        halfDay: 'Matin',
        marks: learners.map((learnerId) => ({ learnerId, status: 'Présent' })),
      });
      const added = g.values('Présences').slice(before);
      const count = (h: string) => added.filter((r) => r[3] === h && r[4] === 'Présent').length;
      expect({ at: `${method} #${nth}`, matin: count('Matin'), apresMidi: count('Après-midi') }).toEqual({
        at: `${method} #${nth}`,
        matin: learners.length,
        apresMidi: theirs ? learners.length : 0,
      });
    }
  });

  it('eligibility computed twice keeps one row per learner, a learner without an ID included', () => {
    const { g } = cohort();
    const candidates = g.sim.spreadsheet.getSheetByName('Candidatures')!;
    const enrolledRow = g.values('Candidatures').findIndex((r) => r[20] === 'Inscrit') + 1;
    g.sim.asColleague(() => candidates.getRange(enrolledRow, 1).setValue(''));
    g.run('pacteComputeEligibility');
    const once = g.values('Éligibilité').length;
    g.run('pacteComputeEligibility');
    expect(g.values('Éligibilité')).toHaveLength(once);
  });
});

describe('withDocumentLock', () => {
  it('lands its writes before it frees the lock: the next execution to take it reads them', () => {
    const sim = createSimulator();
    sim.load({ Présences: [['ID apprenant'], ['C-0001']] });
    const saved = Object.keys(sim.globals).map((k) => [k, (globalThis as Record<string, unknown>)[k]] as const);
    Object.assign(globalThis, sim.globals);
    try {
      sim.startExecution();
      const sheet = sim.spreadsheet.getSheetByName('Présences')!;
      withDocumentLock(() => sheet.getRange(2, 1).setValue('C-0002'));
      // Another execution (a colleague's save) takes the lock now and reads.
      const seen = sim.asColleague(() => sim.runExecution(() => withDocumentLock(() => sheet.getRange(2, 1).getValue())));
      expect(seen).toBe('C-0002');
    } finally {
      for (const [k, v] of saved) (globalThis as Record<string, unknown>)[k] = v;
    }
  });
});
