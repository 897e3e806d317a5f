import { createSimulator, type UnansweredQuestion } from '../../sim';

describe('sim.ui: a question with no scripted answer', () => {
  it('is handed to the unanswered handler before Google’s default answer (CLOSE)', () => {
    const sim = createSimulator();
    const seen: UnansweredQuestion[] = [];
    sim.ui.setUnansweredHandler((q) => void seen.push(q));
    const ui = (sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
    expect(ui.alert('Titre', 'Sûr ?', ui.ButtonSet.YES_NO)).toBe('CLOSE');
    expect(ui.prompt('Nom ?').getSelectedButton()).toBe('CLOSE');
    ui.alert('Une info'); // no buttons: nothing to answer
    sim.ui.queueAlertResponse('YES');
    expect(ui.alert('Titre', 'Encore ?', ui.ButtonSet.YES_NO)).toBe('YES'); // answered: not handed over
    expect(seen).toEqual([
      { kind: 'alert', title: 'Titre', message: 'Sûr ?', buttons: 'YES_NO' },
      { kind: 'prompt', message: 'Nom ?', buttons: 'OK' },
    ]);
  });

  it('stops the call when the handler throws, and answers CLOSE again once it is removed', () => {
    const sim = createSimulator();
    const ui = (sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
    sim.ui.setUnansweredHandler(() => {
      throw new Error('arrêt');
    });
    expect(() => ui.alert('Titre', 'Sûr ?', ui.ButtonSet.OK_CANCEL)).toThrow('arrêt');
    sim.ui.setUnansweredHandler(undefined);
    sim.ui.queueAlertResponse('OK');
    sim.ui.clearQueuedResponses();
    expect(ui.alert('Titre', 'Sûr ?', ui.ButtonSet.OK_CANCEL)).toBe('CLOSE');
  });
});
