/**
 * Each entry point reports in the only way it can: an alert for a menu click, a French error
 * returned to the page for a sidebar call (rpc.ts), a toast for onEdit, and for a time trigger —
 * which nobody watches — a `Journal` row and the execution log.
 */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { effectiveUserEmail } from '../gas/session';
import { activeSpreadsheet, toast, type SpreadsheetHandle } from '../gas/spreadsheet';
import { alert } from '../gas/ui';
import { openCohort, requireStaff, type ActionContext } from './context';
import { appendJournal } from './journal';

function describe(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return messages.sheet.unexpected(error instanceof Error ? error.message : String(error));
}

/** A menu click: a staff-facing failure becomes a French alert, never a silent stop. */
export function runMenuAction(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof UserError)) console.error(error);
    alert(describe(error));
  }
}

/** onEdit (a simple trigger): no dialog can be shown, a toast tells the person, the log keeps the detail. */
export function runEditAction(source: SpreadsheetHandle, action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) toast(source, error.message, messages.sheet.toastTitle, 10);
    else console.error(error);
  }
}

/**
 * A time-driven trigger: runs `action` for the person who installed the trigger (checked against
 * `Équipe` like anyone else), logs its summary; a failure is journaled and logged, never shown
 * (there is no screen) and never thrown (the next run retries).
 */
export function runTriggerAction(name: string, action: (ctx: ActionContext) => string): void {
  let ss: SpreadsheetHandle | undefined;
  const user = effectiveUserEmail();
  try {
    const cohort = openCohort();
    ss = cohort.ss;
    console.log(`${name} : ${action(requireStaff(cohort, user))}`);
  } catch (error) {
    const detail = messages.sheet.triggerFailed(describe(error));
    console.error(`${name} : ${detail}`, error);
    try {
      appendJournal(ss ?? activeSpreadsheet(), [{ at: new Date(), action: name, target: '', detail, by: user, key: '' }]);
    } catch (journalError) {
      console.error(journalError);
    }
  }
}
