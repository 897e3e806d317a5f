/** A cohort at the selection stage on the simulator: 3 candidates at `Entretien`, 2 slots, Avis and Entretiens tabs. */
import { JOURNAL_TAB, OPINIONS_TAB, SLOTS_TAB } from '../../src/workbook/schema';
import { startGas, type Gas } from './gas';
import { candidate, tab, workbook, type Row } from './workbook';

export const STAFF = 'coordination@example.org';
export const COPIL = 'ars.copil@example.org';
export const SELECTION_NOW = new Date('2025-11-10T10:00:00+01:00');

export const slot = (id: string, time: string, candidateId = '', extra: Row = {}): Row => ({
  Créneau: id,
  Date: '20/11/2025',
  Heure: time,
  'Durée (min)': 30,
  'Lien visio': 'https://visio.example.org/pacte',
  Jury: 'Marie Dupont <marie.dupont@example.org>, Paul Le Gall',
  'ID candidat': candidateId,
  Invitation: '',
  ...extra,
});

export function selectionGas(slots: Row[] = [slot('E-001', '9h', 'C-0001'), slot('E-002', '9h30', 'C-0002')], n = 3): Gas {
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: `${STAFF}, ${COPIL}`, "Nom de l'expéditeur": 'Fédération', Contact: STAFF },
    candidates: Array.from({ length: n }, (_, i) =>
      candidate({
        ID: `C-${String(i + 1).padStart(4, '0')}`,
        Prénom: `Prénom${i + 1}`,
        'E-mail': `c${i + 1}@example.org`,
        Statut: 'Entretien',
        Département: i % 2 ? '35' : '29',
      }),
    ),
  });
  wb.set(OPINIONS_TAB.name, tab(OPINIONS_TAB, []));
  wb.set(SLOTS_TAB.name, tab(SLOTS_TAB, slots));
  wb.set(JOURNAL_TAB.name, tab(JOURNAL_TAB, []));
  return startGas({ tabs: wb, now: SELECTION_NOW, user: STAFF });
}
