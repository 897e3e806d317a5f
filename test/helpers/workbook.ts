/** Builds contract-shaped workbooks from rows keyed by header, for tests. */
import type { Cell } from '../../src/workbook/cells';
import {
  ATTENDANCE_TAB,
  CANDIDATES_TAB,
  ELIGIBILITY_TAB,
  JOURNAL_TAB,
  JURY_TAB,
  PRODUCTIONS_TAB,
  SESSIONS_TAB,
  SETTINGS_TAB,
  THESES_TAB,
  type TabSpec,
} from '../../src/workbook/schema';

export type Row = Record<string, Cell>;

export function tab(spec: TabSpec, rows: Row[], headers: readonly string[] = spec.headers): Cell[][] {
  return [[...headers], ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
}

/** A complete, valid Bretagne candidate; override what the test is about. */
export function candidate(overrides: Row = {}): Row {
  return {
    ID: 'C-0001',
    Civilité: 'Mme',
    Prénom: 'Camille',
    Nom: 'Martin',
    'E-mail': 'camille.martin@example.org',
    Structure: 'MSP des Tilleuls',
    'Type de structure': 'MSP',
    'Date de réception du dossier': '15/05/2025',
    CV: true,
    'Lettre de motivation': true,
    "Lettre d'engagement de l'équipe": true,
    Photo: true,
    'Engagement T0 et PACTE+': true,
    'Projet de santé validé ARS': true,
    'Adhérent fédération à jour': true,
    'En équipe': true,
    Dérogation: false,
    Statut: 'Reçu',
    ...overrides,
  };
}

export interface WorkbookRows {
  settings?: Record<string, Cell>;
  candidates?: Row[];
  sessions?: Row[];
  attendance?: Row[];
  productions?: Row[];
  theses?: Row[];
  /** The optional `Jury` tab: absent from the workbook unless given. */
  jury?: Row[];
}

export function workbook(rows: WorkbookRows): Map<string, Cell[][]> {
  const settings = Object.entries(rows.settings ?? { Profil: 'bretagne-2025' }).map(([k, v]) => ({ Clé: k, Valeur: v }));
  const tabs = new Map<string, Cell[][]>([
    [SETTINGS_TAB.name, tab(SETTINGS_TAB, settings)],
    [CANDIDATES_TAB.name, tab(CANDIDATES_TAB, rows.candidates ?? [])],
    [SESSIONS_TAB.name, tab(SESSIONS_TAB, rows.sessions ?? [])],
    [ATTENDANCE_TAB.name, tab(ATTENDANCE_TAB, rows.attendance ?? [])],
    [PRODUCTIONS_TAB.name, tab(PRODUCTIONS_TAB, rows.productions ?? [])],
    [THESES_TAB.name, tab(THESES_TAB, rows.theses ?? [])],
    [ELIGIBILITY_TAB.name, tab(ELIGIBILITY_TAB, [])],
    [JOURNAL_TAB.name, tab(JOURNAL_TAB, [])],
  ]);
  if (rows.jury) tabs.set(JURY_TAB.name, tab(JURY_TAB, rows.jury));
  return tabs;
}
