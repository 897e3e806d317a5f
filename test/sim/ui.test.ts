import { createSimulator } from '../../sim';

const uiOf = (sim: ReturnType<typeof createSimulator>) =>
  (sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
const html = (sim: ReturnType<typeof createSimulator>) => sim.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;

describe('Ui', () => {
  it('records menus with separators and sub-menus', () => {
    const sim = createSimulator();
    const ui = uiOf(sim);
    const sub = ui.createMenu('Outils').addItem('Vérifier', 'checkAll');
    ui.createMenu('Cohorte').addItem('Ouvrir', 'openSidebar').addSeparator().addSubMenu(sub).addToUi();
    ui.createAddonMenu().addItem('Démarrer', 'start').addToUi();
    expect(sim.ui.menus).toEqual([
      {
        title: 'Cohorte',
        items: [
          { caption: 'Ouvrir', functionName: 'openSidebar' },
          { separator: true },
          { subMenu: 'Outils', items: [{ caption: 'Vérifier', functionName: 'checkAll' }] },
        ],
      },
      { title: 'Add-on', items: [{ caption: 'Démarrer', functionName: 'start' }] },
    ]);
  });

  it('answers alerts with scripted buttons, CLOSE by default and OK without buttons', () => {
    const sim = createSimulator();
    const ui = uiOf(sim);
    sim.ui.queueAlertResponse('YES');
    expect(ui.alert('Titre', 'Continuer ?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Encore ?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CLOSE);
    expect(ui.alert('Fini')).toBe(ui.Button.OK);
    expect(sim.ui.alerts).toEqual([
      { title: 'Titre', message: 'Continuer ?', buttons: 'YES_NO' },
      { message: 'Encore ?', buttons: 'OK_CANCEL' },
      { message: 'Fini' },
    ]);
    sim.ui.queueAlertResponse('YES');
    expect(() => ui.alert('x', ui.ButtonSet.OK_CANCEL)).toThrow('not a button');
  });

  it('answers prompts', () => {
    const sim = createSimulator();
    const ui = uiOf(sim);
    sim.ui.queuePromptResponse({ button: 'OK', text: 'C-0007' });
    const r = ui.prompt('ID ?', ui.ButtonSet.OK_CANCEL);
    expect(r.getSelectedButton()).toBe(ui.Button.OK);
    expect(r.getResponseText()).toBe('C-0007');
    const none = ui.prompt('Encore ?');
    expect(none.getSelectedButton()).toBe(ui.Button.CLOSE);
    expect(none.getResponseText()).toBe('');
  });

  it('shows sidebars and dialogs from HtmlOutput', () => {
    const sim = createSimulator({ htmlFiles: { Sidebar: '<p>Bonjour</p>' } });
    const ui = uiOf(sim);
    const out = html(sim).createHtmlOutputFromFile('Sidebar').setTitle('Cohorte').append('<p>!</p>');
    ui.showSidebar(out);
    ui.showModalDialog(html(sim).createHtmlOutput('<b>x</b>').setWidth(400).setHeight(300), 'Aperçu');
    expect(sim.ui.sidebars).toEqual([{ title: 'Cohorte', html: '<p>Bonjour</p><p>!</p>' }]);
    expect(sim.ui.dialogs).toEqual([{ title: 'Aperçu', html: '<b>x</b>', width: 400, height: 300 }]);
    expect(() => html(sim).createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    expect(() => ui.showSidebar('<p>raw</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow('Invalid argument: userInterface');
    expect(() => out.addMetaTag('author', 'x')).toThrow();
    expect(out.setSandboxMode(html(sim).SandboxMode.IFRAME).getContent()).toContain('Bonjour');
  });
});

describe('google.script.run and errors from another realm', () => {
  it('hands the failure handler the message of an error thrown in the bundle’s vm realm', async () => {
    const { createSimulator } = await import('../../sim');
    const vm = await import('node:vm');
    const sim = createSimulator();
    const foreign = vm.runInNewContext('(function () { throw new Error("Séance inconnue"); })');
    const error = await new Promise<Error>((resolve) => {
      (sim.scriptRun({ fail: foreign }) as any).withFailureHandler(resolve).fail();
    });
    expect(error.message).toBe('Séance inconnue');
  });
});
