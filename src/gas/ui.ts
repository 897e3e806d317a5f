/** Dialogs through SpreadsheetApp.getUi(): the only place the product talks to the user's screen. */

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
