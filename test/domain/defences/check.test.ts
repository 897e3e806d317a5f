/** `defences` of `pacte check`, at the domain level: the edges the contract test does not walk. */
import { checkDefences } from '../../../src/domain/defences';
import type { Row } from '../../helpers/workbook';
import { cohortOf, JURY, learner, member, thesis } from '../../helpers/defences';

const at = (day: string, time: string, jury: string): Row => ({ 'Date de soutenance': day, Heure: time, Jury: jury });

/** `jury` null: a workbook without the tab. */
function codes(theses: Row[], jury: Row[] | null = JURY, candidates = theses.map((_, k) => learner(k + 1))): string[] {
  return checkDefences(cohortOf({ candidates, theses: theses.map((t, k) => thesis(k + 1, t)), ...(jury && { jury }) })).map(
    (p) => `${p.id} ${p.code}`,
  );
}

describe('checkDefences', () => {
  it('counts an hour from Heure: 59 minutes apart overlap, 60 do not', () => {
    expect(codes([at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard'), at('24/09/2026', '9h59', 'Paul Durand, Léa Bernard')])).toEqual([
      'C-0001 jury_double_booked',
      'C-0002 jury_double_booked',
    ]);
    expect(codes([at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard'), at('24/09/2026', '10h00', 'Paul Durand, Léa Bernard')])).toEqual([]);
    expect(codes([at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard'), at('25/09/2026', '9h00', 'Anne Morel, Léa Bernard')])).toEqual([]);
  });

  it('names every shared member in one problem per pair', () => {
    const problems = checkDefences(
      cohortOf({
        candidates: [learner(1), learner(2), learner(3)],
        theses: [
          thesis(1, at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard')),
          thesis(2, at('24/09/2026', '9h30', 'Léa Bernard, anne morel')),
          thesis(3, at('24/09/2026', '9h15', 'Marc Petit, Anne Morel')),
        ],
        jury: JURY,
      }),
    );
    expect(problems.filter((p) => p.id === 'C-0001').map((p) => p.message)).toEqual([
      // The names as this learner's own jury spells them.
      expect.stringMatching(/^Anne Morel et Léa Bernard siègent aussi à la soutenance de C-0002 \(le 24\/09\/2026 à 9h30\)/),
      expect.stringMatching(/^Anne Morel siège aussi à la soutenance de C-0003 \(le 24\/09\/2026 à 9h15\)/),
    ]);
    expect(problems.map((p) => p.id)).toEqual(['C-0001', 'C-0001', 'C-0002', 'C-0002', 'C-0003', 'C-0003']);
  });

  it('a date without jury says that alone, even with an overlap and a Jury tab', () => {
    expect(codes([at('24/09/2026', '9h00', ''), at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard')])).toEqual([
      'C-0001 defence_without_jury',
    ]);
  });

  it('finds the Président by name in any case and accents, the feminine role included', () => {
    const jury = [member('Anne Morel', 'Présidente'), member('Léa Bernard', 'Membre')];
    expect(codes([at('24/09/2026', '9h00', 'ANNE MOREL, Léa Bernard')], jury)).toEqual([]);
    expect(codes([at('24/09/2026', '9h00', 'Annie Morel, Léa Bernard')], jury)).toEqual(['C-0001 defence_without_president']);
  });

  it('checks no Président without a Jury tab, nor a jury without a date', () => {
    expect(codes([at('24/09/2026', '9h00', 'Léa Bernard')], null)).toEqual([]);
    expect(codes([{ Jury: 'Léa Bernard' }])).toEqual([]);
  });

  it('reads the first Mémoires row of a learner, and a learner once', () => {
    const candidates = [learner(1), learner(1, { 'E-mail': 'copie@example.org' })];
    const problems = checkDefences(
      cohortOf({
        candidates,
        theses: [thesis(1, at('24/09/2026', '9h00', '')), thesis(1, at('24/09/2026', '9h00', 'Anne Morel'))],
        jury: JURY,
      }),
    );
    expect(problems.map((p) => `${p.id} ${p.code}`)).toEqual(['C-0001 defence_without_jury']);
  });

  it('leaves out learners not Inscrit, and their soutenances', () => {
    const candidates = [learner(1), learner(2, { Statut: 'Désisté' })];
    expect(
      codes([at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard'), at('24/09/2026', '9h00', 'Anne Morel, Léa Bernard')], JURY, candidates),
    ).toEqual([]);
  });
});
