import { ALL_TABS, CANDIDATES_TAB } from '../../src/workbook/schema';
import { startGas } from '../helpers/gas';

const USER = 'coordination@example.org';

describe('PACTE menu and Initialiser la cohorte…', () => {
  it('builds the French menu in onOpen, even before authorisation', () => {
    const { sim, run } = startGas();
    sim.setAuthMode('NONE');
    run('onOpen', { authMode: 'NONE' });
    expect(sim.ui.menus).toHaveLength(1);
    const menu = sim.ui.menus[0]!;
    expect(menu.title).toBe('PACTE');
    const captions = menu.items.map((i) => ('caption' in i ? i.caption : '—'));
    expect(captions).toEqual(['Initialiser la cohorte…', 'Vérifier les candidatures', "Calculer l'éligibilité", 'Saisir les présences…', 'Documents…', '—', 'Paramètres…']);
  });

  it('turns an empty spreadsheet into a complete cohort workbook', () => {
    const { sim, run, values, column } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: ' Bretagne-2025 ' });
    run('pacteInitCohort');
    for (const spec of ALL_TABS) {
      expect(values(spec.name)[0]).toEqual(spec.headers);
      expect(sim.peek.frozenRows(spec.name)).toBe(1);
    }
    const settings = Object.fromEntries(values('Paramètres').slice(1).map(([k, v]) => [k, v]));
    expect(settings).toMatchObject({ 'Profil': 'bretagne-2025', 'Équipe': USER, 'Absences excusées autorisées (demi-journées)': 0, 'Pages minimum du mémoire': 20 });
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
    expect(protections.map((p) => p.description)).toEqual(expect.arrayContaining([
      expect.stringContaining('« ID »'), expect.stringContaining('« Contrôle »'), expect.stringContaining('« Journal »'), expect.stringContaining('« Éligibilité »'),
    ]));
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
        ['Candidatures', [['Mon suivi', 'Nom', 'Prénom', 'E-mail'], ['à rappeler', 'Martin', 'Camille', 'camille.martin@example.org']]],
        ['Paramètres', [['Clé', 'Valeur'], ['Nom de l\'expéditeur', 'Fédération (test)'], ['Profil', 'cpts-national']]],
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

  it('refuses an unknown preset and writes nothing', () => {
    const { sim, run } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'OK', text: 'corse-2030' });
    run('pacteInitCohort');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/Profil inconnu : « corse-2030 »/);
    expect(sim.peek.sheetNames()).toEqual(['Feuille 1']);
  });

  it('does nothing when the person cancels the preset choice', () => {
    const { sim, run } = startGas({ user: USER });
    sim.ui.queuePromptResponse({ button: 'CANCEL', text: '' });
    run('pacteInitCohort');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/annulée/);
    expect(sim.peek.sheetNames()).toEqual(['Feuille 1']);
  });
});
