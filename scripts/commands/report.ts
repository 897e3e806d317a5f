/**
 * The readable French report of `pacte check` (without --json): what staff act on. What concerns the
 * whole cohort is said once (« Séminaire 3 : aucune présence saisie pour les 10 apprenant·es »),
 * per-person lines keep only per-person problems, closed applications stand apart, and the report
 * ends with what to do next. The JSON (--json) is the contract's and does not go through here.
 */
import path from 'node:path';
import { LEARNER_STATES } from '../../src/domain/codes';
import type { CheckResult } from '../../src/workbook/check';
import { formatDayFr } from '../../src/domain/dates';
import { compulsoryHalfDays } from '../../src/domain/eligibility';
import { messages, stateCounts } from '../../src/domain/messages';
import { fullName } from '../../src/domain/names';
import { cliMessages } from '../messages';

const ORDER = LEARNER_STATES;
const M = messages.cli;
const R = cliMessages.report;

/** Applications that are over: nothing left to complete (compared without case or accents). */
const CLOSED = ['refuse', 'desiste'];
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
export const isClosed = (status: string) => CLOSED.includes(fold(status));

export interface ReportOptions {
  /** False when the date is the machine's: the report says so, and how to choose another. */
  todayGiven: boolean;
}

export function formatReport(target: string, { report, profile, learners, cohort }: CheckResult, options: ReportOptions = { todayGiven: true }): string {
  const lines: string[] = [M.reportTitle(path.basename(target)), M.reportProfile(profile.id, profile.label, formatDayFr(report.today))];
  if (!options.todayGiven) lines.push(R.machineDate);
  lines.push('');

  // Candidates: open applications with problems, then closed ones apart.
  const byRow = new Map(cohort.candidates.map((c) => [c.row, c]));
  const status = (row: number) => byRow.get(row)?.status ?? '';
  const closed = report.candidates.filter((c) => isClosed(status(c.row)));
  const open = report.candidates.filter((c) => !isClosed(status(c.row)));
  const toComplete = open.filter((c) => !c.valid);
  lines.push(R.candidatesSummary(report.candidates.length, open.length - toComplete.length, toComplete.length, closed.length));
  if (toComplete.length === 0 && open.length > 0) lines.push(M.allCandidatesValid);
  for (const c of toComplete) {
    const row = byRow.get(c.row);
    lines.push(R.candidateLine(c.row, c.id, row ? fullName(row) : '', c.email, status(c.row)));
    for (const p of c.problems) lines.push(`      - ${p.message}`);
  }
  if (closed.length > 0) {
    lines.push('', R.closedTitle(closed.length));
    for (const c of closed) {
      const row = byRow.get(c.row);
      lines.push(R.candidateLine(c.row, c.id, row ? fullName(row) : '', c.email, status(c.row)));
    }
  }

  // Learners: reasons every learner shares are said once for the cohort.
  lines.push('');
  lines.push(M.learnersSummary(learners.length, stateCounts(learners.map((l) => l.state), ORDER)));
  if (learners.length === 0) lines.push(M.noLearners);
  const shared = sharedReasons(learners);
  const cohortLines = cohortWide(shared, cohort.sessions, learners.length);
  if (cohortLines.length > 0) {
    lines.push(R.cohortTitle(learners.length));
    for (const line of cohortLines) lines.push(`    - ${line}`);
  }
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

  // Soutenances: their planning problems, learner by learner (said only when there are some).
  if (report.defences.length > 0) {
    lines.push('', R.defencesTitle(report.defences.length));
    const names = new Map(learners.map((l) => [l.id, l.name]));
    let current: string | undefined;
    for (const p of report.defences) {
      if (p.id !== current) lines.push(R.defenceLine(p.id, names.get(p.id) ?? ''));
      current = p.id;
      lines.push(`      - ${p.message}`);
    }
  }

  // What to do next.
  const attendanceShared = [...shared.values()].some((code) => code === 'attendance_missing');
  const learnerWork = learners.some((l) => l.reasons.length > 0);
  const steps: string[] = [];
  if (toComplete.length > 0) steps.push(R.stepCandidates(toComplete.length));
  if (attendanceShared) steps.push(R.stepAttendance);
  if (learnerWork) steps.push(R.stepLearners);
  if (report.defences.length > 0) steps.push(R.stepDefences);
  lines.push('', R.nextTitle);
  if (steps.length === 0) lines.push(R.nothingToDo);
  for (const step of steps) lines.push(`  - ${step}`);
  lines.push(`  - ${R.stepRerun(target, options.todayGiven ? report.today : undefined)}`);
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
function cohortWide(shared: Map<string, string>, sessions: CheckResult['cohort']['sessions'], count: number): string[] {
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
  const lines = [...bySession].map(([title, days]) => R.noAttendance(title, count, [...days].map(([day, halves]) => R.halfDays(day, halves))));
  for (const message of shared.keys()) if (!used.has(message)) lines.push(R.everyone(message, count));
  return lines;
}
