import type { Clock } from './clock';
import type { Runtime } from './runtime';
import type { ProtectionData, SheetModel, SpreadsheetModel } from './spreadsheet/model';
import type { PendingWrites } from './spreadsheet/pending';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type MenuEntry = { caption: string; functionName: string } | { separator: true } | { subMenu: string; items: MenuEntry[] };

/** Everything the UI showed, for tests (sim.ui). */
export interface UiState {
  alerts: Array<{ title?: string; message: string; buttons?: string }>;
  prompts: Array<{ title?: string; message: string; buttons?: string }>;
  /** timeoutSeconds only when the script gave one (Sheets: 5 s by default, negative: until dismissed). */
  toasts: Array<{ message: string; title?: string; timeoutSeconds?: number }>;
  menus: Array<{ title: string; items: MenuEntry[] }>;
  sidebars: Array<{ title: string; html: string }>;
  dialogs: Array<{ title: string; html: string; width?: number; height?: number }>;
  alertQueue: ButtonName[];
  promptQueue: Array<{ button: ButtonName; text: string }>;
  /**
   * Called when a question (alert with buttons, prompt) finds no scripted answer, before it answers
   * CLOSE. A host that asks a real person (the playground) may throw here to stop the run.
   */
  onUnanswered?: (question: UnansweredQuestion) => void;
}

export interface UnansweredQuestion {
  kind: 'alert' | 'prompt';
  title?: string;
  message: string;
  /** The ButtonSet name: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL. */
  buttons: string;
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
  at: Date;
}

/** Factories of the (instrumented) spreadsheet facades, so the classes need not import each other. */
export interface SpreadsheetApi {
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(model: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  range(model: SheetModel, row: number, col: number, numRows: number, numCols: number): GoogleAppsScript.Spreadsheet.Range;
  protection(data: ProtectionData): GoogleAppsScript.Spreadsheet.Protection;
}

export interface SimContext {
  runtime: Runtime;
  clock: Clock;
  ui: UiState;
  logs: LogEntry[];
  timeZone: string;
  userEmail: string;
  /** False in contexts without a user interface (time-driven triggers, web apps). */
  uiAvailable: boolean;
  /** False for a standalone script (no document it is bound to): getDocumentLock() is then null. */
  containerBound: boolean;
  htmlFiles: Record<string, string>;
  model: SpreadsheetModel;
  api: SpreadsheetApi;
  /** The script's spreadsheet writes waiting to land (spreadsheet/pending.ts). */
  pending: PendingWrites;
}
