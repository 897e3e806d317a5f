/** Runs a menu action: a staff-facing failure becomes a French alert, never a silent stop. */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { alert } from '../gas/ui';

export function runMenuAction(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) {
      alert(error.message);
      return;
    }
    console.error(error);
    alert(messages.sheet.unexpected(error instanceof Error ? error.message : String(error)));
  }
}
