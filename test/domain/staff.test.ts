/** `Équipe` in Paramètres: the addresses allowed to use the product. */
import { checkAccess, parseStaffList } from '../../src/domain/staff';

describe('parseStaffList', () => {
  it('reads « Marie Dupont <marie@example.org> » as marie@example.org', () => {
    expect(parseStaffList('Marie Dupont <marie@example.org>')).toEqual(['marie@example.org']);
    expect(checkAccess('marie@example.org', parseStaffList('Marie Dupont <Marie@Example.org>'))).toEqual({ allowed: true });
  });

  it('reads lists mixing forms, separated by , ; spaces or new lines', () => {
    const list = [
      'Marie Dupont <marie@example.org>, paul@example.org; "Durand, Léa" <lea.durand@example.org>',
      ' Coordination PACTE <coordination@example.org>',
      'mailto:jules@example.org  ines@example.org',
    ].join('\n');
    expect(parseStaffList(list)).toEqual([
      'marie@example.org',
      'paul@example.org',
      'lea.durand@example.org',
      'coordination@example.org',
      'jules@example.org',
      'ines@example.org',
    ]);
  });

  it('keeps nothing but addresses', () => {
    expect(parseStaffList('Marie Dupont, Paul')).toEqual([]);
    expect(parseStaffList('')).toEqual([]);
  });
});
