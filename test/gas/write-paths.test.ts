/**
 * Write paths under competition: a colleague's edit, another execution or onEdit landing while an
 * action waits for the lock or between its read and its write. Nothing typed is lost.
 */
import type { Cell } from '../../src/workbook/cells';
import { startGas, type Gas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

const TEAM = { Profil: 'bretagne-2025', Équipe: 'coordination@example.org, secretariat@example.org' };

function sheet(g: Gas, name: string) {
  return g.sim.spreadsheet.getSheetByName(name)!;
}

function header(g: Gas, tab: string, h: string): number {
  return g.values(tab)[0]!.indexOf(h) + 1;
}

/** ID by e-mail, as staff would check it. */
function idsByEmail(g: Gas): Map<string, Cell> {
  const ids = g.column('Candidatures', 'ID');
  return new Map(g.column('Candidatures', 'E-mail').map((e, i) => [String(e), ids[i]]));
}

describe('Vérifier les candidatures under competition', () => {
  const applicants = () =>
    workbook({
      settings: TEAM,
      candidates: [
        candidate({ ID: 'C-0001', Prénom: 'Zoé', 'E-mail': 'zoe@example.org' }),
        candidate({ ID: '', Prénom: 'Anna', 'E-mail': 'anna@example.org' }),
        candidate({ ID: 'C-0002', Prénom: 'Marc', 'E-mail': 'marc@example.org' }),
      ],
    });

  it('re-reads the tab under the lock: a sort meanwhile overwrites no ID and the new applicant gets one', () => {
    const g = startGas({ tabs: applicants() });
    const prenom = header(g, 'Candidatures', 'Prénom');
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 2000, () => {
      sheet(g, 'Candidatures').setFrozenRows(1);
      sheet(g, 'Candidatures').sort(prenom); // Anna, Marc, Zoé
    });
    g.run('pacteCheckCandidates');
    expect(idsByEmail(g)).toEqual(
      new Map([
        ['anna@example.org', 'C-0003'],
        ['marc@example.org', 'C-0002'],
        ['zoe@example.org', 'C-0001'],
      ]),
    );
    expect(g.column('Candidatures', 'Contrôle')).toEqual(['', '', '']);
  });

  it('keeps an ID typed by hand while the check waited', () => {
    const g = startGas({ tabs: applicants() });
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 2000, () => {
      sheet(g, 'Candidatures').getRange(3, 1).setValue('C-0100');
    });
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID')).toEqual(['C-0001', 'C-0100', 'C-0002']);
  });

  it('gives each new applicant one ID when two checks run at once', () => {
    const g = startGas({ tabs: applicants() });
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 2000, () => {
      g.sim.setUserEmail('secretariat@example.org');
      g.gas.pacteCheckCandidates!();
      g.sim.setUserEmail('coordination@example.org');
    });
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID')).toEqual(['C-0001', 'C-0003', 'C-0002']);
    // Both checks journaled; only the first assigned an ID.
    expect(
      g
        .values('Journal')
        .slice(1)
        .map((r) => r[3]),
    ).toEqual(['3 candidatures : 3 complètes, 0 à compléter ; 1 identifiant attribué', '3 candidatures : 3 complètes, 0 à compléter']);
  });

  it('lets onEdit firing during the check number a new row once', () => {
    const g = startGas({ tabs: applicants() });
    const row = [['', 'M.', 'Paul', 'Durand', 'paul@example.org']];
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 2000, () => g.edit('Candidatures', 5, 1, row));
    g.run('pacteCheckCandidates');
    const ids = g.column('Candidatures', 'ID');
    expect(ids).toEqual(['C-0001', 'C-0004', 'C-0002', 'C-0003']);
    expect(new Set(ids).size).toBe(4);
  });

  it('saves the ID counter before writing IDs: an ID once in the sheet is never given again', () => {
    const g = startGas({ tabs: applicants() });
    g.sim.failAt('Properties.setProperty', 1, new Error('Service unavailable'));
    g.run('pacteCheckCandidates');
    expect(g.sim.ui.alerts.at(-1)!.message).toMatch(/erreur inattendue/);
    const seen = new Set(g.column('Candidatures', 'ID').filter(Boolean));
    // Staff delete the new applicant's row, then a new one arrives.
    const tab = sheet(g, 'Candidatures');
    tab.deleteRow(3);
    tab.getRange(4, 3, 1, 3).setValues([['Lina', 'Petit', 'lina@example.org']]);
    g.run('pacteCheckCandidates');
    const given = idsByEmail(g).get('lina@example.org');
    expect(given).toMatch(/^C-\d{4}$/);
    expect(seen.has(given as string)).toBe(false);
  });

  it('onEdit of the header row leaves the headers alone', () => {
    const g = startGas({ tabs: applicants() });
    g.run('pacteCheckCandidates');
    const headers = g.values('Candidatures')[0]!;
    const last = headers.length;
    g.edit('Candidatures', 1, last + 1, [['Priorité']]);
    expect(g.values('Candidatures')[0]).toEqual([...headers, 'Priorité']);
    // A rectangle spanning the header and the first row re-checks the first row only.
    g.edit('Candidatures', 1, 3, [['Prénom'], ['']]);
    expect(g.values('Candidatures')[0]).toEqual([...headers, 'Priorité']);
    expect(g.column('Candidatures', 'Contrôle')[0]).toMatch(/Prénom/);
  });
});

describe('attendance save under competition', () => {
  // Attendance is saved for half-days that happened: the clock is after the session.
  const AFTER_SESSION = new Date('2026-02-06T18:00:00+01:00');
  const cohort = () =>
    workbook({
      settings: TEAM,
      candidates: ['a', 'b', 'c'].map((x, i) =>
        candidate({ ID: `C-000${i + 1}`, Prénom: x.toUpperCase(), 'E-mail': `${x}@example.org`, Statut: 'Inscrit' }),
      ),
      sessions: [
        {
          ID: 'S1',
          Intitulé: 'Séminaire',
          Type: 'Présentiel',
          'Date de début': '05/02/2026',
          'Date de fin': '06/02/2026',
          Obligatoire: true,
        },
      ],
      attendance: [
        {
          'ID apprenant': 'C-0001',
          Séance: 'S1',
          Date: '05/02/2026',
          'Demi-journée': 'Matin',
          Statut: 'Présent',
          'Saisi par': 'coordination@example.org',
        },
        {
          'ID apprenant': 'C-0002',
          Séance: 'S1',
          Date: '05/02/2026',
          'Demi-journée': 'Après-midi',
          Statut: 'Présent',
          'Saisi par': 'coordination@example.org',
        },
        {
          'ID apprenant': 'C-0003',
          Séance: 'S1',
          Date: '05/02/2026',
          'Demi-journée': 'Matin',
          Statut: 'Présent',
          'Saisi par': 'coordination@example.org',
        },
      ],
    });
  const save = (g: Gas, marks: Array<[string, string]>, halfDay = 'Matin') =>
    g.gas.pacteAttendanceSave!({
      sessionId: 'S1',
      day: '2026-02-05',
      halfDay,
      marks: marks.map(([learnerId, status]) => ({ learnerId, status })),
    });

  it('writes only the planned cells: a colleague’s edit between the read and the write stays, a formula stays a formula', () => {
    const g = startGas({ tabs: cohort(), now: AFTER_SESSION });
    const statut = header(g, 'Présences', 'Statut');
    const tab = sheet(g, 'Présences');
    tab.getRange(3, statut + 2).setFormula('=NOW()'); // Saisi le of the afternoon row, between the two morning rows
    g.sim.interleave('Range.setValues', 1, () => tab.getRange(3, statut).setValue('Retard'));
    g.sim.startExecution();
    save(g, [
      ['C-0001', 'Absent'],
      ['C-0003', 'Absent excusé'],
    ]);
    expect(g.column('Présences', 'Statut')).toEqual(['Absent', 'Retard', 'Absent excusé']);
    expect(g.sim.peek.formulas('Présences')[2]![statut + 1]).toBe('=NOW()');
    expect(g.column('Présences', 'Saisi par')[1]).toBe('coordination@example.org');
  });

  it('re-reads Présences under the lock: a colleague’s save meanwhile is updated, never overwritten', () => {
    const g = startGas({ tabs: cohort(), now: AFTER_SESSION });
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 2000, () => {
      g.sim.setUserEmail('secretariat@example.org');
      save(
        g,
        [
          ['C-0002', 'Présent'],
          ['C-0003', 'Retard'],
        ],
        'Après-midi',
      );
      g.sim.setUserEmail('coordination@example.org');
    });
    g.sim.startExecution();
    save(
      g,
      [
        ['C-0001', 'Absent'],
        ['C-0002', 'Absent'],
      ],
      'Après-midi',
    );
    const rows = g
      .values('Présences')
      .slice(1)
      .filter((r) => r[3] === 'Après-midi')
      .map((r) => [r[0], r[4], r[5]]);
    expect(rows).toEqual([
      ['C-0002', 'Absent', 'coordination@example.org'],
      ['C-0003', 'Retard', 'secretariat@example.org'],
      ['C-0001', 'Absent', 'coordination@example.org'],
    ]);
  });

  it('refuses to save without the document lock (not a bound script), writing nothing', () => {
    const g = startGas({ tabs: cohort(), now: AFTER_SESSION });
    g.sim.setContainerBound(false);
    const before = g.workbook();
    g.sim.startExecution();
    expect(() => save(g, [['C-0001', 'Absent']])).toThrow(/doit être lancé depuis le classeur de la cohorte/);
    expect(g.workbook()).toEqual(before);
  });

  it('journals each save with its key', () => {
    const g = startGas({ tabs: cohort(), now: AFTER_SESSION });
    g.sim.startExecution();
    save(g, [['C-0001', 'Présent']], 'Après-midi');
    const journal = g.values('Journal');
    const key = journal[0]!.indexOf('Clé');
    expect(journal.at(-1)![key]).toBe('presences:S1:2026-02-05:apres-midi');
  });
});

describe("Calculer l'éligibilité writes by learner ID", () => {
  it('keeps the ID and name of a learner no longer enrolled between two others, in one write', () => {
    const tabs = workbook({
      settings: TEAM,
      candidates: ['a', 'b', 'c'].map((x, i) =>
        candidate({ ID: `C-000${i + 1}`, Prénom: x.toUpperCase(), 'E-mail': `${x}@example.org`, Statut: 'Inscrit' }),
      ),
    });
    const g = startGas({ tabs });
    g.run('pacteComputeEligibility');
    const before = g
      .values('Éligibilité')
      .slice(1)
      .map((r) => r.slice(0, 2));
    sheet(g, 'Candidatures')
      .getRange(3, header(g, 'Candidatures', 'Statut'))
      .setValue('Désisté');
    g.sim.calls.reset();
    g.run('pacteComputeEligibility');
    expect(
      g
        .values('Éligibilité')
        .slice(1)
        .map((r) => r.slice(0, 2)),
    ).toEqual(before);
    expect(g.column('Éligibilité', 'Motifs')[1]).toMatch(/N'est plus au statut « Inscrit »/);
    expect(g.sim.calls.byMethod()['Range.setValues']).toBe(1);
  });

  it('finds the learners’ rows under the lock: a sort meanwhile keeps each row’s notes beside its learner', () => {
    const tabs = workbook({
      settings: TEAM,
      candidates: ['a', 'b', 'c'].map((x, i) =>
        candidate({ ID: `C-000${i + 1}`, Prénom: x.toUpperCase(), 'E-mail': `${x}@example.org`, Statut: 'Inscrit' }),
      ),
    });
    const g = startGas({ tabs });
    g.run('pacteComputeEligibility');
    const elig = sheet(g, 'Éligibilité');
    elig.getRange(1, 6, 4, 1).setValues([['Note du jury'], ['note A'], ['note B'], ['note C']]);
    g.sim.locks.holdDocumentLock(g.sim.clock.now().getTime() + 2000, () => {
      elig.setFrozenRows(1);
      elig.sort(1, false); // C, B, A
    });
    g.run('pacteComputeEligibility');
    const rows = g.values('Éligibilité').slice(1);
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      ['C-0003', 'C Martin', 'note C'],
      ['C-0002', 'B Martin', 'note B'],
      ['C-0001', 'A Martin', 'note A'],
    ]);
  });
});
