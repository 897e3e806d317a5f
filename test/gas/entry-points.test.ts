import { messages } from '../../src/domain/messages';
import { demoGas } from '../helpers/gas';

describe('entry points report each in their own way', () => {
  it('a time trigger runs the checks unattended: Journal and the log, no screen', () => {
    const g = demoGas({ size: 20 });
    g.sim.setUiAvailable(false);
    g.run('pacteDailyRefresh');
    expect(g.column('Candidatures', 'Contrôle').some((c) => c !== '')).toBe(true);
    expect(g.values('Éligibilité').length).toBeGreaterThan(1);
    const journal = g.values('Journal').slice(1);
    expect(journal.map((r) => r[1])).toEqual([messages.sheet.journal.checkCandidates, messages.sheet.journal.eligibility]);
    expect(journal.every((r) => r[4] === 'coordination@example.org')).toBe(true);
    expect(g.sim.logs.map((l) => l.message).join('\n')).toMatch(/Vérification des candidatures : 20 candidatures/);
    expect([...g.sim.ui.alerts, ...g.sim.ui.toasts]).toEqual([]);
  });

  it('a failing time trigger journals and logs the French reason, and does not throw', () => {
    const g = demoGas({ size: 10 });
    g.sim.setUiAvailable(false);
    g.sim.spreadsheet.getSheetByName('Candidatures')!.getRange(1, 5).setValue('Courriel');
    expect(() => g.run('pacteDailyRefresh')).not.toThrow();
    const journal = g.values('Journal').slice(1);
    expect(journal[0]!.slice(1, 4)).toEqual([
      messages.sheet.journal.checkCandidates,
      '',
      messages.sheet.triggerFailed(messages.workbook.missingHeader('Candidatures', 'E-mail')),
    ]);
    expect(g.sim.logs.some((l) => l.level === 'error' && l.message.includes('Exécution automatique interrompue'))).toBe(true);
    expect(g.sim.ui.alerts).toEqual([]);
  });

  it('a time trigger installed by someone outside the team does nothing but say so', () => {
    const g = demoGas({ size: 10, user: 'stagiaire@example.org' });
    g.sim.setUiAvailable(false);
    const before = g.values('Candidatures');
    g.run('pacteDailyRefresh');
    expect(g.values('Candidatures')).toEqual(before);
    expect(
      g
        .values('Journal')
        .slice(1)
        .map((r) => r[3]),
    ).toEqual([
      expect.stringMatching(/stagiaire@example\.org ne figure pas dans la liste « Équipe »/),
      expect.stringMatching(/stagiaire@example\.org ne figure pas dans la liste « Équipe »/),
    ]);
  });

  it('onEdit tells the person with a toast', () => {
    const g = demoGas({ size: 10 });
    g.sim.spreadsheet.getSheetByName('Candidatures')!.getRange(1, 5).setValue('Courriel');
    g.edit('Candidatures', 3, 3, [['Léa']]);
    expect(g.sim.ui.toasts.at(-1)!.message).toBe(messages.workbook.missingHeader('Candidatures', 'E-mail'));
    expect(g.sim.ui.alerts).toEqual([]);
  });
});
