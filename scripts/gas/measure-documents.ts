/**
 * Google calls to make N convocations through the built bundle, counted by the simulator, the way
 * the sidebar drives it (calls until finished). Used by `npm run bench`.
 */
import { createSimulator } from '../../sim';
import { DEMO_STAFF, generateDemoCohort, type DemoWorkbook } from '../../src/workbook/demo';
import type { DocumentsProgress } from '../../src/ui/contract';
import { htmlFiles, loadBundle } from './load-bundle';

export interface DocumentsCost {
  documents: number;
  serverCalls: number;
  total: number;
  /** Drive, Docs and the PDF export (UrlFetchApp): the slow calls. */
  drive: number;
}

const DRIVE = /^(Drive|Docs|UrlFetchApp)\./;

/** The demo cohort with its first `n` applicants enrolled, and its first session. */
export function enrolledDemo(n: number): { tabs: DemoWorkbook; sessionId: string; start: Date } {
  const tabs = generateDemoCohort({ size: n + 5 });
  const candidates = tabs.get('Candidatures')!;
  const status = candidates[0]!.indexOf('Statut');
  candidates.slice(1).forEach((row, i) => {
    row[status] = i < n ? 'Inscrit' : 'Refusé';
  });
  const sessions = tabs.get('Séances')!;
  const cell = (header: string) => sessions[1]![sessions[0]!.indexOf(header)];
  return { tabs, sessionId: String(cell('ID')), start: cell('Date de début') as Date };
}

/** Drive, Docs and UrlFetchApp (the PDF exports and reads): the slow calls. */
export function driveCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([k]) => DRIVE.test(k))
    .reduce((a, [, v]) => a + v, 0);
}

export function measureDocuments(n: number): DocumentsCost {
  const { tabs, sessionId } = enrolledDemo(n);
  const sim = createSimulator({ userEmail: DEMO_STAFF[0], htmlFiles: htmlFiles() });
  sim.load(Object.fromEntries(tabs));
  sim.drive.setDailyDocsLimit(1500);
  const gas = loadBundle(sim);
  let made = 0;
  let serverCalls = 0;
  for (let guard = 0; guard < 1000; guard++) {
    sim.startExecution();
    const progress = gas.pacteDocumentsMake!({ kind: 'convocation', sessionId }) as DocumentsProgress;
    serverCalls++;
    made += progress.made;
    if (progress.finished) break;
    // The Docs API's 60 writes a minute: the sidebar waits and resumes.
    if (progress.stopped) sim.clock.advance(60_000);
  }
  return { documents: made, serverCalls, total: sim.calls.total(), drive: driveCalls(sim.calls.byMethod()) };
}
