/**
 * The staged-concurrency suite for interview invitations: before EVERY Google call of « Envoyer », a
 * colleague sorts, clears or deletes rows of `Journal`, another « Envoyer » runs, or the execution
 * is killed there (its pending writes lost). After two more « Envoyer »: every invitation mailed at
 * most once, and at least once unless its send was cut (then « en cours », never resent).
 */
import { isExecutionKilled } from '../../sim';
import { messages } from '../../src/domain/messages';
import { JOURNAL_TAB } from '../../src/workbook/schema';
import type { Gas } from '../helpers/gas';
import { selectionGas } from '../helpers/selection-gas';

const W = messages.selectionMail.journal.invitation;
const journalSheet = (g: Gas) => g.sim.spreadsheet.getSheetByName(JOURNAL_TAB.name)!;
const send = (g: Gas) => g.run('pacteSelectionSendInvitations', null);

const GESTURES: Record<string, (g: Gas) => void> = {
  sort: (g) => {
    journalSheet(g).setFrozenRows(1);
    journalSheet(g).sort(2, false);
  },
  deleteRow: (g) => {
    if (journalSheet(g).getLastRow() >= 2) journalSheet(g).deleteRow(2);
  },
  clear: (g) => {
    const s = journalSheet(g);
    if (s.getMaxRows() > 1) s.getRange(2, 1, s.getMaxRows() - 1, 6).clearContent();
  },
  otherSend: (g) => {
    try {
      g.sim.runExecution(() => g.gas.pacteSelectionSendInvitations!(null));
    } catch {
      // Busy: nothing sent by that one.
    }
  },
};

function expectOnce(g: Gas, where: string): void {
  const sent = g.sim.mail.sent().map((m) => m.to.join(','));
  expect({ where, twice: sent.length - new Set(sent).size }).toEqual({ where, twice: 0 });
  const rows = g.values(JOURNAL_TAB.name).slice(1);
  const cut = new Set(rows.filter((r) => r[1] === W.inProgress).map((r) => String(r[5])));
  for (const r of rows) if (r[1] === W.sent) cut.delete(String(r[5]));
  // Both invitations: mailed, or claimed and left « en cours » (to check) when the send was cut.
  expect({ where, accounted: sent.length + cut.size >= 2 }).toEqual({ where, accounted: true });
}

function dryRun(): Array<[string, number]> {
  const g = selectionGas();
  g.sim.calls.reset();
  send(g);
  const sequence = g.sim.calls.sequence();
  return sequence.map((method, i) => [method, sequence.slice(0, i + 1).filter((m) => m === method).length]);
}

describe('staged: « Envoyer » the invitations under every gesture and kill', () => {
  const calls = dryRun();

  it('covers a real run', () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  for (const [name, gesture] of Object.entries(GESTURES)) {
    it(`${name} before each call: no invitation mailed twice, none lost`, () => {
      for (const [method, nth] of calls) {
        const g = selectionGas();
        g.sim.interleave(method, nth, () => gesture(g));
        send(g);
        send(g);
        expectOnce(g, `${name} before ${method} #${nth}`);
      }
    });
  }

  it('killed before each call: nothing mailed twice; a cut send stays « en cours », never resent', () => {
    for (const [method, nth] of calls) {
      const g = selectionGas();
      g.sim.killAt(method, nth);
      try {
        send(g);
      } catch (error) {
        expect(isExecutionKilled(error)).toBe(true);
      }
      send(g);
      send(g);
      expectOnce(g, `kill before ${method} #${nth}`);
    }
  });
});
