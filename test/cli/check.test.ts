import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { instantOfDay } from '../../src/domain/dates';
import { writeCsvFolder, writeXlsx } from '../../scripts/workbook-file/write';
import { candidate, workbook, type WorkbookRows } from '../helpers/workbook';
import { pacte, storedZip, tempDir } from '../helpers/cli';

// Each test runs the real command, several times: a loaded machine needs more than jest's 5 s.
jest.setTimeout(60_000);

const rows: WorkbookRows = {
  candidates: [
    candidate({ Statut: 'Inscrit' }),
    candidate({ ID: 'C-0002', Prénom: 'Lucas', 'E-mail': 'lucas.bernard@example.org', "Lettre d'engagement de l'équipe": false }),
    candidate({ ID: 'C-0003', Prénom: 'Léa', 'E-mail': 'CAMILLE.martin@example.org' }),
  ],
  sessions: [
    {
      ID: 'S1',
      Intitulé: 'Séminaire 1',
      'Date de début': instantOfDay('2025-10-16'),
      'Date de fin': instantOfDay('2025-10-17'),
      Obligatoire: true,
    },
  ],
  attendance: [{ 'ID apprenant': 'C-0001', Séance: 'S1', Date: instantOfDay('2025-10-16'), 'Demi-journée': 'Matin', Statut: 'Présent' }],
  productions: [{ 'ID apprenant': 'C-0001', Production: 'Fiche de poste', Échéance: instantOfDay('2025-11-30'), 'Déposée le': '' }],
};

const expected = {
  profile: 'bretagne-2025',
  today: '2026-01-15',
  candidates: [
    { id: 'C-0001', row: 2, email: 'camille.martin@example.org', valid: true, problems: [] },
    {
      id: 'C-0002',
      row: 3,
      email: 'lucas.bernard@example.org',
      valid: false,
      problems: [
        { code: 'missing_piece', column: "Lettre d'engagement de l'équipe", message: "Lettre d'engagement de l'équipe manquante" },
      ],
    },
    {
      id: 'C-0003',
      row: 4,
      email: 'CAMILLE.martin@example.org',
      valid: false,
      problems: [expect.objectContaining({ code: 'duplicate_email', column: 'E-mail' })],
    },
  ],
  learners: [
    {
      id: 'C-0001',
      state: 'at_risk',
      reasons: [
        { code: 'attendance_missing', message: expect.stringContaining('16/10/2025 (après-midi)') },
        { code: 'attendance_missing', message: expect.stringContaining('17/10/2025 (matin)') },
        { code: 'attendance_missing', message: expect.stringContaining('17/10/2025 (après-midi)') },
        { code: 'production_overdue', message: expect.stringContaining('Fiche de poste') },
      ],
    },
  ],
  defences: [],
};

describe('pacte check', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks an .xlsx workbook and prints exactly one JSON document', async () => {
    const file = path.join(dir, 'cohorte.xlsx');
    await writeXlsx(file, workbook(rows));
    const r = pacte('check', file, '--today', '2026-01-15', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['profile', 'today', 'candidates', 'learners', 'defences']);
  });

  it('reads Google Sheets CSV (comma) and French Excel CSV (semicolon, BOM) alike', async () => {
    const comma = path.join(dir, 'comma');
    const semicolon = path.join(dir, 'semicolon');
    await writeCsvFolder(comma, workbook(rows));
    await writeCsvFolder(semicolon, workbook(rows), { delimiter: ';', bom: true });
    expect(readFileSync(path.join(semicolon, 'Candidatures.csv'))[0]).toBe(0xef);
    for (const folder of [comma, semicolon]) {
      const r = pacte('check', folder, '--today', '2026-01-15', '--json');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(expected);
    }
  });

  it('reads tabs downloaded one by one from Google Sheets ("<classeur> - <onglet>.csv")', async () => {
    const folder = path.join(dir, 'google');
    await writeCsvFolder(folder, workbook(rows));
    for (const tab of ['Paramètres', 'Candidatures', 'Séances', 'Présences', 'Productions', 'Mémoires']) {
      const text = readFileSync(path.join(folder, `${tab}.csv`));
      rmSync(path.join(folder, `${tab}.csv`));
      writeFileSync(path.join(folder, `Cohorte PACTE - ${tab}.csv`), text);
    }
    const r = pacte('check', folder, '--today', '2026-01-15', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).candidates).toHaveLength(3);
  });

  it('prints a readable French report without --json', async () => {
    const folder = path.join(dir, 'report');
    await writeCsvFolder(folder, workbook(rows));
    const r = pacte('check', folder, '--today', '2026-01-15');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('3 candidatures : 1 complète, 2 à compléter');
    expect(r.stdout).toContain("Lettre d'engagement de l'équipe manquante");
    expect(r.stdout).toContain('À risque (1)');
    expect(r.stdout).toContain('C-0001 · Camille Martin');
  });

  it('uses --profile over Paramètres: a preset id or a JSON file', async () => {
    const folder = path.join(dir, 'profile');
    await writeCsvFolder(folder, workbook({ ...rows, settings: {} }));
    const noProfile = pacte('check', folder, '--today', '2026-01-15', '--json');
    expect(noProfile.status).toBe(2);
    expect(noProfile.stderr).toMatch(/Aucun profil.*bretagne-2025/);
    const preset = pacte('check', folder, '--profile', 'bfc-promo8', '--today', '2026-01-15', '--json');
    expect(preset.status).toBe(0);
    expect(JSON.parse(preset.stdout).profile).toBe('bfc-promo8');
    const { presetProfile } = await import('../../src/domain/presets');
    const custom = { ...presetProfile('bretagne-2025'), id: 'ma-region-2026', structureTypes: ['MSP', 'CPTS', 'CDS'] };
    const file = path.join(dir, 'profil.json');
    writeFileSync(file, JSON.stringify(custom));
    const fromFile = pacte('check', folder, '--profile', file, '--today', '2026-01-15', '--json');
    expect(fromFile.status).toBe(0);
    expect(JSON.parse(fromFile.stdout).profile).toBe('ma-region-2026');
  });

  it('pacte demo writes the demo cohort and checks it; its output survives a closed pipe', async () => {
    const out = path.join(dir, 'demo');
    const r = pacte('demo', '--out', out, '--size', '400');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Cohorte de démonstration écrite dans');
    expect(r.stdout).toContain('400 candidatures : ');
    // More JSON than a pipe holds, read by a reader that stops after one byte.
    const piped = spawnSync(
      '/bin/sh',
      ['-c', `"${process.execPath}" bin/pacte.js check "${path.join(out, 'cohorte-demo.xlsx')}" --json | head -c 1`],
      { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8' },
    );
    expect(piped.stdout).toBe('{');
    expect(piped.stderr).toBe('');
  });

  describe('at the candidate stage (workbook.md, "Tabs it needs")', () => {
    it('checks a folder holding Candidatures.csv alone, given --profile', async () => {
      const folder = path.join(dir, 'candidatures-seules');
      await writeCsvFolder(folder, workbook({ candidates: rows.candidates!.map((c) => ({ ...c, Statut: 'Reçu' })) }));
      for (const file of readdirSync(folder)) if (file !== 'Candidatures.csv') rmSync(path.join(folder, file));
      const r = pacte('check', folder, '--profile', 'bretagne-2025', '--today', '2026-01-15', '--json');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.candidates).toHaveLength(3);
      expect(report.learners).toEqual([]);
    });

    it('needs the learner tabs once someone is Inscrit, and names every one missing in one line', async () => {
      const folder = path.join(dir, 'inscrit-sans-seances');
      await writeCsvFolder(folder, workbook(rows));
      for (const file of readdirSync(folder)) if (file !== 'Candidatures.csv' && file !== 'Présences.csv') rmSync(path.join(folder, file));
      const r = pacte('check', folder, '--profile', 'bretagne-2025', '--today', '2026-01-15');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual(['Onglets « Séances », « Productions » et « Mémoires » introuvables dans le classeur.']);
    });

    it('names Paramètres and Candidatures together, and offers --profile', async () => {
      const folder = path.join(dir, 'sans-parametres');
      await writeCsvFolder(folder, workbook(rows));
      rmSync(path.join(folder, 'Paramètres.csv'));
      rmSync(path.join(folder, 'Candidatures.csv'));
      const r = pacte('check', folder, '--today', '2026-01-15');
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(
        /^Onglets « Paramètres » et « Candidatures » introuvables dans le classeur ; sans « Paramètres », donnez le profil avec --profile \(bretagne-2025, .*\)\.$/,
      );
    });
  });

  describe('CSV files that cannot be read whole are refused, never half-read', () => {
    it('refuses an unbalanced quote, naming the file and the line', async () => {
      const folder = path.join(dir, 'guillemet');
      const many = Array.from({ length: 40 }, (_, i) =>
        candidate({ ID: `C-${String(i + 1).padStart(4, '0')}`, 'E-mail': `personne${i}@example.org` }),
      );
      await writeCsvFolder(folder, workbook({ candidates: many }));
      const file = path.join(folder, 'Candidatures.csv');
      const lines = readFileSync(file, 'utf8').split('\r\n');
      lines[5] = lines[5]!.replace('MSP des Tilleuls', '"MSP des Tilleuls');
      writeFileSync(file, lines.join('\r\n'));
      const r = pacte('check', folder, '--today', '2026-01-15', '--json');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`« ${file} » est illisible à la ligne 6 : un guillemet (") ouvert n'est jamais refermé.`);
    });

    it("reads Excel's « Texte Unicode » (UTF-16 with BOM, tab-separated) like any CSV", async () => {
      const folder = path.join(dir, 'utf16');
      await writeCsvFolder(folder, workbook(rows));
      for (const file of readdirSync(folder)) {
        const table = Papa.parse<string[]>(readFileSync(path.join(folder, file), 'utf8').trim()).data;
        const text = Papa.unparse(table, { delimiter: '\t', newline: '\r\n' });
        writeFileSync(path.join(folder, file), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      }
      const r = pacte('check', folder, '--today', '2026-01-15', '--json');
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual(expected);
    });

    it('refuses a FIFO named Journal.csv instead of waiting on it forever', async () => {
      if (process.platform === 'win32') return;
      const folder = path.join(dir, 'fifo');
      await writeCsvFolder(folder, workbook(rows));
      rmSync(path.join(folder, 'Journal.csv'));
      expect(spawnSync('mkfifo', [path.join(folder, 'Journal.csv')]).status).toBe(0);
      const { pacteWith } = await import('../helpers/cli');
      const r = pacteWith({ timeout: 15_000 }, 'check', folder, '--today', '2026-01-15');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Journal\.csv » n'est pas un fichier ordinaire/);
      const direct = pacteWith({ timeout: 15_000 }, 'check', path.join(folder, 'Journal.csv'));
      expect(direct.status).toBe(2);
      expect(direct.stderr).toMatch(/n'est pas un fichier ordinaire/);
    });
  });

  describe('bad input: one French line on stderr, exit 2, nothing on stdout', () => {
    const expectFailure = (args: string[], pattern: RegExp) => {
      const r = pacte(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    };

    it('missing path', () => expectFailure(['check'], /Indiquez le classeur/));
    it('path that does not exist', () => expectFailure(['check', path.join(dir, 'nope.xlsx')], /introuvable/));
    it('file that is not a workbook', () => {
      const file = path.join(dir, 'faux.xlsx');
      writeFileSync(file, 'ceci n’est pas un classeur');
      expectFailure(['check', file], /n'est pas un classeur lisible/);
      const txt = path.join(dir, 'notes.txt');
      writeFileSync(txt, 'bonjour');
      expectFailure(['check', txt], /n'est pas un classeur lisible/);
    });
    it('a Word document, a zip or an old .xls, named as such whatever their extension', async () => {
      const zipOf = async (parts: Record<string, string>, file: string) => writeFileSync(file, storedZip(parts));
      const word = path.join(dir, 'lettre.docx');
      await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<document/>' }, word);
      expectFailure(['check', word], /« .*lettre\.docx » est un document Word, pas un classeur/);
      const renamed = path.join(dir, 'lettre-renommee.xlsx');
      writeFileSync(renamed, readFileSync(word));
      expectFailure(['check', renamed], /est un document Word, pas un classeur/);
      const archive = path.join(dir, 'photos.zip');
      await zipOf({ 'photo.txt': 'rien' }, archive);
      expectFailure(['check', archive], /est une archive zip qui ne contient pas de classeur/);
      const xls = path.join(dir, 'ancien.xls');
      writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
      expectFailure(['check', xls], /format Excel 97-2003 \(\.xls\)/);
    });
    it('folder without CSV', () => {
      const empty = path.join(dir, 'vide');
      mkdirSync(empty, { recursive: true });
      expectFailure(['check', empty], /aucun fichier \.csv/);
    });
    it('missing tab', async () => {
      const folder = path.join(dir, 'missing-tab');
      await writeCsvFolder(folder, workbook(rows));
      rmSync(path.join(folder, 'Candidatures.csv'));
      expectFailure(['check', folder], /Onglet « Candidatures » introuvable/);
    });
    it('missing required header, named', async () => {
      const wb = workbook(rows);
      wb.get('Candidatures')![0]![4] = 'Courriel';
      const folder = path.join(dir, 'missing-header');
      await writeCsvFolder(folder, wb);
      expectFailure(['check', folder], /Colonne « E-mail » introuvable dans l'onglet « Candidatures »/);
    });
    it('duplicate required header, named', async () => {
      const wb = workbook(rows);
      wb.get('Candidatures')![0]![5] = 'E-mail';
      const folder = path.join(dir, 'dup-header');
      await writeCsvFolder(folder, wb);
      expectFailure(['check', folder], /Colonne « E-mail » présente deux fois/);
    });
    it('unknown preset, listing the known ones', async () => {
      const folder = path.join(dir, 'unknown-preset');
      await writeCsvFolder(folder, workbook(rows));
      expectFailure(
        ['check', folder, '--profile', 'corse-2030'],
        /Profil inconnu : « corse-2030 ».*bretagne-2025, bfc-promo8, hdf-leader-2024, cpts-national/,
      );
    });
    it('bad --today', async () => {
      const folder = path.join(dir, 'bad-today');
      await writeCsvFolder(folder, workbook(rows));
      expectFailure(['check', folder, '--today', '2026-02-31'], /Option --today invalide : « 2026-02-31 »/);
      expectFailure(['check', folder, '--today', 'demain'], /Option --today invalide/);
    });
    it('bad profile file, with the zod path of the fault', async () => {
      const folder = path.join(dir, 'bad-profile');
      await writeCsvFolder(folder, workbook(rows));
      const { presetProfile } = await import('../../src/domain/presets');
      const file = path.join(dir, 'mauvais-profil.json');
      writeFileSync(file, JSON.stringify({ ...presetProfile('bretagne-2025'), structureTypes: ['MSP', 'Clinique'] }));
      expectFailure(['check', folder, '--profile', file], /Fichier de profil .*mauvais-profil\.json.* invalide : structureTypes\.1 : /);
      const notJson = path.join(dir, 'pas-json.json');
      writeFileSync(notJson, '{ profil: ');
      expectFailure(['check', folder, '--profile', notJson], /n'est pas du JSON valide/);
    });
    it('invalid Paramètres override, naming the key', async () => {
      const folder = path.join(dir, 'bad-setting');
      await writeCsvFolder(folder, workbook({ ...rows, settings: { Profil: 'bretagne-2025', 'Pages minimum du mémoire': 'vingt' } }));
      expectFailure(['check', folder], /Paramètre « Pages minimum du mémoire » invalide \(« vingt »\)/);
    });
    it('unknown option', () => expectFailure(['check', dir, '--jsn'], /Option inconnue : --jsn/));
    it('--today with control characters: not echoed raw', async () => {
      const folder = path.join(dir, 'control-today');
      await writeCsvFolder(folder, workbook(rows));
      const r = pacte('check', folder, '--today', '2026-01-15\n\u001b[2J\rOK\u202e');
      expectFailure(
        ['check', folder, '--today', '2026-01-15\n\u001b[2J\rOK\u202e'],
        /^Option --today invalide : « 2026-01-15�� ?\[2J�OK� »\. Écrivez/,
      );
      // Nothing below U+0020 but the final line break, no bidi override.
      expect(r.stderr.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
      expectFailure(['check', `${folder}\nsuite`], /^Fichier ou dossier introuvable : « .*�suite »\./);
    });
    it('demo --out onto a file: French, no errno', () => {
      const file = path.join(dir, 'deja-la.txt');
      writeFileSync(file, 'occupé');
      expectFailure(
        ['demo', '--out', file, '--size', '3'],
        /« .*deja-la\.txt » existe déjà et n'est pas un dossier : donnez à --out un dossier/,
      );
      expectFailure(
        ['demo', '--out', path.join(file, 'sous-dossier'), '--size', '3'],
        /^Impossible d'écrire « .*cohorte-demo\.xlsx » : vérifiez/,
      );
      expect(pacte('demo', '--out', file).stderr).not.toMatch(/EEXIST|ENOTDIR|errno|mkdir/);
    });
  });
});
