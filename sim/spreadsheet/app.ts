import type { SimContext } from '../context';
import { gasError } from '../errors';
import { Ui } from '../ui';
import { DataValidationCriteria, newValidationBuilder } from './validation';
import { ProtectionType } from './protection';

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export function createSpreadsheetApp(ctx: SimContext): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const ui = ctx.runtime.instrument(new Ui(ctx), 'Ui');
  const app = {
    ProtectionType,
    DataValidationCriteria,
    getActive: () => ctx.api.spreadsheet(),
    getActiveSpreadsheet: () => ctx.api.spreadsheet(),
    getActiveSheet: () => ctx.api.sheet(ctx.model.active ?? ctx.model.sheets[0]!),
    // Without a UI (time-driven trigger, web app) Google throws this; seen e.g. in
    // https://github.com/davepar/gcalendarsync/issues/93
    getUi: () => {
      if (!ctx.uiAvailable) throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    // The pending writes land before any spreadsheet call that is not a write or a handle (pending.ts), this one included.
    flush: () => undefined,
    newDataValidation: () => newValidationBuilder(ctx),
  };
  return ctx.runtime.instrument(app, 'SpreadsheetApp') as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
