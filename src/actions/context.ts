/**
 * What every action starts with, in two separate steps: loading the cohort (the spreadsheet,
 * `Paramètres`, the profile) and checking access (is this person in `Équipe`?). A menu click and a
 * sidebar call check the person at the keyboard; a time trigger checks the person who installed it.
 */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import type { Profile } from '../domain/profile';
import { resolveProfile } from '../workbook/settings';
import { checkAccess, parseStaffList } from '../domain/staff';
import { activeSpreadsheet, readTab, type SpreadsheetHandle, type TabData } from '../gas/spreadsheet';
import { activeUserEmail } from '../gas/session';
import { text, type Cell } from '../workbook/cells';
import { readSettings, setting } from '../workbook/cohort';
import { SETTING_KEYS, SETTINGS_TAB, type TabSpec } from '../workbook/schema';
import { readTable, type TableOf } from '../workbook/table';

export interface CohortContext {
  ss: SpreadsheetHandle;
  settings: Map<string, Cell>;
  /** `Paramètres` as read (row 1 = headers), for code that reads the workbook's values as a whole. */
  settingsValues: Cell[][];
  profile: Profile;
}

export interface ActionContext extends CohortContext {
  /** Who the action runs for, as checked against `Équipe`. */
  user: string;
}

export function accessError(user: string, staff: readonly string[]): UserError | undefined {
  const access = checkAccess(user, staff);
  if (access.allowed) return undefined;
  const A = messages.sheet.access;
  return new UserError(access.reason === 'unknown_user' ? A.unknownUser : access.reason === 'no_team' ? A.noTeam : A.notStaff(user));
}

/** Reads a tab the action needs; a missing tab or header is a UserError that says how to repair it. */
export function requireSheetTab<const S extends TabSpec>(ss: SpreadsheetHandle, spec: S): TabData & { table: TableOf<S> } {
  const tab = readTab(ss, spec.name);
  if (!tab) throw new UserError(messages.sheet.missingTab(spec.name));
  return { ...tab, table: readTable(tab.values, spec) };
}

/** `Paramètres` as read, before any value is checked. */
export function readCohortSettings(ss: SpreadsheetHandle): Omit<CohortContext, 'profile'> {
  const tab = requireSheetTab(ss, SETTINGS_TAB);
  return { ss, settings: readSettings(tab.table), settingsValues: tab.values };
}

/** The cohort as `Paramètres` describes it; no access check. */
export function openCohort(ss = activeSpreadsheet()): CohortContext {
  const read = readCohortSettings(ss);
  return { ...read, profile: resolveProfile(read.settings) };
}

/** Only people listed under `Équipe` get past this. */
export function requireStaff(cohort: CohortContext, user: string): ActionContext {
  const denied = accessError(user, parseStaffList(text(setting(cohort.settings, SETTING_KEYS.team))));
  if (denied) throw denied;
  return { ...cohort, user };
}

/** Opens an action for the person at the keyboard (a menu click, a sidebar call). */
export function openAction(): ActionContext {
  const ss = activeSpreadsheet();
  const user = activeUserEmail();
  return requireStaff(openCohort(ss), user);
}
