/**
 * Google calls of the daily reminders run when each e-mail carries its PDF (issue 17), through the
 * built bundle, counted by the simulator: N learners convoked to the demo's first session, three days
 * before it. Used by `npm run bench`.
 */
import { createSimulator } from '../../sim';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { DEMO_STAFF, type DemoWorkbook } from '../../src/workbook/demo';
import { REMINDERS_TAB, SETTING_KEYS } from '../../src/workbook/schema';
import { htmlFiles, loadBundle } from './load-bundle';
import { driveCalls, enrolledDemo } from './measure-documents';

export interface ReminderRunCost {
  emails: number;
  withPdf: number;
  total: number;
  /** Drive, Docs and UrlFetchApp (the PDF exports when made, the PDF reads). */
  drive: number;
}

function demoTabs(learners: number): { tabs: DemoWorkbook; sessionId: string; start: Date } {
  const demo = enrolledDemo(learners);
  demo.tabs.get('Paramètres')!.push([SETTING_KEYS.automaticReminders, true]);
  const rule = DEFAULT_REMINDERS.find((r) => r.id === 'convocation-j7')!;
  // Only the first session's convocations fall in the window: the others start weeks later.
  demo.tabs.set(REMINDERS_TAB.name, [[...REMINDERS_TAB.headers], [rule.id, true, rule.when, rule.days, rule.subject, rule.message]]);
  return demo;
}

/** One daily run for `learners` learners; `premade`: the convocations exist already (made from the sidebar). */
export function measureReminderRun(learners: number, premade: boolean): ReminderRunCost {
  const { tabs, sessionId, start } = demoTabs(learners);
  const sim = createSimulator({
    userEmail: DEMO_STAFF[0],
    htmlFiles: htmlFiles(),
    // Three days before, in the morning (the session's day starts at midnight in Paris).
    now: new Date(start.getTime() - 3 * 24 * 3600 * 1000 + 7 * 3600 * 1000),
  });
  sim.load(Object.fromEntries(tabs));
  sim.drive.setDailyDocsLimit(1500);
  sim.mail.setRecipientsPerDay(1500);
  const gas = loadBundle(sim);
  if (premade) {
    for (let i = 0; i < 20; i++) {
      sim.startExecution();
      if ((gas.pacteDocumentsMake!({ kind: 'convocation', sessionId }) as { finished: boolean }).finished) break;
    }
  }
  sim.setUiAvailable(false);
  sim.startExecution();
  sim.calls.reset();
  gas.pacteDailyReminders!();
  const sent = sim.mail.sent();
  const withPdf = sent.filter((m) => m.attachments.length === 1).length;
  return { emails: sent.length, withPdf, total: sim.calls.total(), drive: driveCalls(sim.calls.byMethod()) };
}
