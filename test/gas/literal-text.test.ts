/**
 * Text the product copies stays text (issue 13, item 2): IDs, names and session IDs that Sheets
 * would re-type as numbers, dates, booleans or percentages read back identical once the product
 * wrote them into `Présences`, `Éligibilité` and `Journal`. Through the built bundle, on the simulator.
 */
import { checkWorkbook } from '../../src/workbook/check';
import { instantOfDay } from '../../src/domain/dates';
import { asLiteralText, sheetsWouldRetype } from '../../src/workbook/cells';
import { parseTyped } from '../../sim/spreadsheet/input';
import { startGas, type Gas } from '../helpers/gas';
import { candidate, workbook } from '../helpers/workbook';

const TODAY = '2026-01-15';

/** Learner ID → [Prénom, Nom]: each looks like something else to Sheets. */
const LEARNERS: Array<[string, string, string]> = [
  ['0042', '', 'TRUE'],
  ['1e5', '', '12/03'],
  ['2026-01-02', '', '1,5'],
  ['50%', '', '50%'],
  ['12/03', 'Inès', 'faux'],
  ['1,5', '', '2026-01-02'],
];
const SESSIONS = ['01', '12/03'];

function messyCohort(): Gas {
  return startGas({
    tabs: workbook({
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: LEARNERS.map(([id, first, last], i) =>
        candidate({ ID: id, Prénom: first, Nom: last, 'E-mail': `l${i}@example.org`, Statut: 'Inscrit' }),
      ),
      sessions: SESSIONS.map((id, i) => ({
        ID: id,
        Intitulé: `Séminaire ${i + 1}`,
        'Date de début': instantOfDay(`2025-10-1${i + 6}`),
        'Date de fin': instantOfDay(`2025-10-1${i + 6}`),
        Obligatoire: true,
      })),
    }),
  });
}

function saveAll(g: Gas): void {
  SESSIONS.forEach((sessionId, i) => {
    for (const halfDay of ['Matin', 'Après-midi']) {
      const result = g.run('pacteAttendanceSave', {
        sessionId,
        day: `2025-10-1${i + 6}`,
        halfDay,
        marks: LEARNERS.map(([learnerId]) => ({ learnerId, status: 'Présent' })),
      }) as { saved: number };
      expect(result.saved).toBe(LEARNERS.length);
    }
  });
}

describe('text the product copies stays text', () => {
  it('Présences keeps learner and session IDs as typed, so attendance matches its learner', () => {
    const g = messyCohort();
    saveAll(g);
    const rows = g.values('Présences').slice(1);
    expect(rows).toHaveLength(LEARNERS.length * 4);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(LEARNERS.map(([id]) => id)));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(SESSIONS));
    const journalTargets = g.column('Journal', 'Cible').filter((c) => String(c).includes('/10/2025'));
    expect(journalTargets).toEqual([
      '01 16/10/2025 Matin',
      '01 16/10/2025 Après-midi',
      '12/03 17/10/2025 Matin',
      '12/03 17/10/2025 Après-midi',
    ]);
    // Saved twice: updated in place, never appended again.
    saveAll(g);
    expect(g.values('Présences').slice(1)).toHaveLength(LEARNERS.length * 4);
    const report = checkWorkbook(g.workbook(), TODAY).report;
    expect(report.learners.map((l) => [l.id, l.reasons.map((r) => r.code)])).toEqual(LEARNERS.map(([id]) => [id, []]));
  });

  it('Éligibilité keeps IDs and names as typed, and a second computation adds no row', () => {
    const g = messyCohort();
    g.run('pacteComputeEligibility');
    const expected = LEARNERS.map(([id, first, last]) => [id, `${first} ${last}`.trim()]);
    expect(
      g
        .values('Éligibilité')
        .slice(1)
        .map((r) => r.slice(0, 2)),
    ).toEqual(expected);
    g.run('pacteComputeEligibility');
    expect(
      g
        .values('Éligibilité')
        .slice(1)
        .map((r) => r.slice(0, 2)),
    ).toEqual(expected);
    expect(
      g.sim.peek
        .formulas('Éligibilité')
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('a plain-text column (format @) gets the text bare, not an apostrophe it would show', () => {
    const g = messyCohort();
    const attendance = g.sim.spreadsheet.getSheetByName('Présences')!;
    attendance.getRange('A2:B100').setNumberFormat('@');
    saveAll(g);
    const rows = g.values('Présences').slice(1);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(LEARNERS.map(([id]) => id)));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(SESSIONS));
  });

  it('costs one more call only when a block holds text Sheets would re-type', () => {
    const g = messyCohort();
    g.sim.calls.reset();
    g.run('pacteCheckCandidates'); // Contrôle messages and C-… IDs: nothing to protect
    expect(g.sim.calls.byMethod()['Range.getNumberFormats'] ?? 0).toBe(0);
  });
});

describe('which strings Sheets would re-type', () => {
  const now = new Date('2026-01-15T10:00:00+01:00');
  const retyped = (s: string) => {
    const t = parseTyped(s, undefined, 'Europe/Paris', now);
    return t.formula !== undefined || t.value !== s;
  };
  const samples = [
    '0042',
    '01',
    '12/03',
    '1,5',
    'TRUE',
    'true',
    'VRAI',
    'faux',
    '50%',
    '1e5',
    '2026-01-02',
    '10:30',
    '16/10/2025 09:00',
    ' 42 ',
    '+33 6 39 98 00 00',
    '-5',
    '=A1',
    "'0042",
    '1 234,5',
    '3.5',
    '12-03-2026',
    '1/2',
  ];
  it('covers everything the simulator (as Google) re-types', () => {
    for (const s of samples) {
      if (retyped(s)) expect([s, sheetsWouldRetype(s)]).toEqual([s, true]);
    }
    // and the apostrophe then keeps each of them exactly
    for (const s of samples) expect(parseTyped(asLiteralText(s), undefined, 'Europe/Paris', now).value).toBe(s);
  });

  it('leaves ordinary text alone', () => {
    for (const s of [
      'Camille',
      'C-0001',
      'S2',
      'T0',
      'Le Gall',
      'MSP des Tilleuls',
      'Présent',
      'Séminaire 1',
      'marie@example.org',
      'Promo 8',
      '',
    ]) {
      expect([s, sheetsWouldRetype(s)]).toEqual([s, false]);
    }
  });

  it('errs on the safe side for dates Google reads with month names', () => {
    for (const s of ['12 mars 2026', '1 janv.', 'March 1 2016', '9h30', '9h', '2026-01-02T10:00', '1E+5', '#N/A'])
      expect([s, sheetsWouldRetype(s)]).toEqual([s, true]);
  });
});
