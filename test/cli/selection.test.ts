/** `pacte selection` (workbook.md › Selection): the contract's JSON from .xlsx and CSV alike, the EHESP list, French errors. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { instantOfDay } from '../../src/domain/dates';
import { writeCsvFolder, writeXlsx } from '../../scripts/workbook-file/write';
import type { Cell } from '../../src/workbook/cells';
import { CANDIDATES_TAB, OPINIONS_TAB, SETTINGS_TAB, SLOTS_TAB } from '../../src/workbook/schema';
import { candidate, tab } from '../helpers/workbook';
import { pacte, tempDir } from '../helpers/cli';

jest.setTimeout(60_000);

const person = (id: string, lastName: string, firstName: string, status: string, more: Record<string, Cell> = {}) =>
  candidate({
    ID: id,
    Nom: lastName,
    Prénom: firstName,
    'E-mail': `${firstName.toLowerCase()}@example.org`,
    Statut: status,
    Commune: 'Rennes',
    Département: '35',
    ...more,
  });

/** A cohort at the selection stage; `Heure` as the CSV download writes it (`14:30:00`): the .xlsx gets real time cells. */
function cohort(): Map<string, Cell[][]> {
  return new Map<string, Cell[][]>([
    [
      SETTINGS_TAB.name,
      tab(SETTINGS_TAB, [
        { Clé: 'Profil', Valeur: 'bretagne-2025' },
        { Clé: 'Équipe', Valeur: 'ars@example.org, urps@example.org' },
      ]),
    ],
    [
      CANDIDATES_TAB.name,
      tab(CANDIDATES_TAB, [
        person('C-0010', 'Zeller', 'Inès', 'Entretien', { 'Type de structure': 'CPTS', Département: '29' }),
        person('C-0002', 'Le Gall', 'Léa', 'Retenu', { Civilité: 'Mme' }),
        person('C-0003', 'Bernard', 'Yann', 'retenu', { Civilité: 'M.', CV: false }),
        person('C-0004', 'Morvan', 'Nathan', ''),
        person('C-0005', 'Petit', 'Gabriel', 'Refusé'),
      ]),
    ],
    [
      OPINIONS_TAB.name,
      tab(OPINIONS_TAB, [
        { 'ID candidat': 'C-0010', Membre: 'ars@example.org', Avis: 'Favorable', Note: 14, 'Saisi le': instantOfDay('2025-11-18') },
        { 'ID candidat': 'C-0010', Membre: 'urps@example.org', Avis: 'Réservé', Note: '15', 'Saisi le': instantOfDay('2025-11-18') },
        { 'ID candidat': 'C-0010', Membre: 'ars@example.org', Avis: 'Favorable', Note: 25, 'Saisi le': instantOfDay('2025-11-19') },
        { 'ID candidat': 'C-0002', Membre: 'ars@example.org', Avis: 'Très bien', Note: '', 'Saisi le': '' },
      ]),
    ],
    [
      SLOTS_TAB.name,
      tab(SLOTS_TAB, [
        {
          Créneau: 'E-001',
          Date: instantOfDay('2025-11-20'),
          Heure: '14:30:00',
          'Durée (min)': 30,
          'Lien visio': 'https://visio.example.org/a',
          Jury: 'Marie Dupont',
          'ID candidat': 'C-0010',
        },
        {
          Créneau: 'E-002',
          Date: instantOfDay('2025-11-20'),
          Heure: '14:45:00',
          'Durée (min)': 600,
          'Lien visio': 'visio',
          Jury: 'Marie Dupont',
          'ID candidat': '',
        },
        {
          Créneau: 'E-003',
          Date: instantOfDay('2025-11-20'),
          Heure: '14:40:00',
          'Durée (min)': '',
          'Lien visio': '',
          Jury: 'marie dupont',
          'ID candidat': 'C-0099',
        },
      ]),
    ],
  ]);
}

/** The .xlsx with `Heure` as Sheets exports a time: a day fraction with a time format. */
async function writeCohortXlsx(file: string): Promise<void> {
  await writeXlsx(file, cohort());
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet(SLOTS_TAB.name)!;
  const column = SLOTS_TAB.headers.indexOf('Heure') + 1;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const [h, m] = String(row.getCell(column).value).split(':').map(Number);
    row.getCell(column).value = (h! * 60 + m!) / 1440;
    row.getCell(column).numFmt = 'hh:mm';
  });
  await book.xlsx.writeFile(file);
}

describe('pacte selection', () => {
  let dir: string;
  let xlsx: string;
  let csv: string;
  beforeAll(async () => {
    dir = tempDir();
    xlsx = path.join(dir, 'cohorte.xlsx');
    csv = path.join(dir, 'csv');
    await writeCohortXlsx(xlsx);
    await writeCsvFolder(csv, cohort(), { delimiter: ';', bom: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly the contract JSON, the same from .xlsx and from a CSV folder', () => {
    const a = pacte('selection', xlsx, '--json');
    const b = pacte('selection', csv, '--json');
    expect([a.status, a.stderr, b.status, b.stderr]).toEqual([0, '', 0, '']);
    expect(b.stdout).toBe(a.stdout);
    const json = JSON.parse(a.stdout);
    expect(Object.keys(json)).toEqual(['statuts', 'candidates', 'problems']);
    expect(json.statuts).toEqual({
      Reçu: 1,
      'Pré-sélectionné': 0,
      Entretien: 1,
      Retenu: 2,
      'Validé EHESP': 0,
      Inscrit: 0,
      "Liste d'attente": 0,
      Refusé: 1,
      Désisté: 0,
    });
    expect(json.candidates.map((c: { id: string }) => c.id)).toEqual(['C-0002', 'C-0003', 'C-0004', 'C-0005', 'C-0010']);
    expect(json.candidates[4]).toEqual({
      id: 'C-0010',
      statut: 'Entretien',
      avis: { Favorable: 1, Réservé: 1, Défavorable: 0 },
      note: 14.5,
      creneau: 'E-001',
      entretien: '2025-11-20T14:30',
    });
    expect(json.candidates[1]).toEqual({
      id: 'C-0003',
      statut: 'Retenu',
      avis: { Favorable: 0, Réservé: 0, Défavorable: 0 },
      note: null,
      creneau: null,
      entretien: null,
    });
    expect(json.problems.map((p: { tab: string; row: number }) => `${p.tab}:${p.row}`)).toEqual([
      'Avis:4',
      'Avis:5',
      'Entretiens:3',
      'Entretiens:3',
      'Entretiens:4',
      'Entretiens:4',
    ]);
    expect(json.problems[4]).toEqual({
      tab: 'Entretiens',
      row: 4,
      message: "ID candidat « C-0099 » inconnu dans l'onglet « Candidatures ».",
    });
    expect(json.problems[5].message).toMatch(/^marie dupont est déjà dans le créneau E-001 \(ligne 2\)/);
  });

  it('prints a readable French report by default, exit 0 whatever it found', () => {
    const r = pacte('selection', xlsx);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Cohorte PACTE — sélection dans cohorte.xlsx');
    expect(r.stdout).toContain('Candidatures : 5 lignes — Reçu (1) · Pré-sélectionné (0) · Entretien (1) · Retenu (2)');
    expect(r.stdout).toContain('Par type de structure : MSP (4) · CPTS (1)');
    expect(r.stdout).toMatch(
      /C-0010 · Inès Zeller \(MSP des Tilleuls\) · Entretien\n {6}avis : 1 favorable, 1 réservé, 0 défavorable · note moyenne 14,5\/20 · entretien E-001 le 20\/11\/2025 à 14 h 30 · dossier à compléter \(1 problème\)/,
    ); // a CPTS: not a type the Bretagne profile accepts
    expect(r.stdout).toMatch(/C-0003 · Yann Bernard .* · Retenu\n {6}aucun avis · dossier à compléter \(1 problème\)/);
    expect(r.stdout).toContain('Problèmes (6) :\n  - Avis, ligne 4 : ');
    expect(r.stdout).toContain('Liste EHESP : 2 candidats « Retenu » (ajoutez --xlsx');
  });

  it('--xlsx writes the list the EHESP validates: one sheet, the contract headers, candidates Retenu in Nom order', async () => {
    const out = path.join(dir, 'liste-ehesp.xlsx');
    const r = pacte('selection', csv, '--xlsx', out);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`Liste EHESP écrite dans ${out} : 2 candidats « Retenu », par ordre de nom.`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Liste EHESP']);
    const rows = book.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((row) => (row as Cell[]).slice(1));
    expect(rows).toEqual([
      ['Civilité', 'Nom', 'Prénom', 'E-mail', 'Structure', 'Type de structure', 'Commune', 'Département', 'Statut'],
      ['M.', 'Bernard', 'Yann', 'yann@example.org', 'MSP des Tilleuls', 'MSP', 'Rennes', '35', 'Retenu'],
      ['Mme', 'Le Gall', 'Léa', 'léa@example.org', 'MSP des Tilleuls', 'MSP', 'Rennes', '35', 'Retenu'],
    ]);
    // With --json, standard output stays exactly the JSON document.
    const both = pacte('selection', xlsx, '--json', '--xlsx', path.join(dir, 'autre.xlsx'));
    expect(() => JSON.parse(both.stdout)).not.toThrow();
    expect(existsSync(path.join(dir, 'autre.xlsx'))).toBe(true);
  });

  it('reads Candidatures alone (Avis, Entretiens and Paramètres are optional)', async () => {
    const alone = path.join(dir, 'seul');
    await writeCsvFolder(alone, new Map([[CANDIDATES_TAB.name, cohort().get(CANDIDATES_TAB.name)!]]));
    const r = pacte('selection', alone, '--json');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).problems).toEqual([]);
    const readable = pacte('selection', alone);
    expect(readable.stdout).toContain('Complétude des dossiers non vérifiée');
    expect(pacte('selection', alone, '--profile', 'bretagne-2025').stdout).toContain('dossier à compléter (1 problème)');
  });

  it('refuses what it cannot read in one French line, exit 2, and never writes over the workbook', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['selection', path.join(dir, 'absent.xlsx')], /^Fichier ou dossier introuvable : « .*absent\.xlsx »\.\n$/],
      [
        ['selection', xlsx, '--xlsx', 'liste.csv'],
        /^Option --xlsx invalide : « liste\.csv »\. Donnez un nom de fichier se terminant par \.xlsx/,
      ],
      [['selection', xlsx, '--xlsx', xlsx], /^Option --xlsx invalide : « .* » est le classeur lu/],
      [['selection', xlsx, '--profile', 'bretagne-2099'], /profil/i],
      [['selection', xlsx, '--jsn'], /^Option inconnue : --jsn\. Options de pacte selection : --profile, --json, --xlsx, --help/],
      [['selection'], /^Argument manquant : pacte selection/],
    ];
    const before = readFileSync(xlsx);
    for (const [args, message] of cases) {
      const r = pacte(...args);
      expect([args.join(' '), r.status, r.stdout]).toEqual([args.join(' '), 2, '']);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(xlsx).equals(before)).toBe(true);

    const noCandidates = path.join(dir, 'sans-candidatures');
    await writeCsvFolder(noCandidates, new Map([[SETTINGS_TAB.name, cohort().get(SETTINGS_TAB.name)!]]));
    expect(pacte('selection', noCandidates).stderr).toBe('Onglet « Candidatures » introuvable dans le classeur.\n');
    const badSlots = path.join(dir, 'entretiens-sans-jury');
    await writeCsvFolder(
      badSlots,
      new Map([...cohort()].map(([name, rows]) => [name, name === SLOTS_TAB.name ? rows.map((r) => r.filter((_, i) => i !== 5)) : rows])),
    );
    const r = pacte('selection', badSlots, '--json');
    expect([r.status, r.stderr]).toEqual([
      2,
      "Colonne « Jury » introuvable dans l'onglet « Entretiens » : rétablissez l'en-tête exactement ainsi en ligne 1.\n",
    ]);
    writeFileSync(path.join(dir, 'faux.xlsx'), 'pas un classeur');
    expect(pacte('selection', path.join(dir, 'faux.xlsx')).status).toBe(2);
  });
});
