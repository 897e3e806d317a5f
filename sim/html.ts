import type { SimContext } from './context';
import { gasError } from './errors';

/** https://developers.google.com/apps-script/reference/html/sandbox-mode */
export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
/** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

/** Meta tags HtmlOutput.addMetaTag accepts: https://developers.google.com/apps-script/reference/html/html-output#addmetatagname,-content */
const META_NAMES = [
  'apple-mobile-web-app-capable',
  'apple-mobile-web-app-status-bar-style',
  'apple-mobile-web-app-title',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
];

/** https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutput {
  _content: string;
  _title = '';
  _width: number | undefined;
  _height: number | undefined;
  _sandbox = 'IFRAME';
  _xFrame = 'DEFAULT';
  _meta: Array<{ name: string; content: string }> = [];
  _favicon: string | undefined;
  constructor(
    private readonly ctx: SimContext,
    content: string,
  ) {
    this._content = content;
  }
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this.ctx.runtime.instrument(this, 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string) {
    this._content = String(content);
    return this.self();
  }
  append(addedContent: string) {
    this._content += String(addedContent);
    return this.self();
  }
  appendUntrusted(addedContent: string) {
    this._content += String(addedContent)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
    return this.self();
  }
  clear() {
    this._content = '';
    return this.self();
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string) {
    this._title = String(title);
    return this.self();
  }
  /** Unset sizes read as 0 here (Google applies its own defaults when showing). */
  getWidth(): number {
    return this._width ?? 0;
  }
  getHeight(): number {
    return this._height ?? 0;
  }
  setWidth(width: number) {
    if (!Number.isInteger(width) || width < 0) throw gasError('Invalid argument: width');
    this._width = width;
    return this.self();
  }
  setHeight(height: number) {
    if (!Number.isInteger(height) || height < 0) throw gasError('Invalid argument: height');
    this._height = height;
    return this.self();
  }
  // Only IFRAME is supported nowadays; other modes are silently replaced by it:
  // https://developers.google.com/apps-script/reference/html/html-output#setsandboxmodemode
  setSandboxMode(mode: unknown) {
    if (!Object.values(SandboxMode).includes(String(mode) as 'IFRAME')) throw gasError('Invalid argument: mode');
    this._sandbox = 'IFRAME';
    return this.self();
  }
  getSandboxMode() {
    return this._sandbox;
  }
  setXFrameOptionsMode(mode: unknown) {
    if (!Object.values(XFrameOptionsMode).includes(String(mode) as 'DEFAULT')) throw gasError('Invalid argument: mode');
    this._xFrame = String(mode);
    return this.self();
  }
  addMetaTag(name: string, content: string) {
    if (!META_NAMES.includes(String(name))) throw gasError(`Invalid argument: name (meta tag "${name}" is not allowed)`);
    this._meta.push({ name: String(name), content: String(content) });
    return this.self();
  }
  getMetaTags() {
    return this._meta.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }
  setFaviconUrl(iconUrl: string) {
    this._favicon = String(iconUrl);
    return this.self();
  }
  getFaviconUrl(): string | null {
    return this._favicon ?? null;
  }
}

/** https://developers.google.com/apps-script/reference/html/html-service */
export function createHtmlService(ctx: SimContext): GoogleAppsScript.HTML.HtmlService {
  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: string) {
      return ctx.runtime.instrument(new HtmlOutput(ctx, html === undefined ? '' : String(html)), 'HtmlOutput');
    },
    // Project files are looked up by name without the .html extension.
    createHtmlOutputFromFile(filename: string) {
      const name = String(filename).replace(/\.html$/, '');
      const content = ctx.htmlFiles[name];
      if (content === undefined) throw gasError(`No HTML file named ${name} was found.`);
      return ctx.runtime.instrument(new HtmlOutput(ctx, content), 'HtmlOutput');
    },
  };
  return ctx.runtime.instrument(service, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
