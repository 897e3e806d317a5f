/**
 * The cohort workbook read into typed rows: the single entry point shared by the Sheet actions
 * and `pacte check`, so the two can never disagree.
 */
import { UserError } from '../domain/errors';
import { isEnrolled } from '../domain/eligibility';
import { messages } from '../domain/messages';
import type { AttendanceRow, CandidateRow, Cohort, JuryRowInput, ProductionRow, SessionRow, ThesisRow } from '../domain/rows';
import { parseTrainers } from '../domain/documents';
import { bool, clockCell, dayCell, fold, matchChoice, text, wholeNumber, type Cell } from './cells';
import { headerKey, readRows, readTable, type TableOf, type TableRow } from './table';
import {
  ATTENDANCE_STATUSES,
  ATTENDANCE_TAB,
  CANDIDATES_TAB,
  HALF_DAYS,
  JURY_TAB,
  PRODUCTIONS_TAB,
  SESSIONS_TAB,
  SETTINGS_TAB,
  THESES_TAB,
  type TabSpec,
} from './schema';

/** Tab name → its values, row 1 being the headers (Apps Script's getValues() shape). */
export type RawWorkbook = ReadonlyMap<string, readonly (readonly Cell[])[]>;

export type { AttendanceRow, CandidateRow, Cohort, JuryRowInput, ProductionRow, SessionRow, ThesisRow } from '../domain/rows';

/** A tab's values by its name, compared as staff may retype it (case, accents, spaces); undefined when absent. */
export function findTabValues(workbook: RawWorkbook, spec: Pick<TabSpec, 'name'>): readonly (readonly Cell[])[] | undefined {
  const wanted = fold(spec.name);
  for (const [name, values] of workbook) if (fold(name) === wanted) return values;
  return undefined;
}

export function requireTab<const S extends TabSpec>(workbook: RawWorkbook, spec: S): TableOf<S> {
  const values = findTabValues(workbook, spec);
  if (!values) throw new UserError(messages.workbook.missingTab(spec.name));
  return readTable(values, spec);
}

/** A tab the workbook may lack (`optionalTab`): read by header when present, undefined when not. */
export function readOptionalTab<const S extends TabSpec>(workbook: RawWorkbook, spec: S): TableOf<S> | undefined {
  const values = findTabValues(workbook, spec);
  return values && readTable(values, spec);
}

/** `Paramètres` as key → value; keys compare as headers do (case, spaces, apostrophes): look up with `setting()`. */
export function readSettings(table: TableOf<typeof SETTINGS_TAB>): Map<string, Cell> {
  const settings = new Map<string, Cell>();
  for (const r of table.rows) {
    const key = headerKey(text(table.get(r, 'Clé')));
    if (key) settings.set(key, table.get(r, 'Valeur'));
  }
  return settings;
}

export function setting(settings: ReadonlyMap<string, Cell>, key: string): Cell {
  return settings.get(headerKey(key));
}

/** Who a `Candidatures` row is, as typed: the columns every reader of the tab takes (the checks, the selection). */
export function candidateIdentity(t: TableOf<typeof CANDIDATES_TAB>, r: TableRow) {
  return {
    id: text(t.get(r, 'ID')),
    status: text(t.get(r, 'Statut')),
    firstName: text(t.get(r, 'Prénom')),
    lastName: text(t.get(r, 'Nom')),
    email: text(t.get(r, 'E-mail')),
    structure: text(t.get(r, 'Structure')),
    structureType: text(t.get(r, 'Type de structure')),
  };
}

export function readCandidates(t: TableOf<typeof CANDIDATES_TAB>): CandidateRow[] {
  const booleans = CANDIDATES_TAB.booleans;
  return readRows(t, (r) => ({
    ...candidateIdentity(t, r),
    received: dayCell(t.get(r, 'Date de réception du dossier')),
    ticked: new Set(booleans.filter((h) => bool(t.get(r, h)))),
    relay: text(t.get(r, 'Formateur relais')),
  }));
}

export function readSessions(t: TableOf<typeof SESSIONS_TAB>): SessionRow[] {
  return readRows(t, (r) => {
    const start = dayCell(t.get(r, 'Date de début')).day;
    return {
      id: text(t.get(r, 'ID')),
      title: text(t.get(r, 'Intitulé')),
      type: text(t.get(r, 'Type')),
      start,
      end: dayCell(t.get(r, 'Date de fin')).day ?? start,
      place: text(t.get(r, 'Lieu')),
      compulsory: bool(t.get(r, 'Obligatoire')),
      hours: text(t.get(r, 'Horaires')),
    };
  });
}

export function readAttendance(t: TableOf<typeof ATTENDANCE_TAB>): AttendanceRow[] {
  return readRows(t, (r) => ({
    learnerId: text(t.get(r, 'ID apprenant')),
    sessionId: text(t.get(r, 'Séance')),
    day: dayCell(t.get(r, 'Date')).day,
    halfDay: matchChoice(t.get(r, 'Demi-journée'), HALF_DAYS),
    status: matchChoice(t.get(r, 'Statut'), ATTENDANCE_STATUSES),
  }));
}

export function readProductions(t: TableOf<typeof PRODUCTIONS_TAB>): ProductionRow[] {
  return readRows(t, (r) => ({
    id: text(t.get(r, 'ID')),
    learnerId: text(t.get(r, 'ID apprenant')),
    name: text(t.get(r, 'Production')),
    due: dayCell(t.get(r, 'Échéance')).day,
    deposited: dayCell(t.get(r, 'Déposée le')).day,
  }));
}

export function readTheses(t: TableOf<typeof THESES_TAB>): ThesisRow[] {
  return readRows(t, (r) => {
    const defence = dayCell(t.get(r, 'Date de soutenance'));
    const time = clockCell(t.get(r, 'Heure'));
    return {
      learnerId: text(t.get(r, 'ID apprenant')),
      title: text(t.get(r, 'Titre')),
      deposited: dayCell(t.get(r, 'Déposé le')).day,
      pages: wholeNumber(t.get(r, 'Pages')),
      defence: defence.day,
      ...(defence.invalid !== undefined && { defenceInvalid: defence.invalid }),
      ...(time.minutes !== undefined && { time: time.minutes }),
      ...(time.invalid !== undefined && { timeInvalid: time.invalid }),
      jury: parseTrainers(text(t.get(r, 'Jury'))),
      result: matchChoice(t.get(r, 'Résultat'), ['Admis', 'Ajourné'] as const) ?? '',
    };
  });
}

/** `Jury` rows as typed; the defences domain says what is wrong with them. */
export function readJury(t: TableOf<typeof JURY_TAB>): JuryRowInput[] {
  return readRows(t, (r) => ({
    name: text(t.get(r, 'Nom')),
    email: text(t.get(r, 'E-mail')),
    role: text(t.get(r, 'Rôle')),
    availability: t.get(r, 'Disponibilités'),
  }));
}

/** Tabs a workbook lacks, all of them at once (a person fixes the download once, not tab by tab). */
export class MissingTabsError extends UserError {
  constructor(readonly tabs: readonly string[]) {
    super(messages.workbook.missingTabs(tabs));
    this.name = 'MissingTabsError';
  }
}

/**
 * Reads every tab the checks need (workbook.md, "Tabs it needs"): `Candidatures` always;
 * `Paramètres` unless the caller brings its own profile (`settingsOptional`); `Séances`,
 * `Présences`, `Productions` and `Mémoires` only once someone is `Inscrit` — before enrolment
 * staff often download `Candidatures` alone. Every missing tab is named in one error. `Jury` is
 * read when present (an optional tab).
 */
export function readCohort(workbook: RawWorkbook, options: { settingsOptional?: boolean } = {}): Cohort {
  const missing: string[] = [];
  const settingsValues = findTabValues(workbook, SETTINGS_TAB);
  if (!settingsValues && !options.settingsOptional) missing.push(SETTINGS_TAB.name);
  const candidateValues = findTabValues(workbook, CANDIDATES_TAB);
  if (!candidateValues) missing.push(CANDIDATES_TAB.name);
  const candidates = candidateValues ? readCandidates(readTable(candidateValues, CANDIDATES_TAB)) : [];
  const someoneEnrolled = candidates.some(isEnrolled);
  const learnerTabs = [SESSIONS_TAB, ATTENDANCE_TAB, PRODUCTIONS_TAB, THESES_TAB] as const;
  const [sessions, attendance, productions, theses] = learnerTabs.map((spec) => {
    const values = findTabValues(workbook, spec);
    if (!values && someoneEnrolled) missing.push(spec.name);
    return values && readTable(values, spec);
  });
  if (missing.length) throw new MissingTabsError(missing);
  const juryValues = findTabValues(workbook, JURY_TAB);
  return {
    settings: settingsValues ? readSettings(readTable(settingsValues, SETTINGS_TAB)) : new Map(),
    candidates,
    sessions: sessions ? readSessions(sessions) : [],
    attendance: attendance ? readAttendance(attendance) : [],
    productions: productions ? readProductions(productions) : [],
    theses: theses ? readTheses(theses) : [],
    ...(juryValues && { jury: readJury(readTable(juryValues, JURY_TAB)) }),
  };
}
