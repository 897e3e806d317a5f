import type { SimContext } from './context';
import { gasError } from './errors';

/**
 * https://developers.google.com/apps-script/reference/properties
 * Quotas: 9 KB per value, 500 KB per property store:
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * Values are stored as strings (non-strings are converted with String()).
 */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function storeSize(map: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of map) n += bytes(k) + bytes(v);
  return n;
}

export class Properties {
  constructor(
    private readonly ctx: SimContext,
    private readonly map: Map<string, string>,
  ) {}
  private self(): GoogleAppsScript.Properties.Properties {
    return this.ctx.runtime.instrument(this, 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  }
  private checked(entries: Array<[string, string]>, replaceAll: boolean): Map<string, string> {
    const next = replaceAll ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of entries) {
      if (bytes(v) > MAX_VALUE_BYTES) throw gasError('Argument too large: value');
      next.set(k, v);
    }
    if (storeSize(next) > MAX_STORE_BYTES)
      throw gasError('You have exceeded the property storage quota. Please remove some properties and try again.');
    return next;
  }
  private commit(next: Map<string, string>): void {
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }
  getProperty(key: string): string | null {
    return this.map.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown) {
    if (key === null || key === undefined || String(key) === '') throw gasError('Invalid argument: key');
    this.commit(this.checked([[String(key), String(value)]], false));
    return this.self();
  }
  // https://developers.google.com/apps-script/reference/properties/properties#setpropertiesproperties,-deleteallothers
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false) {
    if (properties === null || typeof properties !== 'object') throw gasError('Invalid argument: properties');
    const entries = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    this.commit(this.checked(entries, !!deleteAllOthers));
    return this.self();
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
  getKeys(): string[] {
    return [...this.map.keys()];
  }
  deleteProperty(key: string) {
    this.map.delete(String(key));
    return this.self();
  }
  deleteAllProperties() {
    this.map.clear();
    return this.self();
  }
}

export function createPropertiesService(ctx: SimContext): GoogleAppsScript.Properties.PropertiesService {
  const script = new Map<string, string>();
  const doc = new Map<string, string>();
  const users = new Map<string, Map<string, string>>();
  const wrap = (m: Map<string, string>) => ctx.runtime.instrument(new Properties(ctx, m), 'Properties');
  const service = {
    getScriptProperties: () => wrap(script),
    getDocumentProperties: () => wrap(doc),
    getUserProperties: () => {
      let m = users.get(ctx.userEmail);
      if (!m) users.set(ctx.userEmail, (m = new Map()));
      return wrap(m);
    },
  };
  return ctx.runtime.instrument(service, 'PropertiesService') as unknown as GoogleAppsScript.Properties.PropertiesService;
}
