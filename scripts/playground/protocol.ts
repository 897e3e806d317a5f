/** Shapes exchanged between the playground page, its server and the sidebar shim (JSON only). */

export interface TabView {
  name: string;
  /** The sheet's grid size (rows may be fewer: the data range). Cells beyond the data can be typed into. */
  maxRows: number;
  maxColumns: number;
  /** Display text of every cell, header row first. */
  rows: string[][];
  /** '#rrggbb' per cell, same shape as rows ('' when white). */
  backgrounds: string[][];
  /** Rows kept in view while scrolling (the header row, once *Initialiser la cohorte…* froze it). */
  frozenRows: number;
}

export type MenuItemView = { caption: string; functionName: string } | { separator: true } | { subMenu: string; items: MenuItemView[] };

export interface PanelView {
  /** Index in sim.ui.sidebars (kind 'sidebar') or sim.ui.dialogs (kind 'dialog'); the page is at `/<kind>/<id>`. */
  id: number;
  kind: 'sidebar' | 'dialog';
  title: string;
}

export interface Effects {
  alerts: Array<{ title?: string; message: string; buttons?: string }>;
  /** timeoutSeconds as the script gave it: none is 5 s, negative stays until closed (Spreadsheet.toast). */
  toasts: Array<{ title?: string; message: string; timeoutSeconds?: number }>;
  panels: PanelView[];
}

/** A file or folder the script made in the simulated Drive; Docs and PDFs open at `/drive/<id>`. */
export interface DriveItemView {
  id: string;
  name: string;
  kind: 'folder' | 'doc' | 'pdf' | 'file';
  /** Path of its folder: « PACTE — … › S1 ». */
  folder: string;
}

/** A demo cohort the page offers (scripts/playground/demos.ts). */
export interface DemoView {
  id: string;
  label: string;
  /** Its simulated day, JJ/MM/AAAA. */
  today: string;
}

export interface StateView {
  tabs: TabView[];
  menus: Array<{ title: string; items: MenuItemView[] }>;
  drive: DriveItemView[];
  /** The demo chosen (kept by « Nouveau classeur vide » for the next reload), and whether the workbook is a blank one. */
  workbook: { demo: string; blank: boolean };
  demos: DemoView[];
}

/** The buttons of Apps Script's Ui.Button a person can answer with (CLOSE: the dialog closed). */
export const ANSWER_BUTTONS = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'] as const;
export type AnswerButton = (typeof ANSWER_BUTTONS)[number];

/** A question the script asked (Ui.alert with a ButtonSet, Ui.prompt) and nobody has answered yet. */
export interface QuestionView {
  kind: 'alert' | 'prompt';
  title?: string;
  message: string;
  /** ButtonSet name: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL. */
  buttons: string;
}

/** A person's answer to one question, in the order the questions came. */
export interface Answer {
  kind: 'alert' | 'prompt';
  button: AnswerButton;
  text?: string;
}

/**
 * POST /api/menu answer. With `question`, the run stopped at a question nobody has answered yet:
 * nothing it did is kept, and the page posts the same menu item again with `answers` + the new one.
 */
export type MenuAnswer = ({ ok: true } | { ok: false; message: string }) & { state: StateView; effects: Effects; question?: QuestionView };

/** POST /api/edit answer: the cell typed, then onEdit ran (its toasts in effects). */
export type EditAnswer = ({ ok: true } | { ok: false; message: string }) & { state: StateView; effects: Effects };

/** POST /api/rpc answer: what the shim hands to the success or failure handler, plus what the call showed. */
export type RpcAnswer = ({ ok: true; value?: unknown } | { ok: false; message: string }) & { effects: Effects };

/** Messages between the sidebar iframe (shim) and the page. */
export interface RpcRequestMessage {
  type: 'pacte-rpc';
  id: string;
  fn: string;
  args: unknown[];
}
export interface RpcResultMessage {
  type: 'pacte-rpc-result';
  id: string;
  ok: boolean;
  value?: unknown;
  message?: string;
}
export interface HostMessage {
  type: 'pacte-host';
  action: 'close';
}

export { isPublicServerFunctionName } from '../../sim/server-function-name';

/** A simulated region of the rehearsal folder (GET /api/national). */
export interface NationalRegionView {
  region: string;
  promo: string;
  spreadsheetId: string;
  /** The workbook's name in the simulated Drive. */
  name: string;
  /** `pacte deploy --simulation`'s last run, JJ/MM/AAAA ('' before any). */
  lastDeploy: string;
}

/** GET /api/national: the rehearsal's regions and `pacte report`'s national lines; `empty`: what to run first. */
export interface NationalView {
  /** The rehearsal folder, relative to where the playground runs. */
  folder: string;
  regions: NationalRegionView[];
  totals: string[];
  unreadable: string[];
  empty?: string;
}

/** POST /api/national/workbook answer: a region's workbook, read-only. */
export type NationalWorkbookAnswer = { ok: true; tabs: TabView[] } | { ok: false; message: string };
