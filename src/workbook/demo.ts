/**
 * A deterministic demo cohort: fictitious people with example.org addresses, on the Bretagne
 * 2025-2026 calendar, as the workbook would hold it on `today`. Used by tests, benchmarks and
 * the playground; the same size and seed always give the same workbook.
 */
import { addDays, instantOfDay, type Day } from '../domain/dates';
import type { Profile } from '../domain/profile';
import { presetProfile } from '../domain/presets';
import type { Cell } from './cells';
import { formatId } from './ids';
import { compulsoryHalfDays } from '../domain/eligibility';
import {
  ATTENDANCE_TAB,
  CANDIDATES_TAB,
  ELIGIBILITY_TAB,
  JOURNAL_TAB,
  PRODUCTIONS_TAB,
  SESSIONS_TAB,
  SETTINGS_TAB,
  THESES_TAB,
  SETTING_KEYS,
} from './schema';

export const DEMO_TODAY: Day = '2026-01-15';
export const DEMO_PROFILE = 'bretagne-2025';
export const DEMO_STAFF = ['coordination@example.org', 'secretariat@example.org'];

const FIRST_NAMES = [
  ['Mme', 'Camille'],
  ['M.', 'Lucas'],
  ['Mme', 'Léa'],
  ['M.', 'Hugo'],
  ['Mme', 'Chloé'],
  ['M.', 'Louis'],
  ['Mme', 'Manon'],
  ['M.', 'Nathan'],
  ['Mme', 'Inès'],
  ['M.', 'Jules'],
  ['Mme', 'Sarah'],
  ['M.', 'Tom'],
  ['Mme', 'Jeanne'],
  ['M.', 'Gabriel'],
  ['Mme', 'Anaïs'],
  ['M.', 'Yann'],
  ['Mme', 'Maëlle'],
  ['M.', 'Erwan'],
  ['Mme', 'Nolwenn'],
  ['M.', 'Loïc'],
] as const;
const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Le Gall',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Le Bihan',
  'Lefèvre',
  'Garnier',
  'Rousseau',
  'Kerhervé',
  'Fontaine',
  'Chevalier',
  'Morvan',
  'Girard',
  'Bonnet',
  'Le Goff',
  'Mercier',
  'Blanc',
];
const PLACES = [
  ['Lannion', '22'],
  ['Morlaix', '29'],
  ['Quimper', '29'],
  ['Vitré', '35'],
  ['Redon', '35'],
  ['Pontivy', '56'],
  ['Vannes', '56'],
  ['Dinan', '22'],
  ['Carhaix', '29'],
  ['Fougères', '35'],
] as const;
const STRUCTURE_NAMES = ['des Tilleuls', 'du Port', 'des Quatre Vents', 'de la Vallée', 'du Centre', 'des Landes', 'Océane'];
export const DEMO_PRODUCTIONS = [
  ['Fiche de poste du coordinateur', '2025-11-30'],
  ["Diagnostic de l'équipe", '2026-01-10'],
  ['Feuille de route du projet de santé', '2026-04-30'],
] as const;

/** mulberry32: small, fast and good enough to make varied but repeatable data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function asciiSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface DemoOptions {
  /** Number of applicants. */
  size?: number;
  seed?: number;
  today?: Day;
}

export type DemoWorkbook = Map<string, Cell[][]>;

const DEMO_TIMES = '9h00-12h30 / 13h30-17h00';
const DEMO_TRAINERS = ['Jeanne Essai', 'Louis Exemple'];

/** The seeded draws: the order of every call is part of the demo (the same seed gives the same cohort, byte for byte). */
interface Draws {
  rand(): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

function draws(seed: number): Draws {
  const rand = random(seed);
  return { rand, pick: (list) => list[Math.floor(rand() * list.length)]!, chance: (p) => rand() < p };
}

const date = (day: Day) => instantOfDay(day);

function demoSettings(): Cell[][] {
  return [
    [...SETTINGS_TAB.headers],
    [SETTING_KEYS.profile, DEMO_PROFILE],
    [SETTING_KEYS.team, DEMO_STAFF.join(', ')],
    [SETTING_KEYS.senderName, 'Équipe PACTE (démonstration)'],
    [SETTING_KEYS.replyTo, 'pacte@example.org'],
    [SETTING_KEYS.driveFolder, ''],
    [SETTING_KEYS.thesisDeadline, date('2026-08-31')],
    [SETTING_KEYS.excusedAbsencesAllowed, 2],
    [SETTING_KEYS.thesisMinPages, ''],
  ];
}

/** Times and trainers feed the documents (sign-in sheets, convocations); the trainers are fictitious. */
function demoSessions(profile: Profile): Cell[][] {
  const sessions: Cell[][] = [[...SESSIONS_TAB.headers]];
  for (const s of profile.sessions) {
    sessions.push([
      s.id,
      s.title,
      s.type,
      date(s.start),
      date(s.end),
      s.place ?? 'Rennes',
      s.compulsory,
      s.audience,
      s.hours ?? '',
      DEMO_TIMES,
      DEMO_TRAINERS.join(', '),
    ]);
  }
  return sessions;
}

/** Applicant `i`: a quarter are enrolled learners (complete files); others at another step, some files incomplete. */
function demoCandidate(i: number, { rand, pick, chance }: Draws, emails: string[]): Record<string, Cell> {
  const id = `C-${String(i).padStart(4, '0')}`;
  const enrolled = i % 4 === 1;
  const [civility, first] = pick(FIRST_NAMES);
  const last = pick(LAST_NAMES);
  const [town, department] = pick(PLACES);
  // About 2 % reuse an earlier address, as happens when someone applies twice.
  const email = !enrolled && emails.length > 0 && chance(0.02) ? pick(emails) : `${asciiSlug(first)}.${asciiSlug(last)}.${i}@example.org`;
  emails.push(email);
  const received = !enrolled && chance(0.04) ? '2025-06-03' : addDays('2025-03-01', Math.floor(rand() * 90));
  const complete = enrolled || chance(0.85);
  const tick = () => (complete ? true : chance(0.6));
  const row: Record<string, Cell> = {
    ID: id,
    Civilité: civility,
    Prénom: first,
    Nom: last,
    'E-mail': !enrolled && chance(0.01) ? `${asciiSlug(first)}.example.org` : email,
    Téléphone: `06 39 98 ${String(Math.floor(rand() * 100)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`,
    Structure: `MSP ${pick(STRUCTURE_NAMES)}`,
    'Type de structure': !enrolled && chance(0.03) ? 'CPTS' : 'MSP',
    Commune: town,
    Département: department,
    'Date de réception du dossier': date(received),
    CV: tick(),
    'Lettre de motivation': tick(),
    "Lettre d'engagement de l'équipe": tick(),
    Photo: chance(0.7),
    'Engagement T0 et PACTE+': tick(),
    'Projet de santé validé ARS': tick(),
    'Adhérent fédération à jour': chance(0.8),
    'En équipe': enrolled || !chance(0.05),
    Dérogation: false,
    Statut: 'Reçu',
    "Date d'entretien": '',
    'Formateur relais': '',
    Contrôle: '',
    Notes: i % 17 === 0 ? 'Relancée par téléphone' : '',
  };
  row['Dérogation'] = row['En équipe'] ? false : chance(0.5);
  row['Statut'] = enrolled ? 'Inscrit' : pick(['Reçu', 'Retenu', 'Refusé', "Liste d'attente", 'Désisté']);
  return row;
}

/** Every compulsory half-day before today, for each learner: nearly all present, a few late or absent. */
function demoAttendance(learners: readonly string[], profile: Profile, today: Day, { rand, chance }: Draws): Cell[][] {
  const attendance: Cell[][] = [[...ATTENDANCE_TAB.headers]];
  const halfDays = compulsoryHalfDays(
    profile.sessions.map((s, k) => ({
      row: k + 2,
      id: s.id,
      title: s.title,
      type: s.type,
      start: s.start,
      end: s.end,
      place: '',
      compulsory: s.compulsory,
    })),
  ).filter((h) => h.day < today);
  for (const learner of learners) {
    for (const h of halfDays) {
      if (chance(0.01)) continue; // not recorded yet
      const r = rand();
      const status = r < 0.92 ? 'Présent' : r < 0.985 ? 'Retard' : r < 0.997 ? 'Absent excusé' : 'Absent';
      attendance.push([learner, h.session.id, date(h.day), h.halfDay, status, DEMO_STAFF[0]!, date(h.day)]);
    }
  }
  return attendance;
}

function demoProductionsAndTheses(
  learners: readonly string[],
  today: Day,
  { rand, chance }: Draws,
): { productions: Cell[][]; theses: Cell[][] } {
  const productions: Cell[][] = [[...PRODUCTIONS_TAB.headers]];
  const theses: Cell[][] = [[...THESES_TAB.headers]];
  for (const learner of learners) {
    for (const [name, due] of DEMO_PRODUCTIONS) {
      const deposited = due < today && chance(0.9) ? date(addDays(due, -Math.floor(rand() * 10))) : '';
      // IDs as the product gives them (workbook.md › `Productions`).
      productions.push([formatId('production', productions.length), learner, name, date(due), deposited, '']);
    }
    // In January no soutenance is planned yet (*Planifier les soutenances* does it once theses are
    // deposited). The two draws an earlier demo spent on a date and a time are kept, so that the
    // seeded stream, hence every later row, stays the same.
    rand();
    rand();
    theses.push([learner, '', '', '', '', '', '', '']);
  }
  return { productions, theses };
}

export function generateDemoCohort(options: DemoOptions = {}): DemoWorkbook {
  const size = options.size ?? 40;
  const today = options.today ?? DEMO_TODAY;
  const draw = draws(options.seed ?? 2025);
  const profile = presetProfile(DEMO_PROFILE);
  const candidates: Cell[][] = [[...CANDIDATES_TAB.headers]];
  const learners: string[] = [];
  const emails: string[] = [];
  for (let i = 1; i <= size; i++) {
    const row = demoCandidate(i, draw, emails);
    if (row['Statut'] === 'Inscrit') learners.push(row['ID'] as string);
    candidates.push(CANDIDATES_TAB.headers.map((h) => row[h] ?? ''));
  }
  const attendance = demoAttendance(learners, profile, today, draw);
  const { productions, theses } = demoProductionsAndTheses(learners, today, draw);
  return new Map<string, Cell[][]>([
    [SETTINGS_TAB.name, demoSettings()],
    [CANDIDATES_TAB.name, candidates],
    [SESSIONS_TAB.name, demoSessions(profile)],
    [ATTENDANCE_TAB.name, attendance],
    [PRODUCTIONS_TAB.name, productions],
    [THESES_TAB.name, theses],
    [ELIGIBILITY_TAB.name, [[...ELIGIBILITY_TAB.headers]]],
    [JOURNAL_TAB.name, [[...JOURNAL_TAB.headers]]],
  ]);
}
