/**
 * The readable French report of `pacte check` (without --json): what staff act on. What concerns the
 * whole cohort is said once (« Séminaire 3 : aucune présence saisie pour les 10 apprenant·es »),
 * per-person lines keep only per-person problems, closed applications stand apart, and the report
 * ends with what to do next. The JSON (--json) is the contract's and does not go through here.
 */
import path from 'node:path';
import { countApplications, isClosedApplication } from '../../src/domain/application-counts';
import { LEARNER_STATES } from '../../src/domain/codes';
import type { CheckResult } from '../../src/workbook/check';
import { formatDayFr } from '../../src/domain/dates';
import { prepareDefences } from '../../src/domain/defences';
import { compulsoryHalfDays, isEnrolled } from '../../src/domain/eligibility';
import { messages, stateCounts } from '../../src/domain/messages';
import { fullName } from '../../src/domain/names';
import { cliMessages } from '../messages';

const ORDER = LEARNER_STATES;
const M = messages.cli;
const R = cliMessages.report;

export interface ReportOptions {
  /** False when the date is the machine's: the report says so, and how to choose another. */
  todayGiven: boolean;
}

type Candidates = CheckResult['report']['candidates'];

/** Open applications with problems, then closed ones apart. */
function candidateLines({ report, cohort }: CheckResult): { lines: string[]; toComplete: Candidates } {
  const byRow = new Map(cohort.candidates.map((c) => [c.row, c]));
  const status = (row: number) => byRow.get(row)?.status ?? '';
  const line = (c: Candidates[number]) => {
    const row = byRow.get(c.row);
    return R.candidateLine(c.row, c.id, row ? fullName(row) : '', c.email, status(c.row));
  };
  const closed = report.candidates.filter((c) => isClosedApplication(status(c.row)));
  const open = report.candidates.filter((c) => !isClosedApplication(status(c.row)));
  const toComplete = open.filter((c) => !c.valid);
  // The Sheet's toast says the same line (Vérifier les candidatures).
  const lines = [messages.candidate.summary(countApplications(report.candidates.map((c) => ({ valid: c.valid, status: status(c.row) }))))];
  if (toComplete.length === 0 && open.length > 0) lines.push(M.allCandidatesValid);
  for (const c of toComplete) lines.push(line(c), ...c.problems.map((p) => `      - ${p.message}`));
  if (closed.length > 0) lines.push('', R.closedTitle(closed.length), ...closed.map(line));
  return { lines, toComplete };
}

/** Learners by state; reasons every learner shares are said once for the cohort. */
function learnerLines({ learners, cohort }: CheckResult, shared: ReadonlyMap<string, string>): string[] {
  const lines = [
    M.learnersSummary(
      learners.length,
      stateCounts(
        learners.map((l) => l.state),
        ORDER,
      ),
    ),
  ];
  if (learners.length === 0) lines.push(M.noLearners);
  const cohortLines = cohortWide(shared, cohort.sessions, learners.length);
  if (cohortLines.length > 0) lines.push(R.cohortTitle(learners.length), ...cohortLines.map((line) => `    - ${line}`));
  for (const state of ORDER) {
    const group = learners.filter((l) => l.state === state);
    if (group.length === 0) continue;
    lines.push(`  ${messages.states[state]} (${group.length})`);
    for (const l of group) {
      const own = l.reasons.filter((r) => !shared.has(r.message));
      lines.push(`    ${l.id} · ${l.name}${own.length === 0 && l.reasons.length > 0 ? R.onlyShared : ''}`);
      for (const r of own) lines.push(`      - ${r.message}`);
    }
  }
  return lines;
}

/** Soutenances: their planning problems, learner by learner (said only when there are some). */
function defenceLines({ report, learners }: CheckResult): string[] {
  if (report.defences.length === 0) return [];
  const lines = ['', R.defencesTitle(report.defences.length)];
  const names = new Map(learners.map((l) => [l.id, l.name]));
  let current: string | undefined;
  for (const p of report.defences) {
    if (p.id !== current) lines.push(R.defenceLine(p.id, names.get(p.id) ?? ''));
    current = p.id;
    lines.push(`      - ${p.message}`);
  }
  return lines;
}

/**
 * What stops « Planifier les soutenances » (no `Soutenances` session or `Horaires`, a `Jury` row
 * without e-mail or with an unknown `Rôle`, unreadable `Disponibilités`…), once the workbook has a
 * `Jury` tab: before that, planning has not begun. The readable report only (`--json` keeps the contract's shape).
 */
export function planningProblems({ cohort }: CheckResult): string[] {
  if (!cohort.jury || !cohort.candidates.some(isEnrolled)) return [];
  const prepared = prepareDefences(cohort);
  return prepared.ok ? [] : prepared.problems.map((p) => p.message);
}

function planningLines(result: CheckResult): string[] {
  const problems = planningProblems(result);
  return problems.length ? ['', R.planningTitle(problems.length), ...problems.map((m) => `  - ${m}`)] : [];
}

function nextSteps(
  target: string,
  result: CheckResult,
  toComplete: number,
  shared: ReadonlyMap<string, string>,
  todayGiven: boolean,
): string[] {
  const { report, learners } = result;
  const steps: string[] = [];
  if (toComplete > 0) steps.push(R.stepCandidates(toComplete));
  if ([...shared.values()].some((code) => code === 'attendance_missing')) steps.push(R.stepAttendance);
  if (learners.some((l) => l.reasons.length > 0)) steps.push(R.stepLearners);
  if (report.defences.length > 0) steps.push(R.stepDefences);
  if (planningProblems(result).length > 0) steps.push(R.stepPlanning);
  return [
    '',
    R.nextTitle,
    ...(steps.length === 0 ? [R.nothingToDo] : []),
    ...steps.map((step) => `  - ${step}`),
    `  - ${R.stepRerun(target, todayGiven ? report.today : undefined)}`,
  ];
}

export function formatReport(target: string, result: CheckResult, options: ReportOptions = { todayGiven: true }): string {
  const { report, profile, learners } = result;
  const lines: string[] = [M.reportTitle(path.basename(target)), M.reportProfile(profile.id, profile.label, formatDayFr(report.today))];
  if (!options.todayGiven) lines.push(R.machineDate);
  const candidates = candidateLines(result);
  const shared = sharedReasons(learners);
  lines.push('', ...candidates.lines, '', ...learnerLines(result, shared), ...defenceLines(result), ...planningLines(result));
  lines.push(...nextSteps(target, result, candidates.toComplete.length, shared, options.todayGiven));
  return lines.join('\n');
}

/** Messages found in every learner's reasons (two learners at least), with their code. */
function sharedReasons(learners: CheckResult['learners']): Map<string, string> {
  const shared = new Map<string, string>();
  if (learners.length < 2) return shared;
  for (const r of learners[0]!.reasons) {
    if (learners.every((l) => l.reasons.some((x) => x.message === r.message))) shared.set(r.message, r.code);
  }
  return shared;
}

/** One line per session lacking attendance for everyone, then each other shared reason once. */
function cohortWide(shared: ReadonlyMap<string, string>, sessions: CheckResult['cohort']['sessions'], count: number): string[] {
  // session title → day → its half-days lacking attendance for everyone
  const bySession = new Map<string, Map<string, string[]>>();
  const used = new Set<string>();
  for (const { session, day, halfDay } of compulsoryHalfDays(sessions)) {
    const title = session.title || session.id;
    const message = messages.learner.attendanceMissing(title, formatDayFr(day), halfDay);
    if (!shared.has(message)) continue;
    used.add(message);
    const days = bySession.get(title) ?? new Map<string, string[]>();
    days.set(formatDayFr(day), [...(days.get(formatDayFr(day)) ?? []), halfDay.toLowerCase()]);
    bySession.set(title, days);
  }
  const lines = [...bySession].map(([title, days]) =>
    R.noAttendance(
      title,
      count,
      [...days].map(([day, halves]) => R.halfDays(day, halves)),
    ),
  );
  for (const message of shared.keys()) if (!used.has(message)) lines.push(R.everyone(message, count));
  return lines;
}
