import { checkWorkbook } from '../../src/workbook/check';
import { DEMO_TODAY } from '../../src/workbook/demo';
import { messages } from '../../src/domain/messages';
import type { Cell } from '../../src/workbook/cells';
import { demoGas, startGas, type Gas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

function candidatesSheet(g: Gas) {
  return g.sim.spreadsheet.getSheetByName('Candidatures')!;
}

describe('Vérifier les candidatures', () => {
  it('writes the same problems as pacte check, highlights invalid rows, toasts a summary and journals', () => {
    const g = demoGas({ size: 60 });
    const report = checkWorkbook(g.workbook(), DEMO_TODAY).report;
    g.run('pacteCheckCandidates');
    const control = g.column('Candidatures', 'Contrôle');
    expect(control).toEqual(report.candidates.map((c) => c.problems.map((p) => p.message).join('\n')));
    const valid = report.candidates.filter((c) => c.valid).length;
    expect(valid).toBeLessThan(60);
    // Where to look, by the column's letter as the header is found (24th column: X).
    expect(g.values('Candidatures')[0]!.indexOf('Contrôle')).toBe(23);
    // Closed applications (Refusé, Désisté) apart, as `pacte check` says it (test/contract/counts.test.ts).
    const summary = /^60 candidatures : (\d+) complètes, (\d+) à compléter, (\d+) closes \(Refusé, Désisté\)/;
    const toast = g.sim.ui.toasts.at(-1)!.message;
    expect(toast).toMatch(new RegExp(`${summary.source} — détails dans la colonne X « Contrôle »\\.$`));
    const header = g.values('Candidatures')[0]!;
    const backgrounds = g.sim.peek.backgrounds('Candidatures');
    report.candidates.forEach((c) => {
      expect(backgrounds[c.row - 1]![header.indexOf('Contrôle')]).toBe(c.valid ? '#ffffff' : '#f4cccc');
    });
    const journal = g.values('Journal');
    expect(journal.at(-1)!.slice(1, 5)).toEqual([
      'Vérification des candidatures',
      'Candidatures',
      summary.exec(toast)![0],
      'coordination@example.org',
    ]);
  });

  it('names the Contrôle column by the letter it has in this workbook, not by a fixed position', () => {
    const tabs = workbook({
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [candidate({ 'E-mail': 'a@example.org' })],
    });
    // Staff moved `Contrôle` to the second column: the toast follows the header.
    const rows = tabs.get('Candidatures')!;
    const from = rows[0]!.indexOf('Contrôle');
    tabs.set(
      'Candidatures',
      rows.map((r) => {
        const copy = [...r];
        const [cell] = copy.splice(from, 1);
        copy.splice(1, 0, cell!);
        return copy;
      }),
    );
    const g = startGas({ tabs });
    g.run('pacteCheckCandidates');
    expect(g.sim.ui.toasts.at(-1)!.message).toMatch(/— détails dans la colonne B « Contrôle »\.$/);
  });

  it('assigns IDs to rows without one and never reuses a deleted row’s ID', () => {
    const g = startGas({
      tabs: workbook({
        settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
        candidates: [
          candidate({ ID: '' }),
          candidate({ ID: '', 'E-mail': 'b@example.org' }),
          candidate({ ID: 'C-0007', 'E-mail': 'c@example.org' }),
        ],
      }),
    });
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID')).toEqual(['C-0008', 'C-0009', 'C-0007']);
    expect(g.sim.ui.toasts.at(-1)!.message).toMatch(/2 identifiants attribués/);
    const sheet = candidatesSheet(g);
    sheet.deleteRow(3); // C-0009 goes
    sheet.getRange(4, 1, 1, 1).setValue(''); // an empty row with content elsewhere
    sheet.getRange(4, 3, 1, 3).setValues([['Léa', 'Moreau', 'lea@example.org']]);
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID')).toEqual(['C-0008', 'C-0007', 'C-0010']);
  });

  it('finds rows by ID and columns by header after staff sort rows and insert columns', () => {
    const g = demoGas({ size: 30 });
    const sheet = candidatesSheet(g);
    sheet.setFrozenRows(1);
    sheet.insertColumnBefore(1);
    sheet.getRange(1, 1).setValue('Priorité');
    sheet.sort(4, false); // by Prénom, descending
    g.run('pacteCheckCandidates');
    const report = checkWorkbook(g.workbook(), DEMO_TODAY).report;
    expect(g.column('Candidatures', 'Contrôle')).toEqual(report.candidates.map((c) => c.problems.map((p) => p.message).join('\n')));
    expect(g.column('Candidatures', 'Priorité').every((v) => v === '')).toBe(true);
  });

  it('keeps a value typed as a formula as text wherever it copies it', () => {
    const g = startGas({
      tabs: workbook({
        settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
        candidates: [candidate({ Prénom: '=HYPERLINK("http://example.org","x")', Nom: '+33 6 39 98 00 00', Statut: 'Inscrit' })],
      }),
    });
    g.run('pacteComputeEligibility');
    expect(g.column('Éligibilité', 'Nom')).toEqual(['=HYPERLINK("http://example.org","x") +33 6 39 98 00 00']);
    expect(
      g.sim.peek
        .formulas('Éligibilité')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('refuses a renamed required header with a French alert naming it, writing nothing', () => {
    const g = demoGas({ size: 10 });
    candidatesSheet(g).getRange(1, 5).setValue('Courriel');
    const before = g.workbook();
    g.run('pacteCheckCandidates');
    expect(g.sim.ui.alerts.at(-1)!.message).toBe(messages.workbook.missingHeader('Candidatures', 'E-mail'));
    expect(g.workbook()).toEqual(before);
  });

  it('lets only the team in, and says how to be added', () => {
    const stranger = demoGas({ size: 10, user: 'stagiaire@example.org' });
    const before = stranger.workbook();
    stranger.run('pacteCheckCandidates');
    expect(stranger.sim.ui.alerts.at(-1)!.message).toMatch(/stagiaire@example\.org ne figure pas dans la liste « Équipe »/);
    expect(stranger.workbook()).toEqual(before);
    const anonymous = demoGas({ size: 10, user: '' });
    anonymous.run('pacteComputeEligibility');
    expect(anonymous.sim.ui.alerts.at(-1)!.message).toMatch(/Google ne communique pas votre adresse/);
  });

  it('names the key of an invalid Paramètres value', () => {
    const g = demoGas({ size: 10 });
    const settings = g.sim.spreadsheet.getSheetByName('Paramètres')!;
    settings.getRange(9, 2).setValue('beaucoup');
    g.run('pacteCheckCandidates');
    expect(g.sim.ui.alerts.at(-1)!.message).toMatch(/Paramètre « Pages minimum du mémoire » invalide/);
  });

  it('Paramètres… lists every bad value at once and writes nothing', () => {
    const g = demoGas({ size: 10 });
    const sheet = g.sim.spreadsheet.getSheetByName('Paramètres')!;
    g.sim.asColleague(() => {
      sheet.getRange(9, 2).setValue('beaucoup');
      sheet.appendRow(['Adresse de réponse', 'pas-une-adresse']);
      sheet.appendRow(['Contact', 'Sophie — sophie@example — 06 12 34 56 78']);
    });
    const before = g.workbook();
    g.run('pacteShowSettings');
    const lines = g.sim.ui.alerts
      .at(-1)!
      .message.split('\n')
      .filter((l) => l.startsWith('• '));
    expect(lines).toEqual([
      expect.stringMatching(/Paramètre « Pages minimum du mémoire » invalide \(« beaucoup »\)/),
      expect.stringMatching(/Paramètre « Adresse de réponse » invalide \(« pas-une-adresse »\)/),
      expect.stringMatching(/Paramètre « Contact » invalide \(« sophie@example »\)/),
    ]);
    expect(g.sim.ui.alerts.at(-1)!.message).toMatch(/^3 valeurs à corriger dans l'onglet « Paramètres » \(rien n'a été modifié\)/);
    expect(g.workbook()).toEqual(before);
  });

  it('a failure at any write leaves nothing a re-run does not repair', () => {
    for (const method of ['Range.setValues', 'Range.setBackgrounds', 'Sheet.appendRow']) {
      const clean = demoGas({ size: 20 });
      clean.run('pacteCheckCandidates');
      const g = demoGas({ size: 20 });
      g.sim.failAt(method, 1, new Error('Service Spreadsheets failed while accessing document'));
      g.run('pacteCheckCandidates');
      expect(g.sim.ui.alerts.at(-1)!.message).toMatch(/erreur inattendue.*relancez/);
      g.run('pacteCheckCandidates');
      const strip = (values: Cell[][]) => values;
      expect(strip(g.values('Candidatures'))).toEqual(strip(clean.values('Candidatures')));
      expect(g.sim.peek.backgrounds('Candidatures')).toEqual(clean.sim.peek.backgrounds('Candidatures'));
    }
  });

  it('re-checks only the edited rows on edit, as a simple trigger', () => {
    const g = demoGas({ size: 20 });
    g.run('pacteCheckCandidates');
    const sheet = candidatesSheet(g);
    const header = g.values('Candidatures')[0]!;
    const cv = header.indexOf('CV') + 1;
    const controlBefore = g.column('Candidatures', 'Contrôle');
    sheet.getRange(3, cv, 2, 1).setValues([[false], [false]]);
    g.sim.setAuthMode('LIMITED');
    g.sim.calls.reset();
    g.run('onEdit', { source: g.sim.spreadsheet, range: sheet.getRange(3, cv, 2, 1), authMode: 'LIMITED' });
    const after = g.column('Candidatures', 'Contrôle');
    expect(after[1]).toMatch(/CV manquant/);
    expect(after[2]).toMatch(/CV manquant/);
    expect([after[0], ...after.slice(3)]).toEqual([controlBefore[0], ...controlBefore.slice(3)]);
    // Edits elsewhere cost almost nothing.
    const elsewhere = g.sim.spreadsheet.getSheetByName('Séances')!.getRange(2, 2);
    g.sim.calls.reset();
    g.run('onEdit', { source: g.sim.spreadsheet, range: elsewhere, authMode: 'LIMITED' });
    expect(g.sim.calls.total()).toBe(2);
  });
});

describe("Calculer l'éligibilité", () => {
  it('writes the states and reasons of pacte check, coloured by state, by learner ID', () => {
    const g = demoGas({ size: 80 });
    const report = checkWorkbook(g.workbook(), DEMO_TODAY).report;
    g.run('pacteComputeEligibility');
    const rows = g.values('Éligibilité').slice(1);
    expect(rows.map((r) => r[0])).toEqual(report.learners.map((l) => l.id));
    expect(rows.map((r) => r[2])).toEqual(report.learners.map((l) => messages.states[l.state]));
    expect(rows.map((r) => r[3])).toEqual(report.learners.map((l) => l.reasons.map((x) => x.message).join('\n')));
    expect(new Set(rows.map((r) => r[2]))).toEqual(
      new Set(['En cours', 'À risque', 'Non éligible'].filter((s) => rows.some((r) => r[2] === s))),
    );
    const backgrounds = g.sim.peek.backgrounds('Éligibilité');
    rows.forEach((r, i) => {
      const expected = { Éligible: '#d9ead3', 'En cours': '#ffffff', 'À risque': '#fce5cd', 'Non éligible': '#f4cccc' }[r[2] as string];
      expect(backgrounds[i + 1]![2]).toBe(expected);
    });
    expect(g.sim.ui.toasts.at(-1)!.message).toMatch(/^20 apprenant·es : /);
  });

  it('keeps staff notes beside each learner when recomputed after a status change', () => {
    const g = demoGas({ size: 20 });
    g.run('pacteComputeEligibility');
    const elig = g.sim.spreadsheet.getSheetByName('Éligibilité')!;
    elig.getRange(1, 6, 3, 1).setValues([['Note du jury'], ['à revoir'], ['RAS']]);
    const firstTwo = g
      .values('Éligibilité')
      .slice(1, 3)
      .map((r) => r[0]);
    const candidates = candidatesSheet(g);
    const statusCol = g.values('Candidatures')[0]!.indexOf('Statut') + 1;
    candidates.getRange(2, statusCol).setValue('Désisté'); // first learner leaves
    g.run('pacteComputeEligibility');
    const rows = g.values('Éligibilité');
    expect(rows[1]!.slice(0, 1)).toEqual([firstTwo[0]]);
    expect(rows[1]![3]).toMatch(/N'est plus au statut « Inscrit » \(statut : Désisté\)/);
    expect(rows[1]![5]).toBe('à revoir');
    expect(rows[2]![0]).toBe(firstTwo[1]);
    expect(rows[2]![5]).toBe('RAS');
  });
});
