/** What every staff action starts with: the spreadsheet, `Paramètres`, the profile, the access check. */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import type { Profile } from '../domain/profile';
import { resolveProfile } from '../domain/settings';
import { checkAccess, parseStaffList } from '../domain/staff';
import { activeSpreadsheet, readTab, type TabData } from '../gas/spreadsheet';
import { activeUserEmail } from '../gas/session';
import { text, type Cell } from '../workbook/cells';
import { readSettings, setting } from '../workbook/cohort';
import { SETTING_KEYS, SETTINGS_TAB, type TabSpec } from '../workbook/schema';
import { readTable, type Table } from '../workbook/table';

export interface ActionContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: string;
  settings: Map<string, Cell>;
  profile: Profile;
}

export function accessError(user: string, staff: readonly string[]): UserError | undefined {
  const access = checkAccess(user, staff);
  if (access.allowed) return undefined;
  const A = messages.sheet.access;
  return new UserError(access.reason === 'unknown_user' ? A.unknownUser : access.reason === 'no_team' ? A.noTeam : A.notStaff(user));
}

/** Reads a tab the action needs; a missing tab or header is a UserError that says how to repair it. */
export function requireSheetTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TabSpec): TabData & { table: Table } {
  const tab = readTab(ss, spec.name);
  if (!tab) throw new UserError(messages.sheet.missingTab(spec.name));
  return { ...tab, table: readTable(tab.values, spec) };
}

/** Opens a staff action: only people listed under `Équipe` get past this. */
export function openAction(): ActionContext {
  const ss = activeSpreadsheet();
  const user = activeUserEmail();
  const { table } = requireSheetTab(ss, SETTINGS_TAB);
  const settings = readSettings(table);
  const denied = accessError(user, parseStaffList(text(setting(settings, SETTING_KEYS.team))));
  if (denied) throw denied;
  return { ss, user, settings, profile: resolveProfile(settings) };
}
