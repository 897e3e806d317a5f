import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { messages } from '../../src/domain/messages';
import type { RemindersView } from '../../src/ui/contract';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { candidate, tab, workbook } from '../helpers/workbook';
import { startGas, type Gas } from '../helpers/gas';

const M = messages.reminders;
const STAFF = 'coordination@example.org';
const COLLEAGUE = 'secretariat@example.org';

function gas(): Gas {
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: `${STAFF}, ${COLLEAGUE}`, 'Relances automatiques': false },
    candidates: [
      candidate({ ID: 'C-0001', 'E-mail': 'l1@example.org', Statut: 'Inscrit' }),
      candidate({ ID: 'C-0002', Prénom: 'Léo', 'E-mail': 'pas-une-adresse', Statut: 'Inscrit' }),
    ],
    sessions: [{ ID: 'S3', Intitulé: 'Séminaire 3', 'Date de début': '20/01/2026', 'Date de fin': '20/01/2026', Obligatoire: true }],
  });
  const rule = DEFAULT_REMINDERS.find((r) => r.id === 'convocation-j7')!;
  wb.set(
    REMINDERS_TAB.name,
    tab(REMINDERS_TAB, [{ Règle: rule.id, Active: true, Quand: rule.when, Jours: rule.days, Objet: rule.subject, Message: rule.message }]),
  );
  return startGas({ tabs: wb, now: new Date('2026-01-10T10:00:00+01:00') });
}
const setting = (g: Gas, key: string) => g.values('Paramètres').find((r) => r[0] === key)?.[1];

describe('Relances… sidebar', () => {
  it('previews the due reminders grouped by rule, rendered, with the problems; a test goes to me only', () => {
    const g = gas();
    g.sim.clock.set(new Date('2026-01-14T10:00:00+01:00'));
    const view = g.run('pacteRemindersLoad', null) as RemindersView;
    expect(view.total).toBe(1);
    expect(view.groups).toEqual([
      {
        rule: 'convocation-j7',
        when: 'avant une séance',
        label: 'Convocations (7 jours avant chaque séance)',
        reminders: [expect.objectContaining({ key: 'relance:seance-7:C-0001:S3', to: ['l1@example.org'] })],
      },
    ]);
    expect(view.groups[0]!.reminders[0]!.body).toContain('Bonjour Madame Martin,');
    expect(view.problems).toEqual([expect.stringContaining('C-0002')]);
    expect(view.trigger).toMatchObject({ installed: false, description: M.sidebar.noTrigger });
    expect(g.run('pacteRemindersTest', { key: 'relance:seance-7:C-0001:S3' })).toBe(M.sidebar.testSent(STAFF));
    expect(g.sim.mail.sent()).toEqual([expect.objectContaining({ to: [STAFF], subject: expect.stringMatching(/^\[TEST\] Convocation/) })]);
    // Not journaled as sent: still due.
    expect((g.run('pacteRemindersLoad', null) as RemindersView).total).toBe(1);
    expect(() => g.run('pacteRemindersTest', { key: 42 })).toThrow(/Demande invalide \(key\).*relances.*Rien n'a été envoyé/);
    g.sim.mail.setRecipientsPerDay(1);
    expect(() => g.run('pacteRemindersTest', { key: 'relance:seance-7:C-0001:S3' })).toThrow(M.sidebar.noQuota);
  });

  it('the switch ticks the setting and installs ONE daily trigger (idempotent), shows its owner; off removes it', () => {
    const g = gas();
    g.run('pacteRemindersAutomatic', { on: true });
    const view = g.run('pacteRemindersAutomatic', { on: true }) as RemindersView;
    expect(g.sim.triggers.list()).toEqual([
      expect.objectContaining({ functionName: 'pacteDailyReminders', owner: STAFF, atHour: 7, everyDays: 1 }),
    ]);
    expect(setting(g, 'Relances automatiques')).toBe(true);
    expect(view.trigger).toMatchObject({ installed: true, mine: true, owner: STAFF });
    // A colleague sees who owns it, and switching on again installs no second one.
    g.sim.setUserEmail(COLLEAGUE);
    const theirs = g.run('pacteRemindersAutomatic', { on: true }) as RemindersView;
    expect(theirs.trigger).toMatchObject({ owner: STAFF, mine: false, description: M.sidebar.owner(STAFF, false) });
    expect(g.sim.triggers.list()).toHaveLength(1);
    g.sim.setUserEmail(STAFF);
    g.run('pacteRemindersAutomatic', { on: false });
    expect(g.sim.triggers.list()).toEqual([]);
    expect(setting(g, 'Relances automatiques')).toBe(false);
  });

  it('with automatic sending on, advancing the clock day by day sends the J-7 convocation once, not twice', () => {
    const g = gas();
    g.run('pacteRemindersAutomatic', { on: true });
    const fired = g.sim.triggers.runUntil(new Date('2026-01-22T12:00:00+01:00'), (fn) => g.gas[fn]!());
    expect(fired).toBe(12);
    expect(g.sim.mail.sent()).toEqual([
      expect.objectContaining({ to: ['l1@example.org'], at: new Date('2026-01-13T07:00:00+01:00'), from: STAFF }),
    ]);
    const rows = g.values(JOURNAL_TAB.name).filter((r) => r[1] === M.actionSent);
    expect(rows).toHaveLength(1);
  });

  it('« Envoyer maintenant » sends what is due, even with automatic sending off', () => {
    const g = gas();
    g.sim.clock.set(new Date('2026-01-14T10:00:00+01:00'));
    expect(g.run('pacteRemindersSendNow', null)).toEqual({ sent: 1, message: expect.stringContaining('1 relance envoyée sur 1 due') });
    expect(g.run('pacteRemindersSendNow', null)).toMatchObject({ sent: 0 });
    expect(g.sim.mail.sent()).toHaveLength(1);
  });
});
