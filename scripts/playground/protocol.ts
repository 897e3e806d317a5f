/** Shapes exchanged between the playground page, its server and the sidebar shim (JSON only). */

export interface TabView {
  name: string;
  /** Display text of every cell, header row first. */
  rows: string[][];
  /** '#rrggbb' per cell, same shape as rows ('' when white). */
  backgrounds: string[][];
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
  toasts: Array<{ title?: string; message: string }>;
  panels: PanelView[];
}

export interface StateView {
  tabs: TabView[];
  menus: Array<{ title: string; items: MenuItemView[] }>;
}

/** POST /api/menu answer. */
export type MenuAnswer = ({ ok: true } | { ok: false; message: string }) & { state: StateView; effects: Effects };

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
