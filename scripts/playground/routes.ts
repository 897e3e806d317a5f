/**
 * The playground's routes: the page and its assets, the simulated Sheet's state, mail and Drive, the
 * sidebars (with the google.script.run shim), and the page's POSTs (menu, edit, reset, rpc, next day).
 */
import type { ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as z from 'zod/mini';
import { PDF_MIME, type SentAttachment } from '../../sim';
import { escapeHtml } from '../../src/domain/text';
import { writeXlsx } from '../workbook-file/write';
import { demoById } from './demos';
import { renderDriveFile } from './drive-view';
import { parseBody, send, sendJson, sendText } from './http';
import { nationalView, nationalWorkbook, simulationFolder } from './national';
import { isCalendar, mailAttachment, mailView, nextDay } from './mail';
import { calendarCard } from './calendar-card';
import { calendarPageBody, pageHtml as documentPage, pdfPageBody, textPageBody } from './doc-html';
import { playgroundMessages as m } from './messages';
import { Playground, type PlaygroundOptions } from './playground';
import { ANSWER_BUTTONS } from './protocol';

/** What the routes share: the bundled page, the options, and the simulated Sheet now served (a reset replaces it). */
export interface Site {
  options: PlaygroundOptions;
  appJs: string;
  shimJs: string;
  appCss: string;
  playground: Playground;
}

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
// Sidebar pages inline their script and style (as the build makes them); they reach the server only
// through the shim (postMessage), never by fetch, and stay sandboxed even when opened directly.
const PANEL_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  'sandbox allow-scripts allow-forms',
].join('; ');
/** A rendered Doc or PDF: no script at all, its own inline style only. */
const DRIVE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// A small favicon (the PACTE green square), so the browser's automatic /favicon.ico request is not a 404.
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#188038"/><path d="M4 4h5a3 3 0 0 1 0 6H6v2H4z" fill="#fff"/></svg>';

function pageHtml(): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.pageTitle)}</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<noscript>JavaScript est nécessaire pour le terrain de jeu.</noscript>
</body>
</html>
`;
}

/** The shim goes before the page's own scripts: right after <head>, else after <html>, else first. */
export function injectShim(html: string, shimCode: string, config: { origin: string; functions: string[] }): string {
  const json = escapeHtml(JSON.stringify(config));
  const tag = `<script data-pacte-shim="${json}">\n${shimCode.replace(/<\/script/gi, '<\\/script')}</script>\n`;
  for (const re of [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i]) {
    const match = re.exec(html);
    if (match) return html.slice(0, match.index + match[0].length) + '\n' + tag + html.slice(match.index + match[0].length);
  }
  return tag + html;
}

const menuBody = z.strictObject({
  functionName: z.string().check(z.maxLength(100)),
  // The answers to the questions the run asked so far (see Playground.menu), in order.
  answers: z.optional(
    z
      .array(
        z.strictObject({
          kind: z.enum(['alert', 'prompt']),
          button: z.enum(ANSWER_BUTTONS),
          text: z.optional(z.string().check(z.maxLength(10_000))),
        }),
      )
      .check(z.maxLength(20)),
  ),
});
const editBody = z.strictObject({
  tab: z.string().check(z.minLength(1), z.maxLength(100)),
  row: z.int().check(z.minimum(1), z.maximum(100_000)),
  column: z.int().check(z.minimum(1), z.maximum(1_000)),
  value: z.union([z.string().check(z.maxLength(50_000)), z.boolean()]),
});
// `demo`: the demo cohort to load (demos.ts); without it the one chosen before, so a reset keeps the choice.
const resetBody = z.strictObject({ blank: z.boolean(), demo: z.optional(z.string().check(z.maxLength(100))) });
const rpcBody = z.strictObject({
  fn: z.string().check(z.maxLength(100)),
  args: z.array(z.unknown()).check(z.maxLength(10)),
});

// A spreadsheet id of the simulated Drive (`file1`…) or of Google's form.
const nationalWorkbookBody = z.strictObject({ spreadsheetId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/)) });

const NO_EFFECTS = { alerts: [], toasts: [], panels: [] };

type PostRoute = (site: Site, body: unknown, res: ServerResponse) => void | Promise<void>;

const POST_ROUTES: Record<string, PostRoute> = {
  '/api/menu': (site, body, res) => {
    const request = parseBody(menuBody, body);
    if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
    const answer = site.playground.menu(request.data.functionName, request.data.answers ?? []);
    if (!answer) return sendJson(res, 400, { ok: false, message: m.unknownFunction(request.data.functionName) });
    return sendJson(res, 200, answer);
  },
  '/api/edit': (site, body, res) => {
    const request = parseBody(editBody, body);
    if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
    const { tab, row, column, value } = request.data;
    return sendJson(res, 200, site.playground.edit(tab, row, column, value));
  },
  '/api/reset': (site, body, res) => {
    const request = parseBody(resetBody, body);
    if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
    const demo = demoById(request.data.demo ?? site.playground.demo.id, site.playground.demos);
    if (!demo) return sendJson(res, 400, { ok: false, message: m.unknownDemo(request.data.demo ?? '') });
    site.playground = new Playground({ ...site.options, blank: request.data.blank, demo: demo.id });
    return sendJson(res, 200, {
      ok: true,
      message: m.workbookReset(request.data.blank, demo.label),
      state: site.playground.state(),
      effects: NO_EFFECTS,
    });
  },
  '/api/rpc': async (site, body, res) => {
    const request = parseBody(rpcBody, body);
    if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message, effects: NO_EFFECTS });
    const { fn, args } = request.data;
    const answer = site.playground.rpc(fn, args);
    if (!answer)
      return sendJson(res, 400, { ok: false, message: m.unknownServerFunction(fn, site.playground.publicFunctions), effects: NO_EFFECTS });
    return sendJson(res, 200, await answer);
  },
  '/api/next-day': (site, _body, res) => sendJson(res, 200, nextDay(site.playground)),
  '/api/national/workbook': async (site, body, res) => {
    const request = parseBody(nationalWorkbookBody, body);
    if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
    const tabs = await nationalWorkbook(simulationFolder(site.options.simulationDir), request.data.spreadsheetId);
    if (!tabs) return sendJson(res, 404, { ok: false, message: m.national.unknownWorkbook(request.data.spreadsheetId) });
    return sendJson(res, 200, { ok: true, tabs });
  },
};

export async function post(site: Site, pathname: string, body: unknown, res: ServerResponse): Promise<void> {
  const route = Object.hasOwn(POST_ROUTES, pathname) ? POST_ROUTES[pathname] : undefined;
  if (!route) return sendText(res, 404, m.notFound);
  await route(site, body, res);
}

/** The simulated Sheet as an .xlsx download (written to a temporary file by the CLI's own writer). */
async function sendWorkbook(site: Site, res: ServerResponse): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pacte-playground-'));
  try {
    const file = path.join(dir, 'cohorte-pacte.xlsx');
    await writeXlsx(file, site.playground.workbook());
    const bytes = await readFile(file);
    send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes, {
      'Content-Disposition': 'attachment; filename="cohorte-pacte.xlsx"',
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A file sent with an e-mail: a PDF or a text as a page, anything else as a download (never rendered). */
function sendAttachment(res: ServerResponse, file: SentAttachment | undefined) {
  if (!file) return sendText(res, 404, m.notFound);
  const name = file.name ?? m.mailPanel.unnamedAttachment;
  const text = file.content;
  const meta = m.attachmentMeta(file.contentType ?? '');
  if (file.contentType === PDF_MIME) return sendPage(res, documentPage(name, meta, pdfPageBody(text)));
  const card = isCalendar(file) ? calendarCard(text) : undefined;
  if (card) return sendPage(res, documentPage(name, meta, calendarPageBody(card, text)));
  if ((file.contentType ?? '').startsWith('text/')) return sendPage(res, documentPage(name, meta, textPageBody(text)));
  return send(res, 200, 'application/octet-stream', Buffer.from(file.content, 'utf8'), {
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

const sendPage = (res: ServerResponse, html: string) =>
  send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': DRIVE_CSP });

const GET_ROUTES: Record<string, (site: Site, res: ServerResponse) => void | Promise<void>> = {
  '/': (_site, res) =>
    send(res, 200, 'text/html; charset=utf-8', pageHtml(), { 'Content-Security-Policy': PAGE_CSP, 'X-Frame-Options': 'DENY' }),
  '/app.js': (site, res) => send(res, 200, 'text/javascript; charset=utf-8', site.appJs),
  '/app.css': (site, res) => send(res, 200, 'text/css; charset=utf-8', site.appCss),
  '/favicon.ico': (_site, res) => send(res, 200, 'image/svg+xml', FAVICON),
  '/api/state': (site, res) => sendJson(res, 200, site.playground.state()),
  '/api/mail': (site, res) => sendJson(res, 200, mailView(site.playground)),
  '/api/workbook.xlsx': sendWorkbook,
  '/api/national': async (site, res) => {
    try {
      return sendJson(res, 200, await nationalView(simulationFolder(site.options.simulationDir)));
    } catch (error) {
      // A folder the CLI refuses (a file, an unreadable manifest): its French message, not a 500.
      return sendJson(res, 500, { ok: false, message: m.national.failed(error instanceof Error ? error.message : String(error)) });
    }
  },
};

export async function get(site: Site, pathname: string, origin: string, res: ServerResponse): Promise<void> {
  const route = Object.hasOwn(GET_ROUTES, pathname) ? GET_ROUTES[pathname] : undefined;
  if (route) return route(site, res);
  const driveFile = /^\/drive\/([A-Za-z0-9_-]{10,80})$/.exec(pathname);
  if (driveFile) {
    const page = renderDriveFile(site.playground.sim, driveFile[1]!);
    if (!page) return sendText(res, 404, m.notFound);
    return sendPage(res, page);
  }
  const attachment = /^\/mail\/(\d{1,6})\/(\d{1,3})$/.exec(pathname);
  if (attachment) return sendAttachment(res, mailAttachment(site.playground, Number(attachment[1]), Number(attachment[2])));
  const panel = /^\/(sidebar|dialog)\/(\d{1,6})$/.exec(pathname);
  if (panel) {
    const list = panel[1] === 'sidebar' ? site.playground.sim.ui.sidebars : site.playground.sim.ui.dialogs;
    const entry = list[Number(panel[2])];
    if (!entry) return sendText(res, 404, m.noSidebar);
    const html = injectShim(entry.html, site.shimJs, { origin, functions: site.playground.publicFunctions });
    return send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': PANEL_CSP });
  }
  return sendText(res, 404, m.notFound);
}
