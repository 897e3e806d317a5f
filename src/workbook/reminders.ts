/**
 * What the reminder planner reads beyond the typed cohort: the `Relances` rows as staff typed them,
 * the `Civilité` and `Horaires` columns, and `Journal` rows (for the keys and the weekly digest, see
 * journal.ts).
 * Shared by the Sheet and `pacte relances`, so the two read a workbook the same way.
 */
import { idKey } from '../domain/candidates';
import type { Day } from '../domain/dates';
import type { Profile } from '../domain/profile';
import type { RegisterEntry, ReminderInput, RuleRowInput } from '../domain/reminders/plan';
import type { Cell } from '../domain/rows';
import { bool, text } from './cells';
import { findTabValues, readCohort, setting, type RawWorkbook } from './cohort';
import { readJournalLines } from './journal';
import { readTable, type HeaderOf } from './table';
import { CANDIDATES_TAB, DOCUMENTS_TAB, JOURNAL_TAB, REMINDERS_TAB, SESSIONS_TAB, SETTING_KEYS, type TabSpec } from './schema';
import { resolveProfile } from './settings';

/** The `Relances` rows, or undefined when the tab is absent (the profile's defaults then apply). */
export function readRuleRows(values: readonly (readonly Cell[])[] | undefined): RuleRowInput[] | undefined {
  if (!values) return undefined;
  const t = readTable(values, REMINDERS_TAB);
  return t.rows.map((r) => {
    const days = t.get(r, 'Jours');
    return {
      row: r.row,
      id: text(t.get(r, 'Règle')),
      active: bool(t.get(r, 'Active')),
      when: text(t.get(r, 'Quand')),
      days: typeof days === 'number' ? days : text(days),
      // Texts are kept as typed (line breaks included); only the ends are trimmed.
      subject: text(t.get(r, 'Objet')),
      message: text(t.get(r, 'Message')),
    };
  });
}

/**
 * A text column of a tab by its ID column (first row wins for a shared ID); absent tab or column →
 * empty. `ID` is a header of every tab read so: `getAny` reads it whatever the spec's type says.
 */
function textById<const S extends TabSpec>(
  values: readonly (readonly Cell[])[] | undefined,
  spec: S,
  column: HeaderOf<S>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (!values) return out;
  const t = readTable(values, spec);
  if (t.column(column) === undefined) return out;
  for (const r of t.rows) {
    const id = idKey(text(t.getAny(r, 'ID')));
    if (id && !out.has(id)) out.set(id, text(t.get(r, column)));
  }
  return out;
}

/** `Civilité` by candidate ID (lower-cased), a column the typed CandidateRow does not carry. */
export function readCivilities(candidates: readonly (readonly Cell[])[] | undefined): Map<string, string> {
  return textById(candidates, CANDIDATES_TAB, 'Civilité');
}

/** `Horaires` by session ID (lower-cased); a workbook without the column is still valid. */
export function readSessionHours(sessions: readonly (readonly Cell[])[] | undefined): Map<string, string> {
  return textById(sessions, SESSIONS_TAB, 'Horaires');
}

/** The `Documents` register by `Clé`: its state, PDF link and detail (empty without the tab). */
export function readRegisterEntries(values: readonly (readonly Cell[])[] | undefined): Map<string, RegisterEntry> {
  const out = new Map<string, RegisterEntry>();
  if (!values || values.length === 0) return out;
  const t = readTable(values, { ...DOCUMENTS_TAB, required: ['Clé', 'État'] });
  for (const r of t.rows) {
    const key = text(t.get(r, 'Clé'));
    if (key && !out.has(key)) out.set(key, { state: text(t.get(r, 'État')), pdf: text(t.get(r, 'PDF')), detail: text(t.get(r, 'Détail')) });
  }
  return out;
}

/**
 * Everything the planner needs from a workbook's values (a downloaded file, or the tabs read in the
 * Sheet), `Relances` and `Journal` being optional. Throws UserError on what a person must fix first.
 */
export function reminderInputFromWorkbook(
  workbook: RawWorkbook,
  today: Day,
  profile?: Profile,
  claimed?: ReadonlySet<string>,
): ReminderInput {
  const cohort = readCohort(workbook, { settingsOptional: profile !== undefined });
  const journalValues = findTabValues(workbook, JOURNAL_TAB);
  return {
    cohort,
    profile: resolveProfile(cohort.settings, profile),
    ruleRows: readRuleRows(findTabValues(workbook, REMINDERS_TAB)),
    senderName: text(setting(cohort.settings, SETTING_KEYS.senderName)),
    team: text(setting(cohort.settings, SETTING_KEYS.team)),
    contact: text(setting(cohort.settings, SETTING_KEYS.contact)),
    platform: text(setting(cohort.settings, SETTING_KEYS.platform)),
    journal: readJournalLines(journalValues),
    ...(claimed && { claimed }),
    today,
    civilities: readCivilities(findTabValues(workbook, CANDIDATES_TAB)),
    sessionHours: readSessionHours(findTabValues(workbook, SESSIONS_TAB)),
    jury: (cohort.jury ?? []).map((m) => ({ name: m.name, email: m.email })).filter((m) => m.name || m.email),
    documents: readRegisterEntries(findTabValues(workbook, DOCUMENTS_TAB)),
  };
}
