/**
 * The globals Apps Script calls (menus, triggers, sidebars). Thin: each delegates to an action.
 * scripts/build.ts gives every export here a top-level function stub in dist/Code.js.
 */
import * as z from 'zod/mini';
import { UserError } from './domain/errors';
import { loadAttendance, openAttendanceSidebar, saveAttendance } from './actions/attendance';
import { checkCandidatesAction, recheckEditedRows } from './actions/check-candidates';
import { computeEligibilityAction } from './actions/eligibility';
import { initCohortAction } from './actions/init-cohort';
import { buildMenu } from './actions/menu';
import { runMenuAction } from './actions/run';
import { showSettingsAction } from './actions/settings';
import { messages } from './domain/messages';

// zod's JIT compiles validators with `new Function`; plain interpretation is enough here.
z.config({ jitless: true });

export function onOpen(): void {
  buildMenu();
}

export function onInstall(): void {
  buildMenu();
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    recheckEditedRows(e);
  } catch (error) {
    // A simple trigger has no dialog to show: a toast tells the person, the log keeps the detail.
    if (error instanceof UserError) e.source.toast(error.message, messages.sheet.toastTitle, 10);
    else console.error(error);
  }
}

export function pacteInitCohort(): void {
  runMenuAction(initCohortAction);
}

export function pacteCheckCandidates(): void {
  runMenuAction(checkCandidatesAction);
}

export function pacteComputeEligibility(): void {
  runMenuAction(computeEligibilityAction);
}

export function pacteShowSettings(): void {
  runMenuAction(showSettingsAction);
}

export function pacteOpenAttendance(): void {
  runMenuAction(openAttendanceSidebar);
}

/** google.script.run targets of the attendance sidebar (src/ui/contract.ts). */
export function pacteAttendanceLoad(request: unknown) {
  return loadAttendance(request);
}

export function pacteAttendanceSave(request: unknown) {
  return saveAttendance(request);
}
