/**
 * PACTE › Initialiser la cohorte… and `pacte setup`, as one pure plan: from the declarative tab
 * specs (schema.ts), the profile and the state read from the workbook, the list of operations that
 * make it a complete cohort workbook. It only adds (tabs, headers at the end, formats, settings rows,
 * the calendar and the default reminders into empty tabs, warning-only protections): nothing is
 * renamed, moved or deleted, no value a person typed is overwritten.
 *
 * Every check looks at the real state (is the checkbox rule there? is the protection warning-only,
 * on the right column?), so a run interrupted half-way is completed by the next one, and a
 * complete workbook plans nothing. The plan is plain data (types.ts), close to the Sheets API's
 * batchUpdate vocabulary: src/gas/setup.ts applies it with SpreadsheetApp, scripts/google/sheets-setup.ts
 * renders it as one batchUpdate.
 */
import { instantOfDay } from '../../domain/dates';
import type { Profile } from '../../domain/profile';
import type { Cell } from '../cells';
import { CANDIDATES_TAB, REMINDERS_TAB, SESSIONS_TAB, SETTINGS_TAB, type TabSpec } from '../schema';
import { planProtections } from './protections';
import { planSettings, planTeamMerge } from './settings';
import { fillEmptyTab, hasContent, planTab, type PlannedTab } from './tabs';
import type { SetupOp, SetupPlan, SetupSummary, SetupTexts, WorkbookState } from './types';

export * from './types';

export interface SetupOptions {
  /**
   * Addresses that must be in `Équipe` (pacte setup: the account running it and --share): added
   * after the ones typed in a filled `Équipe`. An empty `Équipe` gets `user`, as always.
   */
  team?: readonly string[];
}

/**
 * The set-up of a workbook in `state` for `profile`, `user` becoming the team when it has none.
 * Pure: the same state gives the same plan, whoever applies it.
 */
export function planSetup(
  specs: readonly TabSpec[],
  state: WorkbookState,
  profile: Profile,
  user: string,
  texts: SetupTexts,
  options: SetupOptions = {},
): SetupPlan {
  const ops: SetupOp[] = [];
  const summary = emptySummary();
  const tabs = new Map(specs.map((spec) => [spec.name, planTab(spec, state.get(spec.name), ops, summary)]));

  const settingsTab = tabs.get(SETTINGS_TAB.name);
  const settings = settingsTab ? planSettings(settingsTab, profile, user, ops, summary) : new Map<string, Cell>();

  planFirstRows(tabs, profile, ops, summary);
  for (const tab of tabs.values()) planProtections(tab, texts, ops, summary);
  // Last, as pacte setup has always sent it: one more value in the same batchUpdate.
  if (settingsTab && options.team) ops.push(...planTeamMerge(settingsTab, options.team, settings));

  const candidates = tabs.get(CANDIDATES_TAB.name);
  return { ops, summary, settings, hasApplicants: !!candidates?.rows.some(hasContent) };
}

function emptySummary(): SetupSummary {
  return {
    tabsCreated: [],
    headersAdded: [],
    headerRowsFrozen: [],
    identityColumnsFrozen: false,
    columnsFormatted: [],
    settingsAdded: [],
    sessionsWritten: 0,
    remindersWritten: 0,
    protections: 0,
  };
}

/** The profile's calendar into an empty `Séances`, its reminder rules into an empty `Relances`. */
function planFirstRows(tabs: ReadonlyMap<string, PlannedTab>, profile: Profile, ops: SetupOp[], summary: SetupSummary): void {
  const sessionsTab = tabs.get(SESSIONS_TAB.name);
  if (sessionsTab) {
    const rows = profile.sessions.map((s) => ({
      ID: s.id,
      Intitulé: s.title,
      Type: s.type,
      'Date de début': instantOfDay(s.start),
      'Date de fin': instantOfDay(s.end),
      Lieu: s.place ?? '',
      Obligatoire: s.compulsory,
      Public: s.audience,
      Heures: s.hours ?? '',
    }));
    summary.sessionsWritten = fillEmptyTab(sessionsTab, rows, ops);
  }
  const remindersTab = tabs.get(REMINDERS_TAB.name);
  if (remindersTab) {
    const rows = profile.reminders.map((r) => ({
      Règle: r.id,
      Active: r.active,
      Quand: r.when,
      Jours: r.days,
      Objet: r.subject,
      Message: r.message,
    }));
    summary.remindersWritten = fillEmptyTab(remindersTab, rows, ops);
  }
}
