/** « Prénom Nom » and name order, built in one place (src/domain/names.ts). */
import { byName, fullName } from '../../src/domain/names';

describe('fullName', () => {
  it('is « Prénom Nom », each part trimmed, empty when both are', () => {
    expect(fullName({ firstName: 'Camille', lastName: 'Martin' })).toBe('Camille Martin');
    expect(fullName({ firstName: ' Camille ', lastName: ' Le Gall ' })).toBe('Camille Le Gall');
    expect(fullName({ firstName: '', lastName: 'Martin' })).toBe('Martin');
    expect(fullName({ firstName: 'Camille', lastName: '' })).toBe('Camille');
    expect(fullName({ firstName: ' ', lastName: '' })).toBe('');
  });
});

describe('byName', () => {
  it('orders by Nom, then Prénom, accents and case ignored, then ID', () => {
    const people = [
      { id: 'C-3', firstName: 'Anne', lastName: 'martin' },
      { id: 'C-1', firstName: 'Élise', lastName: 'Dupont' },
      { id: 'C-2', firstName: 'Anne', lastName: 'Martin' },
      { id: 'C-4', firstName: 'Ève', lastName: 'Durand' },
    ];
    expect([...people].sort(byName).map((p) => p.id)).toEqual(['C-1', 'C-4', 'C-2', 'C-3']);
  });
});
