import { createSimulator, MAX_TRIGGERS_PER_USER } from '../../sim';

type G = { MailApp: GoogleAppsScript.Mail.MailApp; ScriptApp: GoogleAppsScript.Script.ScriptApp };

describe('MailApp', () => {
  it('counts recipients against the daily quota and throws the documented error when exhausted', () => {
    const sim = createSimulator({ now: new Date('2026-01-15T07:00:00+01:00') });
    const { MailApp } = sim.globals as G;
    sim.mail.setRecipientsPerDay(3);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
    MailApp.sendEmail('a@example.org,b@example.org', 'Objet', 'Texte', {
      name: 'ESSORT',
      replyTo: 'r@example.org',
      htmlBody: '<p>Texte</p>',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail({ to: 'c@example.org', cc: 'd@example.org', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    MailApp.sendEmail({ to: 'c@example.org', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(sim.mail.sent().map((m) => [m.to, m.name, m.replyTo, m.from])).toEqual([
      [['a@example.org', 'b@example.org'], 'ESSORT', 'r@example.org', 'coordination@example.org'],
      [['c@example.org'], undefined, undefined, 'coordination@example.org'],
    ]);
    // The 24-hour window ends: the quota is back.
    sim.clock.advance(24 * 3600 * 1000);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });
  it('refuses an invalid address, and runs only with full authorization (not from a simple trigger)', () => {
    const sim = createSimulator();
    const { MailApp } = sim.globals as G;
    expect(() => MailApp.sendEmail('pas-une-adresse', 's', 'b')).toThrow('Invalid email: pas-une-adresse');
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@example.org`).join(',');
    expect(() => MailApp.sendEmail(many, 's', 'b')).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(() => MailApp.sendEmail('a@example.org', 's', 'x'.repeat(201 * 1024))).toThrow('Limit Exceeded: Email Body Size.');
    expect(sim.mail.sent()).toEqual([]);
    sim.setAuthMode('LIMITED');
    expect(() => MailApp.getRemainingDailyQuota()).toThrow(/script\.send_mail/);
  });
});

describe('ScriptApp time-driven triggers', () => {
  it('builds, lists (own triggers only), deletes, and stops at 20 per user', () => {
    const sim = createSimulator();
    const { ScriptApp } = sim.globals as G;
    const t = ScriptApp.newTrigger('pacteDailyReminders').timeBased().everyDays(1).atHour(7).create();
    expect(ScriptApp.getProjectTriggers().map((x) => x.getHandlerFunction())).toEqual(['pacteDailyReminders']);
    sim.setUserEmail('autre@example.org');
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    sim.setUserEmail('coordination@example.org');
    for (let i = 1; i < MAX_TRIGGERS_PER_USER; i++) ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(7).create();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(7).create()).toThrow(/too many triggers/);
    ScriptApp.deleteTrigger(t);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS_PER_USER - 1);
    expect(() => ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(24)).toThrow(/Invalid argument/);
    sim.setAuthMode('LIMITED');
    expect(() => ScriptApp.getProjectTriggers()).toThrow(/script\.scriptapp/);
  });
  it('fires daily at the hour on Paris clocks, as its owner, in FULL, without UI, with the event object', () => {
    const sim = createSimulator({ now: new Date('2026-03-27T10:00:00+01:00'), userEmail: 'owner@example.org' });
    const { ScriptApp } = sim.globals as G;
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    sim.setUserEmail('someone@example.org');
    const runs: Array<{ at: string; user: string; event: Record<string, unknown> }> = [];
    const Session = sim.globals.Session as GoogleAppsScript.Base.Session;
    const fired = sim.triggers.runUntil(new Date('2026-03-30T12:00:00+02:00'), (fn, event) => {
      expect(fn).toBe('daily');
      runs.push({ at: sim.clock.now().toISOString(), user: Session.getEffectiveUser().getEmail(), event });
    });
    expect(fired).toBe(3);
    // 28 March 07:00 CET, then 29 and 30 March 07:00 CEST (daylight saving started on the 29th).
    expect(runs.map((r) => r.at)).toEqual(['2026-03-28T06:00:00.000Z', '2026-03-29T05:00:00.000Z', '2026-03-30T05:00:00.000Z']);
    expect(runs.every((r) => r.user === 'owner@example.org')).toBe(true);
    expect(runs[0]!.event).toMatchObject({ authMode: 'FULL', hour: 7, 'day-of-month': 28, month: 3, year: 2026 });
    sim.startExecution();
    expect(Session.getEffectiveUser().getEmail()).toBe('someone@example.org');
  });
});
