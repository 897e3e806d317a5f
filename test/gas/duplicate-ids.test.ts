/**
 * Duplicate IDs (issue 13, item 3): a copied row keeps its ID. Flagged on the later row, listed twice
 * in Éligibilité, and never a mark recorded under the other person. Built bundle, simulator.
 */
import { checkWorkbook } from '../../src/workbook/check';
import { instantOfDay } from '../../src/domain/dates';
import { messages } from '../../src/domain/messages';
import type { AttendanceSaveResult, AttendanceView } from '../../src/ui/contract';
import { startGas, type Gas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

const TODAY = '2026-01-15';
const DAY = { sessionId: 'S1', day: '2025-10-16', halfDay: 'Matin' };

/** Lucas's row copied to row 4 for Lucie, who kept his ID C-0002. */
function copiedRow(): Gas {
  return startGas({
    tabs: workbook({
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [
        candidate({ Statut: 'Inscrit' }),
        candidate({ ID: 'C-0002', Prénom: 'Lucas', Nom: 'Bernard', 'E-mail': 'lucas@example.org', Statut: 'Inscrit' }),
        candidate({ ID: ' c-0002 ', Prénom: 'Lucie', Nom: 'Bernard', 'E-mail': 'lucie@example.org', Statut: 'Inscrit' }),
        candidate({ ID: 'C-0003', Prénom: 'Léa', 'E-mail': 'lea@example.org', Statut: 'Inscrit' }),
      ],
      sessions: [
        {
          ID: 'S1',
          Intitulé: 'Séminaire 1',
          'Date de début': instantOfDay('2025-10-16'),
          'Date de fin': instantOfDay('2025-10-16'),
          Obligatoire: true,
        },
      ],
    }),
  });
}

function idCell(g: Gas, row: number) {
  const col = g.values('Candidatures')[0]!.indexOf('ID') + 1;
  return g.sim.spreadsheet.getSheetByName('Candidatures')!.getRange(row, col);
}

describe('duplicate IDs', () => {
  it('flags the later row (duplicate_id, in Contrôle); clearing its ID gives it a new one at the next check', () => {
    const g = copiedRow();
    const report = checkWorkbook(g.workbook(), TODAY).report;
    expect(report.candidates.map((c) => c.problems.map((p) => p.code))).toEqual([[], [], ['duplicate_id'], []]);
    expect(report.candidates[2]!.problems[0]).toEqual({
      code: 'duplicate_id',
      column: 'ID',
      message: messages.candidate.duplicateId('c-0002', 3),
    });
    g.run('pacteCheckCandidates');
    const control = g.column('Candidatures', 'Contrôle');
    expect(control[1]).toBe('');
    expect(control[2]).toMatch(/^ID en double : « c-0002 » figure déjà ligne 3 .*Videz la cellule ID de cette ligne/);
    idCell(g, 4).setValue('');
    g.run('pacteCheckCandidates');
    expect(g.column('Candidatures', 'ID')).toEqual(['C-0001', 'C-0002', 'C-0004', 'C-0003']);
    expect(g.column('Candidatures', 'Contrôle')).toEqual(['', '', '', '']);
  });

  it("Calculer l'éligibilité lists both, each flagged, then keeps them apart once fixed", () => {
    const g = copiedRow();
    g.run('pacteComputeEligibility');
    const rows = () => g.values('Éligibilité').slice(1);
    expect(rows().map((r) => r.slice(0, 2))).toEqual([
      ['C-0001', 'Camille Martin'],
      ['C-0002', 'Lucas Bernard'],
      ['c-0002', 'Lucie Bernard'],
      ['C-0003', 'Léa Martin'],
    ]);
    const warning = messages.sheet.sharedId('C-0002', [3, 4]);
    expect(String(rows()[1]![3]).split('\n')[0]).toBe(warning);
    expect(String(rows()[2]![3]).split('\n')[0]).toBe(messages.sheet.sharedId('c-0002', [3, 4]));
    expect(String(rows()[0]![3])).not.toMatch(/Attention/);
    const first = rows().map((r) => r.slice(0, 4));
    g.run('pacteComputeEligibility');
    expect(rows().map((r) => r.slice(0, 4))).toEqual(first);
    // Fixed: Lucie gets a new ID; her old line is left over, said so.
    idCell(g, 4).setValue('');
    g.run('pacteCheckCandidates');
    g.run('pacteComputeEligibility');
    expect(rows().map((r) => r.slice(0, 2))).toEqual([
      ['C-0001', 'Camille Martin'],
      ['C-0002', 'Lucas Bernard'],
      ['c-0002', 'Lucie Bernard'],
      ['C-0003', 'Léa Martin'],
      ['C-0004', 'Lucie Bernard'],
    ]);
    expect(rows()[2]![3]).toBe(messages.sheet.sharedIdLeftover('c-0002'));
    expect(rows()[1]![3]).not.toMatch(/Attention/);
  });

  it('the attendance sidebar flags both, saves the others and refuses the shared ID by name', () => {
    const g = copiedRow();
    const view = g.run('pacteAttendanceLoad', DAY) as AttendanceView;
    // In `Nom` order, then `Prénom`.
    expect(view.learners.map((l) => [l.name, l.sharedRows ?? null])).toEqual([
      ['Lucas Bernard', [3, 4]],
      ['Lucie Bernard', [3, 4]],
      ['Camille Martin', null],
      ['Léa Martin', null],
    ]);
    const marks = view.learners.map((l) => ({ learnerId: l.id, status: 'Présent' }));
    const result = g.run('pacteAttendanceSave', { ...DAY, marks }) as AttendanceSaveResult;
    expect(result.saved).toBe(2);
    expect(result.refused).toEqual(['C-0002']);
    expect(result.message).toMatch(
      /^2 présences enregistrées .*Présence non enregistrée pour « C-0002 » : cet ID désigne plusieurs personnes/,
    );
    expect(
      g
        .values('Présences')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['C-0001', 'C-0003']);
  });

  it('a request holding only the shared ID saves nothing and says why; one ID marked twice is refused alone', () => {
    const g = copiedRow();
    expect(() => g.run('pacteAttendanceSave', { ...DAY, marks: [{ learnerId: 'C-0002', status: 'Absent' }] })).toThrow(
      messages.sheet.attendance.ambiguousIds(['C-0002']),
    );
    expect(g.values('Présences')).toHaveLength(1);
    const result = g.run('pacteAttendanceSave', {
      ...DAY,
      marks: [
        { learnerId: 'C-0001', status: 'Présent' },
        { learnerId: 'c-0001', status: 'Absent' },
        { learnerId: 'C-0003', status: 'Présent' },
      ],
    }) as AttendanceSaveResult;
    expect([result.saved, result.refused]).toEqual([1, ['C-0001']]);
    expect(
      g
        .values('Présences')
        .slice(1)
        .map((r) => [r[0], r[4]]),
    ).toEqual([['C-0003', 'Présent']]);
  });
});
