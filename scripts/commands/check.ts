/** `pacte check`: the Sheet's checks on a downloaded workbook, offline (workbook.md). */
import { access, readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { fr } from 'zod/locales';
import { UserError } from '../../src/domain/errors';
import { checkCohort, type CheckReport, type CheckResult } from '../../src/workbook/check';
import { resolveProfile } from '../../src/workbook/settings';
import { parseDay, todayInParis, type Day } from '../../src/domain/dates';
import { messages } from '../../src/domain/messages';
import { parseProfile, presetProfile, PRESET_IDS } from '../../src/domain/presets';
import type { Profile } from '../../src/domain/profile';
import { MissingTabsError, readCohort, type Cohort } from '../../src/workbook/cohort';
import { readWorkbookFile } from '../workbook-file/read';
import { formatReport } from './report';

// Profile-file faults read in French, like every other message (set here: only a check parses profiles).
z.config(fr());

export interface CheckOptions {
  profile?: string;
  today?: string;
  json?: boolean;
}

export function parseTodayOption(value: string | undefined, now = new Date()): Day {
  if (value === undefined) return todayInParis(now);
  try {
    const day = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.trim()) ? parseDay(value) : undefined;
    if (day) return day;
  } catch {
    // Falls through to the French message below.
  }
  throw new UserError(messages.cli.badToday(value));
}

/** `--profile`: a preset id, or a JSON file validated by the profile schema. */
export async function loadProfileOption(value: string | undefined): Promise<Profile | undefined> {
  if (value === undefined) return undefined;
  if (PRESET_IDS.includes(value.trim())) return presetProfile(value);
  const isFile = await access(value).then(
    () => true,
    () => false,
  );
  if (!isFile) {
    if (value.toLowerCase().endsWith('.json')) throw new UserError(messages.profile.unreadableFile(value));
    presetProfile(value); // throws the "unknown preset" message listing the known ones
  }
  const text = await readFile(value, 'utf8').catch(() => {
    throw new UserError(messages.profile.unreadableFile(value));
  });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new UserError(messages.profile.notJson(value));
  }
  return parseProfile(data, value);
}

export async function runCheck(
  target: string,
  options: CheckOptions,
): Promise<{ result: CheckResult; chunks: () => Iterable<string>; readonly output: string }> {
  const today = parseTodayOption(options.today);
  const profile = await loadProfileOption(options.profile);
  let cohort: Cohort;
  try {
    // checkWorkbook's two steps, so that the raw cells are garbage once read into the cohort: a
    // 100,000-applicant check needs memory for one copy of the workbook, not two.
    cohort = readCohort(await readWorkbookFile(target), { settingsOptional: profile !== undefined });
  } catch (error) {
    // On the command line a missing Paramètres has a way out: --profile.
    if (error instanceof MissingTabsError) throw new UserError(messages.cli.missingTabs(error.tabs, PRESET_IDS));
    throw error;
  }
  const result = checkCohort(cohort, resolveProfile(cohort.settings, profile), today);
  const chunks = () =>
    options.json ? jsonChunks(result.report) : [formatReport(target, result, { todayGiven: options.today !== undefined })];
  return {
    result,
    chunks,
    get output() {
      return [...chunks()].join('');
    },
  };
}

/**
 * `JSON.stringify(report, null, 2)`, byte for byte, in pieces of a few hundred rows: a
 * 100,000-applicant report is ~25 MB of text, never held whole in memory.
 */
export function* jsonChunks(report: CheckReport, rowsPerChunk = 500): Generator<string> {
  const keys = Object.keys(report) as Array<keyof CheckReport>;
  yield '{';
  for (const [k, key] of keys.entries()) {
    const value: unknown = report[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`;
      continue;
    }
    let piece = `\n  ${JSON.stringify(key)}: [`;
    for (let i = 0; i < value.length; i++) {
      piece += `\n    ${JSON.stringify(value[i], null, 2).replace(/\n/g, '\n    ')}${i < value.length - 1 ? ',' : ''}`;
      if ((i + 1) % rowsPerChunk === 0) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}\n  ]${comma}`;
  }
  yield '\n}';
}
