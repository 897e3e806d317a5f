import { checkWorkbook } from '../../src/workbook/check';
import { presetProfile } from '../../src/domain/presets';
import type { Profile } from '../../src/domain/profile';
import { candidate, workbook, type Row } from '../helpers/workbook';

function check(rows: Row[], profile: Profile | string = 'bretagne-2025') {
  const p = typeof profile === 'string' ? presetProfile(profile) : profile;
  return checkWorkbook(workbook({ candidates: rows }), '2026-01-15', p).report.candidates;
}
const codes = (rows: Row[], profile?: Profile | string) => check(rows, profile).map((c) => c.problems.map((p) => p.code));

describe('candidate rules', () => {
  it('accepts a complete row', () => {
    const [c] = check([candidate()]);
    expect(c).toEqual({ id: 'C-0001', row: 2, email: 'camille.martin@example.org', valid: true, problems: [] });
  });

  it('names each empty required column (missing_field)', () => {
    const [c] = check([
      candidate({ Prénom: '', Nom: ' ', 'E-mail': '', Structure: '', 'Type de structure': '', 'Date de réception du dossier': '' }),
    ]);
    expect(c!.problems.map((p) => [p.code, p.column])).toEqual([
      ['missing_field', 'Prénom'],
      ['missing_field', 'Nom'],
      ['missing_field', 'E-mail'],
      ['missing_field', 'Structure'],
      ['missing_field', 'Type de structure'],
      ['missing_field', 'Date de réception du dossier'],
    ]);
    expect(c!.problems[0]!.message).toBe('Prénom manquant');
    expect(c!.valid).toBe(false);
  });

  it('flags a malformed address (invalid_email)', () => {
    for (const bad of ['camille.example.org', 'camille@', '@example.org', 'camille martin@example.org', 'camille@example']) {
      expect(codes([candidate({ 'E-mail': bad })])[0]).toEqual(['invalid_email']);
    }
    expect(codes([candidate({ 'E-mail': "o'neil+pacte@example.org" })])[0]).toEqual([]);
  });

  it('flags the later of two equal addresses, trimmed and in any case (duplicate_email)', () => {
    const rows = [
      candidate(),
      candidate({ ID: 'C-0002', 'E-mail': '  Camille.MARTIN@example.org ' }),
      candidate({ ID: 'C-0003', 'E-mail': 'other@example.org' }),
    ];
    const result = check(rows);
    expect(result.map((c) => c.valid)).toEqual([true, false, true]);
    expect(result[1]!.problems).toEqual([{ code: 'duplicate_email', column: 'E-mail', message: expect.stringContaining('ligne 2') }]);
  });

  it('checks the structure type against the profile, unknown words included', () => {
    expect(codes([candidate({ 'Type de structure': 'CPTS' })])[0]).toEqual(['structure_type_not_accepted']);
    expect(codes([candidate({ 'Type de structure': 'Cabinet' })])[0]).toEqual(['structure_type_not_accepted']);
    expect(codes([candidate({ 'Type de structure': 'msp' })])[0]).toEqual([]);
    expect(codes([candidate({ 'Type de structure': 'CPTS', 'Date de réception du dossier': '01/09/2025' })], 'bfc-promo8')[0]).toEqual([]);
  });

  it('keeps both ends of the application window inclusive', () => {
    const bfc = (day: string) => codes([candidate({ 'Date de réception du dossier': day })], 'bfc-promo8')[0];
    expect(bfc('01/08/2025')).toEqual([]);
    expect(bfc('31/10/2025')).toEqual([]);
    expect(bfc('31/07/2025')).toEqual(['received_before_opening']);
    expect(bfc('01/11/2025')).toEqual(['received_after_deadline']);
  });

  it('accepts any early date when the profile has no opening date', () => {
    expect(presetProfile('bretagne-2025').applicationWindow.opens).toBeUndefined();
    expect(codes([candidate({ 'Date de réception du dossier': '02/01/2024' })])[0]).toEqual([]);
    expect(codes([candidate({ 'Date de réception du dossier': '30/05/2025' })])[0]).toEqual([]);
    expect(codes([candidate({ 'Date de réception du dossier': '31/05/2025' })])[0]).toEqual(['received_after_deadline']);
  });

  it('reports an unreadable reception date instead of guessing', () => {
    const [c] = check([candidate({ 'Date de réception du dossier': '31/02/2025' })]);
    expect(c!.problems.map((p) => p.code)).toEqual(['invalid_date']);
  });

  it('names every missing piece the profile requires (missing_piece)', () => {
    const [c] = check([candidate({ CV: false, "Lettre d'engagement de l'équipe": '', Photo: false })]);
    expect(c!.problems.map((p) => [p.code, p.column, p.message])).toEqual([
      ['missing_piece', 'CV', 'CV manquant'],
      ['missing_piece', "Lettre d'engagement de l'équipe", "Lettre d'engagement de l'équipe manquante"],
    ]);
    expect(
      codes(
        [candidate({ Photo: false, 'Adhérent fédération à jour': true, 'Date de réception du dossier': '01/09/2025' })],
        'bfc-promo8',
      )[0],
    ).toEqual(['missing_piece']);
  });

  it('reads booleans however they are typed', () => {
    for (const yes of [true, 'TRUE', 'Oui', 'vrai', 'x', 'X']) expect(codes([candidate({ CV: yes })])[0]).toEqual([]);
    for (const no of [false, 'FALSE', 'Non', 'faux', '']) expect(codes([candidate({ CV: no })])[0]).toEqual(['missing_piece']);
  });

  it('requires a validated health project for an MSP only when the profile does', () => {
    expect(codes([candidate({ 'Projet de santé validé ARS': false })])[0]).toEqual(['health_project_not_validated']);
    expect(
      codes([candidate({ 'Projet de santé validé ARS': false, 'Date de réception du dossier': '01/09/2025' })], 'bfc-promo8')[0],
    ).toEqual([]);
    const cptsToo = { ...presetProfile('bretagne-2025'), structureTypes: ['MSP', 'CPTS'] } as Profile;
    expect(codes([candidate({ 'Type de structure': 'CPTS', 'Projet de santé validé ARS': false })], cptsToo)[0]).toEqual([]);
  });

  it('checks federation membership and the T0/PACTE+ commitment when required', () => {
    expect(
      codes([candidate({ 'Adhérent fédération à jour': false, 'Date de réception du dossier': '01/09/2025' })], 'bfc-promo8')[0],
    ).toEqual(['federation_membership']);
    expect(codes([candidate({ 'Adhérent fédération à jour': false })])[0]).toEqual([]);
    expect(codes([candidate({ 'Engagement T0 et PACTE+': false })])[0]).toEqual(['engagement_commitment_missing']);
  });

  it('needs a team or a derogation (not_in_team)', () => {
    expect(codes([candidate({ 'En équipe': false })])[0]).toEqual(['not_in_team']);
    expect(codes([candidate({ 'En équipe': false, Dérogation: 'x' })])[0]).toEqual([]);
  });

  it('skips rows with no content and keeps 1-based sheet rows', () => {
    const rows = [candidate(), {} as Row, candidate({ ID: 'C-0002', 'E-mail': 'b@example.org' })];
    expect(check(rows).map((c) => c.row)).toEqual([2, 4]);
  });

  it('finds columns by header whatever their order, keeping extra columns', () => {
    const headers = ['Notes perso', 'E-mail', 'ID', ...Object.keys(candidate()).filter((h) => h !== 'E-mail' && h !== 'ID')];
    const values = [headers, headers.map((h) => (h === 'Notes perso' ? 'à rappeler' : (candidate()[h] ?? '')))];
    const wb = workbook({});
    wb.set('Candidatures', values);
    const result = checkWorkbook(wb, '2026-01-15').report.candidates;
    expect(result).toEqual([{ id: 'C-0001', row: 2, email: 'camille.martin@example.org', valid: true, problems: [] }]);
  });
});
