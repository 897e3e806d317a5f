/**
 * `npm run bench` (BENCH_ONLY=selection): the pure cost of the selection rules, no Google call in them.
 * Planning 60 candidates (a real cohort) and 600 (ten regions' worth) into as many slots over a week,
 * three juries in parallel, each jury in every third slot; then reading the whole selection. And the
 * Google calls of « Créer des créneaux » and « Envoyer » on the simulator (benchSelectionCalls).
 */
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/domain/dates';
import { measureSelection } from './gas/measure-selection';
import { planAssignment } from '../src/domain/selection/assign';
import { computeSelection } from '../src/domain/selection/report';
import { candidateIndex, checkSlots } from '../src/domain/selection/slots';
import { formatClockIso } from '../src/domain/dates';
import type { OpinionRow, SelectionCandidate, SlotRow } from '../src/domain/selection/types';

function cohort(n: number): { candidates: SelectionCandidate[]; slots: SlotRow[]; opinions: OpinionRow[] } {
  const candidates = Array.from(
    { length: n },
    (_, i): SelectionCandidate => ({
      row: i + 2,
      id: `C-${String(i + 1).padStart(4, '0')}`,
      status: 'Entretien',
      civility: 'Mme',
      firstName: `Prénom${i}`,
      lastName: `Nom${i}`,
      email: `c${i}@example.org`,
      structure: 'MSP',
      structureType: 'MSP',
      commune: 'Rennes',
      department: '35',
      interviewDate: {},
    }),
  );
  // 16 slots a day per jury (9:00–17:00, 30 min), three juries side by side.
  const slots = Array.from({ length: n }, (_, i): SlotRow => {
    const perDay = 48;
    const inDay = i % perDay;
    return {
      row: i + 2,
      id: `E-${String(i + 1).padStart(3, '0')}`,
      date: { day: addDays('2025-11-17', Math.floor(i / perDay)) },
      time: formatClockIso(9 * 60 + Math.floor(inDay / 3) * 30),
      duration: '',
      link: 'https://visio.example.org/s',
      jury: `Jury ${inDay % 3}, ARS ${inDay % 3}`,
      candidateId: '',
    };
  });
  const opinions = candidates.flatMap((c, i) =>
    ['a', 'b', 'c'].map(
      (m, k): OpinionRow => ({
        row: 2 + i * 3 + k,
        candidateId: c.id,
        member: `${m}@example.org`,
        opinion: 'Favorable',
        note: 12 + k,
        comment: '',
        enteredAt: '',
      }),
    ),
  );
  return { candidates, slots, opinions };
}

function best(fn: () => unknown, runs = 5): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

export function benchSelection(): void {
  console.log('\nSelection rules, pure (best of 5): planning interviews and reading the selection; no Google call in them');
  console.log('candidates | slots | assigned | plan (ms) | whole selection, 3 opinions each (ms)');
  for (const n of [60, 600]) {
    const { candidates, slots, opinions } = cohort(n);
    const checked = checkSlots(slots, candidateIndex(candidates)).slots;
    const plan = planAssignment({ slots: checked, candidates });
    const planMs = best(() => planAssignment({ slots: checkSlots(slots, candidateIndex(candidates)).slots, candidates }));
    const readMs = best(() => computeSelection({ candidates, slots, opinions }));
    console.log(
      `${String(n).padStart(10)} | ${String(n).padStart(5)} | ${String(plan.assignments.length).padStart(8)} | ${planMs.toFixed(1).padStart(9)} | ${readMs.toFixed(1)}`,
    );
  }
}

/** Google calls (simulator, built bundle) for creating n slots and placing n candidates, then sending their invitations. */
export function benchSelectionCalls(): void {
  console.log('\nSélection… (simulator): Google calls to create n slots and place n candidates, then « Envoyer » their invitations');
  console.log('candidates | assign (calls) | invitations sent | send (calls) | per e-mail beyond the constant');
  const costs = [10, 60].map(measureSelection);
  for (const c of costs) {
    const perMail = (c.send - costs[0]!.send) / Math.max(1, c.mails - costs[0]!.mails);
    console.log(
      `${String(c.candidates).padStart(10)} | ${String(c.assign).padStart(14)} | ${String(c.mails).padStart(16)} | ${String(c.send).padStart(12)} | ${c === costs[0] ? '—' : perMail.toFixed(1)} (MailApp.sendEmail and its .ics blob)`,
    );
  }
}
