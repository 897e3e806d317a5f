/**
 * Initialiser la cohorte… as a new coordinator meets it (issue 21): the region named as people say it,
 * rows typed later get their checkboxes and keep a phone's leading 0, Google's empty « Feuille 1 » goes.
 */
import { startGas } from '../helpers/gas';

const USER = 'coordination@example.org';

function initialise(...answers: string[]) {
  const gas = startGas({ user: USER });
  for (const text of answers) gas.sim.ui.queuePromptResponse({ button: 'OK', text });
  gas.run('pacteInitCohort');
  return gas;
}

describe('Initialiser la cohorte… on a new blank spreadsheet', () => {
  it.each(['Bretagne', ' bretagne ', 'BRETAGNE'])('takes the region by its name (« %s »)', (answer) => {
    const { sim, values } = initialise(answer);
    expect(sim.ui.prompts[0]!.message).toMatch(/Bretagne, Bourgogne-Franche-Comté, Hauts-de-France ou National/);
    expect(values('Paramètres').find((r) => r[0] === 'Profil')?.[1]).toBe('bretagne-2025');
  });

  it('matches accents, case and hyphens loosely', () => {
    const { values } = initialise('bourgogne franche comte');
    expect(values('Paramètres').find((r) => r[0] === 'Profil')?.[1]).toBe('bfc-promo8');
  });

  it('asks again after a name that is not offered, saying which one, without reopening the menu', () => {
    const { sim, values } = initialise('Corse', 'Hauts de France');
    expect(sim.ui.prompts).toHaveLength(2);
    expect(sim.ui.prompts[1]!.message).toMatch(/^« Corse » n'est pas une région proposée\./);
    expect(values('Paramètres').find((r) => r[0] === 'Profil')?.[1]).toBe('hdf-leader-2024');
  });

  it('stops after three answers naming no region, having written nothing', () => {
    const { sim } = initialise('Corse', 'Corse', 'Corse');
    expect(sim.ui.prompts).toHaveLength(3);
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/annulée/);
    expect(sim.peek.sheetNames()).toEqual(['Feuille 1']);
  });

  it('removes the empty « Feuille 1 » once the tabs exist, and says so', () => {
    const { sim } = initialise('Bretagne');
    expect(sim.peek.sheetNames()).not.toContain('Feuille 1');
    expect(sim.peek.sheetNames()).toContain('Candidatures');
    expect(sim.ui.alerts.at(-1)!.message).toMatch(/onglet vide « Feuille 1 » supprimé/);
  });

  it('keeps a « Feuille 1 » someone typed in', () => {
    const { sim, run } = startGas({ user: USER });
    sim.asColleague(() => sim.spreadsheet.getSheetByName('Feuille 1')!.getRange('C7').setValue('mes notes'));
    sim.ui.queuePromptResponse({ button: 'OK', text: 'Bretagne' });
    run('pacteInitCohort');
    expect(sim.peek.sheetNames()).toContain('Feuille 1');
  });

  it('gives a row typed later its checkboxes and keeps the phone and département as typed', () => {
    const { sim, values } = initialise('Bretagne');
    const header = values('Candidatures')[0]!;
    const at = (h: string) => header.indexOf(h) + 1;
    // A colleague types an applicant far down the tab, as Sheets parses typed text.
    sim.asColleague(() => {
      const sheet = sim.spreadsheet.getSheetByName('Candidatures')!;
      sheet.getRange(250, at('Téléphone')).setValue('0612345678');
      sheet.getRange(250, at('Département')).setValue('01');
      sheet.getRange(250, at('Nom')).setValue('Martin');
    });
    const row = values('Candidatures')[249]!;
    expect(row[at('Téléphone') - 1]).toBe('0612345678');
    expect(row[at('Département') - 1]).toBe('01');
    const rules = sim.peek.validations('Candidatures');
    const last = rules.length - 1;
    for (const h of ['CV', 'Photo', 'En équipe', 'Dérogation']) {
      expect(rules[249]![at(h) - 1]).toEqual(expect.objectContaining({ type: 'CHECKBOX' }));
      // Down to the grid's last row: the whole column.
      expect(rules[last]![at(h) - 1]).toEqual(expect.objectContaining({ type: 'CHECKBOX' }));
    }
    expect(sim.peek.numberFormats('Candidatures')[last]![at('Téléphone') - 1]).toBe('@');
    // Lists warn on other values, never refuse them (a new rule's default in Apps Script).
    const statut = sim.asColleague(() => sim.spreadsheet.getSheetByName('Candidatures')!.getRange(250, at('Statut')).getDataValidation());
    expect(statut?.getAllowInvalid()).toBe(true);
  });
});
