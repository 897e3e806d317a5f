import { checkWorkbook } from '../../src/workbook/check';
import { candidate, workbook, type Row, type WorkbookRows } from '../helpers/workbook';

const S1 = {
  ID: 'S1',
  Intitulé: 'Séminaire 1',
  Type: 'Séminaire',
  'Date de début': '16/10/2025',
  'Date de fin': '17/10/2025',
  Obligatoire: true,
};
const OPTIONAL = { ID: 'SOUT', Intitulé: 'Soutenances', 'Date de début': '24/09/2026', 'Date de fin': '25/09/2026', Obligatoire: false };
const HALF_DAYS = [
  ['16/10/2025', 'Matin'],
  ['16/10/2025', 'Après-midi'],
  ['17/10/2025', 'Matin'],
  ['17/10/2025', 'Après-midi'],
] as const;
const learner = candidate({ Statut: 'Inscrit' });

function present(status: (i: number) => string = () => 'Présent'): Row[] {
  return HALF_DAYS.map(([day, half], i) => ({
    'ID apprenant': 'C-0001',
    Séance: 'S1',
    Date: day,
    'Demi-journée': half,
    Statut: status(i),
  }));
}
const done: WorkbookRows = {
  candidates: [learner],
  sessions: [S1, OPTIONAL],
  attendance: present(),
  productions: [{ 'ID apprenant': 'C-0001', Production: 'Fiche de poste', Échéance: '30/11/2025', 'Déposée le': '28/11/2025' }],
  theses: [{ 'ID apprenant': 'C-0001', 'Déposé le': '01/08/2026', Pages: 24, 'Date de soutenance': '24/09/2026', Résultat: 'Admis' }],
};

function learnerResult(rows: WorkbookRows, today = '2026-10-01', settings?: Record<string, unknown>) {
  const wb = workbook({ ...rows, settings: (settings ?? { Profil: 'bretagne-2025' }) as Record<string, string> });
  const [result] = checkWorkbook(wb, today).report.learners;
  return { state: result!.state, codes: result!.reasons.map((r) => r.code), reasons: result!.reasons };
}

describe('learner eligibility', () => {
  it('lists only enrolled candidates', () => {
    const wb = workbook({ ...done, candidates: [learner, candidate({ ID: 'C-0002', 'E-mail': 'b@example.org', Statut: 'Retenu' })] });
    expect(checkWorkbook(wb, '2026-10-01').report.learners.map((l) => l.id)).toEqual(['C-0001']);
  });

  it('is eligible when everything is attended, deposited and the defence passed', () => {
    expect(learnerResult(done)).toEqual({ state: 'eligible', codes: [], reasons: [] });
  });

  it('counts Retard as present', () => {
    expect(learnerResult({ ...done, attendance: present(() => 'Retard') }).state).toBe('eligible');
  });

  it('makes an unexcused absence not eligible, naming the half-day', () => {
    const r = learnerResult({ ...done, attendance: present((i) => (i === 1 ? 'Absent' : 'Présent')) });
    expect(r.state).toBe('not_eligible');
    expect(r.codes).toEqual(['absent']);
    expect(r.reasons[0]!.message).toContain('16/10/2025 (après-midi)');
  });

  it('allows no excused absence unless the profile says otherwise', () => {
    const oneExcused = { ...done, attendance: present((i) => (i === 0 ? 'Absent excusé' : 'Présent')) };
    expect(learnerResult(oneExcused)).toMatchObject({ state: 'not_eligible', codes: ['too_many_excused_absences'] });
    const allowed = { Profil: 'bretagne-2025', 'Absences excusées autorisées (demi-journées)': 1 };
    expect(learnerResult(oneExcused, '2026-10-01', allowed)).toMatchObject({ state: 'eligible', codes: [] });
    const twoExcused = { ...done, attendance: present((i) => (i < 2 ? 'Absent excusé' : 'Présent')) };
    expect(learnerResult(twoExcused, '2026-10-01', allowed).codes).toEqual(['too_many_excused_absences']);
  });

  it('puts a learner at risk for a past compulsory half-day with no record, strictly before today', () => {
    const missingLast = { ...done, attendance: present().slice(0, 3) };
    expect(learnerResult(missingLast, '2025-10-18')).toMatchObject({ state: 'at_risk', codes: ['attendance_missing'] });
    // On the day itself the half-days are not yet missing.
    const r = learnerResult({ ...done, attendance: present().slice(0, 2) }, '2025-10-17');
    expect(r.codes).not.toContain('attendance_missing');
    expect(r.state).toBe('in_progress');
  });

  it('ignores non-compulsory sessions for attendance', () => {
    expect(learnerResult(done, '2026-10-01').codes).toEqual([]);
  });

  it('flags a production past its deadline, strictly', () => {
    const late = {
      ...done,
      productions: [{ 'ID apprenant': 'C-0001', Production: 'Diagnostic', Échéance: '10/01/2026', 'Déposée le': '' }],
    };
    expect(learnerResult(late, '2026-01-11')).toMatchObject({ state: 'at_risk', codes: ['production_overdue'] });
    expect(learnerResult(late, '2026-01-10')).toMatchObject({ state: 'in_progress', codes: [] });
  });

  it('flags a thesis past the deadline of Paramètres', () => {
    const notDeposited = { ...done, theses: [{ 'ID apprenant': 'C-0001', 'Déposé le': '', 'Date de soutenance': '24/09/2026' }] };
    const settings = { Profil: 'bretagne-2025', 'Date limite de dépôt du mémoire': '31/08/2026' };
    expect(learnerResult(notDeposited, '2026-09-01', settings).codes).toEqual(['thesis_overdue']);
    expect(learnerResult(notDeposited, '2026-08-31', settings)).toMatchObject({ state: 'in_progress', codes: [] });
    expect(learnerResult({ ...done, theses: [] }, '2026-09-01', settings).codes).toEqual(['thesis_overdue']);
  });

  it('flags a thesis below the minimum pages (20 for Bretagne, or Paramètres)', () => {
    const short = { ...done, theses: [{ ...done.theses![0], Pages: 18 }] };
    expect(learnerResult(short)).toMatchObject({ state: 'at_risk', codes: ['thesis_too_short'] });
    expect(learnerResult(short, '2026-10-01', { Profil: 'bretagne-2025', 'Pages minimum du mémoire': 15 }).codes).toEqual([]);
  });

  it('flags a past defence with no result, and a failed one', () => {
    const noResult = { ...done, theses: [{ ...done.theses![0], Résultat: '' }] };
    expect(learnerResult(noResult, '2026-09-25')).toMatchObject({ state: 'at_risk', codes: ['defence_missing'] });
    expect(learnerResult(noResult, '2026-09-24')).toMatchObject({ state: 'in_progress', codes: [] });
    const failed = { ...done, theses: [{ ...done.theses![0], Résultat: 'Ajourné' }] };
    expect(learnerResult(failed)).toMatchObject({ state: 'not_eligible', codes: ['defence_failed'] });
  });

  it('keeps the worst state and lists every reason', () => {
    const rows = {
      ...done,
      attendance: present((i) => (i === 0 ? 'Absent' : 'Présent')).slice(0, 3),
      productions: [{ 'ID apprenant': 'C-0001', Production: 'Diagnostic', Échéance: '10/01/2026' }],
    };
    const r = learnerResult(rows);
    expect(r.state).toBe('not_eligible');
    expect(r.codes).toEqual(['absent', 'attendance_missing', 'production_overdue']);
  });

  it('is in progress before the course ends with nothing wrong', () => {
    expect(learnerResult({ ...done, attendance: [], theses: [] }, '2025-10-01')).toEqual({ state: 'in_progress', codes: [], reasons: [] });
  });
});
