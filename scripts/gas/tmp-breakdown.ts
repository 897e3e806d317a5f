import { createSimulator } from '../../sim';
import { DEMO_STAFF, generateDemoCohort } from '../../src/workbook/demo';
import { htmlFiles, loadBundle } from './load-bundle';
const n = Number(process.argv[2] ?? 50);
const tabs = generateDemoCohort({ size: n + 5 });
const candidates = tabs.get('Candidatures')!;
const status = candidates[0]!.indexOf('Statut');
candidates.slice(1).forEach((row, i) => { row[status] = i < n ? 'Inscrit' : 'Refusé'; });
const sessions = tabs.get('Séances')!;
const sessionId = String(sessions[1]![sessions[0]!.indexOf('ID')]);
const sim = createSimulator({ userEmail: DEMO_STAFF[0], htmlFiles: htmlFiles() });
sim.load(Object.fromEntries(tabs));
sim.drive.setDailyDocsLimit(1500);
const gas = loadBundle(sim);
for (let i = 0; i < 3; i++) {
  sim.calls.reset();
  sim.startExecution();
  const p = gas.pacteDocumentsMake!({ kind: 'convocation', sessionId }) as any;
  console.log(i, p.made, sim.calls.total(), JSON.stringify(sim.calls.byMethod()));
}
