/**
 * Messy rows in the Sheet (issue 13): checkbox-only rows, rows emptied by staff. Through the built
 * bundle on the simulator, as staff would meet them.
 */
import { checkWorkbook } from '../../src/workbook/check';
import { messages } from '../../src/domain/messages';
import { startGas, type Gas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

const TODAY = '2026-01-15';

function sheetOf(g: Gas, name: string) {
  return g.sim.spreadsheet.getSheetByName(name)!;
}

function col(g: Gas, tab: string, header: string): number {
  return g.values(tab)[0]!.indexOf(header) + 1;
}

/** Three applicants, then checkboxes put on whole columns (Insertion › Case à cocher): FALSE to row 1000. */
function checkboxGrid(): Gas {
  const g = startGas({
    tabs: workbook({
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [
        candidate({ ID: '' }),
        candidate({ ID: '', Prénom: 'Lucas', 'E-mail': 'lucas@example.org', CV: false }),
        candidate({ ID: '', Prénom: 'Léa', 'E-mail': 'lea@example.org' }),
      ],
    }),
  });
  const sheet = sheetOf(g, 'Candidatures');
  for (const header of ['CV', 'Photo', 'En équipe', 'Dérogation']) {
    sheet.getRange(5, col(g, 'Candidatures', header), sheet.getMaxRows() - 4, 1).insertCheckboxes();
  }
  return g;
}

describe('rows holding only unticked checkboxes are not applicants', () => {
  it('Vérifier les candidatures gives IDs and Contrôle to the three applicants only', () => {
    const g = checkboxGrid();
    expect(g.values('Candidatures')).toHaveLength(1000); // FALSE fills the grid: the data range is all of it
    g.run('pacteCheckCandidates');
    const ids = g.column('Candidatures', 'ID');
    expect(ids.slice(0, 3)).toEqual(['C-0001', 'C-0002', 'C-0003']);
    expect(ids.slice(3).every((v) => v === '')).toBe(true);
    const control = g.column('Candidatures', 'Contrôle');
    expect(control[1]).toMatch(/CV manquant/);
    expect(control.slice(3).every((v) => v === '')).toBe(true);
    expect(g.sim.ui.toasts.at(-1)!.message).toBe(
      '3 candidatures : 2 complètes, 1 à compléter ; 3 identifiants attribués — détails dans la colonne X « Contrôle ».',
    );
    // The counter was not burnt: the next applicant gets C-0004.
    sheetOf(g, 'Candidatures')
      .getRange(5, col(g, 'Candidatures', 'Prénom'), 1, 3)
      .setValues([['Inès', 'Roux', 'ines@example.org']]);
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID').filter(Boolean)).toEqual(['C-0001', 'C-0002', 'C-0003', 'C-0004']);
  });

  it('pacte check (the same reading) counts three applicants', () => {
    const g = checkboxGrid();
    const report = checkWorkbook(g.workbook(), TODAY).report;
    expect(report.candidates.map((c) => c.row)).toEqual([2, 3, 4]);
  });

  it('a row staff emptied (its Contrôle left) loses its stale Contrôle, by menu and by edit', () => {
    for (const how of ['menu', 'edit'] as const) {
      const g = checkboxGrid();
      g.run('pacteCheckCandidates');
      const sheet = sheetOf(g, 'Candidatures');
      const controlCol = col(g, 'Candidatures', 'Contrôle');
      expect(g.column('Candidatures', 'Contrôle')[1]).toMatch(/CV manquant/);
      // Lucas and Léa withdraw: staff clear their cells and IDs, the checkboxes stay (unticked); Contrôle is the product's.
      const [header, , lucas, lea] = g.values('Candidatures');
      const emptied = [lucas!, lea!].map((cells) =>
        header!.map((h, i) => (h === 'Contrôle' ? cells[i] : typeof cells[i] === 'boolean' ? false : '')),
      );
      sheet.getRange(3, 1, 2, header!.length).setValues(emptied);
      if (how === 'menu') g.run('pacteCheckCandidates');
      else {
        g.sim.setAuthMode('LIMITED');
        g.run('onEdit', { source: g.sim.spreadsheet, range: sheet.getRange(3, 2, 2, header!.length - 1), authMode: 'LIMITED' });
      }
      const control = g.column('Candidatures', 'Contrôle');
      expect(control.slice(0, 3)).toEqual(['', '', '']);
      expect(g.sim.peek.backgrounds('Candidatures')[2]![controlCol - 1]).toBe('#ffffff');
      if (how === 'menu')
        expect(g.sim.ui.toasts.at(-1)!.message).toBe(
          messages.sheet.seeControlColumn(messages.candidate.summary({ total: 1, complete: 1, toComplete: 0, closed: 0 }), 'X'),
        );
      expect(checkWorkbook(g.workbook(), TODAY).report.candidates.map((c) => c.row)).toEqual([2]);
      expect(g.column('Candidatures', 'ID').slice(0, 3)).toEqual(['C-0001', '', '']);
    }
  });

  it('a row holding only its ID is still an applicant (flagged), and its ID is never given again', () => {
    const g = startGas({
      tabs: workbook({
        settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
        candidates: [
          candidate({
            ID: 'C-0009',
            Prénom: '',
            Nom: '',
            'E-mail': '',
            Structure: '',
            'Type de structure': '',
            'Date de réception du dossier': '',
            Statut: '',
            CV: false,
            'Lettre de motivation': false,
            "Lettre d'engagement de l'équipe": false,
            Photo: false,
            'Engagement T0 et PACTE+': false,
            'Projet de santé validé ARS': false,
            'Adhérent fédération à jour': false,
            'En équipe': false,
            Civilité: '',
          }),
          candidate({ ID: '' }),
        ],
      }),
    });
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID')).toEqual(['C-0009', 'C-0010']);
    const control = g.column('Candidatures', 'Contrôle');
    expect(control[0]).toMatch(/Prénom/);
    expect(control[1]).toBe('');
  });

  it('an edit over the whole checkbox column writes no Contrôle below the applicants', () => {
    const g = checkboxGrid();
    g.run('pacteCheckCandidates');
    const sheet = sheetOf(g, 'Candidatures');
    g.sim.setAuthMode('LIMITED');
    g.run('onEdit', { source: g.sim.spreadsheet, range: sheet.getRange(2, col(g, 'Candidatures', 'Photo'), 999, 1), authMode: 'LIMITED' });
    expect(g.column('Candidatures', 'ID').filter(Boolean)).toHaveLength(3);
    expect(
      g
        .column('Candidatures', 'Contrôle')
        .slice(3)
        .every((v) => v === ''),
    ).toBe(true);
  });

  it("Calculer l'éligibilité and the attendance save write after the last real row, not after 1000 checkboxes", () => {
    const g = checkboxGrid();
    const sessions = sheetOf(g, 'Séances');
    sessions.getRange(2, 1, 1, 5).setValues([['S1', 'Séminaire 1', 'Séminaire', '16/10/2025', '17/10/2025']]);
    sessions.getRange(2, col(g, 'Séances', 'Obligatoire'), 999, 1).insertCheckboxes();
    sessions.getRange(2, col(g, 'Séances', 'Obligatoire')).check();
    sheetOf(g, 'Candidatures')
      .getRange(2, col(g, 'Candidatures', 'Statut'))
      .setValue('Inscrit');
    // Staff add their own checkbox column beside the product's tabs.
    for (const tab of ['Éligibilité', 'Présences']) {
      const sheet = sheetOf(g, tab);
      const extra = g.values(tab)[0]!.length + 1;
      sheet.getRange(1, extra).setValue('Suivi');
      sheet.getRange(2, extra, 999, 1).insertCheckboxes();
    }
    g.run('pacteCheckCandidates');
    g.run('pacteComputeEligibility');
    expect(g.values('Éligibilité')[1]![0]).toBe('C-0001');
    expect(g.sim.spreadsheet.getSheetByName('Éligibilité')!.getMaxRows()).toBe(1000);
    g.run('pacteAttendanceSave', {
      sessionId: 'S1',
      day: '2025-10-16',
      halfDay: 'Matin',
      marks: [{ learnerId: 'C-0001', status: 'Présent' }],
    });
    expect(g.values('Présences')[1]!.slice(0, 2)).toEqual(['C-0001', 'S1']);
    const report = checkWorkbook(g.workbook(), TODAY).report;
    expect(report.learners.map((l) => l.reasons.length)).toEqual([3]);
  });
});
