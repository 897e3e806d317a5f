import type { SimContext } from './context';
import { readValue } from './spreadsheet/cell-value';
import type { Range } from './spreadsheet/range';
import { raw } from './runtime';

/**
 * The event object of onEdit, as documented: https://developers.google.com/apps-script/guides/triggers/events#edit
 * - `value` and `oldValue` only for a single-cell edit; `oldValue` undefined when the cell was empty;
 *   both are strings, as Google passes them.
 * - `user`: a User whose email Google hides in a simple trigger (LIMITED) in the simulator's model.
 * - `triggerUid` only for installable triggers: absent here.
 */
export interface EditEvent {
  authMode: string;
  range: GoogleAppsScript.Spreadsheet.Range;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: GoogleAppsScript.Base.User;
  value?: string;
  oldValue?: string;
}

/** https://developers.google.com/apps-script/reference/base/user */
class EventUser {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

const asEventText = (v: unknown): string | undefined => (v === '' || v === null || v === undefined ? undefined : String(v));

export function createEditEvent(ctx: SimContext, range: GoogleAppsScript.Spreadsheet.Range, options: { oldValue?: unknown }): EditEvent {
  const r = raw(range) as unknown as Range;
  const single = r._numRows === 1 && r._numCols === 1;
  const event: EditEvent = {
    authMode: ctx.runtime.authMode,
    range,
    source: ctx.api.spreadsheet(),
    user: ctx.runtime.instrument(
      new EventUser(ctx.runtime.authMode === 'FULL' ? ctx.userEmail : ''),
      'User',
    ) as unknown as GoogleAppsScript.Base.User,
  };
  if (single) {
    const value = asEventText(readValue(r._sheet.get(r._row, r._col), ctx.timeZone));
    if (value !== undefined) event.value = value;
    const old = asEventText(options.oldValue);
    if (old !== undefined) event.oldValue = old;
  }
  return event;
}
