/** Document properties: counters that must survive row deletions (IDs are never reused). */
import type { IdKind } from '../workbook/ids';

const COUNTERS: Record<IdKind, string> = {
  candidate: 'pacte.lastCandidateNumber',
  production: 'pacte.lastProductionNumber',
};

export interface Counter {
  readonly last: number;
  save(n: number): void;
}

/** The last number ever issued for this kind of ID, and how to save the new one (one store lookup). */
export function idCounter(kind: IdKind): Counter {
  const store = PropertiesService.getDocumentProperties();
  const name = COUNTERS[kind];
  return {
    last: Number(store.getProperty(name) ?? 0) || 0,
    save: (n) => store.setProperty(name, String(n)),
  };
}

export function candidateCounter(): Counter {
  return idCounter('candidate');
}

/** The document's properties, for values a few actions share (who owns the reminders' trigger). */
export interface DocumentProperties {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  delete(name: string): void;
}

/** One look-up of the store (getDocumentProperties); each method is then one call. */
export function documentProperties(): DocumentProperties {
  const store = PropertiesService.getDocumentProperties();
  return {
    get: (name) => store.getProperty(name) ?? undefined,
    set: (name, value) => void store.setProperty(name, value),
    delete: (name) => void store.deleteProperty(name),
  };
}
