/**
 * A lock file beside a file several `pacte` processes update (the regions' manifest): `<file>.lock`,
 * created with O_EXCL (`wx`), so that exactly one process holds it; it says who holds it (process,
 * computer, since when) for the French message, and a random token so that a holder never removes
 * another's lock. See docs/manifest-lock.md for why not a library.
 *
 * A lock left by a crashed process does not block forever: it is taken over when its process is known
 * dead (same computer, no such process), when it is older than `staleMs` (a manifest update holds it for
 * milliseconds), or when it is empty or unreadable for more than a few seconds (a crash between its
 * creation and its first write). Taking over is itself done under `<file>.lock.break`, re-reading the
 * lock there: two processes that both judge a lock stale never remove the lock a third one just made.
 * Any other lock is waited for, then refused in French after `waitMs`.
 */
import { randomUUID } from 'node:crypto';
import { type FileHandle, open, readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import * as z from 'zod/mini';

export interface LockOptions {
  /** How long to wait for a live holder before giving up (ms). */
  waitMs?: number;
  /** A lock older than this is stale whoever holds it (ms). */
  staleMs?: number;
}

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/** The lock is held by a live process (or one that cannot be judged dead) for longer than waitMs. */
export class LockBusy extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(`${lockFile} is held`);
    this.name = 'LockBusy';
  }
}

const holderSchema = z.object({ pid: z.number(), host: z.string(), since: z.string(), token: z.string() });
type Held = z.infer<typeof holderSchema>;

/** Empty or unreadable for this long: its creator died between creating and writing it. */
const GARBLED_STALE_MS = 5_000;
/** A breaker lock older than this was left by a crash (taking over lasts microseconds). */
const BREAKER_STALE_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** Creates `lock` with `content` only if it does not exist; false when another holds it. */
async function create(lock: string, content: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(lock, 'wx');
  } catch (e) {
    if (code(e) === 'EEXIST') return false;
    throw e;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/** The lock as it stands: its text, parsed holder (if readable) and file identity; undefined when gone. */
export async function look(lock: string): Promise<{ text: string; held?: Held; identity: string; mtimeMs: number } | undefined> {
  try {
    const info = await stat(lock);
    const text = await readFile(lock, 'utf8');
    let held: Held | undefined;
    try {
      held = holderSchema.parse(JSON.parse(text));
    } catch {
      held = undefined;
    }
    return { text, ...(held ? { held } : {}), identity: `${info.ino}:${info.mtimeMs}:${text}`, mtimeMs: info.mtimeMs };
  } catch (e) {
    if (code(e) === 'ENOENT') return undefined;
    throw e;
  }
}

/** Whether a process runs on this computer: signal 0 checks without sending anything. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM'; // it exists, run by another user
  }
}

function stale(seen: NonNullable<Awaited<ReturnType<typeof look>>>, staleMs: number, now: number): boolean {
  if (!seen.held) return now - seen.mtimeMs > GARBLED_STALE_MS;
  const since = Date.parse(seen.held.since);
  if (Number.isNaN(since) || now - since > staleMs) return true;
  return seen.held.host === os.hostname() && !alive(seen.held.pid);
}

/**
 * Removes the lock judged stale, if it is still that very lock, under the breaker lock. False when
 * another process is taking it over (the caller waits as for a live lock).
 */
export async function takeOver(lock: string, identity: string): Promise<boolean> {
  const breaker = `${lock}.break`;
  if (!(await create(breaker, String(process.pid)))) {
    const info = await stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > BREAKER_STALE_MS) await unlink(breaker).catch(() => undefined);
    return false;
  }
  try {
    const again = await look(lock);
    if (again?.identity === identity) await unlink(lock).catch(() => undefined);
    return true;
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

/** Runs `fn` holding `<target>.lock`; the lock is released after, whatever happens. */
export async function withFileLock<T>(target: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = `${target}.lock`;
  const token = randomUUID();
  const content = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token } satisfies Held);
  const deadline = Date.now() + (options.waitMs ?? 15_000);
  const staleMs = options.staleMs ?? 10 * 60_000;
  for (;;) {
    if (await create(lock, content)) break;
    const seen = await look(lock);
    if (!seen) continue;
    if (stale(seen, staleMs, Date.now()) && (await takeOver(lock, seen.identity))) continue;
    if (Date.now() > deadline) {
      const { pid, host, since } = seen.held ?? { pid: 0, host: '', since: '' };
      throw new LockBusy(lock, seen.held ? { pid, host, since } : undefined);
    }
    await sleep(10 + Math.random() * 40);
  }
  try {
    return await fn();
  } finally {
    // Only our own lock: a lock taken over from us (we were judged stale) is another's now.
    const mine = await look(lock).catch(() => undefined);
    if (mine?.held?.token === token) await unlink(lock).catch(() => undefined);
  }
}
