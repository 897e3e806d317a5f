/**
 * `npm start`: the local playground. A simulated Google Sheet holding the demo cohort runs the real
 * built bundle; a page on http://127.0.0.1 shows its tabs, the PACTE menu, toasts, alerts and
 * sidebars (in a sandboxed iframe talking to the server through a google.script.run shim).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import { writeXlsx } from '../workbook-file/write';
import { DIST_DIR } from '../gas/load-bundle';
import { renderDriveFile } from './drive-view';
import { playgroundMessages as m } from './messages';
import { Playground, type PlaygroundOptions } from './playground';
import { mailView, nextDay } from './mail';
import { ANSWER_BUTTONS } from './protocol';

const CLIENT_DIR = path.join(__dirname, 'client');
const MAX_BODY = 1024 * 1024;

export interface PlaygroundServer {
  url: string;
  /** The simulated Sheet now served (« Nouveau classeur vide » replaces it). */
  readonly playground: Playground;
  close(): Promise<void>;
}

async function bundleClient(file: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(CLIENT_DIR, file)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const PAGE_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "frame-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');
// Sidebar pages inline their script and style (as the build makes them); they reach the server only
// through the shim (postMessage), never by fetch, and stay sandboxed even when opened directly.
const PANEL_CSP = [
  "default-src 'none'", "script-src 'unsafe-inline'", "style-src 'unsafe-inline'", 'img-src data:', "font-src data:",
  "connect-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'self'", 'sandbox allow-scripts allow-forms',
].join('; ');

/** A rendered Doc or PDF: no script at all, its own inline style only. */
const DRIVE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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

/** Deeper than any sidebar argument: nesting past this is refused before anything walks it recursively. */
const MAX_DEPTH = 32;

/** The nesting depth of a parsed JSON value, walked without recursion (so no stack to exhaust). */
export function jsonDepth(value: unknown, limit = MAX_DEPTH): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

const menuBody = z.strictObject({
  functionName: z.string().check(z.maxLength(100)),
  // The answers to the questions the run asked so far (see Playground.menu), in order.
  answers: z.optional(z.array(z.strictObject({
    kind: z.enum(['alert', 'prompt']),
    button: z.enum(ANSWER_BUTTONS),
    text: z.optional(z.string().check(z.maxLength(10_000))),
  })).check(z.maxLength(20))),
});
const editBody = z.strictObject({
  tab: z.string().check(z.minLength(1), z.maxLength(100)),
  row: z.int().check(z.minimum(1), z.maximum(100_000)),
  column: z.int().check(z.minimum(1), z.maximum(1_000)),
  value: z.union([z.string().check(z.maxLength(50_000)), z.boolean()]),
});
const resetBody = z.strictObject({ blank: z.boolean() });

/** `PORT` as given: a whole number 0–65535 (0: any free port), else undefined. Unset: 8080. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return 8080;
  if (!/^\d{1,5}$/.test(value.trim())) return undefined;
  const port = Number(value.trim());
  return port <= 65_535 ? port : undefined;
}

// A small favicon (the PACTE green square), so the browser's automatic /favicon.ico request is not a 404.
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#188038"/><path d="M4 4h5a3 3 0 0 1 0 6H6v2H4z" fill="#fff"/></svg>';
const rpcBody = z.strictObject({
  fn: z.string().check(z.maxLength(100)),
  args: z.array(z.unknown()).check(z.maxLength(10)),
});

/** The body as the route expects it, or one French line saying what is wrong (first fault found). */
function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown): { ok: true; data: z.infer<S> } | { ok: false; message: string } {
  if (jsonDepth(body) > MAX_DEPTH) return { ok: false, message: m.tooDeep(MAX_DEPTH) };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return { ok: false, message: m.unexpectedFields(issue.keys) };
  if (issue.path.length === 0) return { ok: false, message: m.badRequest };
  return { ok: false, message: m.badField(field, issue.code === 'too_big' ? m.tooLong : m.expectedType(field)) };
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      return reject(new HttpError(415, m.badRequest));
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) {
      req.resume();
      return reject(new HttpError(413, m.tooLarge));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > MAX_BODY) {
        failed = true;
        reject(new HttpError(413, m.tooLarge));
        return;
      }
      chunks.push(c);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (failed) return;
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
        resolve(body as Record<string, unknown>);
      } catch {
        reject(new HttpError(400, m.badRequest));
      }
    });
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...headers,
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), { 'Content-Security-Policy': "default-src 'none'" });

export async function startPlayground(options: { port?: number; host?: string; quiet?: boolean } & PlaygroundOptions = {}): Promise<PlaygroundServer> {
  const dist = options.dist ?? DIST_DIR;
  if (!existsSync(path.join(dist, 'Code.js'))) throw new Error(m.missingBundle);
  const host = options.host ?? '127.0.0.1';
  // The playground has no authentication: it must never be reachable from another machine.
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) throw new Error(`host ${host} refusé : 127.0.0.1 uniquement`);
  const [appJs, shimJs, appCss] = await Promise.all([
    bundleClient('app.ts'), bundleClient('shim.ts'), readFile(path.join(CLIENT_DIR, 'app.css'), 'utf8'),
  ]);
  let playground = new Playground(options);
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    // DNS rebinding: a page on another name resolving to 127.0.0.1 must not reach the playground.
    if (!allowedHosts().has(hostHeader)) return send(res, 421, 'text/plain; charset=utf-8', m.badHost);
    const origin = `http://${hostHeader}`;
    const url = new URL(req.url ?? '/', origin);
    const route = `${req.method} ${url.pathname}`;

    if (req.method === 'POST') {
      // Only the page itself posts (the sandboxed sidebar has origin 'null' and goes through postMessage).
      if (req.headers.origin !== origin) return send(res, 403, 'text/plain; charset=utf-8', m.badOrigin);
      const body = await readJson(req);
      const noEffects = { alerts: [], toasts: [], panels: [] };
      if (route === 'POST /api/menu') {
        const request = parseBody(menuBody, body);
        if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
        const answer = playground.menu(request.data.functionName, request.data.answers ?? []);
        if (!answer) return sendJson(res, 400, { ok: false, message: m.unknownFunction(request.data.functionName) });
        return sendJson(res, 200, answer);
      }
      if (route === 'POST /api/edit') {
        const request = parseBody(editBody, body);
        if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
        const { tab, row, column, value } = request.data;
        return sendJson(res, 200, playground.edit(tab, row, column, value));
      }
      if (route === 'POST /api/reset') {
        const request = parseBody(resetBody, body);
        if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message });
        playground = new Playground({ ...options, blank: request.data.blank });
        return sendJson(res, 200, { ok: true, message: m.workbookReset(request.data.blank), state: playground.state(), effects: noEffects });
      }
      if (route === 'POST /api/rpc') {
        const request = parseBody(rpcBody, body);
        if (!request.ok) return sendJson(res, 400, { ok: false, message: request.message, effects: noEffects });
        const { fn, args } = request.data;
        const answer = playground.rpc(fn, args);
        if (!answer) return sendJson(res, 400, { ok: false, message: m.unknownServerFunction(fn, playground.publicFunctions), effects: noEffects });
        return sendJson(res, 200, await answer);
      }
      if (route === 'POST /api/next-day') return sendJson(res, 200, nextDay(playground));
      return send(res, 404, 'text/plain; charset=utf-8', m.notFound);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', m.notFound, { Allow: 'GET, POST' });

    if (url.pathname === '/') {
      return send(res, 200, 'text/html; charset=utf-8', pageHtml(), { 'Content-Security-Policy': PAGE_CSP, 'X-Frame-Options': 'DENY' });
    }
    if (url.pathname === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', appJs);
    if (url.pathname === '/app.css') return send(res, 200, 'text/css; charset=utf-8', appCss);
    if (url.pathname === '/favicon.ico') return send(res, 200, 'image/svg+xml', FAVICON);
    if (url.pathname === '/api/state') return sendJson(res, 200, playground.state());
    if (url.pathname === '/api/mail') return sendJson(res, 200, mailView(playground));
    if (url.pathname === '/api/workbook.xlsx') {
      const dir = await mkdtemp(path.join(tmpdir(), 'pacte-playground-'));
      try {
        const file = path.join(dir, 'cohorte-pacte.xlsx');
        await writeXlsx(file, playground.workbook());
        const bytes = await readFile(file);
        return send(res, 200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes, {
          'Content-Disposition': 'attachment; filename="cohorte-pacte.xlsx"',
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    const driveFile = /^\/drive\/([A-Za-z0-9_-]{10,80})$/.exec(url.pathname);
    if (driveFile) {
      const page = renderDriveFile(playground.sim, driveFile[1]!);
      if (!page) return send(res, 404, 'text/plain; charset=utf-8', m.notFound);
      return send(res, 200, 'text/html; charset=utf-8', page, { 'Content-Security-Policy': DRIVE_CSP });
    }
    const panel = /^\/(sidebar|dialog)\/(\d{1,6})$/.exec(url.pathname);
    if (panel) {
      const list = panel[1] === 'sidebar' ? playground.sim.ui.sidebars : playground.sim.ui.dialogs;
      const entry = list[Number(panel[2])];
      if (!entry) return send(res, 404, 'text/plain; charset=utf-8', m.noSidebar);
      const html = injectShim(entry.html, shimJs, { origin, functions: playground.publicFunctions });
      return send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': PANEL_CSP });
    }
    return send(res, 404, 'text/plain; charset=utf-8', m.notFound);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return send(res, error.status, 'text/plain; charset=utf-8', error.message, { Connection: 'close' });
      if (!options.quiet) console.error(error);
      send(res, 500, 'text/plain; charset=utf-8', m.serverError);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get playground() {
      return playground;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const port = parsePort(process.env.PORT);
  if (port === undefined) {
    console.error(m.startFailed(m.badPort(process.env.PORT ?? '')));
    process.exit(1);
  }
  startPlayground({ port }).then(
    ({ url }) => {
      console.log(m.listening(url));
      console.log(m.stopHint);
    },
    (error: unknown) => {
      const code = (error as { code?: string }).code;
      const why = code === 'EADDRINUSE' ? m.portInUse(port) : error instanceof Error ? error.message : String(error);
      console.error(m.startFailed(why));
      process.exit(1);
    },
  );
}
