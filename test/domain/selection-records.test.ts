/** What a claimed invitation records beside its key (SEQUENCE, link, day), and the `Invitation` cell's words. */
import { invitationCell, readRecords, recordProperties } from '../../src/domain/selection/invitation-records';
import { generateSelectionDemo } from '../../src/workbook/demo-selection';

describe('invitation records', () => {
  it('round-trip through the document properties; a damaged value is skipped', () => {
    const props = recordProperties(
      [{ key: 'entretien:C-0001:E-001:2025-11-20T09:00', sequence: 2, link: 'https://visio.example.org/a' }],
      '2025-11-10',
    );
    expect(Object.keys(props)).toEqual(['pacte.invitation.entretien:C-0001:E-001:2025-11-20T09:00']);
    const records = readRecords({
      ...props,
      'pacte.invitation.entretien:C-0002:E-002:2025-11-20T09:30': '{pas du json',
      'pacte.cles.0': 'x',
    });
    expect([...records]).toEqual([
      ['entretien:C-0001:E-001:2025-11-20T09:00', { sequence: 2, link: 'https://visio.example.org/a', day: '2025-11-10' }],
    ]);
  });

  it('the Invitation cell says what calendars were told', () => {
    expect(invitationCell({ state: 'sent', day: '2025-11-10' })).toBe('envoyée le 10/11/2025');
    expect(invitationCell({ state: 'resend' })).toBe('à renvoyer');
    expect(invitationCell({ state: 'cancelled' })).toBe('annulée');
    expect(invitationCell({ state: 'none' })).toBe('');
  });
});

describe('the November demo', () => {
  it('is the same workbook for the same size and seed, at the selection stage, with three COPIL members’ opinions', () => {
    const a = generateSelectionDemo({ size: 12 });
    expect(generateSelectionDemo({ size: 12 })).toEqual(a);
    const statuses = a
      .get('Candidatures')!
      .slice(1)
      .map((r) => r[a.get('Candidatures')![0]!.indexOf('Statut')]);
    expect(new Set(statuses)).toEqual(new Set(['Reçu', 'Pré-sélectionné', 'Entretien']));
    expect(
      new Set(
        a
          .get('Avis')!
          .slice(1)
          .map((r) => r[1]),
      ).size,
    ).toBe(3);
    expect(
      a
        .get('Entretiens')!
        .slice(1)
        .filter((r) => r[6]).length,
    ).toBe(2);
  });
});
