/**
 * The user's screen through SpreadsheetApp.getUi(): dialogs, the menu, sidebars (their page from
 * HtmlService). The only place the product talks to the screen, toasts aside (spreadsheet.ts).
 */

export function alert(message: string, title?: string): void {
  const ui = SpreadsheetApp.getUi();
  if (title) ui.alert(title, message, ui.ButtonSet.OK);
  else ui.alert(message);
}

/** Asks for a line of text; undefined when the person cancels or closes. */
export function prompt(title: string, message: string): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : undefined;
}

/** A menu entry: a caption and the top-level function (src/main.ts) it runs, or a separator line. */
export type MenuEntry = { caption: string; functionName: string } | 'separator';

/** Adds a menu to the Sheet's menu bar (in onOpen: nothing here needs authorisation). */
export function addMenu(title: string, entries: readonly MenuEntry[]): void {
  const menu = SpreadsheetApp.getUi().createMenu(title);
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** Opens the sidebar whose page is `file` (one of the bundle's .html files) under `title`. */
export function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}
