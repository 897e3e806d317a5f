/**
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list : "A collection of one
 * or more Range instances in the same sheet", from Sheet.getRangeList(a1Notations). setValue "sets
 * the value for each Range in the RangeList": one call writes cells that are far apart.
 */
import type { SimContext } from '../context';
import { raw } from '../runtime';

type Range_ = GoogleAppsScript.Spreadsheet.Range;
type RangeList_ = GoogleAppsScript.Spreadsheet.RangeList;

export class RangeList {
  constructor(
    private readonly ctx: SimContext,
    private readonly ranges: Range_[],
  ) {}

  getRanges(): Range_[] {
    return [...this.ranges];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object)
  setValue(value: unknown): RangeList_ {
    // Each range queues its write as Range.setValue does; the list is one call of the script.
    for (const r of this.ranges) raw(r).setValue(value);
    return this.ctx.runtime.instrument(this, 'RangeList') as unknown as RangeList_;
  }
}
