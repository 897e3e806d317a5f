/** Document properties: counters that must survive row deletions (IDs are never reused). */
import type { IdKind } from '../workbook/plans';

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
