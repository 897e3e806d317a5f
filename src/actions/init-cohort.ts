/**
 * PACTE › Initialiser la cohorte…: makes any spreadsheet a complete cohort workbook. Reads the
 * workbook once, computes the plan (src/workbook/setup-plan.ts, pure), applies it with the thin
 * adapter (src/gas/setup.ts). It only adds; a second run changes nothing, and a run interrupted
 * half-way is completed by the next one.
 */
import { messages } from '../domain/messages';
import { findPreset, presetRegions } from '../domain/preset-choice';
import { presetProfile } from '../domain/presets';
import type { Profile } from '../domain/profile';
import { parseStaffList } from '../domain/staff';
import { applySetupPlan, readSetupState, removeBlankDefaultSheet } from '../gas/setup';
import { activeSpreadsheet } from '../gas/spreadsheet';
import { activeUserEmail } from '../gas/session';
import { alert, prompt } from '../gas/ui';
import { isBlank, text, type Cell } from '../workbook/cells';
import { ALL_TABS, SETTING_KEYS, SETTINGS_TAB } from '../workbook/schema';
import type { SetupPlan, WorkbookState } from '../workbook/setup-plan';
import { planSetup } from '../workbook/setup-plan';
import { headerKey } from '../workbook/table';
import { accessError } from './context';
import { appendJournal } from './journal';
import { assignProductionIds } from './production-ids';

const I = messages.sheet.init;
/** Settings a person still has to fill for e-mails and documents; the others have working defaults. */
const TO_FILL = [SETTING_KEYS.team, SETTING_KEYS.senderName, SETTING_KEYS.replyTo, SETTING_KEYS.driveFolder] as const;

/** One `Paramètres` value as read (empty when the tab, its columns or the key are missing). */
function readSetting(state: WorkbookState, key: string): string {
  const values = state.get(SETTINGS_TAB.name)?.values ?? [];
  const header = (values[0] ?? []).map((h) => headerKey(h));
  const keyCol = header.indexOf(headerKey('Clé'));
  const valueCol = header.indexOf(headerKey('Valeur'));
  if (keyCol < 0 || valueCol < 0) return '';
  return text(values.find((r, i) => i > 0 && headerKey(r[keyCol]) === headerKey(key))?.[valueCol]);
}

/** Tries a person gets to name a region before the set-up stops (nothing written). */
const PROMPT_TRIES = 3;

/** The workbook's profile, or the region the person names: asked again on an answer naming none. */
function chooseProfile(current: string): Profile | undefined {
  if (current) return presetProfile(current);
  let refused: string | undefined;
  for (let i = 0; i < PROMPT_TRIES; i++) {
    const answer = prompt(I.promptTitle, I.promptMessage(presetRegions(), refused));
    if (answer === undefined) return undefined;
    const found = findPreset(answer);
    if (found) return found;
    refused = answer.trim();
  }
  return undefined;
}

/** The dialog's lines: each kind of work said once. */
function changeLines(plan: SetupPlan): string[] {
  const s = plan.summary;
  const lines: string[] = [];
  if (s.tabsCreated.length) lines.push(I.tabsCreated(s.tabsCreated));
  for (const { tab, headers } of s.headersAdded) lines.push(I.headersAdded(tab, headers));
  if (s.headerRowsFrozen.length) lines.push(I.frozen(s.headerRowsFrozen));
  if (s.identityColumnsFrozen) lines.push(I.identityFrozen);
  if (s.columnsFormatted.length) lines.push(I.columnsFormatted(s.columnsFormatted.length));
  if (s.settingsAdded.length) lines.push(I.settingsAdded(s.settingsAdded));
  if (s.sessionsWritten) lines.push(I.sessionsWritten(s.sessionsWritten));
  if (s.remindersWritten) lines.push(I.remindersWritten(s.remindersWritten));
  if (s.protections) lines.push(I.protectionsAdded(s.protections));
  return lines;
}

function nextStep(plan: SetupPlan): string {
  const missing = TO_FILL.filter((key) => {
    const value: Cell = plan.settings.get(headerKey(key));
    return value === undefined || isBlank(value);
  });
  return I.nextStep(missing, plan.hasApplicants);
}

export function initCohortAction(): void {
  const ss = activeSpreadsheet();
  const user = activeUserEmail();
  const { state, handles } = readSetupState(ss, ALL_TABS);

  // The first person to initialise becomes the team; afterwards only the team may run it.
  const staff = parseStaffList(readSetting(state, SETTING_KEYS.team));
  const denied = accessError(user, staff.length ? staff : [user.toLowerCase()].filter(Boolean));
  if (denied) throw denied;

  const profile = chooseProfile(readSetting(state, SETTING_KEYS.profile));
  if (!profile) {
    alert(I.cancelled, I.promptTitle);
    return;
  }

  const plan = planSetup(ALL_TABS, state, profile, user, I);
  if (plan.ops.length > 0) applySetupPlan(ss, handles, plan.ops);
  const changes = changeLines(plan);
  // Every run looks (two calls): a first run interrupted before it leaves the sheet to the next one.
  const removed = removeBlankDefaultSheet(ss);
  if (removed) changes.push(I.blankSheetRemoved(removed));
  // A workbook made before `Productions` › `ID`: its rows get theirs now (reminders name them by it).
  const productions = assignProductionIds(ss).assigned;
  if (productions) changes.push(messages.sheet.productionIdsAssigned(productions));
  if (plan.ops.length === 0 && !productions && !removed) {
    alert(I.nothingToDo(profile.id), I.promptTitle);
    return;
  }
  appendJournal(ss, [
    { at: new Date(), action: messages.sheet.journal.init, target: profile.id, detail: changes.join(' ; '), by: user, key: '' },
  ]);
  alert(I.done(profile.id, changes, nextStep(plan)), I.doneTitle);
}
