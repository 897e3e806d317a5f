/**
 * The staged pattern (test/gas/selection-staged.test.ts) on « Envoyer les décisions », which makes
 * the « Décision de sélection » documents then sends each letter with its PDF: before EVERY Google
 * call, the execution is killed (its pending writes lost), or a colleague sorts `Journal` and the
 * `Documents` register. After two more sends (once a cut document claim has gone stale): no letter
 * twice, each with its own PDF; one document per key; every letter sent, or its send cut and left
 * « en cours » (to check), never silently lost.
 */
import { isExecutionKilled } from '../../sim';
import { messages } from '../../src/domain/messages';
import { JOURNAL_TAB } from '../../src/workbook/schema';
import { DECIDED, decidedCohort, documentCounts, letters, pdfName, sendDecisions } from '../helpers/decision-documents';
import type { Gas } from '../helpers/gas';

const W = messages.selectionMail.journal.decision;
const ELEVEN_MINUTES = 11 * 60 * 1000;

function sortTab(g: Gas, name: string, column: number): void {
  const sheet = g.sim.spreadsheet.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 3) return;
  sheet.setFrozenRows(1);
  sheet.sort(column, false);
}

/** Every (method, index) of a clean send. */
function callsOfASend(): Array<[string, number]> {
  const g = decidedCohort();
  g.sim.calls.reset();
  sendDecisions(g);
  const sequence = g.sim.calls.sequence();
  return sequence.map((method, i) => [method, sequence.slice(0, i + 1).filter((m) => m === method).length]);
}

function nextSends(g: Gas): void {
  g.sim.clock.advance(ELEVEN_MINUTES);
  sendDecisions(g);
  g.sim.clock.advance(ELEVEN_MINUTES);
  sendDecisions(g);
}

function expectOnceEach(g: Gas, where: string): void {
  const mails = letters(g);
  for (const c of DECIDED) {
    const mine = mails.filter((m) => m.to[0] === c.to);
    // At most one letter, carrying exactly its candidate's PDF.
    expect({ where, id: c.id, names: mine.map((m) => m.attachments.map((a) => a.name)) }).toEqual({
      where,
      id: c.id,
      names: mine.length ? [[pdfName(c.person)]] : [],
    });
    if (mine.length) expect({ where, own: mine[0]!.attachments[0]!.content.includes(c.person) }).toEqual({ where, own: true });
    else {
      // Not mailed: its send was cut (« en cours », to check), never silently lost.
      const last = g
        .values(JOURNAL_TAB.name)
        .filter((r) => String(r[5]).startsWith(`decision:${c.id}:`))
        .at(-1)?.[1];
      expect({ where, id: c.id, last }).toEqual({ where, id: c.id, last: W.inProgress });
    }
    // One Doc, one PDF, one register row: never made twice.
    expect({ where, id: c.id, ...documentCounts(g, c.id, c.status) }).toEqual({ where, id: c.id, docs: 1, pdfs: 1, rows: 1 });
  }
}

describe('staged: « Envoyer les décisions » making and attaching documents, cut or disturbed before every call', () => {
  const calls = callsOfASend();

  it('covers a real send: documents made, PDFs read, letters sent', () => {
    const methods = new Set(calls.map(([m]) => m));
    for (const m of ['Drive.Files.copy', 'Docs.Documents.batchUpdate', 'UrlFetchApp.fetch', 'MailApp.sendEmail', 'Lock.tryLock'])
      expect(methods).toContain(m);
    expect(calls.length).toBeGreaterThan(60);
  });

  it('killed before each call (pending writes lost): no letter twice, no document twice', () => {
    for (const [method, nth] of calls) {
      const g = decidedCohort();
      g.sim.killAt(method, nth);
      try {
        sendDecisions(g);
      } catch (error) {
        expect(isExecutionKilled(error)).toBe(true);
      }
      nextSends(g);
      expectOnceEach(g, `kill before ${method} #${nth}`);
    }
  });

  it('Journal and Documents sorted before each call: no letter twice, no document twice, all sent by the first send', () => {
    for (const [method, nth] of calls) {
      const g = decidedCohort();
      g.sim.interleave(method, nth, () => {
        sortTab(g, 'Journal', 2);
        sortTab(g, 'Documents', 7);
      });
      sendDecisions(g);
      const first = letters(g).length;
      nextSends(g);
      expectOnceEach(g, `sort before ${method} #${nth}`);
      expect({ at: `${method} #${nth}`, first }).toEqual({ at: `${method} #${nth}`, first: DECIDED.length });
    }
  });
});
