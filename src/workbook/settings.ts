/** The cohort's profile: a preset (or a file) with the overrides typed into `Paramètres`. */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { presetProfile, PRESET_IDS } from '../domain/presets';
import type { Profile } from '../domain/profile';
import { dayCell, isBlank, text, wholeNumber, type Cell } from './cells';
import { setting } from './cohort';
import { SETTING_KEYS } from './schema';

function overrideDay(settings: ReadonlyMap<string, Cell>, key: string): string | undefined {
  const cell = setting(settings, key);
  if (isBlank(cell)) return undefined;
  const read = dayCell(cell);
  if (!read.day) throw new UserError(messages.profile.invalidSetting(key, messages.profile.expectedDate, text(cell)));
  return read.day;
}

function overrideCount(settings: ReadonlyMap<string, Cell>, key: string): number | undefined {
  const cell = setting(settings, key);
  if (isBlank(cell)) return undefined;
  const n = wholeNumber(cell);
  const exact = typeof cell === 'number' ? Number.isInteger(cell) : /^\s*\d+\s*$/.test(text(cell));
  if (n === undefined || n < 0 || !exact) {
    throw new UserError(messages.profile.invalidSetting(key, messages.profile.expectedWholeNumber, text(cell)));
  }
  return n;
}

/**
 * The profile in force: `base` when the caller chose one (CLI `--profile`), else the preset named
 * by `Profil`; then the overrides of `Paramètres`. Invalid values are UserErrors naming the key.
 */
export function resolveProfile(settings: ReadonlyMap<string, Cell>, base?: Profile): Profile {
  let profile = base;
  if (!profile) {
    const id = text(setting(settings, SETTING_KEYS.profile));
    if (!id) throw new UserError(messages.profile.noProfile(PRESET_IDS));
    profile = presetProfile(id);
  }
  const thesisDeadline = overrideDay(settings, SETTING_KEYS.thesisDeadline);
  const excusedAbsencesAllowed = overrideCount(settings, SETTING_KEYS.excusedAbsencesAllowed);
  const thesisMinPages = overrideCount(settings, SETTING_KEYS.thesisMinPages);
  return {
    ...profile,
    diploma: {
      ...profile.diploma,
      ...(thesisDeadline !== undefined && { thesisDeadline }),
      ...(excusedAbsencesAllowed !== undefined && { excusedAbsencesAllowed }),
      ...(thesisMinPages !== undefined && { thesisMinPages }),
    },
  };
}
