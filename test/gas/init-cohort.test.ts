import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { ALL_TABS, CANDIDATES_TAB, SESSIONS_TAB } from '../../src/workbook/schema';
import { startGas } from '../helpers/gas';

const USER = 'coordination@example.org';
const SpreadsheetAppProtection = { RANGE: 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType };

describe('PACTE menu and Initialiser la cohorte…', () => {
  it('builds the French menu in onOpen, even before authorisation', () => {
    const { sim, run } = startGas();
    sim.setAuthMode('NONE');
    run('onOpen', { authMode: 'NONE' });
    expect(sim.ui.menus).toHaveLength(1);
    const menu = sim.ui.menus[0]!;
    expect(menu.title).toBe('PACTE');
    const captions = menu.items.map((i) => ('caption' in i ? i.caption : '—'));
    expect(captions).toEqual([
      'Initialiser la cohorte…',
      'Vérifier les candidatures',
      'Sélection…',
      "Calculer l'éligibilité",
      'Saisir les présences…',
      'Documents…',
      'Relances…',
      'Planifier les soutenances…',
      '—',
      'Paramètres…',
    ]);
  });

  it('turns an empty spreadsheet into a complete cohort workbook', () => {
    const { sim, run, values, column } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: ' Bretagne-2025 ' });
    run('pacteInitCohort');
    for (const spec of ALL_TABS) {
      expect(values(spec.name)[0]).toEqual(spec.headers);
      expect(sim.peek.frozenRows(spec.name)).toBe(1);
    }
    const settings = Object.fromEntries(
      values('Paramètres')
        .slice(1)
        .map(([k, v]) => [k, v]),
    );
    expect(settings).toMatchObject({
      Profil: 'bretagne-2025',
      Équipe: USER,
      'Absences excusées autorisées (demi-journées)': 0,
      'Pages minimum du mémoire': 20,
    });
    expect(column('Séances', 'ID')).toEqual(['T0', 'S1', 'S2', 'S3', 'PACTE+', 'S4', 'S5', 'SOUT']);
    expect(column('Séances', 'Obligatoire')).toEqual([true, true, true, true, true, true, true, false]);
    const validations = sim.peek.validations('Candidatures');
    const at = (h: string) => (CANDIDATES_TAB.headers as readonly string[]).indexOf(h);
    expect(validations[1]![at('CV')]).toMatchObject({ type: 'CHECKBOX' });
    expect(validations[1]![at('Dérogation')]).toMatchObject({ type: 'CHECKBOX' });
    expect(validations[1]![at('Statut')]).toMatchObject({ type: 'VALUE_IN_LIST' });
    expect(sim.peek.numberFormats('Candidatures')[1]![at('Date de réception du dossier')]).toBe('dd/mm/yyyy');
    const protections = sim.peek.protections();
    expect(protections.every((p) => p.warningOnly)).toBe(true);
    expect(protections.map((p) => p.description)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('« ID »'),
        expect.stringContaining('« Contrôle »'),
        expect.stringContaining('« Journal »'),
        expect.stringContaining('« Éligibilité »'),
      ]),
    );
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/Cohorte initialisée avec le profil bretagne-2025/);
    expect(values('Journal')).toHaveLength(2);
  });

  it('changes nothing on a second run, and says so', () => {
    const { sim, run, workbook } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bfc-promo8' });
    run('pacteInitCohort');
    const before = workbook();
    const protections = sim.peek.protections().length;
    run('pacteInitCohort');
    expect(workbook()).toEqual(before);
    expect(sim.peek.protections()).toHaveLength(protections);
    expect(sim.ui.alerts.at(-1)!.message).toBe('La cohorte est déjà initialisée (profil bfc-promo8) : rien à changer.');
    expect(sim.ui.prompts).toHaveLength(1);
  });

  it('keeps what a person made: their columns, order and values; missing headers go at the end', () => {
    const { sim, run, values } = startGas({
      user: USER,
      tabs: new Map([
        [
          'Candidatures',
          [
            ['Mon suivi', 'Nom', 'Prénom', 'E-mail'],
            ['à rappeler', 'Martin', 'Camille', 'camille.martin@example.org'],
          ],
        ],
        [
          'Paramètres',
          [
            ['Clé', 'Valeur'],
            ["Nom de l'expéditeur", 'Fédération (test)'],
            ['Profil', 'cpts-national'],
          ],
        ],
      ]),
    });
    run('pacteInitCohort');
    expect(sim.ui.prompts).toHaveLength(0);
    const [header, row] = values('Candidatures');
    expect(header!.slice(0, 4)).toEqual(['Mon suivi', 'Nom', 'Prénom', 'E-mail']);
    expect(row!.slice(0, 4)).toEqual(['à rappeler', 'Martin', 'Camille', 'camille.martin@example.org']);
    expect(header).toHaveLength(4 + CANDIDATES_TAB.headers.length - 3);
    expect(new Set(header)).toEqual(new Set(['Mon suivi', ...CANDIDATES_TAB.headers]));
    const settings = values('Paramètres');
    expect(settings[1]).toEqual(["Nom de l'expéditeur", 'Fédération (test)']);
    expect(settings[2]).toEqual(['Profil', 'cpts-national']);
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/colonnes ajoutées/);
  });

  it('adds the contract tabs of documents and reminders, the new settings, and says each kind of work once', () => {
    const { sim, run, values, column } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    expect(values('Relances')[0]).toEqual(['Règle', 'Active', 'Quand', 'Jours', 'Objet', 'Message']);
    expect(column('Relances', 'Règle')).toEqual(DEFAULT_REMINDERS.map((r) => r.id));
    expect(column('Relances', 'Active')).toEqual(DEFAULT_REMINDERS.map(() => true));
    expect(sim.peek.validations('Relances')[1]!.slice(0, 3)).toEqual([
      null,
      expect.objectContaining({ type: 'CHECKBOX' }),
      expect.objectContaining({ type: 'VALUE_IN_LIST' }),
    ]);
    expect(values('Documents')[0]).toEqual([
      'Clé',
      'Type',
      'Séance',
      'Date',
      'Demi-journée',
      'ID apprenant',
      'Nom',
      'Document',
      'PDF',
      'État',
      'Détail',
      'Créé le',
    ]);
    expect(values('Séances')[0]!.slice(-2)).toEqual(['Horaires', 'Formateurs']);
    const settings = values('Paramètres');
    const row = settings.findIndex((r) => r[0] === 'Relances automatiques');
    expect(settings[row]![1]).toBe(false);
    expect(sim.peek.validations('Paramètres')[row]![1]).toMatchObject({ type: 'CHECKBOX' });
    expect(settings.map((r) => r[0])).toEqual(
      expect.arrayContaining([
        'Modèle : convocation',
        "Modèle : feuille d'émargement",
        'Modèle : attestation de présence',
        'Modèle : attestation de fin de formation',
      ]),
    );
    expect(sim.spreadsheet.getSheetByName('Candidatures')!.getFrozenColumns()).toBe(4);
    const done = sim.ui.alerts.at(-1)!;
    expect(done.title).toBe('Cohorte initialisée');
    expect(done.message.match(/figée/g) ?? []).toHaveLength(1);
    expect(done.message).toContain(
      'Prochaine étape : complétez « Adresse de réponse » et « Dossier Drive » dans l’onglet « Paramètres », puis saisissez les candidatures',
    );
  });

  it('keeps a workbook without Horaires and Formateurs valid, adds them, and asks only for the settings still empty', () => {
    const { sim, run, values } = startGas({
      user: USER,
      tabs: new Map([
        [
          'Paramètres',
          [
            ['Clé', 'Valeur'],
            ['Profil', 'bretagne-2025'],
            ['Adresse de réponse', 'promo@example.org'],
            ['Dossier Drive', 'https://drive.google.com/drive/folders/abc'],
          ],
        ],
        [
          'Séances',
          [
            SESSIONS_TAB.headers.slice(0, 9),
            [
              'S1',
              'Séminaire 1',
              'Séminaire',
              new Date('2025-10-16T00:00:00+02:00'),
              new Date('2025-10-17T00:00:00+02:00'),
              'Rennes',
              true,
              'Coordinateur',
              14,
            ],
          ],
        ],
        [
          'Candidatures',
          [
            ['ID', 'Civilité', 'Prénom', 'Nom'],
            ['C-0001', 'Mme', 'Camille', 'Martin'],
          ],
        ],
      ]),
    });
    run('pacteInitCohort');
    expect(values('Séances')[0]).toEqual([...SESSIONS_TAB.headers]);
    expect(values('Séances')).toHaveLength(2);
    const done = sim.ui.alerts.at(-1)!.message;
    expect(done).toContain('Prochaine étape : lancez PACTE › Vérifier les candidatures.');
    expect(done).toContain('onglet « Séances » : colonnes ajoutées « Horaires », « Formateurs »');
  });

  it('grows a tab of a single row so that its header can be frozen and its columns formatted', () => {
    const { sim, run } = startGas({
      user: USER,
      tabs: new Map([['Présences', [['ID apprenant', 'Séance', 'Date', 'Demi-journée', 'Statut', 'Saisi par', 'Saisi le']]]]),
    });
    const sheet = sim.spreadsheet.getSheetByName('Présences')!;
    sheet.deleteRows(2, sheet.getMaxRows() - 1);
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    expect(sim.spreadsheet.getSheetByName('Présences')!.getMaxRows()).toBe(2);
    expect(sim.peek.frozenRows('Présences')).toBe(1);
    expect(sim.peek.numberFormats('Présences')[1]![2]).toBe('dd/mm/yyyy');
    expect(sim.peek.validations('Présences')[1]![4]).toMatchObject({ type: 'VALUE_IN_LIST' });
    run('pacteInitCohort');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/rien à changer/);
  });

  it('freezes only the header row when the identity columns are not the first ones', () => {
    const { sim, run } = startGas({ user: USER, tabs: new Map([['Candidatures', [['Mon suivi', 'ID', 'Civilité', 'Prénom', 'Nom']]]]) });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    expect(sim.peek.frozenRows('Candidatures')).toBe(1);
    expect(sim.spreadsheet.getSheetByName('Candidatures')!.getFrozenColumns()).toBe(0);
  });

  it('makes a full protection of the product warning-only again, and puts back a checkbox rule removed', () => {
    const { sim, run } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    const idProtection = sim.spreadsheet.getProtections(SpreadsheetAppProtection.RANGE).find((p) => p.getDescription().includes('« ID »'))!;
    idProtection.setWarningOnly(false);
    const controle = sim.spreadsheet
      .getProtections(SpreadsheetAppProtection.RANGE)
      .find((p) => p.getDescription().includes('« Contrôle »'))!;
    const controleA1 = controle.getRange().getA1Notation();
    controle.setRange(sim.spreadsheet.getSheetByName('Candidatures')!.getRange('B1:B1000'));
    sim.spreadsheet.getSheetByName('Candidatures')!.getRange('L2:L1000').clearDataValidations();
    run('pacteInitCohort');
    expect(sim.peek.protections().every((p) => p.warningOnly)).toBe(true);
    expect(controle.getRange().getA1Notation()).toBe(controleA1);
    expect(sim.peek.validations('Candidatures')[999]![11]).toMatchObject({ type: 'CHECKBOX' });
    run('pacteInitCohort');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/rien à changer/);
  });

  it('brings a workbook set up before Relances and Documents up to date without doubling anything', () => {
    const { sim, run, values, workbook } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    const complete = workbook();
    const protections = sim.peek.protections();
    // What the previous version left: no Relances, no Documents, no Horaires/Formateurs, no new settings.
    const ss = sim.spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Relances')!);
    ss.deleteSheet(ss.getSheetByName('Documents')!);
    ss.getSheetByName('Séances')!.deleteColumns(10, 2);
    const settings = ss.getSheetByName('Paramètres')!;
    const firstNew = values('Paramètres').findIndex((r) => r[0] === 'Modèle : convocation') + 1;
    settings.deleteRows(firstNew, values('Paramètres').length - firstNew + 1);
    run('pacteInitCohort');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/« Relances », « Documents »/);
    expect(sim.peek.protections()).toEqual(protections);
    for (const tab of ['Paramètres', 'Candidatures', 'Séances', 'Relances', 'Documents']) expect(values(tab)).toEqual(complete.get(tab));
  });

  it('costs a small constant number of calls on a workbook already set up', () => {
    const { sim, run } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'bretagne-2025' });
    run('pacteInitCohort');
    sim.calls.reset();
    run('pacteInitCohort');
    // About ten reads per tab (rows, validations, formats, frozen rows, protections and their ranges):
    // none per row; and `Productions` read once more for rows without an ID. 13 tabs (`Jury` costs five): 130 calls.
    expect(sim.calls.total()).toBeLessThanOrEqual(10 * ALL_TABS.length);
    expect(sim.calls.byMethod()['Range.getValue'] ?? 0).toBe(0);
  });

  it('does nothing when the person cancels the preset choice', () => {
    const { sim, run } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'CANCEL', text: '' });
    run('pacteInitCohort');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/annulée/);
    expect(sim.peek.sheetNames()).toEqual(['Feuille 1']);
  });
});
