/** `Équipe` as staff paste it from their mail program, through the built bundle. */
import { startGas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

describe('Équipe', () => {
  it('lets « Marie Dupont <marie@example.org> » in as marie@example.org, and only the listed people', () => {
    const team = 'Marie Dupont <marie@example.org>;\nPaul Martin <paul@example.org>, coordination@example.org';
    const tabs = workbook({ settings: { Profil: 'bretagne-2025', Équipe: team }, candidates: [candidate()] });
    const marie = startGas({ user: 'marie@example.org', tabs });
    marie.run('pacteCheckCandidates');
    expect(marie.sim.ui.alerts).toEqual([]);
    expect(marie.sim.ui.toasts.at(-1)!.message).toBe('1 candidature : 1 complète, 0 à compléter — détails dans la colonne X « Contrôle ».');
    const dupont = startGas({ user: 'dupont@example.org', tabs });
    dupont.run('pacteCheckCandidates');
    expect(dupont.sim.ui.alerts.at(-1)!.message).toMatch(/dupont@example\.org ne figure pas dans la liste « Équipe »/);
  });
});
