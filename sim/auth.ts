/**
 * Authorization modes and which calls each allows.
 * - Simple triggers (LIMITED in a bound script) cannot call services that require authorization:
 *   https://developers.google.com/apps-script/guides/triggers#restrictions
 * - Add-on onOpen before authorization runs in AuthMode.NONE: menus only, no document data:
 *   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * Rules are keyed 'Class.method' or 'Class.*'; a call with no rule needs FULL (so a future service,
 * e.g. GmailApp or DriveApp, is refused in LIMITED/NONE until it registers a rule).
 */
export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

export interface AuthRule {
  modes: readonly AuthMode[];
  scope: string;
}

const ALL: readonly AuthMode[] = ['FULL', 'LIMITED', 'NONE'];
const BOUND: readonly AuthMode[] = ['FULL', 'LIMITED'];
const FULL: readonly AuthMode[] = ['FULL'];
const SHEETS = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const UI = 'https://www.googleapis.com/auth/script.container.ui';
const NO_SCOPE = '';

const rules = new Map<string, AuthRule>();

export function registerAuthRule(pattern: string, rule: AuthRule): void {
  rules.set(pattern, rule);
}

for (const cls of ['Spreadsheet', 'Sheet', 'Range', 'Protection', 'DataValidation', 'DataValidationBuilder']) {
  registerAuthRule(`${cls}.*`, { modes: BOUND, scope: SHEETS });
}
registerAuthRule('SpreadsheetApp.*', { modes: BOUND, scope: SHEETS });
registerAuthRule('SpreadsheetApp.getUi', { modes: ALL, scope: UI });
registerAuthRule('SpreadsheetApp.newDataValidation', { modes: ALL, scope: NO_SCOPE });
registerAuthRule('Ui.*', { modes: BOUND, scope: UI });
registerAuthRule('Ui.createMenu', { modes: ALL, scope: UI });
registerAuthRule('Ui.createAddonMenu', { modes: ALL, scope: UI });
registerAuthRule('Menu.*', { modes: ALL, scope: UI });
registerAuthRule('PromptResponse.*', { modes: ALL, scope: NO_SCOPE });
// Showing HTML requires the container.ui scope, which simple triggers do not have; the real message is
// "You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui"
// (reported in https://github.com/oshliaer/google-apps-script-snippets/issues/18).
registerAuthRule('Ui.showSidebar', { modes: FULL, scope: UI });
registerAuthRule('Ui.showModalDialog', { modes: FULL, scope: UI });
registerAuthRule('Ui.showModelessDialog', { modes: FULL, scope: UI });
for (const cls of ['PropertiesService', 'Properties', 'CacheService', 'Cache', 'LockService', 'Lock']) {
  registerAuthRule(`${cls}.*`, { modes: BOUND, scope: NO_SCOPE });
}
// Services that need no authorization at all.
for (const cls of ['Session', 'User', 'Utilities', 'Logger', 'console', 'HtmlService', 'HtmlOutput', 'HtmlOutputMetaTag']) {
  registerAuthRule(`${cls}.*`, { modes: ALL, scope: NO_SCOPE });
}

// Documents (docs/documents.md): the advanced Drive and Docs services under drive.file, and the PDF export
// fetched with the script's token; none runs in a simple trigger (https://developers.google.com/apps-script/guides/triggers#restrictions).
registerAuthRule('Drive.*', { modes: FULL, scope: 'https://www.googleapis.com/auth/drive.file' });
registerAuthRule('Docs.*', { modes: FULL, scope: 'https://www.googleapis.com/auth/drive.file' });
registerAuthRule('UrlFetchApp.*', { modes: FULL, scope: 'https://www.googleapis.com/auth/script.external_request' });
registerAuthRule('ScriptApp.getOAuthToken', { modes: FULL, scope: NO_SCOPE });

/** Returns the error to throw for `key` in `mode`, or null when the call is allowed. */
export function authError(key: string, mode: AuthMode): Error | null {
  const cls = key.slice(0, key.indexOf('.'));
  const rule = rules.get(key) ?? rules.get(`${cls}.*`) ?? { modes: FULL, scope: '(authorization required)' };
  if (rule.modes.includes(mode)) return null;
  const e = new Error(`You do not have permission to call ${key}. Required permissions: ${rule.scope || '(none)'}`);
  e.name = 'Exception';
  return e;
}
