/**
 * The built bundle under Google's end of an execution: a run killed at its time limit stops where it
 * is (nothing it had not yet applied lands, no message, its lock freed), and the next run starts afresh.
 */
import { ExecutionKilled } from '../../sim';
import { startGas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

function cohort() {
  return startGas({
    tabs: workbook({
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [
        candidate({ ID: 'C-0001', 'E-mail': 'pas-une-adresse' }),
        candidate({ ID: 'C-0002', 'E-mail': 'lea.durand@example.org' }),
      ],
    }),
  });
}

describe('an execution killed at its time limit', () => {
  it('g.run throws ExecutionKilled, shows nothing, writes nothing; the next run checks normally', () => {
    const g = cohort();
    g.sim.killAt('Range.setValues', 1);
    expect(() => g.run('pacteCheckCandidates')).toThrow(ExecutionKilled);
    expect(g.sim.ui.alerts).toEqual([]);
    expect(g.sim.ui.toasts).toEqual([]);
    expect(g.column('Candidatures', 'Contrôle')).toEqual(['', '']);
    // The killed run held the document lock: Google released it, so this run is not « occupé ».
    g.run('pacteCheckCandidates');
    expect(g.sim.ui.alerts).toEqual([]);
    expect(g.column('Candidatures', 'Contrôle')).toEqual(['E-mail invalide : « pas-une-adresse »', '']);
  });

  it('a run that ends normally leaves nothing pending', () => {
    const g = cohort();
    g.run('pacteCheckCandidates');
    expect(g.sim.pendingWrites()).toBe(0);
  });
});
