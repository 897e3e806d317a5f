/** The readable report of `pacte check` (issue 12, item 2): something staff can act on. */
import { formatReport } from '../../scripts/commands/report';
import { checkWorkbook } from '../../src/workbook/check';
import { DEMO_TODAY, generateDemoCohort } from '../../src/workbook/demo';

// The playground's demo cohort judged on a later day, when every past session lacks attendance:
// the case that printed 210 lines for 10 learners.
const LATE = '2026-12-01';
const result = checkWorkbook(generateDemoCohort({ size: 40 }), LATE);
const text = formatReport('cohorte-pacte.xlsx', result, { todayGiven: true });
const lines = text.split('\n');

describe('pacte check, the readable report', () => {
  it('says once what concerns the whole cohort, and keeps per-person lines for the rest', () => {
    expect(result.learners.length).toBe(10);
    expect(text).toContain(
      'Séminaire 3 : aucune présence saisie pour les 10 apprenant·es (05/02/2026 matin et après-midi, 06/02/2026 matin et après-midi)',
    );
    expect(text).not.toContain('Présence non saisie : Séminaire 3');
    // A per-person problem stays on its person.
    expect(text).toMatch(/C-0037 · .*\n(?: {6}- .*\n)*? {6}- Absent·e sans excuse : Séminaire 1, 16\/10\/2025 \(matin\)/);
    expect(text).toMatch(/C-0001 · .*\n(?: {6}- .*\n)*? {6}- Production « Fiche de poste du coordinateur » non déposée/);
    expect(text).not.toMatch(/Fiche de poste du coordinateur .*pour les 10/);
    expect(lines.length).toBeLessThan(80);
  });

  it("shows each applicant's Statut and puts closed applications apart, not among those to complete", () => {
    const closedAt = lines.findIndex((l) => l.startsWith('Candidatures closes'));
    expect(closedAt).toBeGreaterThan(0);
    const toComplete = lines.slice(0, closedAt).filter((l) => l.startsWith('  Ligne '));
    const closed = lines.slice(closedAt + 1).filter((l) => l.startsWith('  Ligne '));
    expect(toComplete.length).toBeGreaterThan(0);
    for (const l of [...toComplete, ...closed]) expect(l).toMatch(/ · Statut : \S/);
    for (const l of toComplete) expect(l).not.toMatch(/Statut : (Refusé|Désisté)$/);
    for (const l of closed) expect(l).toMatch(/Statut : (Refusé|Désisté)$/);
    const summary = lines.find((l) => / candidatures : /.test(l))!;
    const [, total, complete, open, shut] = /^(\d+) candidatures : (\d+) complètes, (\d+) à compléter, (\d+) closes \(Refusé, Désisté\)$/
      .exec(summary)!
      .map(Number);
    expect(open).toBe(toComplete.length);
    expect(shut).toBe(closed.length);
    expect(complete! + open! + shut!).toBe(total);
  });

  it('ends with the next steps in French: what to complete, what to re-run', () => {
    const next = lines.indexOf('À faire ensuite :');
    expect(next).toBeGreaterThan(0);
    const steps = lines.slice(next + 1).join('\n');
    expect(steps).toContain('Complétez les');
    expect(steps).toContain('PACTE › Saisir les présences…');
    expect(lines.at(-1)).toBe(
      '  - Une fois le classeur mis à jour, téléchargez-le à nouveau et relancez : pacte check cohorte-pacte.xlsx --today 2026-12-01',
    );
  });

  it('says « candidat·e », never a gendered « candidate »', () => {
    expect(text).toContain('candidat·e');
    expect(text).not.toMatch(/\bcandidate\b/);
  });

  it("says when the date is the machine's, and how to judge at the playground's date", () => {
    const machine = formatReport('cohorte-pacte.xlsx', result, { todayGiven: false });
    expect(machine.split('\n')[2]).toMatch(/date de cet ordinateur.*--today 2026-01-15/);
    expect(text).not.toContain('date de cet ordinateur');
    expect(DEMO_TODAY).toBe('2026-01-15');
  });
});

describe('pacte check --json stays the contract, byte for byte', () => {
  it('prints JSON.stringify(report, null, 2) of the same check, whatever the text report became', async () => {
    const { rmSync } = await import('node:fs');
    const path = await import('node:path');
    const { writeXlsx } = await import('../../scripts/workbook-file/write');
    const { readWorkbookFile } = await import('../../scripts/workbook-file/read');
    const { pacte, tempDir } = await import('../helpers/cli');
    const dir = tempDir();
    try {
      const file = path.join(dir, 'cohorte-pacte.xlsx');
      await writeXlsx(file, generateDemoCohort({ size: 40 }));
      const r = pacte('check', file, '--today', LATE, '--json');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${JSON.stringify(checkWorkbook(await readWorkbookFile(file), LATE).report, null, 2)}\n`);
      expect(Object.keys(JSON.parse(r.stdout))).toEqual(['profile', 'today', 'candidates', 'learners', 'defences']);
      expect(r.stdout).not.toContain('Statut');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('pacte check, the soutenances in the readable report', () => {
  it('lists the planning problems by learner, in French, and says what to do', async () => {
    const { workbook } = await import('../helpers/workbook');
    const { JURY, learner, thesis } = await import('../helpers/defences');
    const wb = workbook({
      candidates: [learner(1), learner(2)],
      theses: [
        thesis(1, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: '' }),
        thesis(2, { 'Date de soutenance': '24/09/2026', Heure: '9h00', Jury: 'Léa Bernard, Marc Petit' }),
      ],
      jury: JURY,
    });
    const report = formatReport('cohorte.xlsx', checkWorkbook(wb, '2026-09-01'), { todayGiven: true });
    expect(report).toContain(
      [
        'Soutenances : 2 problèmes de planification',
        '  C-0001 · Prénom1 Nom1',
        '      - Soutenance du 24/09/2026 sans jury : remplissez la colonne « Jury » de « Mémoires » (noms séparés par des virgules), ou lancez PACTE › Planifier les soutenances.',
        '  C-0002 · Prénom2 Nom2',
      ].join('\n'),
    );
    expect(report).toMatch(/À faire ensuite :[\s\S]*Corrigez les soutenances listées/);
    expect(text).not.toContain('Soutenances :'); // the demo cohort has none to say
  });

  it('says what stops « Planifier les soutenances » once a Jury tab exists; --json keeps its shape', async () => {
    const { workbook } = await import('../helpers/workbook');
    const { defenceRows, member, JURY, SOUT } = await import('../helpers/defences');
    const bad = workbook(
      defenceRows(2, {
        sessions: [{ ...SOUT, Horaires: '' }],
        jury: [...JURY, { ...member('Rose Blanc', 'Assesseur'), 'E-mail': '' }, member('Yann Roux', 'Membre', 'bientôt')],
      }),
    );
    const result = checkWorkbook(bad, '2026-09-01');
    const report = formatReport('cohorte.xlsx', result, { todayGiven: true });
    expect(report).toContain('Planification des soutenances : 4 points à corriger avant PACTE › Planifier les soutenances');
    expect(report).toContain('PACTE ne devine pas les heures des soutenances');
    expect(report).toMatch(/ligne 6 \(Rose Blanc\) : « E-mail » vide/);
    expect(report).toMatch(/ligne 6 \(Rose Blanc\) : « Rôle » inconnu « Assesseur »/);
    expect(report).toMatch(/ligne 7 \(Yann Roux\) : « Disponibilités » illisibles : « bientôt »/);
    expect(report).toMatch(/À faire ensuite :[\s\S]*Corrigez l'onglet « Jury »/);
    expect(result.report.defences).toEqual([]);
    // No Jury tab yet: planning has not begun, nothing said.
    const before = formatReport('cohorte.xlsx', checkWorkbook(workbook(defenceRows(2, { jury: undefined })), '2026-09-01'));
    expect(before).not.toContain('Planification des soutenances');
  });
});
