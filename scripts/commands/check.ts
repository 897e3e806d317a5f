/** `pacte check`: the Sheet's checks on a downloaded workbook, offline (workbook.md). */
import { access, readFile } from 'node:fs/promises';
import { UserError } from '../../src/domain/errors';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import { parseDay, todayInParis, type Day } from '../../src/domain/dates';
import { messages } from '../../src/domain/messages';
import { parseProfile, presetProfile, PRESET_IDS } from '../../src/domain/presets';
import type { Profile } from '../../src/domain/profile';
import { readWorkbookFile } from '../workbook-file/read';
import { formatReport } from './report';

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
  const isFile = await access(value).then(() => true, () => false);
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

export async function runCheck(target: string, options: CheckOptions): Promise<{ result: CheckResult; output: string }> {
  const today = parseTodayOption(options.today);
  const profile = await loadProfileOption(options.profile);
  const workbook = await readWorkbookFile(target);
  const result = checkWorkbook(workbook, today, profile);
  const output = options.json ? JSON.stringify(result.report, null, 2) : formatReport(target, result);
  return { result, output };
}
