/**
 * The globals Apps Script calls (menus, triggers, sidebars). Thin: each delegates to an action.
 * scripts/build.ts gives every export here a top-level function stub in dist/Code.js.
 */
import * as z from 'zod/mini';
import { loadAttendance, openAttendanceSidebar, recomputeEligibility, saveAttendance } from './actions/attendance';
import { checkAllCandidates, checkCandidatesAction, recheckEditedRows } from './actions/check-candidates';
import { computeEligibilityAction, computeEligibilityFor } from './actions/eligibility';
import { checkTemplates, documentsOptions, makeDocuments, openDocumentsSidebar, previewDocuments } from './actions/documents';
import { recomputeAfterResultEdit } from './actions/defences/result-edit';
import { adjustDefences, confirmDefences, loadDefences, openDefencesSidebar, setDefenceResult } from './actions/defences/sidebar';
import { initCohortAction } from './actions/init-cohort';
import { dailyReminders } from './actions/reminders';
import {
  loadReminders,
  openRemindersSidebar,
  sendRemindersNow,
  sendTestReminder,
  setAutomaticReminders,
} from './actions/reminders-sidebar';
import { buildMenu } from './actions/menu';
import {
  loadSelection,
  openSelectionSidebar,
  recordSelectionOpinion,
  selectionSlots,
  sendSelectionDecisions,
  sendSelectionInvitations,
  setSelectionStatus,
} from './actions/selection/sidebar';
import { runEditAction, runMenuAction, runTriggerAction } from './actions/run';
import { showSettingsAction } from './actions/settings';
import { messages } from './domain/messages';
import { editedTabName, type EditEvent } from './gas/events';

// zod's JIT compiles validators with `new Function`; plain interpretation is enough here.
z.config({ jitless: true });

export function onOpen(): void {
  buildMenu();
}

export function onInstall(): void {
  buildMenu();
}

/** Apps Script's edit event object (GoogleAppsScript.Events.SheetsOnEdit), read only through src/gas. */
export function onEdit(e: EditEvent): void {
  runEditAction(e.source, () => {
    // The tab's name once (two calls): an edit anywhere else costs nothing more. Each action
    // below acts on its own tab only.
    const tab = editedTabName(e.range);
    recheckEditedRows(e, tab);
    recomputeAfterResultEdit(e, tab);
  });
}

/**
 * For an installable time-driven trigger (e.g. every morning): the same checks as the menu, run
 * unattended for the person who installed it; the outcome goes to `Journal` and the log.
 */
export function pacteDailyRefresh(): void {
  runTriggerAction(messages.sheet.journal.checkCandidates, checkAllCandidates);
  runTriggerAction(messages.sheet.journal.eligibility, computeEligibilityFor);
}

/**
 * The daily time trigger of the reminders (installed by the « Relances… » switch): sends the due
 * reminders when `Relances automatiques` is ticked, for the person who installed it.
 */
export function pacteDailyReminders(): void {
  runTriggerAction(messages.reminders.journalAction, (ctx) => dailyReminders(ctx, ctx.user));
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

export function pacteOpenReminders(): void {
  runMenuAction(openRemindersSidebar);
}

/** google.script.run targets of the reminders sidebar (src/ui/contract.ts). */
export function pacteRemindersLoad(request: unknown) {
  return loadReminders(request);
}

export function pacteRemindersTest(request: unknown) {
  return sendTestReminder(request);
}

export function pacteRemindersSendNow(request: unknown) {
  return sendRemindersNow(request);
}

export function pacteRemindersAutomatic(request: unknown) {
  return setAutomaticReminders(request);
}

export function pacteEligibilityRecompute(request: unknown) {
  return recomputeEligibility(request);
}

export function pacteOpenDocuments(): void {
  runMenuAction(openDocumentsSidebar);
}

/** google.script.run targets of the documents sidebar (src/ui/contract.ts). */
export function pacteDocumentsOptions(request: unknown) {
  return documentsOptions(request);
}

export function pacteDocumentsPreview(request: unknown) {
  return previewDocuments(request);
}

export function pacteDocumentsMake(request: unknown) {
  return makeDocuments(request);
}

export function pacteDocumentsCheckTemplates(request: unknown) {
  return checkTemplates(request);
}

export function pacteOpenDefences(): void {
  runMenuAction(openDefencesSidebar);
}

/** google.script.run targets of the soutenances sidebar (src/ui/contract/defences.ts). */
export function pacteDefencesLoad(request: unknown) {
  return loadDefences(request);
}

export function pacteDefencesAdjust(request: unknown) {
  return adjustDefences(request);
}

export function pacteDefencesConfirm(request: unknown) {
  return confirmDefences(request);
}

export function pacteDefencesResult(request: unknown) {
  return setDefenceResult(request);
}

export function pacteOpenSelection(): void {
  runMenuAction(openSelectionSidebar);
}

/** google.script.run targets of the selection sidebar (src/ui/contract/selection.ts). */
export function pacteSelectionLoad(request: unknown) {
  return loadSelection(request);
}

export function pacteSelectionSendInvitations(request: unknown) {
  return sendSelectionInvitations(request);
}

export function pacteSelectionSendDecisions(request: unknown) {
  return sendSelectionDecisions(request);
}

export function pacteSelectionSetStatus(request: unknown) {
  return setSelectionStatus(request);
}

export function pacteSelectionOpinion(request: unknown) {
  return recordSelectionOpinion(request);
}

export function pacteSelectionSlots(request: unknown) {
  return selectionSlots(request);
}
