/**
 * The playground server's HTTP plumbing: JSON bodies read within bounds, validated with zod into one
 * French line, and every answer sent with the same protective headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod/mini';
import { playgroundMessages as m } from './messages';

const MAX_BODY = 1024 * 1024;
/** Deeper than any sidebar argument: nesting past this is refused before anything walks it recursively. */
const MAX_DEPTH = 32;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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

/** The body as the route expects it, or one French line saying what is wrong (first fault found). */
export function parseBody<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; message: string } {
  if (jsonDepth(body) > MAX_DEPTH) return { ok: false, message: m.tooDeep(MAX_DEPTH) };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return { ok: false, message: m.unexpectedFields(issue.keys) };
  if (issue.path.length === 0) return { ok: false, message: m.badRequest };
  return { ok: false, message: m.badField(field, issue.code === 'too_big' ? m.tooLong : m.expectedType(field)) };
}

/** A JSON object body of at most MAX_BODY bytes (declared or streamed), else an HttpError. */
export function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
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

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
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

export const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), { 'Content-Security-Policy': "default-src 'none'" });

export const sendText = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
  send(res, status, 'text/plain; charset=utf-8', text, headers);
