/** The PACTE menu, built in onOpen without anything that needs authorisation. */
import { messages } from '../domain/messages';

/** Menu captions → the top-level functions (src/main.ts) they call. */
export const MENU_ITEMS = [
  [messages.sheet.menu.init, 'pacteInitCohort'],
  [messages.sheet.menu.checkCandidates, 'pacteCheckCandidates'],
  [messages.sheet.menu.eligibility, 'pacteComputeEligibility'],
  [messages.sheet.menu.attendance, 'pacteOpenAttendance'],
  [messages.sheet.menu.documents, 'pacteOpenDocuments'],
  [messages.sheet.menu.reminders, 'pacteOpenReminders'],
  [messages.sheet.menu.settings, 'pacteShowSettings'],
] as const;

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(messages.sheet.menuTitle);
  MENU_ITEMS.forEach(([caption, fn], i) => {
    if (i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(caption, fn);
  });
  menu.addToUi();
}
