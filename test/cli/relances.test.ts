import { rmSync } from 'node:fs';
import path from 'node:path';
import { instantOfDay } from '../../src/domain/dates';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { writeCsvFolder, writeXlsx } from '../../scripts/workbook-file/write';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { candidate, tab, workbook } from '../helpers/workbook';
import { pacte, tempDir } from '../helpers/cli';

const learner = (id: string, email: string) => candidate({ ID: id, Prénom: `Prénom ${id}`, 'E-mail': email, Statut: 'Inscrit' });

function cohort(options: { rules?: boolean; journal?: string[] } = {}) {
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org', "Nom de l'expéditeur": 'Équipe ESSORT' },
    candidates: [learner('C-0003', 'a@example.org'), learner('C-0004', 'pas-une-adresse'), learner('C-0005', 'c@example.org')],
    sessions: [
      {
        ID: 'S2',
        Intitulé: 'Séminaire 2',
        'Date de début': instantOfDay('2025-12-11'),
        'Date de fin': instantOfDay('2025-12-12'),
        Lieu: 'Rennes',
        Obligatoire: true,
      },
    ],
  });
  if (options.rules) {
    wb.set(
      REMINDERS_TAB.name,
      tab(REMINDERS_TAB, [
        ...DEFAULT_REMINDERS.filter((r) => r.id === 'convocation-j7').map((r) => ({
          Règle: r.id,
          Active: true,
          Quand: r.when,
          Jours: r.days,
          Objet: r.subject,
          Message: r.message,
        })),
        {
          Règle: 'production-j7',
          Active: true,
          Quand: "avant l'échéance d'une production",
          Jours: 7,
          Objet: 'Rappel {{inconnue}}',
          Message: 'x',
        },
      ]),
    );
  }
  if (options.journal)
    wb.set(
      JOURNAL_TAB.name,
      tab(
        JOURNAL_TAB,
        options.journal.map((k) => ({ Horodatage: '04/12/2025', Action: 'Relance envoyée', Clé: k })),
      ),
    );
  return wb;
}

describe('pacte relances', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints exactly the contract JSON from .xlsx, sorted by key, with the problems', async () => {
    const file = path.join(dir, 'cohorte.xlsx');
    await writeXlsx(file, cohort({ rules: true, journal: ['relance:convocation-j7:C-0005:S2'] }));
    const r = pacte('relances', file, '--today', '2025-12-04', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['today', 'reminders', 'problems']);
    expect(json.today).toBe('2025-12-04');
    expect(json.reminders).toEqual([
      {
        key: 'relance:seance-7:C-0003:S2',
        rule: 'convocation-j7',
        to: ['a@example.org'],
        subject: expect.stringContaining('Séminaire 2'),
        body: expect.stringContaining('Bonjour Madame Martin,'),
      },
    ]);
    expect(json.reminders[0].body).not.toContain('{{');
    expect(json.problems).toEqual([
      { rule: 'production-j7', message: expect.stringContaining('{{inconnue}}') },
      { rule: 'convocation-j7', message: expect.stringContaining('C-0004') },
    ]);
  });

  it('reads a CSV folder without Relances and Journal (the profile defaults apply) and gives the same reminders', async () => {
    const folder = path.join(dir, 'csv');
    await writeCsvFolder(folder, new Map([...cohort()].filter(([name]) => name !== JOURNAL_TAB.name)), { delimiter: ';', bom: true });
    const r = pacte('relances', folder, '--today', '2025-12-08', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).reminders.map((x: { key: string }) => x.key)).toEqual([
      'relance:lundi-0:2025-12-08',
      'relance:seance-7:C-0003:S2',
      'relance:seance-7:C-0005:S2',
    ]);
  });

  it('at the candidate stage, Paramètres and Candidatures alone are enough (tabs as for pacte check)', async () => {
    const folder = path.join(dir, 'candidatures');
    const wb = workbook({
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [
        candidate({ ID: 'C-0001', CV: false, Statut: 'Reçu', 'E-mail': 'a@example.org' }),
        candidate({ ID: 'C-0002', 'E-mail': 'b@example.org' }),
      ],
    });
    await writeCsvFolder(folder, new Map([...wb].filter(([name]) => name === 'Paramètres' || name === 'Candidatures')));
    const r = pacte('relances', folder, '--today', '2025-05-26', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.reminders.map((x: { key: string }) => x.key)).toEqual(['relance:candidature-10:C-0001', 'relance:lundi-0:2025-05-26']);
    expect(json.reminders[0].body).toContain('CV manquant');
    expect(json.reminders[0].body).toContain('vendredi 30 mai 2025');
  });

  it('prints a French report grouped by rule, with who and the subject', async () => {
    const file = path.join(dir, 'rapport.xlsx');
    await writeXlsx(file, cohort({ rules: true }));
    const r = pacte('relances', file, '--today', '2025-12-04');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('convocation-j7 (avant une séance) : 2 e-mails');
    expect(r.stdout).toContain('C-0003 · Prénom C-0003 Martin <a@example.org>');
    expect(r.stdout).toContain('Objet : Convocation : Séminaire 2');
    // The PDF each e-mail carries, by name; the CLI cannot see Drive: the daily run makes it first.
    expect(r.stdout).toContain("Pièce jointe : Convocation – Séminaire 2 – Prénom C-0003 Martin.pdf (créée avant l'envoi)");
    expect(r.stdout).toContain('Problèmes (2) :');
  });

  it('exit 2 with one French line when the workbook cannot be read or --today is bad', () => {
    const missing = pacte('relances', path.join(dir, 'absent.xlsx'), '--json');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = pacte('relances', path.join(dir, 'cohorte.xlsx'), '--today', 'demain');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--today');
  });
});
