/** The PACTE menu, built in onOpen without anything that needs authorisation. */
import { messages } from '../domain/messages';
import { addMenu, type MenuEntry } from '../gas/ui';

/** Menu captions → the top-level functions (src/main.ts) they call. */
export const MENU_ITEMS = [
  [messages.sheet.menu.init, 'pacteInitCohort'],
  [messages.sheet.menu.checkCandidates, 'pacteCheckCandidates'],
  [messages.sheet.menu.selection, 'pacteOpenSelection'],
  [messages.sheet.menu.eligibility, 'pacteComputeEligibility'],
  [messages.sheet.menu.attendance, 'pacteOpenAttendance'],
  [messages.sheet.menu.documents, 'pacteOpenDocuments'],
  [messages.sheet.menu.reminders, 'pacteOpenReminders'],
  [messages.defences.sidebar.menu, 'pacteOpenDefences'],
  [messages.sheet.menu.settings, 'pacteShowSettings'],
] as const;

/** The items in order; the last one (Paramètres…) under a separator. */
export function buildMenu(): void {
  const entries: MenuEntry[] = MENU_ITEMS.map(([caption, functionName]) => ({ caption, functionName }));
  entries.splice(-1, 0, 'separator');
  addMenu(messages.sheet.menuTitle, entries);
}
