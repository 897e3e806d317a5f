/**
 * `pacte report [--manifest …] [--today] [--json | --xlsx out.xlsx]`: one values.batchGet per regional
 * workbook, then the same domain check as `pacte check`, per region and national totals. A region that
 * cannot be read is listed with the reason, never fatal.
 */
import { LEARNER_STATES, type LearnerState } from '../../src/domain/codes';
import { formatDayFr } from '../../src/domain/dates';
import { UserError } from '../../src/domain/errors';
import { stateCounts } from '../../src/domain/messages';
import { googleMessages } from '../google/messages';
import { checkWorkbook } from '../../src/workbook/check';
import type { Cell } from '../../src/workbook/cells';
import { ALL_TABS } from '../../src/workbook/schema';
import { isUnreachable, type GoogleClients } from '../google/client';
import { failureDetail } from '../google/login';
import { quoteTab } from '../google/sheets-setup';
import { writeXlsx } from '../workbook-file/write';
import { parseTodayOption } from './check';
import { readManifest } from './manifest';

const M = googleMessages.nationalReport;

export interface ReportOptions {
  manifest?: string;
  today?: string;
  json?: boolean;
  xlsx?: string;
}

export interface RegionFigures {
  region: string;
  promo: string;
  applicants: number;
  byStatus: Record<string, number>;
  complete: number;
  incomplete: number;
  learners: number;
  byState: Record<LearnerState, number>;
  /** Learner reasons, most frequent first. */
  reasons: Array<{ message: string; count: number }>;
}

export interface NationalReport {
  today: string;
  regions: RegionFigures[];
  national: Omit<RegionFigures, 'region' | 'promo'>;
  unreadable: Array<{ region: string; error: string }>;
}

function emptyFigures(): Omit<RegionFigures, 'region' | 'promo'> {
  return {
    applicants: 0,
    byStatus: {},
    complete: 0,
    incomplete: 0,
    learners: 0,
    byState: { not_eligible: 0, at_risk: 0, in_progress: 0, eligible: 0 },
    reasons: [],
  };
}

function add(into: Omit<RegionFigures, 'region' | 'promo'>, from: Omit<RegionFigures, 'region' | 'promo'>): void {
  into.applicants += from.applicants;
  for (const [k, n] of Object.entries(from.byStatus)) into.byStatus[k] = (into.byStatus[k] ?? 0) + n;
  into.complete += from.complete;
  into.incomplete += from.incomplete;
  into.learners += from.learners;
  for (const s of LEARNER_STATES) into.byState[s] += from.byState[s];
  const reasons = new Map(into.reasons.map((r) => [r.message, r.count]));
  for (const r of from.reasons) reasons.set(r.message, (reasons.get(r.message) ?? 0) + r.count);
  into.reasons = [...reasons]
    .map(([message, count]) => ({ message, count }))
    .sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
}

const top = (reasons: RegionFigures['reasons']) =>
  reasons
    .slice(0, 3)
    .map((r) => `${r.message} (${r.count})`)
    .join(' ; ');

/**
 * The tabs the check reads; not the optional ones (`Avis`, `Entretiens`): batchGet fails whole on a
 * range naming a tab the workbook lacks, and a region set up before them lacks them.
 */
const CHECKED_TABS = ALL_TABS.filter((t) => !t.optionalTab);

type Figures = Omit<RegionFigures, 'region' | 'promo'>;

/** One region: its tabs in one values.batchGet (displayed values, as a CSV download gives them), then the check. */
async function regionFigures(
  sheets: GoogleClients['sheets'],
  region: string,
  entry: { spreadsheetId: string; promo: string },
  today: string,
): Promise<RegionFigures> {
  const answer = await sheets.spreadsheets.values.batchGet({
    spreadsheetId: entry.spreadsheetId,
    ranges: CHECKED_TABS.map((t) => quoteTab(t.name)),
    valueRenderOption: 'FORMATTED_VALUE',
    majorDimension: 'ROWS',
  });
  const workbook = new Map<string, Cell[][]>();
  (answer.data.valueRanges ?? []).forEach((range, i) => {
    workbook.set(CHECKED_TABS[i]!.name, (range.values ?? []) as Cell[][]);
  });
  const { report: checked, cohort, learners } = checkWorkbook(workbook, today);
  const figures: RegionFigures = { region, promo: entry.promo, ...emptyFigures() };
  figures.applicants = cohort.candidates.length;
  for (const c of cohort.candidates) figures.byStatus[c.status || '(vide)'] = (figures.byStatus[c.status || '(vide)'] ?? 0) + 1;
  figures.complete = checked.candidates.filter((c) => c.valid).length;
  figures.incomplete = figures.applicants - figures.complete;
  figures.learners = learners.length;
  for (const l of learners) figures.byState[l.state]++;
  const reasons = new Map<string, number>();
  for (const l of learners) for (const r of l.reasons) reasons.set(r.message, (reasons.get(r.message) ?? 0) + 1);
  add(figures, { ...emptyFigures(), reasons: [...reasons].map(([message, count]) => ({ message, count })) });
  return figures;
}

async function writeReportXlsx(file: string, report: NationalReport, manifest: Awaited<ReturnType<typeof readManifest>>): Promise<void> {
  const row = (f: Figures, region: string, promo: string): Cell[] => [
    region,
    promo,
    f.applicants,
    f.complete,
    f.incomplete,
    f.learners,
    ...LEARNER_STATES.map((s) => f.byState[s]),
    top(f.reasons),
    '',
  ];
  const rows: Cell[][] = [
    [...M.xlsxHeaders],
    ...report.regions.map((f) => row(f, f.region, f.promo)),
    row(report.national, M.national, ''),
  ];
  for (const u of report.unreadable) rows.push([u.region, manifest[u.region]?.promo ?? '', '', '', '', '', '', '', '', '', '', u.error]);
  await writeXlsx(file, new Map([[M.xlsxTab, rows]]));
}

/** One block of the readable report (a region's or the national figures), its lines indented. */
export function figureLines(f: Figures): string[] {
  const lines = [
    M.applicants(
      f.applicants,
      Object.entries(f.byStatus)
        .map(([s, n]) => `${n} ${s}`)
        .join(', '),
    ),
    M.files(f.complete, f.incomplete),
    M.learners(
      f.learners,
      stateCounts(
        LEARNER_STATES.flatMap((s) => Array<LearnerState>(f.byState[s]).fill(s)),
        LEARNER_STATES,
      ),
    ),
  ];
  if (f.reasons.length) lines.push(M.reasons(top(f.reasons)));
  return lines;
}

function reportText(report: NationalReport): string {
  const lines = [M.title(formatDayFr(report.today), report.regions.length), ''];
  const block = (title: string, f: Figures) => lines.push(title, ...figureLines(f), '');
  for (const f of report.regions) block(M.region(f.region, f.promo), f);
  block(M.national, report.national);
  if (report.unreadable.length) lines.push(M.unreadableTitle, ...report.unreadable.map((u) => M.unreadable(u.region, u.error)));
  return lines.join('\n').trimEnd();
}

export async function runNationalReport(
  options: ReportOptions,
  deps: { google: () => GoogleClients | Promise<GoogleClients> },
): Promise<{ output: string; report: NationalReport }> {
  const today = parseTodayOption(options.today);
  const file = options.manifest ?? 'pacte.regions.json';
  const manifest = await readManifest(file);
  if (Object.keys(manifest).length === 0) throw new UserError(googleMessages.deploy.empty(file));
  const { sheets } = await deps.google();
  const report: NationalReport = { today, regions: [], national: emptyFigures(), unreadable: [] };
  let unreachable: string | undefined;
  for (const [region, entry] of Object.entries(manifest)) {
    // Google unreachable for one region is unreachable for all: the others are not tried.
    if (unreachable) {
      report.unreadable.push({ region, error: unreachable });
      continue;
    }
    try {
      const figures = await regionFigures(sheets, region, entry, today);
      report.regions.push(figures);
      add(report.national, figures);
    } catch (e) {
      report.unreadable.push({ region, error: failureDetail(e) });
      if (isUnreachable(e)) unreachable = failureDetail(e);
    }
  }
  // Nothing read: no report (the caller says so in one line, exit 1), no .xlsx of zeros.
  if (report.regions.length === 0) return { output: '', report };
  if (options.json) return { output: JSON.stringify(report, null, 2), report };
  if (options.xlsx) {
    await writeReportXlsx(options.xlsx, report, manifest);
    return { output: M.xlsxWritten(options.xlsx), report };
  }
  return { output: reportText(report), report };
}
