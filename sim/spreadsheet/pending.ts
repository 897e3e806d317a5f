/**
 * The script's spreadsheet writes wait, as in Apps Script, which batches them: "Spreadsheet operations
 * are sometimes bundled together to improve performance"; flush() "applies all pending Spreadsheet
 * changes", and the page's example notes that updates "may all be applied at once when the script
 * completes" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush).
 * Apps Script keeps a write cache and a read must see the script's own writes, which is why
 * "alternating read and write commands is slow" (https://developers.google.com/apps-script/guides/support/best-practices).
 *
 * So a cell write of the script (values, formats, notes, validations, clears, appendRow) is checked at
 * the call (a refused write throws there, nothing queued) and queued for its execution. The queue is
 * applied, in order, when that execution makes any other spreadsheet call but a handle look-up
 * (getRange, getSheetByName…: not a read), calls SpreadsheetApp.flush(), or ends normally; sim.peek and
 * sim.load apply every queue. A kill loses it. A colleague's edit lands at once, on the sheet as it is:
 * the script's writes land later at the coordinates the script gave, as when a person sorts between a
 * script's read and its write. A queued write that cannot land any more (its tab deleted, its cells
 * outside a shrunk grid) throws at the call that applies it, or is logged when the execution ends.
 */
import type { Runtime } from '../runtime';
import { gasError } from '../errors';
import type { SheetModel } from './model';

export interface CellWrite {
  sheet: SheetModel;
  /** The cells written; absent for whole-sheet writes (appendRow, Sheet.clear…). */
  box?: { row: number; col: number; numRows: number; numCols: number };
  apply(): void;
}

/** The calls that queue a write instead of applying it. */
export const QUEUED_WRITES: ReadonlySet<string> = new Set([
  ...[
    'setValue',
    'setValues',
    'setFormula',
    'setFormulas',
    'clear',
    'clearContent',
    'clearFormat',
    'clearNote',
    'clearDataValidations',
    'setNumberFormat',
    'setNumberFormats',
    'setBackground',
    'setBackgrounds',
    'setBackgroundRGB',
    'setFontWeight',
    'setFontWeights',
    'setFontColor',
    'setFontColors',
    'setFontSize',
    'setFontStyle',
    'setFontFamily',
    'setBorder',
    'setWrap',
    'setWraps',
    'setHorizontalAlignment',
    'setVerticalAlignment',
    'setNote',
    'setNotes',
    'setDataValidation',
    'setDataValidations',
    'insertCheckboxes',
    'removeCheckboxes',
    'check',
    'uncheck',
  ].map((m) => `Range.${m}`),
  ...['appendRow', 'clear', 'clearContents', 'clearFormats', 'clearNotes'].map((m) => `Sheet.${m}`),
]);

/** Handles and names, not reads: they neither apply nor wait for the queue. */
const NOT_READS: ReadonlySet<string> = new Set([
  ...['getActive', 'getActiveSpreadsheet', 'getActiveSheet', 'getUi', 'newDataValidation'].map((m) => `SpreadsheetApp.${m}`),
  ...[
    'getSheetByName',
    'getSheetById',
    'getSheets',
    'getNumSheets',
    'getActiveSheet',
    'getRange',
    'getActiveRange',
    'getId',
    'getUrl',
    'getName',
    'getSpreadsheetTimeZone',
    'getSpreadsheetLocale',
    'toast',
    'getOwner',
    'getEditors',
  ].map((m) => `Spreadsheet.${m}`),
  ...['getRange', 'getName', 'getSheetName', 'getSheetId', 'getIndex', 'getParent'].map((m) => `Sheet.${m}`),
  ...[
    'getRow',
    'getRowIndex',
    'getColumn',
    'getNumRows',
    'getNumColumns',
    'getHeight',
    'getWidth',
    'getLastRow',
    'getLastColumn',
    'getA1Notation',
    'getGridId',
    'getSheet',
    'offset',
    'getCell',
  ].map((m) => `Range.${m}`),
]);

const SPREADSHEET_CLASSES: ReadonlySet<string> = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection']);

/** True when this call must first apply the execution's pending writes (a read or a structural change). */
export function appliesPendingWrites(key: string): boolean {
  return SPREADSHEET_CLASSES.has(key.slice(0, key.indexOf('.'))) && !QUEUED_WRITES.has(key) && !NOT_READS.has(key);
}

export class PendingWrites {
  private readonly queues = new Map<number, CellWrite[]>();

  constructor(
    private readonly runtime: Runtime,
    private readonly sheets: () => readonly SheetModel[],
    private readonly log: (message: string) => void,
  ) {
    runtime.onCall((key) => {
      if (appliesPendingWrites(key)) this.apply(runtime.executionId, 'throw');
    });
    runtime.onExecutionEnd((id, killed) => {
      if (killed) this.queues.delete(id);
      else this.apply(id, 'log');
    });
  }

  /** A colleague's write lands now; the script's waits for its execution's next read. */
  write(w: CellWrite): void {
    if (this.runtime.colleague) {
      this.land(w);
      return;
    }
    const id = this.runtime.executionId;
    const queue = this.queues.get(id);
    if (queue) queue.push(w);
    else this.queues.set(id, [w]);
  }

  /** Number of writes waiting, all executions together. */
  count(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  /** Applies every execution's queue (what the sheet will show once they end), oldest execution first. */
  applyAll(): void {
    for (const id of [...this.queues.keys()].sort((a, b) => a - b)) this.apply(id, 'log');
  }

  private apply(id: number, onError: 'throw' | 'log'): void {
    const queue = this.queues.get(id);
    if (!queue) return;
    this.queues.delete(id);
    let first: unknown;
    for (const w of queue) {
      try {
        this.land(w);
      } catch (e) {
        if (onError === 'log') this.log(`Simulator: a pending write was lost: ${(e as Error).message}`);
        first ??= e;
      }
    }
    if (first !== undefined && onError === 'throw') throw first;
  }

  private land(w: CellWrite): void {
    if (!this.sheets().includes(w.sheet)) throw gasError('The sheet has been deleted.');
    const b = w.box;
    if (b && (b.row + b.numRows - 1 > w.sheet.maxRows || b.col + b.numCols - 1 > w.sheet.maxCols)) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    w.apply();
  }
}
