/**
 * The simulated Google as an HTTP server on 127.0.0.1 (a free port), for the REAL client libraries:
 * PACTE_GOOGLE_API_ROOT points them here. Who calls: the bearer token names the account (`users`, else
 * coordination@example.org); a request without one is refused as Google refuses it (401). Each request
 * runs whole in the store (memory, or a folder that keeps the regions between commands).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, errorBody, unauthenticated } from './errors';
import { DEFAULT_USER, type GoogleStore } from './model';
import { route } from './routes';

/** One request as read off the wire. */
export interface SimRequest {
  /** 1-based, in arrival order. */
  n: number;
  method: string;
  url: URL;
  raw: string;
  authorization: string | undefined;
}

export interface SimAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The largest JSON body accepted (a whole add-on upload is ~0.5 MB). */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export class SimulatedGoogle {
  /** Bearer token → the account's e-mail (any other token: DEFAULT_USER). */
  readonly users = new Map<string, string>();
  url = '';
  private seq = 0;
  private readonly server = createServer((req, res) => void this.handle(req, res));

  constructor(readonly store: GoogleStore) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY_BYTES) return void res.writeHead(413).end();
      chunks.push(c as Buffer);
    }
    const request: SimRequest = {
      n: ++this.seq,
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://x'),
      raw: Buffer.concat(chunks).toString('utf8'),
      authorization: req.headers.authorization,
    };
    const answer = await this.answer(request);
    if (!answer) return; // never answered: the connection stays open (a test's silent Google)
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  }

  /** The answer to one request; undefined leaves it unanswered. Tests override it to inject failures. */
  protected async answer(request: SimRequest): Promise<SimAnswer | undefined> {
    const token = /^Bearer (\S+)/.exec(request.authorization ?? '')?.[1];
    if (!token) return failed(unauthenticated());
    const user = this.users.get(token) ?? DEFAULT_USER;
    try {
      const body: unknown = request.raw ? JSON.parse(request.raw) : undefined;
      const result = await this.store.transact((state) => route(state, { method: request.method, url: request.url, body, user }));
      return { status: 200, body: result };
    } catch (e) {
      if (e instanceof ApiError) return failed(e);
      if (e instanceof SyntaxError) return failed(new ApiError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.', 'parseError'));
      return failed(new ApiError(500, 'INTERNAL', String(e), 'backendError'));
    }
  }
}

export function failed(e: ApiError): SimAnswer {
  return { status: e.code, body: errorBody(e), headers: e.headers };
}
