/** Document properties: counters that must survive row deletions (IDs are never reused). */
const CANDIDATE_COUNTER = 'pacte.lastCandidateNumber';

export interface Counter {
  readonly last: number;
  save(n: number): void;
}

/** The last candidate number ever issued, and how to save the new one (one store lookup). */
export function candidateCounter(): Counter {
  const store = PropertiesService.getDocumentProperties();
  return {
    last: Number(store.getProperty(CANDIDATE_COUNTER) ?? 0) || 0,
    save: (n) => store.setProperty(CANDIDATE_COUNTER, String(n)),
  };
}
