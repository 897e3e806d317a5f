import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { messages } from '../../src/domain/messages';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import type { Cell } from '../../src/workbook/cells';
import { candidate, tab, workbook } from '../helpers/workbook';
import { startGas, type Gas } from '../helpers/gas';

const M = messages.reminders;
const STAFF = 'coordination@example.org';

/** n learners, one session on 20/01/2026: on 15/01/2026 each has its J-7 convocation due. */
function cohortTabs(n: number, settings: Record<string, Cell> = {}) {
  const wb = workbook({
    settings: {
      Profil: 'bretagne-2025',
      Équipe: STAFF,
      "Nom de l'expéditeur": 'Équipe ESSORT',
      'Adresse de réponse': 'contact@example.org',
      'Relances automatiques': true,
      ...settings,
    },
    candidates: Array.from({ length: n }, (_, i) => {
      const id = `C-${String(i + 1).padStart(4, '0')}`;
      return candidate({
        ID: id,
        Prénom: `P${i}`,
        Nom: i === 0 ? 'Zoé <script>' : 'Martin',
        'E-mail': `l${i + 1}@example.org`,
        Statut: 'Inscrit',
      });
    }),
    sessions: [
      { ID: 'S3', Intitulé: 'Séminaire 3', 'Date de début': '20/01/2026', 'Date de fin': '21/01/2026', Lieu: 'Rennes', Obligatoire: true },
    ],
  });
  const rule = DEFAULT_REMINDERS.find((r) => r.id === 'convocation-j7')!;
  wb.set(
    REMINDERS_TAB.name,
    tab(REMINDERS_TAB, [{ Règle: rule.id, Active: true, Quand: rule.when, Jours: rule.days, Objet: rule.subject, Message: rule.message }]),
  );
  return wb;
}

function gasFor(n: number, settings?: Record<string, Cell>): Gas {
  const g = startGas({ tabs: cohortTabs(n, settings), now: new Date('2026-01-15T07:10:00+01:00') });
  g.sim.setUiAvailable(false);
  return g;
}

const journal = (g: Gas) => {
  const [head, ...rows] = g.values(JOURNAL_TAB.name);
  const col = (h: string) => head!.indexOf(h);
  return rows.map((r) => ({ action: String(r[col('Action')]), key: String(r[col('Clé')]), detail: String(r[col('Détail')]) }));
};
const keyOf = (to: string[]) => `relance:seance-7:C-${to[0]!.replace(/^l(\d+)@.*$/, (_, n: string) => n.padStart(4, '0'))}:S3`;

describe('sending reminders (daily trigger)', () => {
  it('sends each due reminder once, journaled « Relance envoyée », with sender name, reply-to and escaped HTML', () => {
    const g = gasFor(10);
    g.run('pacteDailyReminders');
    const sent = g.sim.mail.sent();
    expect(sent).toHaveLength(10);
    expect(sent[0]).toMatchObject({ name: 'Équipe ESSORT', replyTo: 'contact@example.org', from: STAFF, to: ['l1@example.org'] });
    expect(sent[0]!.body).toContain('Bonjour Madame Zoé <script>,');
    expect(sent[0]!.htmlBody).toContain('Zoé &lt;script&gt;');
    expect(sent[0]!.htmlBody).not.toMatch(/<script|<img/);
    const rows = journal(g);
    expect(
      rows
        .filter((r) => r.action === M.actionSent)
        .map((r) => r.key)
        .sort(),
    ).toEqual(sent.map((m) => keyOf(m.to)).sort());
    // The next day's run (and any later one) sends nothing again.
    g.sim.clock.advance(24 * 3600 * 1000);
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(10);
  });

  it('costs a constant plus two calls per e-mail carrying its PDF (the read, the send)', () => {
    const cost = (n: number) => {
      const g = gasFor(n);
      // The convocations exist already (made from the Documents sidebar): the run only reads them back.
      g.sim.setUiAvailable(true);
      for (
        let i = 0;
        i < 5 && !(g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S3' }) as { finished: boolean }).finished;
        i++
      );
      g.sim.setUiAvailable(false);
      g.sim.calls.reset();
      g.run('pacteDailyReminders');
      expect(g.sim.mail.sent()).toHaveLength(n);
      expect(g.sim.mail.sent().every((m) => m.attachments.length === 1)).toBe(true);
      const by = g.sim.calls.byMethod();
      return { total: g.sim.calls.total(), send: by['MailApp.sendEmail'], read: by['UrlFetchApp.fetch'] };
    };
    const [a, b] = [cost(10), cost(20)];
    expect(b.total - a.total).toBe(2 * 10);
    expect([a.send, b.send]).toEqual([10, 20]);
    expect([a.read, b.read]).toEqual([10, 20]);
    // The constant (about 21 more than before documents travelled with their e-mail: the look at what
    // must be made first reads the planner's tabs once more): the tabs read twice, two short sections
    // under the document lock (plan + claims; `Jury` looked up too, for the jury days, then outcomes) each re-reading `Journal` (with the grid
    // size, before and after) to check its append, landing its writes before the lock is free (and the
    // claims before the keys' store), and the execution's token for the PDF reads, asked once.
    expect(a.total - 2 * 10).toBeLessThanOrEqual(71);
  });

  it('checks the quota first: sends what fits, leaves the rest due and says so; they go the next day', () => {
    const g = gasFor(10);
    g.sim.mail.setRecipientsPerDay(4);
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(4);
    expect(journal(g).find((r) => r.action === M.actionDeferred)?.detail).toBe(M.deferredDetail(6));
    expect(g.sim.logs.map((l) => l.message).join('\n')).toContain("6 reportées à demain : quota d'envoi quotidien de Google atteint");
    g.sim.clock.advance(24 * 3600 * 1000);
    g.sim.mail.setRecipientsPerDay(100);
    g.run('pacteDailyReminders');
    expect(new Set(g.sim.mail.sent().map((m) => m.to[0])).size).toBe(10);
    expect(g.sim.mail.sent()).toHaveLength(10);
  });

  it('quota exhausted mid-run by another script: the refused ones stay due, none is lost or doubled', () => {
    const g = gasFor(10);
    // Another script of the same account spends the quota after our check.
    g.sim.interleave('MailApp.sendEmail', 5, () => g.sim.mail.setUsed(100));
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(4);
    expect(journal(g).filter((r) => r.action === M.actionNotSent)).toHaveLength(6);
    g.sim.clock.advance(24 * 3600 * 1000);
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(10);
    expect(new Set(g.sim.mail.sent().map((m) => m.to[0])).size).toBe(10);
  });

  it('stops well before 6 minutes: the rest is not sent and goes next run', () => {
    const g = gasFor(10);
    g.sim.interleave('MailApp.sendEmail', 3, () => g.sim.clock.advance(5 * 60 * 1000));
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(3);
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(10);
  });

  it("a colleague's Journal row appended while the run plans is kept", () => {
    const g = gasFor(10);
    g.sim.interleave('MailApp.getRemainingDailyQuota', 1, () =>
      g.sim.spreadsheet
        .getSheetByName(JOURNAL_TAB.name)!
        .appendRow([new Date(), 'Saisie des présences', 'S3', '', 'secretariat@example.org', 'presences:S3:2026-01-15:matin']),
    );
    g.run('pacteDailyReminders');
    expect(journal(g).map((r) => r.key)).toContain('presences:S3:2026-01-15:matin');
    expect(journal(g).filter((r) => r.action === M.actionSent)).toHaveLength(10);
    expect(g.sim.mail.sent()).toHaveLength(10);
  });

  it('the script lock held by another run: nothing sent, said in the log', () => {
    const g = gasFor(3);
    g.sim.locks.holdScriptLock();
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(0);
    expect(g.sim.logs.map((l) => l.message).join('\n')).toContain(M.busy);
  });

  it('Relances automatiques unticked: the trigger sends nothing', () => {
    const g = gasFor(3, { 'Relances automatiques': false });
    g.run('pacteDailyReminders');
    expect(g.sim.mail.sent()).toHaveLength(0);
    expect(g.sim.logs.map((l) => l.message).join('\n')).toContain(M.automaticOff);
  });
});

describe('exactly once under a failure at every call of a 10-reminder run', () => {
  const clean = gasFor(10);
  clean.sim.calls.reset();
  clean.run('pacteDailyReminders');
  const counts = clean.sim.calls.byMethod();
  const cases = Object.entries(counts).flatMap(([method, n]) => Array.from({ length: n }, (_, i) => [method, i + 1] as const));
  const allKeys = clean.sim.mail
    .sent()
    .map((m) => keyOf(m.to))
    .sort();

  it('covers every call index', () => {
    expect(cases.length).toBe(clean.sim.calls.total());
    expect(allKeys).toHaveLength(10);
  });

  it.each(cases)('failure at %s #%i', (method, nth) => {
    const g = gasFor(10);
    g.sim.calls.reset();
    g.sim.failAt(method, nth);
    try {
      g.run('pacteDailyReminders');
    } catch {
      // A trigger execution that fails outright (before its own error handling) is just a failed run.
    }
    g.run('pacteDailyReminders'); // the next run, same day
    // …and one after a document claim the failed run left has gone stale (10 minutes).
    g.sim.clock.advance(11 * 60 * 1000);
    g.run('pacteDailyReminders');
    const sent = g.sim.mail.sent().map((m) => keyOf(m.to));
    // Never two e-mails with one key, each with its convocation once.
    expect(sent.length).toBe(new Set(sent).size);
    expect(g.sim.mail.sent().every((m) => m.attachments.length === 1)).toBe(true);
    const rows = journal(g);
    for (const key of allKeys) {
      const actions = rows.filter((r) => r.key === key).map((r) => r.action);
      // Mailed once (its outcome row may be lost with a cut run); a try refused before anything left (« non envoyée ») may come first.
      const known: string[] = [M.actionSent, M.actionInProgress, M.actionNotSent];
      if (sent.includes(key)) expect({ key, unknown: actions.filter((a) => !known.includes(a)) }).toEqual({ key, unknown: [] });
      // Not mailed: claimed then cut (« en cours », à vérifier), never silently dropped.
      else expect({ key, last: actions.at(-1) }).toEqual({ key, last: M.actionInProgress });
    }
  });
});
