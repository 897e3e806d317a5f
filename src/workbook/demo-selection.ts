/**
 * The November demo: the same fictitious applicants as the January demo (src/workbook/demo.ts), at
 * the selection stage on 10 November 2025 — files received, some pre-selected, some waiting for an
 * interview, opinions from three COPIL members in `Avis`, interview slots on 20 November in
 * `Entretiens` (two already given), nobody enrolled yet. The same size and seed give the same workbook.
 */
import { instantOfDay, type Day } from '../domain/dates';
import type { Cell } from './cells';
import { DEMO_STAFF, generateDemoCohort, type DemoOptions, type DemoWorkbook } from './demo';
import { ATTENDANCE_TAB, CANDIDATES_TAB, OPINIONS_TAB, PRODUCTIONS_TAB, SETTING_KEYS, SETTINGS_TAB, SLOTS_TAB, THESES_TAB } from './schema';

export const SELECTION_DEMO_TODAY: Day = '2025-11-10';
/** The playground's clock for this demo: a Monday morning, ten days before the interviews. */
export const SELECTION_DEMO_NOW = new Date('2025-11-10T09:30:00+01:00');
/** Three COPIL members (ARS, URPS, a formateur relais), in `Équipe` so their opinions count. */
export const SELECTION_DEMO_COPIL = ['ars.copil@example.org', 'urps.copil@example.org', 'formateur.relais@example.org'];
const INTERVIEW_DAY: Day = '2025-11-20';
const VISIO = 'https://visio.example.org/pacte-selection';
const JURIES = ['Agnès Exemple <ars.copil@example.org>, Louis Exemple', 'Jeanne Essai <formateur.relais@example.org>'];

/** The selection stage by position: a third received, a third pre-selected, a third at `Entretien`. */
const STAGES = ['Reçu', 'Pré-sélectionné', 'Entretien'] as const;
const OPINIONS = ['Favorable', 'Favorable', 'Réservé', 'Défavorable'] as const;

function column(rows: Cell[][], header: string): number {
  return rows[0]!.indexOf(header);
}

function settings(rows: Cell[][]): Cell[][] {
  return rows.map((r) => (r[0] === SETTING_KEYS.team ? [r[0], [...DEMO_STAFF, ...SELECTION_DEMO_COPIL].join(', ')] : r));
}

function opinions(ids: readonly string[]): Cell[][] {
  const out: Cell[][] = [[...OPINIONS_TAB.headers]];
  ids.forEach((id, i) => {
    SELECTION_DEMO_COPIL.forEach((member, m) => {
      const opinion = OPINIONS[(i + m) % OPINIONS.length]!;
      const note = opinion === 'Favorable' ? 15 + ((i + m) % 4) : opinion === 'Réservé' ? 11 + (i % 3) : 8;
      const comment = opinion === 'Réservé' ? 'Projet à préciser en entretien' : '';
      out.push([id, member, opinion, note, comment, new Date(instantOfDay('2025-11-03').getTime() + (i * 3 + m) * 3_600_000)]);
    });
  });
  return out;
}

function slots(interviewed: readonly string[]): Cell[][] {
  const out: Cell[][] = [[...SLOTS_TAB.headers]];
  for (let i = 0; i < 8; i++) {
    const minutes = 9 * 60 + i * 30;
    const time = `${Math.floor(minutes / 60)}h${minutes % 60 ? '30' : ''}`;
    out.push([
      `E-${String(i + 1).padStart(3, '0')}`,
      instantOfDay(INTERVIEW_DAY),
      time,
      30,
      VISIO,
      JURIES[i % 2]!,
      interviewed[i] && i < 2 ? interviewed[i]! : '',
      '',
    ]);
  }
  return out;
}

export function generateSelectionDemo(options: Omit<DemoOptions, 'today'> = {}): DemoWorkbook {
  const january = generateDemoCohort({ ...options, today: SELECTION_DEMO_TODAY });
  const candidates = january.get(CANDIDATES_TAB.name)!.map((r) => [...r]);
  const status = column(candidates, 'Statut');
  const idColumn = column(candidates, 'ID');
  const email = column(candidates, 'E-mail');
  const byStage = new Map<string, string[]>(STAGES.map((s) => [s, []]));
  const reachable: string[] = [];
  candidates.slice(1).forEach((row, i) => {
    const stage = STAGES[i % STAGES.length]!;
    row[status] = stage;
    byStage.get(stage)!.push(String(row[idColumn]));
    if (stage === 'Entretien' && String(row[email]).includes('@')) reachable.push(String(row[idColumn]));
  });
  const read = [...byStage.get('Pré-sélectionné')!, ...byStage.get('Entretien')!];
  const workbook = new Map(january);
  workbook.set(SETTINGS_TAB.name, settings(january.get(SETTINGS_TAB.name)!));
  workbook.set(CANDIDATES_TAB.name, candidates);
  workbook.set(OPINIONS_TAB.name, opinions(read));
  // The two slots already given go to candidates with a usable address (the others show the notice).
  workbook.set(SLOTS_TAB.name, slots(reachable));
  for (const spec of [ATTENDANCE_TAB, PRODUCTIONS_TAB, THESES_TAB]) workbook.set(spec.name, [[...spec.headers]]);
  return workbook;
}
