/**
 * Decision letters from the « Sélection… » sidebar: previewed, sent on « Envoyer les décisions »
 * through the one ledger, once per decision; a decision changed after sending sends the new one.
 * And the cost of the selection's heavy actions: assigning does not grow with candidates, sending
 * grows by one e-mail (and its .ics) per invitation.
 */
import { messages } from '../../src/domain/messages';
import type { SelectionView } from '../../src/ui/contract';
import { CANDIDATES_TAB, JOURNAL_TAB } from '../../src/workbook/schema';
import { measureSelection } from '../../scripts/gas/measure-selection';
import { selectionGas } from '../helpers/selection-gas';

const W = messages.selectionMail.journal.decision;
const STATUT = CANDIDATES_TAB.headers.indexOf('Statut') + 1;

describe('decision letters, sent from the sidebar', () => {
  it('once per decision; a changed decision sends the new one under a new key', () => {
    const g = selectionGas();
    g.run('pacteSelectionSetStatus', { ids: ['C-0001', 'C-0002'], statut: 'Retenu' });
    const view = g.run('pacteSelectionLoad', null) as SelectionView;
    expect(view.decisions.map((d) => [d.key, d.to])).toEqual([
      ['decision:C-0001:retenu', ['c1@example.org']],
      ['decision:C-0002:retenu', ['c2@example.org']],
    ]);
    const before = g.sim.mail.sent().length;
    g.run('pacteSelectionSendDecisions', null);
    g.run('pacteSelectionSendDecisions', null);
    const letters = g.sim.mail.sent().slice(before);
    expect(letters.map((m) => [m.to, m.subject])).toEqual([
      [['c1@example.org'], 'Votre candidature à PACTE Soins Primaires est retenue'],
      [['c2@example.org'], 'Votre candidature à PACTE Soins Primaires est retenue'],
    ]);
    g.edit(CANDIDATES_TAB.name, 3, STATUT, [["Liste d'attente"]]);
    g.run('pacteSelectionSendDecisions', null);
    expect(
      g.sim.mail
        .sent()
        .slice(before + 2)
        .map((m) => m.to),
    ).toEqual([['c2@example.org']]);
    const keys = g
      .values(JOURNAL_TAB.name)
      .filter((r) => r[1] === W.sent)
      .map((r) => r[5]);
    expect(keys).toEqual(['decision:C-0001:retenu', 'decision:C-0002:retenu', 'decision:C-0002:liste-d-attente']);
  });
});

describe('calls of the selection', () => {
  it('assigning does not grow with candidates; sending grows by one e-mail and its .ics per invitation', () => {
    const [small, large] = [10, 40].map(measureSelection);
    // The demo's few unusable addresses get no invitation; every other candidate gets one.
    expect(small!.mails).toBeGreaterThan(7);
    expect(large!.mails).toBeGreaterThan(35);
    expect(large!.assign).toBe(small!.assign);
    expect(large!.send - small!.send).toBe(2 * (large!.mails - small!.mails));
  });
});
