/** Decision letters (workbook.md › Selection): one per candidate and decision; a changed decision is a new key. */
import { planDecisions, launchSeminar } from '../../src/domain/selection/decisions';
import type { SessionRow } from '../../src/domain/rows';
import { selectionCandidate } from '../helpers/selection';

const sessions: SessionRow[] = [
  { row: 3, id: 'S2', title: 'Séminaire 2', type: 'Séminaire', start: '2026-02-10', end: '2026-02-11', place: 'Rennes', compulsory: true },
  { row: 2, id: 'S1', title: 'Accueil', type: 'Accueil T0', start: '2025-12-11', end: '2025-12-11', place: 'Beaune', compulsory: true },
];
const people = [
  selectionCandidate({ row: 2, id: 'C-0001', firstName: 'Camille', lastName: 'Martin', email: 'camille@example.org', status: 'Retenu' }),
  selectionCandidate({
    row: 3,
    id: 'C-0002',
    firstName: 'Lucas',
    lastName: 'Bernard',
    email: 'lucas@example.org',
    status: "liste d'attente",
  }),
  selectionCandidate({ row: 4, id: 'C-0003', email: 'c3@example.org', status: 'Entretien' }),
  selectionCandidate({ row: 5, id: 'C-0004', email: '', status: 'Refusé' }),
];
const plan = (done: string[] = [], candidates = people) =>
  planDecisions({
    candidates,
    sessions,
    isDone: (k) => done.includes(k),
    documents: new Map(),
    senderName: 'Fédération',
    contact: 'coordination@example.org',
  });

describe('decision letters', () => {
  it('one per decided candidate, keyed by ID and Statut slug; Retenu names the launch seminar', () => {
    const p = plan();
    expect(p.due.map((d) => [d.key, d.to])).toEqual([
      ['decision:C-0001:retenu', ['camille@example.org']],
      ['decision:C-0002:liste-d-attente', ['lucas@example.org']],
    ]);
    expect(p.due[0]!.body).toContain('le jeudi 11 décembre 2025 à Beaune');
    expect(p.due[0]!.body).toMatch(/^Bonjour Mme Camille Martin,/);
    expect(p.notices).toEqual([expect.stringContaining('C-0004')]);
    expect(launchSeminar([])).toBe('');
  });

  it('sent: nothing due; the decision changed: the new one under a new key', () => {
    expect(plan(['decision:C-0001:retenu', 'decision:C-0002:liste-d-attente']).due).toEqual([]);
    const changed = [{ ...people[0]!, status: 'Refusé' }, people[1]!];
    expect(plan(['decision:C-0001:retenu', 'decision:C-0002:liste-d-attente'], changed).due.map((d) => d.key)).toEqual([
      'decision:C-0001:refuse',
    ]);
  });
});
