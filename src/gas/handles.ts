/**
 * What src/actions holds of an Apps Script object: an opaque handle. Actions compile without the
 * Apps Script types (tsconfig/actions.json), so they can pass a handle back to src/gas but never call
 * Google themselves. The functions below tagged internal turn a handle into Apps Script's object and
 * back; they are for src/gas (and tests), and `stripInternal` keeps them out of the declarations
 * src/actions sees. (This comment stays free of the tag itself: it would strip the next declaration.)
 */

/** An Apps Script object of kind `K`; nothing outside src/gas can look inside. */
export interface Handle<K extends string> {
  readonly __appsScript: K;
}

export type SpreadsheetHandle = Handle<'Spreadsheet'>;
export type SheetHandle = Handle<'Sheet'>;
export type RangeHandle = Handle<'Range'>;
export type TriggerHandle = Handle<'Trigger'>;
/** A file's content (an attachment): Apps Script's Blob. */
export type BlobHandle = Handle<'Blob'>;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Trigger = GoogleAppsScript.Script.Trigger;
type Blob = GoogleAppsScript.Base.Blob;

/** @internal */
export const spreadsheetOf = (h: SpreadsheetHandle): Spreadsheet => h as unknown as Spreadsheet;
/** @internal */
export const spreadsheetHandle = (ss: Spreadsheet): SpreadsheetHandle => ss as unknown as SpreadsheetHandle;
/** @internal */
export const sheetOf = (h: SheetHandle): Sheet => h as unknown as Sheet;
/** @internal */
export const sheetHandle = (sheet: Sheet): SheetHandle => sheet as unknown as SheetHandle;
/** @internal */
export const rangeOf = (h: RangeHandle): Range => h as unknown as Range;
/** @internal */
export const triggerOf = (h: TriggerHandle): Trigger => h as unknown as Trigger;
/** @internal */
export const triggerHandle = (t: Trigger): TriggerHandle => t as unknown as TriggerHandle;
/** @internal */
export const blobOf = (h: BlobHandle): Blob => h as unknown as Blob;
/** @internal */
export const blobHandle = (b: Blob): BlobHandle => b as unknown as BlobHandle;
