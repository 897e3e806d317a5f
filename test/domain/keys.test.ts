/** Every key and slug has one home, src/domain/keys.ts: the document keys, and keys read back. */
import {
  decisionDocumentKey,
  documentKeys,
  HALF_DAY_SLUGS,
  isDocumentKey,
  isReminderKey,
  legacyReminderKey,
  looksLikeKey,
  reminderKey,
  reminderKeySchedule,
  SCHEDULE_SLUGS,
  type Schedule,
} from '../../src/domain/keys';

describe('document keys (workbook.md › Documents)', () => {
  it('one builder per type, the half-day by its slug', () => {
    expect(documentKeys.convocation('S2', 'C-0003')).toBe('document:convocation:S2:C-0003');
    expect(documentKeys.emargement('S2', '2025-12-11', 'Matin')).toBe('document:emargement:S2:2025-12-11:matin');
    expect(documentKeys.emargement('S2', '2025-12-11', 'Après-midi')).toBe('document:emargement:S2:2025-12-11:apres-midi');
    expect(documentKeys.attestationPresence('S2', 'C-0003')).toBe('document:attestation-presence:S2:C-0003');
    expect(documentKeys.attestationFin('C-0003')).toBe('document:attestation-fin:C-0003');
    expect(HALF_DAY_SLUGS).toEqual({ Matin: 'matin', 'Après-midi': 'apres-midi' });
  });

  it('tells the register’s keys from any other text', () => {
    expect(isDocumentKey(documentKeys.pvSoutenance('C-0003'))).toBe(true);
    expect(isDocumentKey(decisionDocumentKey('C-0003', 'Retenu'))).toBe(true);
    expect(isDocumentKey('relance:fin-0:C-0003')).toBe(false);
    expect(isDocumentKey('Document créé')).toBe(false);
  });
});

describe('keys read back', () => {
  it('a reminder key gives back the Quand and Jours it was built from', () => {
    for (const when of Object.keys(SCHEDULE_SLUGS) as Schedule[]) {
      expect(reminderKeySchedule(reminderKey(when, 7, 'C-0003', 'S2'))).toEqual({ segment: `${SCHEDULE_SLUGS[when]}-7`, when, days: 7 });
    }
  });

  it('a legacy key keeps its rule’s name, unread', () => {
    expect(reminderKeySchedule(legacyReminderKey('convocation-j7', 'C-0003'))).toEqual({ segment: 'convocation-j7' });
    expect(reminderKeySchedule('relance:inconnu-3:C-0003')).toEqual({ segment: 'inconnu-3' });
    expect(isReminderKey(legacyReminderKey('x', 'C-0003'))).toBe(true);
    expect(isReminderKey('document:convocation:S2:C-0003')).toBe(false);
  });

  it('recognises the shape of any key, never a sentence', () => {
    expect(looksLikeKey('presences:S2:2025-12-11:matin')).toBe(true);
    expect(looksLikeKey('document:x')).toBe(true);
    expect(looksLikeKey('Envoyée à a@example.org')).toBe(false);
    expect(looksLikeKey('note: à voir')).toBe(false);
    expect(looksLikeKey('relance:')).toBe(false);
  });
});
