/** What Documents… costs in Google calls (through the built bundle): flat per document, whatever the learners. */
import type { DocumentsRequest } from '../../src/ui/contract';
import { CONVOCATIONS, cohort, driveCalls, makeAll } from '../helpers/documents';

/** Calls to make the rest of `request` once a first document made the folders and the template. */
function measured(n: number, request: DocumentsRequest) {
  // Plain names: a name Sheets would read as a formula costs one number-format read per write (tested elsewhere).
  const g = cohort(n + 1, { names: [] });
  makeAll(g, { ...request, learnerIds: ['C-0001'] });
  g.sim.calls.reset();
  const { made, calls } = makeAll(g, request);
  return { made, calls, drive: driveCalls(g), total: g.sim.calls.total(), byMethod: g.sim.calls.byMethod() };
}

describe('Documents: cost', () => {
  it('4 Drive/Docs calls per document and a fixed cost per call: 50 convocations cost at most 6 Google calls each', () => {
    const five = measured(5, CONVOCATIONS);
    const fifty = measured(50, CONVOCATIONS);
    expect([five.made, fifty.made, five.calls, fifty.calls]).toEqual([5, 50, 1, 1]);
    // Per document: copy, batchUpdate, export, PDF create; all the rest is the same for 5 and for 50.
    expect(fifty.total - five.total).toBe(45 * 4);
    expect(fifty.drive - five.drive).toBe(45 * 4);
    expect(fifty.byMethod['Docs.Documents.batchUpdate']).toBe(50);
    expect(fifty.total / 50).toBeLessThanOrEqual(6);
    // The lock: taken for the claims, for the outcomes, and by the Journal's writer — three short sections.
    expect(fifty.byMethod['Lock.tryLock']).toBe(3);
  });

  it('a sign-in sheet of 40 learners costs what one of 4 costs', () => {
    const four = measured(4, { kind: 'emargement', sessionId: 'S1' });
    const forty = measured(40, { kind: 'emargement', sessionId: 'S1' });
    expect(forty.byMethod).toEqual(four.byMethod);
  });
});
