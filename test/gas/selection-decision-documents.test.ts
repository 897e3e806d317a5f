/**
 * Decision letters carry their « Décision de sélection » (workbook.md › Selection): « Envoyer les
 * décisions » makes the documents first (the documents' own make path), then each letter goes once
 * with its candidate's own PDF; a letter whose document is in `Erreur` waits and the sidebar says
 * why; a changed decision is a new document and a new letter.
 */
import { PDF_MIME } from '../../sim';
import { documentKeys } from '../../src/domain/keys';
import { messages } from '../../src/domain/messages';
import type { SelectionView } from '../../src/ui/contract';
import { CANDIDATES_TAB, JOURNAL_TAB } from '../../src/workbook/schema';
import { DECIDED, decidedCohort, documentCounts, letters, pdfName, sendDecisions } from '../helpers/decision-documents';
import { register } from '../helpers/documents';

const W = messages.selectionMail;
const D = messages.documents;
const STATUT = CANDIDATES_TAB.headers.indexOf('Statut') + 1;

describe('each decision letter carries its own « Décision de sélection »', () => {
  it('previewed with its attachment named, made first, mailed once with its PDF; nothing made or sent again', () => {
    const g = decidedCohort();
    const view = g.run('pacteSelectionLoad', null) as SelectionView;
    expect(view.decisions.map((d) => [d.key, d.pdf])).toEqual(
      DECIDED.map((c) => [`decision:${c.id}:${c.status === 'Retenu' ? 'retenu' : 'refuse'}`, pdfName(c.person)]),
    );
    const after = sendDecisions(g);
    expect(after.message).toContain(W.decision.documentsMade(3));
    const mails = letters(g);
    expect(mails.map((m) => m.to)).toEqual(DECIDED.map((c) => [c.to]));
    for (const [i, c] of DECIDED.entries()) {
      const mail = mails[i]!;
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]).toMatchObject({ name: pdfName(c.person), contentType: PDF_MIME });
      // The candidate's own decision, as Drive holds it (the simulator's PDF is the Doc's text).
      expect(mail.attachments[0]!.content).toContain(c.person);
      expect(mail.attachments[0]!.content).toContain(D.decisionWords[c.status]);
      for (const other of DECIDED.filter((o) => o !== c)) expect(mail.attachments[0]!.content).not.toContain(other.person);
      expect(documentCounts(g, c.id, c.status)).toEqual({ docs: 1, pdfs: 1, rows: 1 });
    }
    // Each document made before its letter was claimed.
    const journal = g.values(JOURNAL_TAB.name).map((r): [string, string] => [String(r[1]), String(r[5])]);
    for (const c of DECIDED) {
      const made = journal.findIndex(([a, k]) => a === D.journalAction && k === documentKeys.decision(c.id, c.status));
      const claimed = journal.findIndex(([a, k]) => a === W.journal.decision.inProgress && k.startsWith(`decision:${c.id}:`));
      expect(made).toBeGreaterThan(0);
      expect(claimed).toBeGreaterThan(made);
    }

    g.sim.calls.reset();
    expect(sendDecisions(g).decisions).toEqual([]);
    expect(letters(g)).toHaveLength(3);
    expect(g.sim.calls.byMethod()['Drive.Files.copy']).toBeUndefined();
    expect(g.sim.calls.byMethod()['UrlFetchApp.fetch']).toBeUndefined();
  });

  it('a document in Erreur: its letter waits and the sidebar says why; the next send makes it and the letter goes, once', () => {
    const g = decidedCohort();
    // The second copy Google makes fails (a transient Drive error): that decision is `Erreur`.
    g.sim.failAt('Drive.Files.copy', 2);
    const after = sendDecisions(g);
    const failed = register(g).find((r) => r['État'] === 'Erreur')!;
    const waiting = DECIDED.find((c) => documentKeys.decision(c.id, c.status) === failed['Clé'])!;
    expect(letters(g).map((m) => m.to[0])).toEqual(DECIDED.filter((c) => c !== waiting).map((c) => c.to));
    expect(after.message).toContain(W.decision.documentsWaiting(1));
    expect(after.decisions.map((d) => d.target)).toEqual([`${waiting.id} · ${waiting.person}`]);
    expect(after.decisionNotices).toEqual([
      messages.selection.notices.documentFailed(`${waiting.id} · ${waiting.person}`, String(failed['Détail'])),
    ]);
    // Never claimed: nothing « en cours » to check.
    expect(g.values(JOURNAL_TAB.name).filter((r) => String(r[5]).startsWith(`decision:${waiting.id}:`))).toEqual([]);

    const again = sendDecisions(g);
    expect(again.decisions).toEqual([]);
    expect(again.decisionNotices).toEqual([]);
    const mine = letters(g).filter((m) => m.to[0] === waiting.to);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.attachments.map((a) => a.name)).toEqual([pdfName(waiting.person)]);
    expect(letters(g)).toHaveLength(3);
    expect(documentCounts(g, waiting.id, waiting.status)).toEqual({ docs: 1, pdfs: 1, rows: 1 });
  });

  it('a changed decision: a new document under its own key and a new letter carrying it; the first one stays', () => {
    const g = decidedCohort();
    sendDecisions(g);
    g.edit(CANDIDATES_TAB.name, 3, STATUT, [["Liste d'attente"]]);
    sendDecisions(g);
    const mails = letters(g).slice(3);
    expect(mails.map((m) => m.to)).toEqual([['c2@example.org']]);
    expect(mails[0]!.attachments.map((a) => a.name)).toEqual([pdfName('Prénom2 Martin')]);
    expect(mails[0]!.attachments[0]!.content).toContain(D.decisionWords["Liste d'attente"]);
    expect(mails[0]!.attachments[0]!.content).not.toContain(D.decisionWords.Retenu);
    expect(documentCounts(g, 'C-0002', "Liste d'attente")).toEqual({ docs: 1, pdfs: 1, rows: 1 });
    expect(documentCounts(g, 'C-0002', 'Retenu')).toEqual({ docs: 1, pdfs: 1, rows: 1 });
  });
});
