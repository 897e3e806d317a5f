/**
 * The September demo (issue 19): the demo cohort on 1 September 2026, theses deposited, a `Jury` tab,
 * the `Soutenances` session of 24–25 September with its `Horaires`: what *Planifier les soutenances*
 * plans, the jury e-mails go out from, and `Résultat` is typed into. Deterministic like the demo it
 * builds on; fictitious people, example.org addresses.
 */
import { addDays, instantOfDay, type Day } from '../domain/dates';
import type { Cell } from './cells';
import { generateDemoCohort, type DemoOptions, type DemoWorkbook } from './demo';
import { CANDIDATES_TAB, JURY_TAB, SESSIONS_TAB, THESES_TAB } from './schema';

export const SEPTEMBER_TODAY: Day = '2026-09-01';

/** Two Présidents (one of them some learners' Formateur relais), three Membres, one there on the first day only. */
export const SEPTEMBER_JURY: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Hélène Exemple', 'helene.exemple@example.org', 'Président', ''],
  ['Yves Essai', 'yves.essai@example.org', 'Président', ''],
  ['Claire Fictive', 'claire.fictive@example.org', 'Membre', ''],
  ['Marc Témoin', 'marc.temoin@example.org', 'Membre', ''],
  ['Sophie Modèle', 'sophie.modele@example.org', 'Membre', '24/09/2026'],
];

export interface SeptemberOptions extends DemoOptions {
  /** Days of soutenances from 24/09/2026 (2 unless given: six one-hour slots a day). */
  defenceDays?: number;
}

type Tab = Cell[][];

function column(tab: Tab, header: string): number {
  const i = tab[0]!.indexOf(header);
  if (i < 0) throw new Error(`demo: no column ${header}`);
  return i;
}

/** Every learner but the last has deposited a thesis in August (the last one shows « non déposé »). */
function depositTheses(theses: Tab): void {
  const [title, deposited, pages] = ['Titre', 'Déposé le', 'Pages'].map((h) => column(theses, h));
  theses.slice(1, -1).forEach((row, i) => {
    row[title!] = `Coordination et parcours de soins : retour d'expérience ${i + 1}`;
    row[deposited!] = instantOfDay(addDays('2026-08-03', i % 20));
    row[pages!] = 20 + (i % 9);
  });
}

/** The learners' `Formateur relais`: one of the two Présidents, in turn. */
function relays(candidates: Tab): void {
  const [status, relay] = ['Statut', 'Formateur relais'].map((h) => column(candidates, h));
  let k = 0;
  for (const row of candidates.slice(1)) if (row[status!] === 'Inscrit') row[relay!] = SEPTEMBER_JURY[k++ % 2]![0];
}

export function generateSeptemberDemo(options: SeptemberOptions = {}): DemoWorkbook {
  const tabs = generateDemoCohort({ ...options, today: options.today ?? SEPTEMBER_TODAY });
  depositTheses(tabs.get(THESES_TAB.name)!);
  relays(tabs.get(CANDIDATES_TAB.name)!);
  const sessions = tabs.get(SESSIONS_TAB.name)!;
  const sout = sessions.find((r) => r[column(sessions, 'Type')] === 'Soutenances')!;
  sout[column(sessions, 'Date de fin')] = instantOfDay(addDays('2026-09-24', (options.defenceDays ?? 2) - 1));
  tabs.set(JURY_TAB.name, [[...JURY_TAB.headers], ...SEPTEMBER_JURY.map((m) => [...m])]);
  return tabs;
}
