/**
 * Contract conformance of `pacte check` (shared/workbook.md, "The offline check" and "The rules,
 * precisely"): each case is one sentence of the contract, run through the real CLI on a CSV folder
 * AND an .xlsx file, which must give the same JSON.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { instantOfDay, todayInParis } from '../../src/domain/dates';
import type { Cell } from '../../src/workbook/cells';
import { CANDIDATES_TAB, JURY_TAB, SETTINGS_TAB, THESES_TAB } from '../../src/workbook/schema';
import { writeCsvFolder, writeXlsx } from '../../scripts/workbook-file/write';
import { candidate, tab, workbook, type Row, type WorkbookRows } from '../helpers/workbook';
import { pacte, tempDir } from '../helpers/cli';

type Json = {
  profile: string;
  today: string;
  candidates: Array<{
    id: string;
    row: number;
    email: string;
    valid: boolean;
    problems: Array<{ code: string; column: string; message: string }>;
  }>;
  learners: Array<{ id: string; state: string; reasons: Array<{ code: string; message: string }> }>;
  defences: Array<{ id: string; code: string; message: string }>;
};

const TODAY = '2026-01-15';
const d = (day: string) => instantOfDay(day);
let dir: string;
let n = 0;
beforeAll(() => {
  dir = tempDir('pacte-contract-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the workbook both ways, runs the CLI on each, and returns the results (status, stdout, stderr). */
async function runBoth(wb: Map<string, Cell[][]>, args: string[]) {
  n++;
  const folder = path.join(dir, `csv-${n}`);
  const file = path.join(dir, `book-${n}.xlsx`);
  await writeCsvFolder(folder, wb);
  await writeXlsx(file, wb);
  return [folder, file].map((target) => pacte('check', target, ...args));
}

async function checkJson(wb: Map<string, Cell[][]>, args: string[] = ['--today', TODAY]): Promise<Json> {
  const [csv, xlsx] = await runBoth(wb, [...args, '--json']);
  for (const r of [csv!, xlsx!]) {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }
  const a = JSON.parse(csv!.stdout) as Json;
  expect(JSON.parse(xlsx!.stdout)).toEqual(a);
  return a;
}

const sortProblems = (ps: Array<{ code: string; column?: string }>) => ps.map((p) => `${p.code}|${p.column ?? ''}`).sort();

// ---------------------------------------------------------------------------------------------
// Candidates, one row per case (Bretagne: MSP only, closes 30/05/2025, CV + letter + team letter,
// health project for MSP, engagement commitment).
// ---------------------------------------------------------------------------------------------
interface CandidateCase {
  name: string;
  row: Row;
  /** code|column, order-insensitive */
  expected: string[];
}

let seq = 100;
function unique(overrides: Row): Row {
  seq++;
  return candidate({ ID: `C-${seq}`, 'E-mail': `personne.${seq}@example.org`, ...overrides });
}

const BRETAGNE_CASES: CandidateCase[] = [
  { name: 'a complete row is valid', row: {}, expected: [] },
  {
    name: 'one missing_field per empty required column',
    row: { Prénom: '', Nom: ' ', 'E-mail': '', Structure: '', 'Type de structure': '', 'Date de réception du dossier': '' },
    expected: [
      'missing_field|Prénom',
      'missing_field|Nom',
      'missing_field|E-mail',
      'missing_field|Structure',
      'missing_field|Type de structure',
      'missing_field|Date de réception du dossier',
    ],
  },
  { name: 'invalid_email', row: { 'E-mail': 'camille.example.org' }, expected: ['invalid_email|E-mail'] },
  { name: 'invalid_email (no domain dot)', row: { 'E-mail': 'camille@example' }, expected: ['invalid_email|E-mail'] },
  {
    name: 'structure type not accepted (CPTS in Bretagne)',
    row: { 'Type de structure': 'CPTS' },
    expected: ['structure_type_not_accepted|Type de structure'],
  },
  {
    name: 'structure type: unknown word',
    row: { 'Type de structure': 'Maison' },
    expected: ['structure_type_not_accepted|Type de structure'],
  },
  { name: 'structure type in lower case is the same type', row: { 'Type de structure': ' msp ' }, expected: [] },
  { name: 'received on the deadline (inclusive)', row: { 'Date de réception du dossier': '30/05/2025' }, expected: [] },
  {
    name: 'received the day after the deadline',
    row: { 'Date de réception du dossier': '2025-05-31' },
    expected: ['received_after_deadline|Date de réception du dossier'],
  },
  {
    name: 'received as a Sheet date',
    row: { 'Date de réception du dossier': d('2025-05-31') },
    expected: ['received_after_deadline|Date de réception du dossier'],
  },
  {
    name: 'missing pieces: one per piece',
    row: { CV: false, 'Lettre de motivation': '', "Lettre d'engagement de l'équipe": 'Non' },
    expected: ['missing_piece|CV', 'missing_piece|Lettre de motivation', "missing_piece|Lettre d'engagement de l'équipe"],
  },
  { name: 'a piece not required by the profile (Photo) is not asked', row: { Photo: false }, expected: [] },
  {
    name: 'health project not validated (MSP)',
    row: { 'Projet de santé validé ARS': 'faux' },
    expected: ['health_project_not_validated|Projet de santé validé ARS'],
  },
  {
    name: 'engagement commitment missing',
    row: { 'Engagement T0 et PACTE+': 'FALSE' },
    expected: ['engagement_commitment_missing|Engagement T0 et PACTE+'],
  },
  { name: 'federation membership is not required in Bretagne', row: { 'Adhérent fédération à jour': false }, expected: [] },
  { name: 'not in team, no derogation', row: { 'En équipe': false, Dérogation: false }, expected: ['not_in_team|En équipe'] },
  { name: 'a derogation stands for the team', row: { 'En équipe': false, Dérogation: 'x' }, expected: [] },
  {
    name: 'booleans: Oui / vrai / x / X / TRUE',
    row: {
      CV: 'Oui',
      'Lettre de motivation': 'vrai',
      "Lettre d'engagement de l'équipe": 'x',
      'Projet de santé validé ARS': 'X',
      'Engagement T0 et PACTE+': 'TRUE',
      'En équipe': 'oui',
    },
    expected: [],
  },
  { name: 'booleans: VRAI / OUI in capitals', row: { CV: 'VRAI', 'Lettre de motivation': 'OUI' }, expected: [] },
  {
    name: 'invalid_date: words',
    row: { 'Date de réception du dossier': 'bientôt' },
    expected: ['invalid_date|Date de réception du dossier'],
  },
  {
    name: 'invalid_date: a phone number',
    row: { 'Date de réception du dossier': '06 12 34 56 78' },
    expected: ['invalid_date|Date de réception du dossier'],
  },
  {
    name: 'invalid_date: an impossible day',
    row: { 'Date de réception du dossier': '31/02/2025' },
    expected: ['invalid_date|Date de réception du dossier'],
  },
  {
    name: 'invalid_date: a year before 1990',
    row: { 'Date de réception du dossier': '15/05/1985' },
    expected: ['invalid_date|Date de réception du dossier'],
  },
  {
    name: 'invalid_date: a year after 2100',
    row: { 'Date de réception du dossier': '2125-05-15' },
    expected: ['invalid_date|Date de réception du dossier'],
  },
];

describe('candidate problems (Bretagne)', () => {
  let json: Json;
  const first = candidate({ ID: 'C-0001', 'E-mail': 'camille.martin@example.org' });
  const rows = BRETAGNE_CASES.map((c) => unique(c.row));
  const dupEmail = unique({ 'E-mail': '  CAMILLE.Martin@Example.org ' });
  const dupId = unique({ ID: ' c-0001 ' });
  beforeAll(async () => {
    json = await checkJson(workbook({ candidates: [first, ...rows, dupEmail, dupId] }));
  }, 60_000);

  it('prints the contract keys, in order, on every object', () => {
    expect(Object.keys(json)).toEqual(['profile', 'today', 'candidates', 'learners', 'defences']);
    expect(json.profile).toBe('bretagne-2025');
    expect(json.today).toBe(TODAY);
    for (const c of json.candidates) {
      expect(Object.keys(c)).toEqual(['id', 'row', 'email', 'valid', 'problems']);
      for (const p of c.problems) {
        expect(Object.keys(p)).toEqual(['code', 'column', 'message']);
        expect(p.message).not.toBe('');
      }
      expect(c.valid).toBe(c.problems.length === 0);
    }
    expect(json.learners).toEqual([]);
    expect(json.defences).toEqual([]);
  });

  it('numbers rows 1-based in Candidatures (headers are row 1)', () => {
    expect(json.candidates.map((c) => c.row)).toEqual(json.candidates.map((_, i) => i + 2));
  });

  it.each(BRETAGNE_CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const result = json.candidates[i + 1]!;
    expect(result.id).toBe(rows[i]!['ID']);
    expect(sortProblems(result.problems)).toEqual([...BRETAGNE_CASES[i]!.expected].sort());
  });

  it('duplicate_email: the same address, trimmed, any case, on an earlier row', () => {
    const r = json.candidates.at(-2)!;
    expect(sortProblems(r.problems)).toEqual(['duplicate_email|E-mail']);
    expect(json.candidates[0]!.valid).toBe(true);
  });

  it('duplicate_id: the same ID, trimmed, any case, on an earlier row', () => {
    const r = json.candidates.at(-1)!;
    expect(sortProblems(r.problems)).toEqual(['duplicate_id|ID']);
  });
});

describe('candidate problems (Bourgogne-Franche-Comté: window 01/08–31/10/2025, photo, federation)', () => {
  const ok = { 'Date de réception du dossier': '15/09/2025' };
  const CASES: CandidateCase[] = [
    {
      name: 'complete row, CPTS accepted',
      row: { ...ok, 'Type de structure': 'CPTS', 'Projet de santé validé ARS': false, 'Engagement T0 et PACTE+': false },
      expected: [],
    },
    {
      name: 'received the day before opening',
      row: { 'Date de réception du dossier': '31/07/2025' },
      expected: ['received_before_opening|Date de réception du dossier'],
    },
    { name: 'received on opening day', row: { 'Date de réception du dossier': '2025-08-01' }, expected: [] },
    { name: 'received on closing day', row: { 'Date de réception du dossier': d('2025-10-31') }, expected: [] },
    {
      name: 'received the day after closing',
      row: { 'Date de réception du dossier': '01/11/2025' },
      expected: ['received_after_deadline|Date de réception du dossier'],
    },
    { name: 'photo required', row: { ...ok, Photo: false }, expected: ['missing_piece|Photo'] },
    {
      name: 'federation membership required',
      row: { ...ok, 'Adhérent fédération à jour': 'Non' },
      expected: ['federation_membership|Adhérent fédération à jour'],
    },
    { name: 'CDS not accepted', row: { ...ok, 'Type de structure': 'CDS' }, expected: ['structure_type_not_accepted|Type de structure'] },
  ];
  const rows = CASES.map((c) => unique(c.row));
  let json: Json;
  beforeAll(async () => {
    json = await checkJson(workbook({ settings: { Profil: 'bfc-promo8' }, candidates: rows }));
  }, 60_000);
  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    expect(json.profile).toBe('bfc-promo8');
    expect(sortProblems(json.candidates[i]!.problems)).toEqual([...CASES[i]!.expected].sort());
  });
});

describe('reading the Candidatures tab', () => {
  it('finds headers by name whatever the order, keeps extra columns, skips rows with no content', async () => {
    const headers: string[] = [...CANDIDATES_TAB.headers].reverse();
    headers.splice(3, 0, 'Ma colonne à moi');
    const rows: Row[] = [
      candidate({ ID: 'C-0001', 'Ma colonne à moi': 'à rappeler' }),
      // an empty row, then a row of unticked checkboxes only: neither is content
      {},
      Object.fromEntries(CANDIDATES_TAB.booleans.map((h) => [h, false])),
      candidate({ ID: 'C-0002', 'E-mail': 'lucas.bernard@example.org', CV: false }),
    ];
    const wb = workbook({});
    wb.set(CANDIDATES_TAB.name, tab(CANDIDATES_TAB, rows, headers));
    const json = await checkJson(wb);
    expect(json.candidates.map((c) => [c.id, c.row, c.valid])).toEqual([
      ['C-0001', 2, true],
      ['C-0002', 5, false],
    ]);
    expect(json.candidates[1]!.problems).toEqual([{ code: 'missing_piece', column: 'CV', message: expect.any(String) }]);
  }, 60_000);

  it('reads Candidatures alone with --profile when nobody is Inscrit', async () => {
    const wb = new Map([[CANDIDATES_TAB.name, tab(CANDIDATES_TAB, [candidate({ Statut: 'Retenu' })])]]);
    const json = await checkJson(wb, ['--profile', 'bretagne-2025', '--today', TODAY]);
    expect(json.candidates).toHaveLength(1);
    expect(json.learners).toEqual([]);
  }, 60_000);

  it('reads Paramètres and Candidatures alone when nobody is Inscrit', async () => {
    const full = workbook({ candidates: [candidate()] });
    const wb = new Map([...full].filter(([name]) => name === SETTINGS_TAB.name || name === CANDIDATES_TAB.name));
    const json = await checkJson(wb);
    expect(json.candidates).toHaveLength(1);
  }, 60_000);
});

describe('tabs and exit status', () => {
  const expectRefusal = (r: { status: number | null; stdout: string; stderr: string }, mention: string) => {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(mention);
  };

  it('refuses a workbook without Paramètres and without --profile, naming the tab', async () => {
    const wb = new Map([[CANDIDATES_TAB.name, tab(CANDIDATES_TAB, [candidate()])]]);
    for (const r of await runBoth(wb, ['--today', TODAY, '--json'])) expectRefusal(r, 'Paramètres');
  }, 60_000);

  it('refuses a workbook without Candidatures, naming it', async () => {
    const wb = workbook({});
    wb.delete(CANDIDATES_TAB.name);
    for (const r of await runBoth(wb, ['--today', TODAY, '--json'])) expectRefusal(r, 'Candidatures');
  }, 60_000);

  it.each(['Séances', 'Présences', 'Productions', 'Mémoires'])(
    'refuses a missing %s when someone is Inscrit, naming it',
    async (name) => {
      const wb = workbook({ candidates: [candidate({ Statut: 'Inscrit' })] });
      wb.delete(name);
      for (const r of await runBoth(wb, ['--today', TODAY, '--json'])) expectRefusal(r, name);
    },
    60_000,
  );

  it('refuses a path that does not exist with one French line and exit 2', () => {
    expectRefusal(pacte('check', path.join(dir, 'absent.xlsx'), '--json'), 'introuvable');
  });

  it('defaults --today to the current day in Europe/Paris', async () => {
    const wb = workbook({ candidates: [candidate()] });
    const before = todayInParis();
    const json = await checkJson(wb, []);
    expect([before, todayInParis()]).toContain(json.today);
  }, 60_000);

  it('prints a French report without --json, exit 0', async () => {
    const wb = workbook({ candidates: [candidate({ CV: false })] });
    for (const r of await runBoth(wb, ['--today', TODAY])) {
      expect(r.status).toBe(0);
      expect(() => JSON.parse(r.stdout)).toThrow();
      expect(r.stdout).toContain('CV manquant');
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Learners. Compulsory sessions: S1 on 08/01/2026 and S2 on 15/01/2026 (= today); S3 (09/01) is
// not compulsory. Each case is one learner; the default is a complete, eligible learner.
// ---------------------------------------------------------------------------------------------
const SESSIONS: Row[] = [
  {
    ID: 'S1',
    Intitulé: 'Séminaire 1',
    Type: 'Séminaire',
    'Date de début': d('2026-01-08'),
    'Date de fin': d('2026-01-08'),
    Obligatoire: true,
  },
  { ID: 'S3', Intitulé: 'Visite libre', Type: 'Séminaire', 'Date de début': d('2026-01-09'), 'Date de fin': '', Obligatoire: false },
  { ID: 'S2', Intitulé: 'Séminaire 2', Type: 'Séminaire', 'Date de début': '15/01/2026', 'Date de fin': '2026-01-15', Obligatoire: 'Oui' },
];
const HALF_DAYS = [
  ['S1', '2026-01-08', 'Matin'],
  ['S1', '2026-01-08', 'Après-midi'],
  ['S2', '2026-01-15', 'Matin'],
  ['S2', '2026-01-15', 'Après-midi'],
] as const;

interface LearnerCase {
  name: string;
  status?: string;
  /** Présences Statut per compulsory half-day (undefined = no row). */
  attendance?: Array<string | undefined>;
  productions?: Row[];
  thesis?: Row | null;
  state: string | null;
  reasons?: string[];
}

const PRESENT = ['Présent', 'Présent', 'Présent', 'Présent'];
const LEARNER_CASES: LearnerCase[] = [
  { name: 'complete → eligible', state: 'eligible', reasons: [] },
  { name: 'Retard counts as present', attendance: ['Retard', 'Présent', 'retard', 'Présent'], state: 'eligible', reasons: [] },
  { name: 'status in any case and accents (inscrit)', status: 'inscrit', state: 'eligible', reasons: [] },
  { name: 'status INSCRIT with spaces', status: '  INSCRIT ', state: 'eligible', reasons: [] },
  { name: 'a Retenu candidate is not a learner', status: 'Retenu', state: null },
  { name: 'absent → not_eligible', attendance: ['Absent', 'Présent', 'Présent', 'Présent'], state: 'not_eligible', reasons: ['absent'] },
  {
    name: 'one excused absence over an allowance of 0',
    attendance: ['Présent', 'Absent excusé', 'Présent', 'Présent'],
    state: 'not_eligible',
    reasons: ['too_many_excused_absences'],
  },
  {
    name: 'defence failed',
    thesis: { 'Déposé le': '2026-01-02', Pages: 25, 'Date de soutenance': '2026-01-10', Résultat: 'Ajourné' },
    state: 'not_eligible',
    reasons: ['defence_failed'],
  },
  {
    name: 'attendance missing for a past half-day',
    attendance: [undefined, 'Présent', 'Présent', 'Présent'],
    state: 'at_risk',
    reasons: ['attendance_missing'],
  },
  {
    name: "today's half-days are not yet missing",
    attendance: ['Présent', 'Présent', undefined, undefined],
    state: 'in_progress',
    reasons: [],
  },
  { name: 'a non-compulsory session is not needed', state: 'eligible', reasons: [] },
  {
    name: 'production overdue (due yesterday)',
    productions: [{ Production: 'Fiche de poste', Échéance: '14/01/2026', 'Déposée le': '' }],
    state: 'at_risk',
    reasons: ['production_overdue'],
  },
  {
    name: 'production due today is not overdue',
    productions: [{ Production: 'Fiche de poste', Échéance: d('2026-01-15'), 'Déposée le': '' }],
    state: 'in_progress',
    reasons: [],
  },
  {
    name: 'production deposited',
    productions: [{ Production: 'Fiche de poste', Échéance: '2026-01-01', 'Déposée le': '2026-01-03' }],
    state: 'eligible',
    reasons: [],
  },
  {
    name: 'thesis too short',
    thesis: { 'Déposé le': '2026-01-02', Pages: 19, 'Date de soutenance': '2026-01-10', Résultat: 'Admis' },
    state: 'at_risk',
    reasons: ['thesis_too_short'],
  },
  {
    name: 'defence held, no result',
    thesis: { 'Déposé le': '2026-01-02', Pages: 25, 'Date de soutenance': '14/01/2026', Résultat: '' },
    state: 'at_risk',
    reasons: ['defence_missing'],
  },
  {
    name: 'defence today, no result yet',
    thesis: { 'Déposé le': '2026-01-02', Pages: 25, 'Date de soutenance': '2026-01-15', Résultat: '' },
    state: 'in_progress',
    reasons: [],
  },
  {
    name: 'thesis not deposited',
    thesis: { 'Déposé le': '', Pages: '', 'Date de soutenance': '', Résultat: '' },
    state: 'in_progress',
    reasons: [],
  },
  { name: 'no Mémoires row', thesis: null, state: 'in_progress', reasons: [] },
  {
    name: 'worst state wins and every reason is listed',
    attendance: ['Absent', undefined, 'Présent', 'Présent'],
    productions: [{ Production: 'Fiche', Échéance: '2026-01-01', 'Déposée le': '' }],
    state: 'not_eligible',
    reasons: ['absent', 'attendance_missing', 'production_overdue'],
  },
  {
    name: 'Résultat in lower case (admis)',
    thesis: { 'Déposé le': '2026-01-02', Pages: 25, 'Date de soutenance': '2026-01-10', Résultat: 'admis' },
    state: 'eligible',
    reasons: [],
  },
];

function learnerWorkbook(cases: LearnerCase[], settings: Record<string, Cell> = { Profil: 'bretagne-2025' }): Map<string, Cell[][]> {
  const rows: Required<Pick<WorkbookRows, 'candidates' | 'attendance' | 'productions' | 'theses'>> = {
    candidates: [],
    attendance: [],
    productions: [],
    theses: [],
  };
  cases.forEach((c, i) => {
    const id = `L-${100 + i}`;
    rows.candidates.push(candidate({ ID: id, 'E-mail': `apprenant.${i}@example.org`, Statut: c.status ?? 'Inscrit' }));
    (c.attendance ?? PRESENT).forEach((status, k) => {
      if (status === undefined) return;
      const [session, day, half] = HALF_DAYS[k]!;
      rows.attendance.push({ 'ID apprenant': id, Séance: session, Date: k % 2 ? day : d(day), 'Demi-journée': half, Statut: status });
    });
    for (const p of c.productions ?? []) rows.productions.push({ 'ID apprenant': id, ...p });
    const thesis =
      c.thesis === undefined
        ? { Titre: 'Mémoire', 'Déposé le': d('2026-01-02'), Pages: 25, 'Date de soutenance': d('2026-01-10'), Résultat: 'Admis' }
        : c.thesis;
    if (thesis) rows.theses.push({ 'ID apprenant': id, ...thesis });
  });
  return workbook({ settings, sessions: SESSIONS, ...rows });
}

describe('learner eligibility', () => {
  let json: Json;
  beforeAll(async () => {
    json = await checkJson(learnerWorkbook(LEARNER_CASES));
  }, 60_000);

  it('lists exactly the Inscrit candidates, with the contract keys', () => {
    const expectedIds = LEARNER_CASES.map((c, i) => (c.state === null ? null : `L-${100 + i}`)).filter(Boolean);
    expect(json.learners.map((l) => l.id)).toEqual(expectedIds);
    for (const l of json.learners) {
      expect(Object.keys(l)).toEqual(['id', 'state', 'reasons']);
      for (const r of l.reasons) expect(Object.keys(r)).toEqual(['code', 'message']);
    }
  });

  it.each(LEARNER_CASES.filter((c) => c.state !== null).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const id = `L-${100 + LEARNER_CASES.indexOf(c)}`;
    const learner = json.learners.find((l) => l.id === id)!;
    expect(learner.state).toBe(c.state);
    expect([...new Set(learner.reasons.map((r) => r.code))].sort()).toEqual([...c.reasons!].sort());
  });

  it('attendance_missing is one reason per missing half-day', () => {
    const learner = json.learners.find((l) => l.id === `L-${100 + LEARNER_CASES.findIndex((c) => c.name.startsWith('worst'))}`)!;
    expect(learner.reasons.filter((r) => r.code === 'attendance_missing')).toHaveLength(1);
  });
});

describe('profile overrides in Paramètres', () => {
  const excused: LearnerCase = { name: 'one excused absence', attendance: ['Présent', 'Absent excusé', 'Présent', 'Présent'], state: null };
  const twoExcused: LearnerCase = {
    name: 'two excused absences',
    attendance: ['Absent excusé', 'Absent excusé', 'Présent', 'Présent'],
    state: null,
  };
  const noThesis: LearnerCase = {
    name: 'thesis not deposited',
    thesis: { 'Déposé le': '', Pages: '', 'Date de soutenance': '', Résultat: '' },
    state: null,
  };
  const short: LearnerCase = {
    name: 'short thesis',
    thesis: { 'Déposé le': '2026-01-02', Pages: 12, 'Date de soutenance': '2026-01-10', Résultat: 'Admis' },
    state: null,
  };

  it('an allowance of 1 excused absence, a thesis deadline of yesterday and a minimum of 10 pages', async () => {
    const json = await checkJson(
      learnerWorkbook([excused, twoExcused, noThesis, short], {
        Profil: 'bretagne-2025',
        'Absences excusées autorisées (demi-journées)': 1,
        'Date limite de dépôt du mémoire': '14/01/2026',
        'Pages minimum du mémoire': '10',
      }),
    );
    expect(json.learners.map((l) => [l.state, l.reasons.map((r) => r.code)])).toEqual([
      ['eligible', []],
      ['not_eligible', ['too_many_excused_absences']],
      ['at_risk', ['thesis_overdue']],
      ['eligible', []],
    ]);
  }, 60_000);

  it('a thesis deadline of today is not yet overdue', async () => {
    const json = await checkJson(
      learnerWorkbook([noThesis], { Profil: 'bretagne-2025', 'Date limite de dépôt du mémoire': d('2026-01-15') }),
    );
    expect(json.learners.map((l) => [l.state, l.reasons.map((r) => r.code)])).toEqual([['in_progress', []]]);
  }, 60_000);

  it('Paramètres overrides also apply on top of --profile', async () => {
    const json = await checkJson(learnerWorkbook([excused], { 'Absences excusées autorisées (demi-journées)': '1' }), [
      '--profile',
      'bretagne-2025',
      '--today',
      TODAY,
    ]);
    expect(json.learners.map((l) => l.state)).toEqual(['eligible']);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Hostile but legal spellings in the learner tabs.
// ---------------------------------------------------------------------------------------------
describe('learner tabs as staff type them', () => {
  it('matches learner and session IDs trimmed in any case, half-days and statuses in any case and accents', async () => {
    const wb = workbook({
      candidates: [
        candidate({ ID: 'C-0001', Statut: 'Inscrit' }),
        candidate({ ID: 'C-0002', 'E-mail': 'autre@example.org', Statut: 'Inscrit' }),
      ],
      sessions: [
        // two days: four half-days; `Obligatoire` as `x`
        { ID: 'S1', Intitulé: 'Séminaire 1', 'Date de début': '2026-01-05', 'Date de fin': '06/01/2026', Obligatoire: 'x' },
        { ID: 'LIBRE', Intitulé: 'Atelier libre', 'Date de début': '2026-01-07', 'Date de fin': '', Obligatoire: 'FAUX' },
      ],
      attendance: [
        { 'ID apprenant': ' c-0001 ', Séance: 's1', Date: '05/01/2026', 'Demi-journée': 'matin', Statut: 'present' },
        { 'ID apprenant': 'C-0001', Séance: 'S1', Date: d('2026-01-05'), 'Demi-journée': 'apres-midi', Statut: 'RETARD' },
        { 'ID apprenant': 'C-0001', Séance: 'S1', Date: '2026-01-06', 'Demi-journée': 'Matin', Statut: 'Présent' },
        { 'ID apprenant': 'C-0001', Séance: 'S1', Date: '2026-01-06', 'Demi-journée': 'Après-midi', Statut: 'absent excuse' },
        // an absence on a session that is not compulsory changes nothing
        { 'ID apprenant': 'C-0001', Séance: 'LIBRE', Date: '2026-01-07', 'Demi-journée': 'Matin', Statut: 'Absent' },
        // C-0002 was there on the first day only
        { 'ID apprenant': 'C-0002', Séance: 'S1', Date: '2026-01-05', 'Demi-journée': 'Matin', Statut: 'Présent' },
        { 'ID apprenant': 'C-0002', Séance: 'S1', Date: '2026-01-05', 'Demi-journée': 'Après-midi', Statut: 'Présent' },
      ],
      productions: [
        // another learner's production, and one with no due date: neither is overdue for C-0001
        { 'ID apprenant': 'C-0009', Production: 'Fiche', Échéance: '2026-01-01', 'Déposée le': '' },
        { 'ID apprenant': 'C-0002', Production: 'Sans date', Échéance: '', 'Déposée le': '' },
      ],
      theses: [
        { 'ID apprenant': 'c-0001', 'Déposé le': '2026-01-02', Pages: '20', 'Date de soutenance': '2026-01-10', Résultat: 'ADMIS' },
        { 'ID apprenant': 'C-0002', 'Déposé le': '2026-01-02', Pages: 20, 'Date de soutenance': '', Résultat: '' },
      ],
      settings: { Profil: 'bretagne-2025', 'Absences excusées autorisées (demi-journées)': 1 },
    });
    const json = await checkJson(wb);
    expect(json.learners).toEqual([
      { id: 'C-0001', state: 'eligible', reasons: [] },
      {
        id: 'C-0002',
        state: 'at_risk',
        reasons: [
          { code: 'attendance_missing', message: expect.stringContaining('06/01/2026') },
          { code: 'attendance_missing', message: expect.stringContaining('06/01/2026') },
        ],
      },
    ]);
  }, 60_000);

  it('an Inscrit with candidate problems is still a learner', async () => {
    const json = await checkJson(
      learnerWorkbook([{ name: 'x', state: null }]).set(
        CANDIDATES_TAB.name,
        tab(CANDIDATES_TAB, [candidate({ ID: 'L-100', CV: false, Statut: 'Inscrit' })]),
      ),
    );
    expect(json.candidates[0]!.valid).toBe(false);
    expect(json.learners.map((l) => l.id)).toEqual(['L-100']);
  }, 60_000);
});

describe('refusals: exit 2 and one French line', () => {
  const refused = (r: { status: number | null; stdout: string; stderr: string }) => {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  };

  it('an unknown preset in Paramètres', async () => {
    for (const r of await runBoth(workbook({ settings: { Profil: 'bretagne-2099' }, candidates: [candidate()] }), [
      '--today',
      TODAY,
      '--json',
    ])) {
      refused(r);
      expect(r.stderr).toContain('bretagne-2099');
    }
  }, 60_000);

  it('an override that is not a whole number', async () => {
    const wb = workbook({ settings: { Profil: 'bretagne-2025', 'Pages minimum du mémoire': 'vingt' }, candidates: [candidate()] });
    for (const r of await runBoth(wb, ['--today', TODAY, '--json'])) {
      refused(r);
      expect(r.stderr).toContain('Pages minimum du mémoire');
    }
  }, 60_000);

  it('an unknown --profile and a bad --today', async () => {
    const [folder] = [path.join(dir, 'refusals')];
    await writeCsvFolder(folder, workbook({ candidates: [candidate()] }));
    refused(pacte('check', folder, '--profile', 'normandie', '--json'));
    refused(pacte('check', folder, '--today', '2026-02-30', '--json'));
    refused(pacte('check', folder, '--today', 'demain', '--json'));
  }, 60_000);
});

describe('xlsx date-time cells', () => {
  // "All dates are calendar days in Europe/Paris." An xlsx cell holds a wall-clock date-time with
  // no zone; read as an instant in UTC, any time from 22:00 (summer) or 23:00 (winter) would fall
  // on the next Paris day (30/05/2025 23:30 → 31/05, a file received on the deadline reported late).
  // Found failing before the cli-input merge; fixed there (instantOfSerial), kept as a regression test.
  it('a date-time typed on the deadline is the deadline day, not the next one', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    for (const [name, rows] of workbook({ candidates: [candidate({ 'Date de réception du dossier': '' })] })) {
      const sheet = book.addWorksheet(name);
      for (const cells of rows) sheet.addRow(cells.map((c) => c ?? null));
    }
    const sheet = book.getWorksheet(CANDIDATES_TAB.name)!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Date de réception du dossier');
    const cell = sheet.getRow(2).getCell(column);
    cell.value = new Date(Date.UTC(2025, 4, 30, 23, 30));
    cell.numFmt = 'dd/mm/yyyy hh:mm';
    const file = path.join(dir, 'datetime.xlsx');
    await book.xlsx.writeFile(file);
    const r = pacte('check', file, '--today', TODAY, '--json');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Json).candidates[0]!.problems).toEqual([]);
  }, 60_000);
});

describe('Paramètres and headers as staff type them', () => {
  it('reads keys and headers whatever their case and spacing, and ignores unknown keys', async () => {
    const wb = learnerWorkbook(
      [{ name: 'one excused absence', attendance: ['Présent', 'Absent excusé', 'Présent', 'Présent'], state: null }],
      {
        profil: 'bretagne-2025',
        ' absences excusées autorisées (demi-journées) ': '1',
        'Ma note à moi': 'ne pas effacer',
      },
    );
    const [headers, ...rows] = wb.get(CANDIDATES_TAB.name)!;
    wb.set(CANDIDATES_TAB.name, [headers!.map((h) => (h === 'E-mail' ? ' e-mail ' : h === 'Statut' ? 'STATUT' : h)), ...rows]);
    const json = await checkJson(wb);
    expect(json.profile).toBe('bretagne-2025');
    expect(json.candidates[0]!.email).toBe('apprenant.0@example.org');
    expect(json.learners.map((l) => l.state)).toEqual(['eligible']);
  }, 60_000);

  it('takes the excused-absence allowance from a --profile file', async () => {
    const { presetProfile } = await import('../../src/domain/presets');
    const base = presetProfile('bretagne-2025');
    const file = path.join(dir, 'profil.json');
    writeFileSync(file, JSON.stringify({ ...base, id: 'bretagne-souple', diploma: { ...base.diploma, excusedAbsencesAllowed: 2 } }));
    const wb = learnerWorkbook([
      { name: 'two excused', attendance: ['Absent excusé', 'Absent excusé', 'Présent', 'Présent'], state: null },
      { name: 'three excused', attendance: ['Absent excusé', 'Absent excusé', 'Absent excusé', 'Présent'], state: null },
    ]);
    const json = await checkJson(wb, ['--profile', file, '--today', TODAY]);
    expect(json.profile).toBe('bretagne-souple');
    expect(json.learners.map((l) => [l.state, l.reasons.map((r) => r.code)])).toEqual([
      ['eligible', []],
      ['not_eligible', ['too_many_excused_absences']],
    ]);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Soutenances (`defences`): a date without a jury, a jury without a Président of `Jury`, a jury
// name in two overlapping soutenances (one hour each from `Heure`), for learners `Inscrit` only.
// ---------------------------------------------------------------------------------------------
describe('soutenance planning problems (defences)', () => {
  const jury: Row[] = [
    { Nom: 'Anne Morel', 'E-mail': 'anne.morel@example.org', Rôle: 'Président', Disponibilités: '' },
    { Nom: 'Léa Bernard', 'E-mail': 'lea.bernard@example.org', Rôle: 'Membre', Disponibilités: '24/09/2026' },
    { Nom: 'Marc Petit', 'E-mail': 'marc.petit@example.org', Rôle: 'Membre', Disponibilités: '' },
  ];
  const soutenance = (date: Cell, time: Cell, names: string): Row => ({
    'Déposé le': '2026-08-01',
    Pages: 25,
    'Date de soutenance': date,
    Heure: time,
    Jury: names,
  });
  const CASES: Array<[string, Row, string?]> = [
    ['D-01', soutenance('24/09/2026', '9h00', '')], // a date, no jury: that alone
    ['D-02', soutenance(d('2026-09-24'), '09:00', 'Léa Bernard, Marc Petit')], // no Président; Léa also on D-03
    ['D-03', soutenance('2026-09-24', '9h30', 'anne morel ; LÉA BERNARD')], // overlaps D-02 through Léa
    ['D-04', soutenance('24/09/2026', '10h30', 'Anne Morel, Marc Petit')], // starts as D-03 ends: no overlap
    ['D-05', soutenance('25/09/2026', '9h', 'Anne Morel, Léa Bernard')], // another day
    ['D-06', soutenance('24/09/2026', '9h00', 'Anne Morel, Marc Petit'), 'Désisté'], // not Inscrit: neither listed nor counted
    ['D-07', { 'Déposé le': '2026-08-01', Pages: 25, Jury: 'Jean Roux' }], // no soutenance yet
    ['D-08', soutenance('24/09/2026', '', 'Anne Morel, Marc Petit')], // no Heure: no overlap can be said
  ];
  const build = (withJury: boolean) => {
    const wb = workbook({
      candidates: CASES.map(([id, , status], i) =>
        candidate({ ID: id, 'E-mail': `soutenance.${i}@example.org`, Statut: status ?? 'Inscrit' }),
      ),
      theses: CASES.map(([id, row]) => ({ 'ID apprenant': id, Titre: 'Mémoire', ...row })),
      ...(withJury && { jury }),
    });
    return wb;
  };

  it('says each problem once per learner, in Candidatures order, with the contract keys', async () => {
    const json = await checkJson(build(true));
    expect(json.defences.map((p) => Object.keys(p))).toEqual(json.defences.map(() => ['id', 'code', 'message']));
    expect(json.defences).toEqual([
      {
        id: 'D-01',
        code: 'defence_without_jury',
        message: expect.stringMatching(/^Soutenance du 24\/09\/2026 sans jury : remplissez la colonne « Jury » de « Mémoires »/),
      },
      {
        id: 'D-02',
        code: 'defence_without_president',
        message: expect.stringMatching(/Jury sans président·e \(Léa Bernard, Marc Petit\).*rôle « Président » dans l'onglet « Jury »/),
      },
      {
        id: 'D-02',
        code: 'jury_double_booked',
        message: expect.stringMatching(/^Léa Bernard siège aussi à la soutenance de D-03 \(le 24\/09\/2026 à 9h30\)/),
      },
      {
        id: 'D-03',
        code: 'jury_double_booked',
        message: expect.stringMatching(/^LÉA BERNARD siège aussi à la soutenance de D-02 \(le 24\/09\/2026 à 9h00\)/),
      },
    ]);
  }, 60_000);

  it('without a Jury tab: no Président can be checked, the other problems stay', async () => {
    const json = await checkJson(build(false));
    expect(json.defences.map((p) => `${p.id} ${p.code}`)).toEqual([
      'D-01 defence_without_jury',
      'D-02 jury_double_booked',
      'D-03 jury_double_booked',
    ]);
  }, 60_000);

  it("reads a Sheet time in the .xlsx and Google's 09:00:00 in the CSV alike", async () => {
    const wb = workbook({
      candidates: [
        candidate({ ID: 'D-01', Statut: 'Inscrit' }),
        candidate({ ID: 'D-02', 'E-mail': 'autre@example.org', Statut: 'Inscrit' }),
      ],
      theses: [
        { 'ID apprenant': 'D-01', ...soutenance('24/09/2026', '09:00:00', 'Anne Morel, Marc Petit') },
        { 'ID apprenant': 'D-02', ...soutenance('24/09/2026', '09:45:00', 'Anne Morel, Léa Bernard') },
      ],
      jury,
    });
    const folder = path.join(dir, 'csv-times');
    await writeCsvFolder(folder, wb);
    // The same workbook as Google Sheets downloads it: Heure a time cell (a fraction of a day, h:mm).
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    for (const [name, rows] of wb) {
      const sheet = book.addWorksheet(name);
      for (const cells of rows) sheet.addRow(cells.map((c) => c ?? null));
    }
    const theses = book.getWorksheet(THESES_TAB.name)!;
    const column = (theses.getRow(1).values as unknown[]).indexOf('Heure');
    for (const [row, fraction] of [
      [2, 0.375],
      [3, 0.40625],
    ] as const) {
      const cell = theses.getRow(row).getCell(column);
      cell.value = fraction;
      cell.numFmt = 'h:mm';
    }
    const file = path.join(dir, 'times.xlsx');
    await book.xlsx.writeFile(file);
    const [csv, xlsx] = [pacte('check', folder, '--today', TODAY, '--json'), pacte('check', file, '--today', TODAY, '--json')];
    expect(xlsx.stderr).toBe('');
    const a = (JSON.parse(csv.stdout) as Json).defences;
    expect((JSON.parse(xlsx.stdout) as Json).defences).toEqual(a);
    expect(a.map((p) => `${p.id} ${p.code}`)).toEqual(['D-01 jury_double_booked', 'D-02 jury_double_booked']);
    expect(a[0]!.message).toMatch(/^Anne Morel siège aussi à la soutenance de D-02 \(le 24\/09\/2026 à 9h45\)/);
  }, 60_000);

  it('refuses a Jury tab that lost a header, naming it (exit 2)', async () => {
    const wb = build(true);
    const [headers, ...rows] = wb.get(JURY_TAB.name)!;
    wb.set(JURY_TAB.name, [headers!.map((h) => (h === 'Rôle' ? 'Fonction' : h)), ...rows]);
    for (const r of await runBoth(wb, ['--today', TODAY, '--json'])) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Colonne « Rôle » introuvable dans l'onglet « Jury »/);
    }
  }, 60_000);
});
