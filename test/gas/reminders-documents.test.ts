/**
 * Documents travel with their e-mail (issue 17), through the built bundle: the daily run makes the
 * convocations first (the documents' own make path), then each e-mail carries its learner's PDF,
 * read back from Drive; a reminder whose document is in `Erreur` waits and the digest says why;
 * attachments cost no recipient of the quota.
 */
import { PDF_MIME } from '../../sim';
import { messages } from '../../src/domain/messages';
import { register, setting } from '../helpers/documents';
import {
  DAY,
  LEARNERS,
  cohort,
  convocationKey,
  convocations,
  daily,
  documentCounts,
  emailOf,
  journalOf,
  lastLog,
  reminderKey,
} from '../helpers/reminder-documents';

const M = messages.reminders;

describe('the daily run makes the documents first, then sends each with its PDF', () => {
  it('three convocations made, registered and journaled, then mailed once each with the learner’s own PDF and its link', () => {
    const g = cohort();
    daily(g);
    const mails = convocations(g);
    expect(mails.map((m) => m.to[0])).toEqual(LEARNERS.map((_, i) => emailOf(i)));
    const rows = register(g);
    for (const [i, l] of LEARNERS.entries()) {
      const mail = mails[i]!;
      const row = rows.find((r) => r['Clé'] === convocationKey(l.id))!;
      expect(row['État']).toBe('Créé');
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]).toMatchObject({ name: `Convocation – Séminaire 1 – ${l.first} ${l.last}.pdf`, contentType: PDF_MIME });
      // The learner's own convocation, as Drive holds it (the simulator's PDF is the Doc's text).
      expect(mail.attachments[0]!.content).toContain(`${l.first} ${l.last}`);
      for (const other of LEARNERS.filter((o) => o !== l))
        expect(mail.attachments[0]!.content).not.toContain(`${other.first} ${other.last}`);
      // {{lien_document}}: the PDF's Drive link, from the register.
      expect(mail.body).toContain(`elle est aussi en ligne : ${String(row['PDF'])}`);
      expect(documentCounts(g, convocationKey(l.id))).toEqual({ docs: 1, pdfs: 1, rows: 1 });
    }
    // Journal: each document made before its e-mail was claimed.
    const journal = journalOf(g);
    for (const l of LEARNERS) {
      const made = journal.findIndex((r) => r.key === convocationKey(l.id) && r.action === messages.documents.journalAction);
      const claimed = journal.findIndex((r) => r.key === reminderKey(l.id) && r.action === M.actionInProgress);
      expect(made).toBeGreaterThanOrEqual(0);
      expect(claimed).toBeGreaterThan(made);
    }
    // The digest carries nothing; the run says what it made.
    expect(g.sim.mail.sent().find((m) => m.subject.includes('synthèse'))!.attachments).toEqual([]);
    expect(lastLog(g)).toContain(M.documentsMade(3));
    expect(setting(g, 'Modèle : convocation')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);

    // The next day: nothing due, nothing made, no Drive work beyond a look.
    g.sim.clock.advance(DAY);
    g.sim.calls.reset();
    daily(g);
    expect(convocations(g)).toHaveLength(3);
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBeUndefined();
    expect(g.sim.calls.byMethod()['UrlFetchApp.fetch']).toBeUndefined();
  });

  it('a document already made from the Documents sidebar is attached as it is, never made again', () => {
    const g = cohort({ rules: ['convocation-j7'] });
    g.sim.setUiAvailable(true);
    g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1', learnerIds: ['C-0002'] });
    g.sim.setUiAvailable(false);
    const before = register(g).find((r) => r['Clé'] === convocationKey('C-0002'))!['PDF'];
    daily(g);
    expect(convocations(g)).toHaveLength(3);
    expect(register(g).find((r) => r['Clé'] === convocationKey('C-0002'))!['PDF']).toBe(before);
    expect(lastLog(g)).toContain(M.documentsMade(2));
    for (const l of LEARNERS) expect(documentCounts(g, convocationKey(l.id))).toEqual({ docs: 1, pdfs: 1, rows: 1 });
  });
});

describe('a document that cannot be made: its reminder waits', () => {
  it('in Erreur: the others go, this one waits, the Monday digest says why; made and sent the next day, once', () => {
    const g = cohort();
    // The second copy Google makes fails (a transient Drive error): that document is `Erreur`.
    g.sim.failAt('Drive.Files.copy', 2);
    daily(g);
    const failed = register(g).find((r) => r['État'] === 'Erreur')!;
    const learner = LEARNERS.find((l) => convocationKey(l.id) === failed['Clé'])!;
    const address = emailOf(LEARNERS.indexOf(learner));
    expect(convocations(g).map((m) => m.to[0])).toEqual(LEARNERS.map((_, i) => emailOf(i)).filter((a) => a !== address));
    expect(journalOf(g).filter((r) => r.key === reminderKey(learner.id))).toEqual([]);
    const digest = g.sim.mail.sent().find((m) => m.subject.includes('synthèse'))!;
    expect(digest.body).toContain(M.digest.documentErrorsTitle);
    expect(digest.body).toContain(`• ${learner.first} ${learner.last} — ${convocationKey(learner.id)} : `);
    expect(lastLog(g)).toContain(M.documentsWaiting(1));

    g.sim.clock.advance(DAY);
    daily(g);
    expect(convocations(g).filter((m) => m.to[0] === address)).toHaveLength(1);
    expect(convocations(g)).toHaveLength(3);
    expect(convocations(g).at(-1)!.attachments).toHaveLength(1);
    expect(documentCounts(g, convocationKey(learner.id))).toEqual({ docs: 1, pdfs: 1, rows: 1 });
  });

  it('a template that cannot be reached: no convocation goes, the run says why, the other reminders go', () => {
    const g = cohort({
      rules: ['convocation-j7', 'synthese-equipe'],
      settings: { 'Modèle : convocation': 'https://docs.google.com/document/d/1IntrouvableIntrouvable/edit' },
    });
    daily(g);
    expect(convocations(g)).toEqual([]);
    expect(g.sim.mail.sent().map((m) => m.to)).toEqual([['coordination@example.org']]);
    // Refused before any claim: no register at all.
    expect(g.sim.peek.sheetNames()).not.toContain('Documents');
    expect(lastLog(g)).toContain(M.documentsWaiting(3));
    expect(lastLog(g)).toContain('Modèle : convocation');
  });
});

describe('the quota counts recipients, attachments or not', () => {
  it('two recipients left: two convocations go with their PDFs, the third waits for the next day', () => {
    const g = cohort({ rules: ['convocation-j7'] });
    g.sim.mail.setRecipientsPerDay(2);
    daily(g);
    expect(convocations(g)).toHaveLength(2);
    expect(convocations(g).every((m) => m.attachments.length === 1)).toBe(true);
    // One recipient each: were an attachment counted, only one would have gone.
    expect(journalOf(g).filter((r) => r.action === M.actionSent)).toHaveLength(2);
    // The documents do not depend on the quota: all three are made.
    expect(register(g).filter((r) => r['État'] === 'Créé')).toHaveLength(3);
    expect(journalOf(g).find((r) => r.action === M.actionDeferred)?.detail).toBe(M.deferredDetail(1));
    g.sim.clock.advance(DAY);
    daily(g);
    expect(new Set(convocations(g).map((m) => m.to[0])).size).toBe(3);
    expect(convocations(g)).toHaveLength(3);
  });
});

describe('the preview shows each e-mail with its attachment', () => {
  it('the sidebar names the PDF of each reminder, and says when the run will make it first or why it waits', () => {
    const g = cohort({ rules: ['convocation-j7'] });
    g.sim.setUiAvailable(true);
    g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1', learnerIds: ['C-0001'] });
    g.sim.failAt('Drive.Files.copy', 1);
    g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1', learnerIds: ['C-0002'] });
    const view = g.run('pacteRemindersLoad', null) as { groups: Array<{ reminders: Array<{ who: string; attachment?: unknown }> }> };
    const detail = String(register(g).find((r) => r['Clé'] === convocationKey('C-0002'))!['Détail']);
    expect(view.groups[0]!.reminders.map((r) => [r.who, r.attachment])).toEqual([
      ['C-0001 · Yann Le Gall', { name: 'Convocation – Séminaire 1 – Yann Le Gall.pdf', note: '' }],
      ['C-0002 · Hélène Écuyer', { name: 'Convocation – Séminaire 1 – Hélène Écuyer.pdf', note: M.sidebar.attachmentFailed(detail) }],
      ["C-0003 · Aïcha N'Diaye", { name: "Convocation – Séminaire 1 – Aïcha N'Diaye.pdf", note: M.sidebar.attachmentToMake }],
    ]);
  });

  it('« M’envoyer un test » carries the PDF when it is made', () => {
    const g = cohort({ rules: ['convocation-j7'] });
    g.sim.setUiAvailable(true);
    g.run('pacteDocumentsMake', { kind: 'convocation', sessionId: 'S1', learnerIds: ['C-0001'] });
    g.run('pacteRemindersTest', { key: reminderKey('C-0001') });
    g.run('pacteRemindersTest', { key: reminderKey('C-0002') });
    const [made, notYet] = g.sim.mail.sent();
    expect(made!.attachments.map((a) => a.name)).toEqual(['Convocation – Séminaire 1 – Yann Le Gall.pdf']);
    expect(notYet!.attachments).toEqual([]);
  });
});
