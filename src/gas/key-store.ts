/**
 * The claimed e-mail keys in the document's properties (src/domain/key-store.ts says how they are
 * packed). Read and written under the document lock by the sending runs, so two runs never lose
 * each other's keys. One read (getProperties) and one write (setProperties) per change.
 */
import { decodeKeys, encodeKeys } from '../domain/key-store';

const PREFIX = 'pacte.cles.';
/** Set once the keys already in `Journal` have been copied in (the store's first run). */
const READY = 'pacte.cles';

export interface KeyStore {
  /** False until the first run copied `Journal`'s keys in. */
  readonly ready: boolean;
  readonly keys: ReadonlySet<string>;
  /** Every document property as read with the keys (what a sending records beside its keys). */
  readonly properties: Readonly<Record<string, string>>;
  /**
   * Writes the store with these keys added and those removed, and `extra` properties in the same
   * setProperties (so what a claim records lands with its keys, or not at all); marks it ready.
   */
  save(add: Iterable<string>, remove?: Iterable<string>, extra?: Readonly<Record<string, string>>): void;
}

export function openKeyStore(): KeyStore {
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const chunkNames = Object.keys(all).filter((k) => k.startsWith(PREFIX));
  const keys = decodeKeys(chunkNames.sort((a, b) => Number(a.slice(PREFIX.length)) - Number(b.slice(PREFIX.length))).map((k) => all[k]!));
  return {
    ready: all[READY] !== undefined,
    keys,
    properties: all,
    save(add, remove = [], extra = {}) {
      const next = new Set(keys);
      for (const k of add) next.add(k);
      for (const k of remove) next.delete(k);
      const chunks = encodeKeys(next);
      const values: Record<string, string> = { ...extra, [READY]: String(next.size) };
      chunks.forEach((c, i) => {
        values[`${PREFIX}${i}`] = c;
      });
      props.setProperties(values);
      // Chunks beyond the new count (keys removed): rare, one call each.
      for (const name of chunkNames) if (Number(name.slice(PREFIX.length)) >= chunks.length) props.deleteProperty(name);
      for (const k of add) (keys as Set<string>).add(k);
      for (const k of remove) (keys as Set<string>).delete(k);
    },
  };
}
