/** The cohort's profile: a preset (or a file) with the overrides typed into `Paramètres`. */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { presetProfile, PRESET_IDS } from '../domain/presets';
import type { Profile } from '../domain/profile';
import { dayCell, isBlank, text, wholeNumber, type Cell } from './cells';
import { setting } from './cohort';
import { SETTING_KEYS } from './schema';

/** What a key's value turned into: nothing typed, the value read, or the problem in French. */
type Read<T> = { value?: T; problem?: string };

function overrideDay(settings: ReadonlyMap<string, Cell>, key: string): Read<string> {
  const cell = setting(settings, key);
  if (isBlank(cell)) return {};
  const read = dayCell(cell);
  return read.day ? { value: read.day } : { problem: messages.profile.invalidSetting(key, messages.profile.expectedDate, text(cell)) };
}

function overrideCount(settings: ReadonlyMap<string, Cell>, key: string): Read<number> {
  const cell = setting(settings, key);
  if (isBlank(cell)) return {};
  const n = wholeNumber(cell);
  const exact = typeof cell === 'number' ? Number.isInteger(cell) : /^\s*\d+\s*$/.test(text(cell));
  if (n === undefined || n < 0 || !exact) {
    return { problem: messages.profile.invalidSetting(key, messages.profile.expectedWholeNumber, text(cell)) };
  }
  return { value: n };
}

function presetOf(settings: ReadonlyMap<string, Cell>): Read<Profile> {
  const id = text(setting(settings, SETTING_KEYS.profile));
  if (!id) return { problem: messages.profile.noProfile(PRESET_IDS) };
  try {
    return { value: presetProfile(id) };
  } catch (e) {
    if (e instanceof UserError) return { problem: e.message };
    throw e;
  }
}

function overridesOf(settings: ReadonlyMap<string, Cell>) {
  return {
    thesisDeadline: overrideDay(settings, SETTING_KEYS.thesisDeadline),
    excusedAbsencesAllowed: overrideCount(settings, SETTING_KEYS.excusedAbsencesAllowed),
    thesisMinPages: overrideCount(settings, SETTING_KEYS.thesisMinPages),
  };
}

/** Every problem of the profile's keys (`Profil` unless `base` is given, the overrides), in French. */
export function profileProblems(settings: ReadonlyMap<string, Cell>, base?: Profile): string[] {
  const reads: Array<Read<unknown>> = [...(base ? [] : [presetOf(settings)]), ...Object.values(overridesOf(settings))];
  return reads.flatMap((r) => (r.problem ? [r.problem] : []));
}

/**
 * The profile in force: `base` when the caller chose one (CLI `--profile`), else the preset named
 * by `Profil`; then the overrides of `Paramètres`. Invalid values are one UserError naming every bad key.
 */
export function resolveProfile(settings: ReadonlyMap<string, Cell>, base?: Profile): Profile {
  const problems = profileProblems(settings, base);
  if (problems.length) throw new UserError(problems.join('\n'));
  const profile = base ?? presetOf(settings).value!;
  const { thesisDeadline, excusedAbsencesAllowed, thesisMinPages } = overridesOf(settings);
  return {
    ...profile,
    diploma: {
      ...profile.diploma,
      ...(thesisDeadline.value !== undefined && { thesisDeadline: thesisDeadline.value }),
      ...(excusedAbsencesAllowed.value !== undefined && { excusedAbsencesAllowed: excusedAbsencesAllowed.value }),
      ...(thesisMinPages.value !== undefined && { thesisMinPages: thesisMinPages.value }),
    },
  };
}
