/**
 * sim.failAt(…, { after: true }): the call takes effect, then fails, as a call whose answer is lost on
 * the way back (a timeout, a 503 after the work was done). The product cannot tell it from a failure
 * before the effect, so it must not assume nothing happened.
 */
import { createSimulator, FOLDER_MIME } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
const app = (sim: Sim) => sim.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const mail = (sim: Sim) => sim.globals.MailApp as GoogleAppsScript.Mail.MailApp;
const drive = (sim: Sim) => (sim.globals as { Drive: { Files: { create(resource: object): { id: string } } } }).Drive.Files;

describe('failAt after the effect', () => {
  it('MailApp.sendEmail: the mail is sent, the error is thrown', () => {
    const sim = createSimulator();
    sim.failAt('MailApp.sendEmail', 1, new Error('Service unavailable'), { after: true });
    expect(() => mail(sim).sendEmail('camille.martin@example.org', 'Convocation', 'Bonjour')).toThrow('Service unavailable');
    expect(sim.mail.sent().map((m) => m.to)).toEqual([['camille.martin@example.org']]);
    expect(sim.calls.byMethod()).toEqual({ 'MailApp.sendEmail': 1 });
  });

  it('Range.setValues: the write is queued and lands, the error is thrown', () => {
    const sim = createSimulator();
    sim.load({ T: [['a']] });
    sim.startExecution();
    const sheet = app(sim).getActiveSpreadsheet().getSheetByName('T')!;
    sim.failAt('Range.setValues', 1, undefined, { after: true });
    expect(() => sheet.getRange(1, 1).setValues([['écrit']])).toThrow('Simulated failure of Range.setValues (call #1)');
    expect(sim.pendingWrites()).toBe(1);
    sim.endExecution();
    expect(sim.peek.values('T')).toEqual([['écrit']]);
  });

  it('Drive.Files.create: the file exists, the caller never learns its id', () => {
    const sim = createSimulator();
    sim.failAt('Drive.Files.create', 1, new Error('Backend Error'), { after: true });
    expect(() => drive(sim).create({ name: 'Convocations', mimeType: FOLDER_MIME })).toThrow('Backend Error');
    expect(sim.drive.files().map((f) => f.name)).toEqual(['Convocations']);
  });

  it('without `after` the call fails before its effect, as before', () => {
    const sim = createSimulator();
    sim.failAt('MailApp.sendEmail', 1, new Error('Service unavailable'));
    sim.failAt('Drive.Files.create', 1);
    expect(() => mail(sim).sendEmail('camille.martin@example.org', 'Convocation', 'Bonjour')).toThrow('Service unavailable');
    expect(() => drive(sim).create({ name: 'Convocations', mimeType: FOLDER_MIME })).toThrow(
      'Simulated failure of Drive.Files.create (call #1)',
    );
    expect(sim.mail.sent()).toEqual([]);
    expect(sim.drive.files()).toEqual([]);
  });
});
