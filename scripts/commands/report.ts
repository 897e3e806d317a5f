/** The readable French report of `pacte check` (without --json). */
import path from 'node:path';
import { LEARNER_STATES } from '../../src/domain/codes';
import type { CheckResult } from '../../src/workbook/check';
import { formatDayFr } from '../../src/domain/dates';
import { messages, stateCounts } from '../../src/domain/messages';

const ORDER = LEARNER_STATES;
const M = messages.cli;

export function formatReport(target: string, { report, profile, learners, cohort }: CheckResult): string {
  const lines: string[] = [M.reportTitle(path.basename(target)), M.reportProfile(profile.id, profile.label, formatDayFr(report.today)), ''];

  const byRow = new Map(cohort.candidates.map((c) => [c.row, c]));
  const valid = report.candidates.filter((c) => c.valid).length;
  lines.push(M.candidatesSummary(report.candidates.length, valid));
  if (valid === report.candidates.length) lines.push(M.allCandidatesValid);
  for (const c of report.candidates) {
    if (c.valid) continue;
    const row = byRow.get(c.row);
    lines.push(M.candidateLine(c.row, c.id, `${row?.firstName ?? ''} ${row?.lastName ?? ''}`.trim(), c.email));
    for (const p of c.problems) lines.push(`      - ${p.message}`);
  }

  lines.push('');
  lines.push(M.learnersSummary(learners.length, stateCounts(learners.map((l) => l.state), ORDER)));
  if (learners.length === 0) lines.push(M.noLearners);
  for (const state of ORDER) {
    const group = learners.filter((l) => l.state === state);
    if (group.length === 0) continue;
    lines.push(`  ${messages.states[state]} (${group.length})`);
    for (const l of group) {
      lines.push(`    ${l.id} · ${l.name}`);
      for (const r of l.reasons) lines.push(`      - ${r.message}`);
    }
  }
  return lines.join('\n');
}
