/** The `Jury` tab: each bad row said in French with what to change; nothing planned until fixed. */
import { juryRole, parseAvailability, prepareDefences } from '../../../src/domain/defences';
import { cohortOf, defenceRows, JURY, member, thesis } from '../../helpers/defences';
import type { Row } from '../../helpers/workbook';
import { instantOfDay } from '../../../src/domain/dates';

function problemsOf(jury: Row[] | undefined, extra = {}): Array<{ code: string; message: string }> {
  const rows = defenceRows(2, { ...extra });
  const prepared = prepareDefences(cohortOf(jury === undefined ? { ...rows, jury: undefined } : { ...rows, jury }));
  return prepared.ok ? [] : prepared.problems;
}

describe('reading Jury', () => {
  it('reads roles in any case, the feminine included', () => {
    expect(['Président', 'président', 'PRESIDENTE', 'Présidente', 'Président·e', 'membre', ' Membre '].map(juryRole)).toEqual([
      'Président',
      'Président',
      'Président',
      'Président',
      'Président',
      'Membre',
      'Membre',
    ]);
    expect(['', 'Rapporteur', 'Président(e) adjoint'].map(juryRole)).toEqual([undefined, undefined, undefined]);
  });

  it('reads Disponibilités as a date cell, text with commas, semicolons or lines; empty means every day', () => {
    expect(parseAvailability('')).toEqual({ unreadable: [] });
    expect(parseAvailability(undefined)).toEqual({ unreadable: [] });
    expect(parseAvailability('24/09/2026, 25/09/2026')).toEqual({ days: ['2026-09-24', '2026-09-25'], unreadable: [] });
    expect(parseAvailability('24/09/2026;\n2026-09-25')).toEqual({ days: ['2026-09-24', '2026-09-25'], unreadable: [] });
    expect(parseAvailability(instantOfDay('2026-09-25'))).toEqual({ days: ['2026-09-25'], unreadable: [] });
    expect(parseAvailability('24/09/2026, le matin')).toEqual({ days: ['2026-09-24'], unreadable: ['le matin'] });
  });

  it('a workbook without the Jury tab, or with an empty one', () => {
    expect(problemsOf(undefined)).toEqual([
      { code: 'no_jury_tab', message: expect.stringMatching(/Onglet « Jury » introuvable.*Initialiser la cohorte/) },
    ]);
    expect(problemsOf([])).toEqual([{ code: 'jury_empty', message: expect.stringMatching(/« Jury » est vide/) }]);
  });

  it.each<[string, Row, string, RegExp]>([
    [
      'a row without e-mail',
      { ...member('Jean Roux', 'Membre'), 'E-mail': '' },
      'jury_without_email',
      /ligne 6 \(Jean Roux\) : « E-mail » vide ; ajoutez son adresse/,
    ],
    [
      'a bad e-mail',
      { ...member('Jean Roux', 'Membre'), 'E-mail': 'jean.roux@' },
      'jury_invalid_email',
      /adresse e-mail invalide « jean\.roux@ »/,
    ],
    [
      'an unknown Rôle',
      member('Jean Roux', 'Rapporteur'),
      'jury_unknown_role',
      /« Rôle » inconnu « Rapporteur » ; choisissez Président ou Membre/,
    ],
    ['an empty Rôle', member('Jean Roux', ''), 'jury_unknown_role', /« Rôle » vide/],
    ['no name', { ...member('Jean Roux', 'Membre'), Nom: '' }, 'jury_without_name', /ligne 6 : « Nom » vide/],
    ['a comma in the name', member('Roux, Jean', 'Membre'), 'jury_name_with_comma', /virgule/],
    ['a name twice', member(' anne  MOREL ', 'Membre'), 'jury_duplicate_name', /même nom qu'à la ligne 2/],
    [
      'unreadable Disponibilités',
      member('Jean Roux', 'Membre', '24/09, 25/09'),
      'availability_unreadable',
      /illisibles : « 24\/09 », « 25\/09 »\. Écrivez des dates JJ\/MM\/AAAA/,
    ],
    ['an impossible date', member('Jean Roux', 'Membre', '31/09/2026'), 'availability_unreadable', /« 31\/09\/2026 »/],
    [
      'a date outside the soutenance sessions',
      member('Jean Roux', 'Membre', '24/09/2026, 26/09/2026'),
      'availability_outside_sessions',
      /hors des journées de soutenance : 26\/09\/2026 \(journées prévues dans « Séances » : 24\/09\/2026, 25\/09\/2026\)/,
    ],
  ])('%s', (_name, row, code, message) => {
    expect(problemsOf([...JURY, row])).toEqual([{ code, message: expect.stringMatching(message) }]);
  });

  it('says every fault of a row, and of every row, at once', () => {
    const problems = problemsOf([
      ...JURY,
      { Nom: 'Jean Roux', 'E-mail': '', Rôle: 'Rapporteur', Disponibilités: 'demain' },
      member('Lise Roy', ''),
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'jury_without_email',
      'jury_unknown_role',
      'availability_unreadable',
      'jury_unknown_role',
    ]);
  });

  it('says faults of Mémoires rows of learners Inscrit, and of nobody else', () => {
    const theses = [
      thesis(1, { 'Date de soutenance': '24/09/2026' }),
      thesis(2, { 'Date de soutenance': 'fin septembre' }),
      thesis(3, { Heure: '9h00' }),
      thesis(4, { 'Date de soutenance': '24/09/2026', Heure: 'le matin' }),
      thesis(5, { Titre: 'copie' }),
      thesis(5),
      { 'ID apprenant': 'C-0099', 'Date de soutenance': '24/09/2026' },
    ];
    const rows = defenceRows(5, { theses });
    const prepared = prepareDefences(cohortOf(rows));
    expect(prepared.ok ? [] : prepared.problems.map((p) => `${p.code}: ${p.message}`)).toEqual([
      expect.stringMatching(/^thesis_duplicate_row: Onglet « Mémoires », ligne 7 \(C-0005\) : deuxième ligne .*la ligne 6/),
      expect.stringMatching(/^defence_time_missing: .*ligne 2 \(C-0001\) : « Date de soutenance » sans « Heure »/),
      expect.stringMatching(/^defence_date_unreadable: .*ligne 3 \(C-0002\) : « Date de soutenance » illisible « fin septembre »/),
      expect.stringMatching(/^defence_without_date: .*ligne 4 \(C-0003\) : « Heure » ou « Jury » rempli sans « Date de soutenance »/),
      expect.stringMatching(/^defence_time_unreadable: .*ligne 5 \(C-0004\) : « Heure » illisible « le matin »/),
    ]);
  });
});
