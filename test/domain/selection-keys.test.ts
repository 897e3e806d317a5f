/** The selection's idempotence keys (workbook.md › Selection, Documents): built from IDs and list values only. */
import {
  decisionDocumentKey,
  decisionKey,
  interviewCancelKey,
  interviewKey,
  interviewRevisionKey,
  isEmailKey,
  parseInterviewKey,
  statusSlug,
} from '../../src/domain/keys';
import { CANDIDATE_STATUSES, DECISION_STATUSES } from '../../src/domain/vocabulary';

describe('selection keys', () => {
  it('slugs a Statut: lower case, accents dropped, spaces and apostrophes as -', () => {
    expect(DECISION_STATUSES.map(statusSlug)).toEqual(['retenu', 'liste-d-attente', 'refuse']);
    expect(CANDIDATE_STATUSES.map(statusSlug)).toEqual([
      'recu',
      'pre-selectionne',
      'entretien',
      'retenu',
      'valide-ehesp',
      'inscrit',
      'liste-d-attente',
      'refuse',
      'desiste',
    ]);
  });

  it('decision letters and documents: one key per candidate and decision', () => {
    expect(decisionKey('C-0003', 'Retenu')).toBe('decision:C-0003:retenu');
    expect(decisionKey('C-0003', "Liste d'attente")).toBe('decision:C-0003:liste-d-attente');
    expect(decisionDocumentKey('C-0003', 'Refusé')).toBe('document:decision:C-0003:refuse');
    expect(isEmailKey(decisionKey('C-0003', 'Refusé'))).toBe(true);
    expect(isEmailKey(decisionDocumentKey('C-0003', 'Refusé'))).toBe(false);
  });

  it('invitations: candidate, slot and Paris start; read back from a key', () => {
    const key = interviewKey('C-0003', 'E-002', '2025-11-20', 14 * 60 + 30);
    expect(key).toBe('entretien:C-0003:E-002:2025-11-20T14:30');
    expect(interviewKey('C-0003', 'E-002', '2025-11-20', 9 * 60)).toBe('entretien:C-0003:E-002:2025-11-20T09:00');
    expect(isEmailKey(key)).toBe(true);
    expect(parseInterviewKey(key)).toEqual({ candidateId: 'C-0003', slotId: 'E-002', day: '2025-11-20', start: 870, cancel: false });
    expect(parseInterviewKey('decision:C-0003:retenu')).toBeUndefined();
    expect(parseInterviewKey('entretien:C-0003:E-002:2025-11-20')).toBeUndefined();
  });

  it('a re-send and a cancellation carry their SEQUENCE after the first key, and read back', () => {
    const resend = interviewRevisionKey('C-0003', 'E-002', '2025-11-20', 870, 3);
    const cancel = interviewCancelKey('C-0003', 'E-002', '2025-11-20', 870, 4);
    expect([resend, cancel]).toEqual(['entretien:C-0003:E-002:2025-11-20T14:30:3', 'entretien:C-0003:E-002:2025-11-20T14:30:annulation-4']);
    expect([resend, cancel].every(isEmailKey)).toBe(true);
    expect(parseInterviewKey(resend)).toEqual({
      candidateId: 'C-0003',
      slotId: 'E-002',
      day: '2025-11-20',
      start: 870,
      sequence: 3,
      cancel: false,
    });
    expect(parseInterviewKey(cancel)).toEqual({
      candidateId: 'C-0003',
      slotId: 'E-002',
      day: '2025-11-20',
      start: 870,
      sequence: 4,
      cancel: true,
    });
    expect(parseInterviewKey(`${cancel}x`)).toBeUndefined();
  });
});
