/**
 * `npm start`: the local playground. A simulated Google Sheet holding the demo cohort runs the real
 * built bundle; a page on http://127.0.0.1 shows its tabs, the PACTE menu, toasts, alerts and
 * sidebars (in a sandboxed iframe talking to the server through a google.script.run shim).
 * The routes: routes.ts; reading and answering HTTP: http.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { DIST_DIR } from '../gas/load-bundle';
import { HttpError, readJson, send, sendText } from './http';
import { playgroundMessages as m } from './messages';
import { Playground, type PlaygroundOptions } from './playground';
import { get, post, type Site } from './routes';

export { jsonDepth } from './http';
export { injectShim } from './routes';

const CLIENT_DIR = path.join(__dirname, 'client');

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

/** `PORT` as given: a whole number 0–65535 (0: any free port), else undefined. Unset: 8080. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return 8080;
  if (!/^\d{1,5}$/.test(value.trim())) return undefined;
  const port = Number(value.trim());
  return port <= 65_535 ? port : undefined;
}

/** One request: the host and origin checked, then its route. */
async function handle(site: Site, port: number, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const hostHeader = (req.headers.host ?? '').toLowerCase();
  // DNS rebinding: a page on another name resolving to 127.0.0.1 must not reach the playground.
  if (![`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(hostHeader)) return sendText(res, 421, m.badHost);
  const origin = `http://${hostHeader}`;
  const url = new URL(req.url ?? '/', origin);
  if (req.method === 'POST') {
    // Only the page itself posts (the sandboxed sidebar has origin 'null' and goes through postMessage).
    if (req.headers.origin !== origin) return sendText(res, 403, m.badOrigin);
    return post(site, url.pathname, await readJson(req), res);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, m.notFound, { Allow: 'GET, POST' });
  return get(site, url.pathname, origin, res);
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

export async function startPlayground(
  options: { port?: number; host?: string; quiet?: boolean } & PlaygroundOptions = {},
): Promise<PlaygroundServer> {
  const dist = options.dist ?? DIST_DIR;
  if (!existsSync(path.join(dist, 'Code.js'))) throw new Error(m.missingBundle);
  const host = options.host ?? '127.0.0.1';
  // The playground has no authentication: it must never be reachable from another machine.
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) throw new Error(`host ${host} refusé : 127.0.0.1 uniquement`);
  const [appJs, shimJs, appCss] = await Promise.all([
    bundleClient('app.ts'),
    bundleClient('shim.ts'),
    readFile(path.join(CLIENT_DIR, 'app.css'), 'utf8'),
  ]);
  const site: Site = { options, appJs, shimJs, appCss, playground: new Playground(options) };
  let port = 0;
  const server = createServer((req, res) => {
    handle(site, port, req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return send(res, error.status, 'text/plain; charset=utf-8', error.message, { Connection: 'close' });
      if (!options.quiet) console.error(error);
      send(res, 500, 'text/plain; charset=utf-8', m.serverError);
    });
  });
  port = await listen(server, options.port ?? 8080, host);
  return {
    url: `http://127.0.0.1:${port}`,
    get playground() {
      return site.playground;
    },
    close: () =>
      new Promise<void>((resolve) => {
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
