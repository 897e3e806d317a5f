/**
 * `npm run bench`: how the product's costs grow with the cohort.
 * - pacte check: time to parse a downloaded .xlsx vs. the whole check, for 500 to 20,000 applicants
 *   (target: the whole check within 1.5× the parse alone; the rules are linear).
 * - pacte check as a command vs. openpyxl, time and peak memory (bench-xlsx.ts; BENCH_ONLY=xlsx).
 * - pacte setup: Google API requests per region against the local fake Google (target: a constant handful; BENCH_ONLY=setup).
 * - « Planifier les soutenances »: Google calls to open and confirm 10 and 30 soutenances (constant; BENCH_ONLY=sheet).
 * - the selection rules, pure: planning 60 and 600 interviews (bench-selection.ts; BENCH_ONLY=selection).
 * - the selection rules, pure: planning 60 and 600 interviews, and the Google calls of assigning and
 *   sending invitations for 10 and 60 candidates (bench-selection.ts; BENCH_ONLY=selection).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkWorkbook } from '../src/workbook/check';
import { DEMO_TODAY, generateDemoCohort } from '../src/workbook/demo';
import { readWorkbookFile } from './workbook-file/read';
import { writeXlsx } from './workbook-file/write';
import { benchXlsx } from './bench-xlsx';
import { benchSelection, benchSelectionCalls } from './bench-selection';
import { buildAll, DIST } from './build';
import { runSetup } from './commands/setup';
import { googleClients, Pacer } from './google/client';
import { PRESET_IDS } from '../src/domain/presets';
import { FakeGoogle } from '../test/helpers/fake-google';
import { measureActions, measureAttendanceLoad, measureAttendanceSave } from './gas/measure';
import { measureDefencePlanning } from './gas/measure-defences';
import { measureDocuments } from './gas/measure-documents';
import { measureReminderRun } from './gas/measure-reminders';

const SIZES = (process.env.BENCH_SIZES ?? '500,5000,20000').split(',').map(Number);

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function benchCheck(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pacte-bench-'));
  console.log('pacte check on a downloaded .xlsx (best of 3 runs, after one warm-up)');
  const warmUp = path.join(dir, 'warm-up.xlsx');
  await writeXlsx(warmUp, generateDemoCohort({ size: 50 }));
  checkWorkbook(await readWorkbookFile(warmUp), DEMO_TODAY);
  console.log('applicants | rows in file | parse (ms) | rules alone (ms) | whole check (ms) | ratio');
  try {
    for (const size of SIZES) {
      const workbook = generateDemoCohort({ size });
      const rows = [...workbook.values()].reduce((n, t) => n + t.length, 0);
      const file = path.join(dir, `cohort-${size}.xlsx`);
      await writeXlsx(file, workbook);
      let parse = Infinity;
      let rules = Infinity;
      let whole = Infinity;
      for (let run = 0; run < 3; run++) {
        const [parsed, parseMs] = await timed(() => readWorkbookFile(file));
        parse = Math.min(parse, parseMs);
        rules = Math.min(rules, (await timed(() => checkWorkbook(parsed, DEMO_TODAY)))[1]);
        whole = Math.min(whole, (await timed(async () => checkWorkbook(await readWorkbookFile(file), DEMO_TODAY)))[1]);
      }
      console.log(
        `${String(size).padStart(10)} | ${String(rows).padStart(12)} | ${parse.toFixed(0).padStart(10)} | ${rules.toFixed(0).padStart(16)} | ${whole.toFixed(0).padStart(16)} | ${(whole / parse).toFixed(2)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Seconds a Google call takes from Apps Script, low and high: what staff wait per call. */
const SECONDS_PER_CALL = [0.1, 0.3];

/**
 * Targets of issue 21 for Initialiser la cohorte… (Google calls). Under `spreadsheets.currentonly`
 * (SpreadsheetApp only) each tab costs its own reads, so they are not met: see README › Costs.
 */
const TARGETS: Record<string, number> = { 'Initialiser (déjà initialisé)': 15, 'Initialiser (classeur existant)': 60 };

/** Google calls per Sheet action, counted by the simulator: they must not grow with rows. */
async function benchSheetCalls(): Promise<void> {
  await buildAll();
  const sizes = [20, 200, 2000];
  const rows = new Map<string, number[]>();
  const costs = sizes.map((size) => measureActions(size));
  for (const name of Object.keys(costs[0]!))
    rows.set(
      name,
      costs.map((c) => c[name]!.total),
    );
  // Attendance: by rows already in Présences.
  rows.set(
    'Présences : ouvrir (barre latérale)',
    sizes.map((s) => measureAttendanceLoad(s).total),
  );
  rows.set(
    'Présences : enregistrer',
    sizes.map((s) => measureAttendanceSave(s).total),
  );
  const wait = (calls: number) => SECONDS_PER_CALL.map((s) => (calls * s).toFixed(1)).join('–');
  console.log('\nGoogle calls per Sheet action (simulator), by number of applicants (rows in Présences for attendance)');
  console.log(
    `${'action'.padEnd(36)} | ${sizes.map((s) => String(s).padStart(6)).join(' | ')} | wait at ${SECONDS_PER_CALL.join('–')} s/call`,
  );
  for (const [name, totals] of rows) {
    const target =
      TARGETS[name] === undefined ? '' : ` | target ≤ ${TARGETS[name]}${Math.max(...totals) <= TARGETS[name] ? '' : ' (not met)'}`;
    console.log(`${name.padEnd(36)} | ${totals.map((t) => String(t).padStart(6)).join(' | ')} | ${wait(Math.max(...totals))} s${target}`);
  }
}

/** « Planifier les soutenances »: calls to open the proposal and to confirm it, flat in the soutenances. */
function benchDefences(): void {
  console.log('\nPlanifier les soutenances (simulator, September demo): Google calls');
  console.log('soutenances | ouvrir la proposition | confirmer');
  for (const c of [40, 120].map(measureDefencePlanning)) {
    console.log(
      `${`planifier ${c.soutenances} soutenances`.padStart(11)} | ${String(c.load).padStart(21)} | ${String(c.confirm).padStart(9)}`,
    );
  }
}

/** Seconds a Drive/Docs call (copy, batchUpdate, export, upload) takes: slower than a Sheets call. */
const SECONDS_PER_DRIVE_CALL = [0.5, 1.5];

/** Documents…: calls per document must stay flat; the wait for 150 convocations. */
async function benchDocuments(): Promise<void> {
  console.log('\nDocuments… : convocations (simulator, the sidebar calling until finished)');
  console.log('documents | server calls | Google calls | per document | Drive/Docs calls | per document');
  const costs = [5, 50, 150].map(measureDocuments);
  for (const c of costs) {
    console.log(
      `${String(c.documents).padStart(9)} | ${String(c.serverCalls).padStart(12)} | ${String(c.total).padStart(12)} | ${(c.total / c.documents).toFixed(2).padStart(12)} | ${String(c.drive).padStart(16)} | ${(c.drive / c.documents).toFixed(2)}`,
    );
  }
  const last = costs[2]!;
  const low = (last.total - last.drive) * SECONDS_PER_CALL[0]! + last.drive * SECONDS_PER_DRIVE_CALL[0]!;
  const high = (last.total - last.drive) * SECONDS_PER_CALL[1]! + last.drive * SECONDS_PER_DRIVE_CALL[1]!;
  // The Docs API allows 60 writes a minute per user: 150 documents take at least 2.5 minutes anyway.
  const floor = (last.documents / 60) * 60;
  console.log(
    `150 convocations: about ${Math.max(low, floor).toFixed(0)}–${Math.max(high, floor).toFixed(0)} s (${SECONDS_PER_CALL.join('–')} s per Sheets call, ${SECONDS_PER_DRIVE_CALL.join('–')} s per Drive/Docs call, at most 60 Docs writes a minute)`,
  );
}

/** The daily reminders when each e-mail carries its PDF (target: at most 2 calls per e-mail, the read and the send). */
function benchReminderAttachments(): void {
  console.log('\nRelances quotidiennes avec pièce jointe (simulator): convocations J-7, the PDFs made earlier or by the run');
  console.log(
    'learners | PDFs made by the run | e-mails with PDF | Google calls | Drive/Docs/UrlFetch | per e-mail beyond the run’s constant',
  );
  const rows = [10, 40].flatMap((n) => [false, true].map((premade) => ({ n, premade, cost: measureReminderRun(n, premade) })));
  for (const { n, premade, cost } of rows) {
    const base = rows.find((r) => r.premade === premade && r.n === 10)!.cost;
    const slope = n === 10 ? '' : ((cost.total - base.total) / (cost.withPdf - base.withPdf)).toFixed(2);
    console.log(
      `${String(n).padStart(8)} | ${(premade ? 'no' : 'yes').padStart(20)} | ${String(cost.withPdf).padStart(16)} | ${String(cost.total).padStart(12)} | ${String(cost.drive).padStart(19)} | ${slope}`,
    );
  }
}

/** Requests `pacte setup` sends per region (first run, then a re-run), against the local fake Google. */
async function benchSetup(): Promise<void> {
  const fake = new FakeGoogle();
  await fake.start();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pacte-bench-setup-'));
  const google = () => googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'bench' }, pacer: new Pacer(10_000) });
  console.log('\npacte setup against the local fake Google: requests per region (writes in brackets)');
  console.log(`${'region'.padEnd(16)} | --share | first run | re-run | batchUpdate requests in the one call | ms (first run)`);
  try {
    for (const [i, region] of PRESET_IDS.entries()) {
      const share = Array.from({ length: i * 2 }, (_, k) => `equipe${k + 1}@example.org`).join(',');
      const before = fake.requests.length;
      const counted = (from: number) => {
        const list = fake.requests.slice(from);
        return `${list.length} (${list.filter((r) => r.method !== 'GET').length})`;
      };
      const setup = () =>
        runSetup(
          { region, promo: 'Promo 2026', share, manifest: path.join(dir, 'pacte.regions.json') },
          { dist: DIST, google, progress: () => undefined },
        );
      fake.largestBatch = 0;
      const [, ms] = await timed(setup);
      const first = counted(before);
      const mid = fake.requests.length;
      await setup();
      const batch = fake.largestBatch;
      console.log(
        `${region.padEnd(16)} | ${String(i * 2).padStart(7)} | ${first.padStart(9)} | ${counted(mid).padStart(6)} | ${String(batch).padStart(36)} | ${ms.toFixed(0)}`,
      );
    }
  } finally {
    await fake.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY; // 'check', 'sheet', 'xlsx', 'setup', 'selection', or everything
  if (!only || only === 'check') await benchCheck();
  if (!only || only === 'xlsx') await benchXlsx();
  if (!only || only === 'sheet') {
    await benchSheetCalls();
    benchDefences();
    await benchDocuments();
    benchReminderAttachments();
  }
  if (!only || only === 'selection') {
    if (only) await buildAll();
    benchSelection();
    benchSelectionCalls();
  }
  if (!only || only === 'setup') {
    if (only) await buildAll();
    await benchSetup();
  }
}

void main();
