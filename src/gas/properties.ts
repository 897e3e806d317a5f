/** Document properties: counters that must survive row deletions (IDs are never reused). */
const CANDIDATE_COUNTER = 'pacte.lastCandidateNumber';

export function lastCandidateNumber(): number {
  return Number(PropertiesService.getDocumentProperties().getProperty(CANDIDATE_COUNTER) ?? 0) || 0;
}

export function saveLastCandidateNumber(n: number): void {
  PropertiesService.getDocumentProperties().setProperty(CANDIDATE_COUNTER, String(n));
}
