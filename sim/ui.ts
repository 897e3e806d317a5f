import type { ButtonName, MenuEntry, SimContext } from './context';
import { gasError } from './errors';
import { HtmlOutput } from './html';
import { raw } from './runtime';

/** https://developers.google.com/apps-script/reference/base/button */
export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
/** https://developers.google.com/apps-script/reference/base/button-set */
export const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
const BUTTONS_OF: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
/** The add-on menu is titled with the add-on's name; the simulator records it under this title. */
export const ADDON_MENU_TITLE = 'Add-on';

/** https://developers.google.com/apps-script/reference/base/menu */
export class Menu {
  readonly _items: MenuEntry[] = [];
  constructor(
    private readonly ctx: SimContext,
    readonly _title: string,
  ) {}
  private self(): GoogleAppsScript.Base.Menu {
    return this.ctx.runtime.instrument(this, 'Menu') as unknown as GoogleAppsScript.Base.Menu;
  }
  addItem(caption: string, functionName: string) {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw gasError(`The parameters (${typeof caption},${typeof functionName}) don't match the method signature for Menu.addItem.`);
    }
    this._items.push({ caption, functionName });
    return this.self();
  }
  addSeparator() {
    this._items.push({ separator: true });
    return this.self();
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu) {
    const m = raw(menu) as unknown;
    if (!(m instanceof Menu)) throw gasError('Invalid argument: menu');
    this._items.push({ subMenu: m._title, items: m._items });
    return this.self();
  }
  // https://developers.google.com/apps-script/reference/base/menu#addtoui : a menu with the same title is replaced.
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const entry = { title: this._title, items: this._items };
    const i = menus.findIndex((m) => m.title === this._title);
    if (i >= 0) menus[i] = entry;
    else menus.push(entry);
  }
}

/** https://developers.google.com/apps-script/reference/base/prompt-response */
class PromptResponse {
  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

function dialogArgs(args: unknown[], method: string): { title?: string; message: string; buttons?: string } {
  const isSet = (v: unknown) => typeof v === 'string' && v in BUTTONS_OF;
  const str = (v: unknown) => {
    if (typeof v !== 'string') throw gasError(`The parameters don't match the method signature for Ui.${method}.`);
    return v;
  };
  if (args.length === 1) return { message: str(args[0]) };
  if (args.length === 2) {
    if (!isSet(args[1])) throw gasError(`The parameters don't match the method signature for Ui.${method}.`);
    return { message: str(args[0]), buttons: args[1] as string };
  }
  if (args.length === 3) {
    if (!isSet(args[2])) throw gasError(`The parameters don't match the method signature for Ui.${method}.`);
    return { title: str(args[0]), message: str(args[1]), buttons: args[2] as string };
  }
  throw gasError(`The parameters don't match the method signature for Ui.${method}.`);
}

/**
 * https://developers.google.com/apps-script/reference/base/ui
 * Dialog answers are scripted with sim.ui.queueAlertResponse / queuePromptResponse. With no scripted
 * answer, a dialog with buttons returns Button.CLOSE (the user closed it); alert(prompt) alone returns OK.
 */
export class Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly ctx: SimContext) {}

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.ctx.runtime.instrument(new Menu(this.ctx, String(caption)), 'Menu') as unknown as GoogleAppsScript.Base.Menu;
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.ctx.runtime.instrument(new Menu(this.ctx, ADDON_MENU_TITLE), 'Menu') as unknown as GoogleAppsScript.Base.Menu;
  }
  // https://developers.google.com/apps-script/reference/base/ui#alertprompt
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const a = dialogArgs(args, 'alert');
    this.ctx.ui.alerts.push(a);
    if (a.buttons === undefined) return Button.OK as unknown as GoogleAppsScript.Base.Button;
    if (this.ctx.ui.alertQueue.length === 0) this.ctx.ui.onUnanswered?.({ kind: 'alert', ...a, buttons: a.buttons });
    const queued = this.ctx.ui.alertQueue.shift() ?? 'CLOSE';
    checkAnswer(queued, a.buttons);
    return queued as unknown as GoogleAppsScript.Base.Button;
  }
  // https://developers.google.com/apps-script/reference/base/ui#promptprompt
  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    const a = dialogArgs(args, 'prompt');
    this.ctx.ui.prompts.push(a);
    if (this.ctx.ui.promptQueue.length === 0) this.ctx.ui.onUnanswered?.({ kind: 'prompt', ...a, buttons: a.buttons ?? 'OK' });
    const queued = this.ctx.ui.promptQueue.shift() ?? { button: 'CLOSE' as ButtonName, text: '' };
    checkAnswer(queued.button, a.buttons ?? 'OK');
    return this.ctx.runtime.instrument(
      new PromptResponse(queued.button, queued.text),
      'PromptResponse',
    ) as unknown as GoogleAppsScript.Base.PromptResponse;
  }
  // https://developers.google.com/apps-script/reference/base/ui#showsidebaruserinterface
  showSidebar(userInterface: unknown): void {
    const h = html(userInterface);
    this.ctx.ui.sidebars.push({ title: h._title, html: h._content });
  }
  // https://developers.google.com/apps-script/reference/base/ui#showmodaldialoguserinterface,-title
  showModalDialog(userInterface: unknown, title: string): void {
    this.dialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this.dialog(userInterface, title, false);
  }
  private dialog(userInterface: unknown, title: string, modal: boolean): void {
    const h = html(userInterface);
    if (typeof title !== 'string')
      throw gasError(`The parameters don't match the method signature for Ui.show${modal ? 'Modal' : 'Modeless'}Dialog.`);
    // Modal and modeless dialogs are recorded alike.
    void modal;
    const d: SimContext['ui']['dialogs'][number] = { title, html: h._content };
    if (h._width !== undefined) d.width = h._width;
    if (h._height !== undefined) d.height = h._height;
    this.ctx.ui.dialogs.push(d);
  }
}

function html(userInterface: unknown): HtmlOutput {
  const h = raw(userInterface);
  if (!(h instanceof HtmlOutput)) throw gasError('Invalid argument: userInterface');
  return h;
}

function checkAnswer(button: ButtonName, set: string): void {
  if (button !== 'CLOSE' && !BUTTONS_OF[set]!.includes(button)) {
    throw new Error(`Simulator: the scripted answer ${button} is not a button of ButtonSet.${set}.`);
  }
}
