/**
 * Google calls of the selection's two heavy actions on the simulator, for `n` candidates at
 * `Entretien`: « Créer des créneaux » confirmed (n slots made and n candidates placed), then
 * « Envoyer » (n invitations). Shared by `npm run bench` and the cost test: assigning must not grow
 * with candidates, sending grows by one e-mail (and its .ics blob) per invitation.
 */
import { createSimulator } from '../../sim';
import { DEMO_STAFF, generateDemoCohort } from '../../src/workbook/demo';
import { CANDIDATES_TAB, OPINIONS_TAB, SLOTS_TAB } from '../../src/workbook/schema';
import { htmlFiles, loadBundle } from './load-bundle';

export interface SelectionCost {
  candidates: number;
  assign: number;
  send: number;
  mails: number;
}

export function measureSelection(n: number): SelectionCost {
  const tabs = generateDemoCohort({ size: n });
  const candidates = tabs.get(CANDIDATES_TAB.name)!;
  const status = candidates[0]!.indexOf('Statut');
  for (const row of candidates.slice(1)) row[status] = 'Entretien';
  tabs.set(OPINIONS_TAB.name, [[...OPINIONS_TAB.headers]]);
  tabs.set(SLOTS_TAB.name, [[...SLOTS_TAB.headers]]);
  const sim = createSimulator({ userEmail: DEMO_STAFF[0], now: new Date('2025-11-10T10:00:00+01:00'), htmlFiles: htmlFiles() });
  sim.load(Object.fromEntries(tabs));
  const gas = loadBundle(sim);
  const form = {
    date: '20/11/2025',
    firstTime: '8h',
    count: n,
    duration: 10,
    link: 'https://visio.example.org/pacte',
    jury: DEMO_STAFF[0]!,
  };
  const preview = sim.runExecution(() => gas.pacteSelectionSlots!({ ...form, confirm: false, seen: [] })) as { assignments: string[] };
  sim.calls.reset();
  sim.runExecution(() => gas.pacteSelectionSlots!({ ...form, confirm: true, seen: preview.assignments }));
  const assign = sim.calls.sequence().length;
  sim.calls.reset();
  sim.runExecution(() => gas.pacteSelectionSendInvitations!(null));
  return { candidates: n, assign, send: sim.calls.sequence().length, mails: sim.mail.sent().length };
}
