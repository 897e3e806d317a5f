/**
 * `pacte selection`: the selection offline (workbook.md › Selection): the pipeline, each candidate's
 * opinions and slot, the problems; `--json` the contract's document; `--xlsx` the list the EHESP validates.
 */
import path from 'node:path';
import { checkCandidates } from '../../src/domain/candidates';
import { formatClockWords, formatDayFr } from '../../src/domain/dates';
import { idKey } from '../../src/domain/candidates';
import { fullName } from '../../src/domain/names';
import { UserError } from '../../src/domain/errors';
import { messages, printable } from '../../src/domain/messages';
import type { Profile } from '../../src/domain/profile';
import { planAssignment } from '../../src/domain/selection/assign';
import { EHESP_SHEET, ehespRows } from '../../src/domain/selection/ehesp';
import { byCandidateId, computeSelection, type CandidateSelection, type SelectionResult } from '../../src/domain/selection/report';

import type { SelectionCandidate } from '../../src/domain/selection/types';
import { readCandidates, setting } from '../../src/workbook/cohort';
import { readSelectionWorkbook, type SelectionWorkbook } from '../../src/workbook/selection';
import { resolveProfile } from '../../src/workbook/settings';
import { SETTING_KEYS } from '../../src/workbook/schema';
import { text } from '../../src/workbook/cells';
import { readWorkbookFile } from '../workbook-file/read';
import { cliMessages } from '../messages';
import { loadProfileOption } from './check';

const S = cliMessages.selection;

export interface SelectionOptions {
  profile?: string;
  json?: boolean;
  xlsx?: string;
}

/** Row → number of problems of the file, when a profile is known (from --profile or `Paramètres` › `Profil`). */
function completeness(read: SelectionWorkbook, given: Profile | undefined): Map<number, number> | undefined {
  if (!given && !text(setting(read.settings, SETTING_KEYS.profile))) return undefined;
  const profile = resolveProfile(read.settings, given);
  return new Map(checkCandidates(readCandidates(read.candidates), profile).map((r) => [r.row, r.problems.length]));
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([label, n]) => S.count(label, n))
    .join(' · ');

function candidateLines(
  c: SelectionCandidate,
  view: CandidateSelection,
  result: SelectionResult,
  files: Map<number, number> | undefined,
): string[] {
  const name = fullName(c);
  const parts: string[] = [];
  const { Favorable, Réservé, Défavorable } = view.avis;
  parts.push(
    Favorable + Réservé + Défavorable === 0
      ? S.noOpinion
      : S.opinions(Favorable, Réservé, Défavorable, view.note === null ? null : String(view.note).replace('.', ',')),
  );
  const slot = result.slotOf.get(idKey(c.id));
  if (slot)
    parts.push(S.slot(slot.id, slot.day && slot.start !== undefined ? S.when(formatDayFr(slot.day), formatClockWords(slot.start)) : ''));
  const problems = files?.get(c.row);
  if (problems !== undefined) parts.push(problems === 0 ? S.complete : S.incomplete(problems));
  return [S.candidateLine(printable(c.id), printable(name), printable(c.structure), printable(view.statut)), S.details(parts)];
}

/** The readable French report: the pipeline, each candidate, the slots, the problems, the EHESP list. */
export function formatSelection(
  target: string,
  read: SelectionWorkbook,
  result: SelectionResult,
  files: Map<number, number> | undefined,
  written?: string,
): string {
  const { candidates } = read.input;
  const { pipeline, report } = result;
  const lines = [
    S.title(path.basename(target)),
    S.pipeline(candidates.length, counts(pipeline.statuts)),
    S.byType(counts(pipeline.types)),
    S.byDepartment(counts(pipeline.departements)),
  ];
  if (!files) lines.push(S.noProfile);
  // The report's own order: the i-th candidate with an ID is the i-th of report.candidates.
  const withId = candidates.filter((c) => c.id).sort(byCandidateId);
  lines.push('', S.candidatesTitle(withId.length));
  if (withId.length === 0) lines.push(S.noCandidates);
  withId.forEach((c, i) => {
    lines.push(...candidateLines(c, report.candidates[i]!, result, files));
  });
  const plan = planAssignment({ slots: result.slots, candidates });
  const free = result.slots.filter((s) => s.schedulable && !s.candidateId).length;
  lines.push('', S.slotsSummary(result.slots.length, free, plan.assignments.length + plan.unassigned.length), '');
  if (result.problems.length === 0) lines.push(S.noProblems);
  else lines.push(S.problemsTitle(result.problems.length), ...result.problems.map((p) => S.problem(p.tab, p.row, p.message)));
  const retained = ehespRows(candidates).length - 1;
  lines.push('', written ? S.ehespWritten(written, retained) : S.ehespHint(retained));
  return lines.join('\n');
}

function checkXlsxTarget(file: string, input: string): void {
  if (!/\.xlsx$/i.test(file.trim())) throw new UserError(S.xlsxNotXlsx(printable(file)));
  if (path.resolve(file) === path.resolve(input)) throw new UserError(S.xlsxIsInput(printable(file)));
}

/** Writes the EHESP list with the project's xlsx writer, loaded only now (exceljs is heavy). */
async function writeEhesp(file: string, candidates: readonly SelectionCandidate[]): Promise<void> {
  const { writeXlsx } = require('../workbook-file/write') as typeof import('../workbook-file/write');
  try {
    await writeXlsx(file, new Map([[EHESP_SHEET, ehespRows(candidates)]]));
  } catch {
    throw new UserError(messages.cli.cannotWrite(file));
  }
}

export async function runSelection(target: string, options: SelectionOptions): Promise<{ result: SelectionResult; output: string }> {
  if (options.xlsx !== undefined) checkXlsxTarget(options.xlsx, target);
  const profile = await loadProfileOption(options.profile);
  const read = readSelectionWorkbook(await readWorkbookFile(target));
  const result = computeSelection(read.input);
  const files = options.json ? undefined : completeness(read, profile);
  if (options.xlsx !== undefined) await writeEhesp(options.xlsx, read.input.candidates);
  const output = options.json ? JSON.stringify(result.report, null, 2) : formatSelection(target, read, result, files, options.xlsx);
  return { result, output };
}
