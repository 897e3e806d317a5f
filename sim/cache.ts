import type { SimContext } from './context';
import { gasError } from './errors';

/**
 * https://developers.google.com/apps-script/reference/cache/cache
 * Default TTL 600 s, maximum 21600 s; keys up to 250 characters; values up to 100 KB.
 * Expiry follows the simulated clock.
 */
export const DEFAULT_TTL_S = 600;
export const MAX_TTL_S = 21600;
export const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 100 * 1024;

type Store = Map<string, { value: string; expiresMs: number }>;

export class Cache {
  constructor(
    private readonly ctx: SimContext,
    private readonly store: Store,
  ) {}
  private checkKey(key: unknown): string {
    if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
    if (key.length > MAX_KEY_LENGTH) throw gasError('Argument too large: key');
    return key;
  }
  private ttl(expirationInSeconds: number | undefined): number {
    const t = expirationInSeconds ?? DEFAULT_TTL_S;
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 1 || t > MAX_TTL_S) throw gasError('Invalid argument: expirationInSeconds');
    return t;
  }
  private set(key: string, value: unknown, ttlS: number): void {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw gasError('Argument too large: value');
    this.store.set(key, { value: v, expiresMs: this.ctx.clock.nowMs() + ttlS * 1000 });
  }
  get(key: string): string | null {
    const k = this.checkKey(key);
    const e = this.store.get(k);
    if (!e) return null;
    if (this.ctx.clock.nowMs() >= e.expiresMs) {
      this.store.delete(k);
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.set(this.checkKey(key), value, this.ttl(expirationInSeconds));
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    const ttl = this.ttl(expirationInSeconds);
    for (const [k, v] of Object.entries(values)) this.set(this.checkKey(k), v, ttl);
  }
  remove(key: string): void {
    this.store.delete(this.checkKey(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(this.checkKey(k));
  }
}

export function createCacheService(ctx: SimContext): GoogleAppsScript.Cache.CacheService {
  const script: Store = new Map();
  const doc: Store = new Map();
  const users = new Map<string, Store>();
  const wrap = (s: Store) => ctx.runtime.instrument(new Cache(ctx, s), 'Cache');
  const service = {
    getScriptCache: () => wrap(script),
    getDocumentCache: () => wrap(doc),
    getUserCache: () => {
      let s = users.get(ctx.userEmail);
      if (!s) users.set(ctx.userEmail, (s = new Map()));
      return wrap(s);
    },
  };
  return ctx.runtime.instrument(service, 'CacheService') as unknown as GoogleAppsScript.Cache.CacheService;
}
