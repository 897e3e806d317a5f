/**
 * The selection tabs (`Candidatures`, `Avis`, `Entretiens`) read into the domain's rows, and the
 * planner's by-ID updates turned into cell writes on a table read afresh (under the document lock):
 * rows are found by `Créneau` and `ID` at that moment, never by a row number remembered.
 */
import { idKey } from '../domain/candidates';
import { instantOfDay } from '../domain/dates';
import type { InterviewDateUpdate, SlotCellUpdate } from '../domain/selection/assign';
import type { NewSlot } from '../domain/selection/create-slots';
import type { SelectionInput } from '../domain/selection/report';
import type { OpinionRow, SelectionCandidate, SlotRow } from '../domain/selection/types';
import { parseStaffList } from '../domain/staff';
import { dayCell, isBlank, text, type Cell } from './cells';
import { candidateIdentity, MissingTabsError, readOptionalTab, readSettings, setting, type RawWorkbook } from './cohort';
import type { CellUpdate } from './blocks';
import { CANDIDATES_TAB, OPINIONS_TAB, SETTING_KEYS, SETTINGS_TAB, SLOTS_TAB } from './schema';
import { readRows, rowsByKey, type HeaderOf, type Table, type TableOf, type TableRow } from './table';

export function readSelectionCandidates(t: TableOf<typeof CANDIDATES_TAB>): SelectionCandidate[] {
  return readRows(t, (r) => ({
    ...candidateIdentity(t, r),
    civility: text(t.get(r, 'Civilité')),
    commune: text(t.get(r, 'Commune')),
    department: text(t.get(r, 'Département')),
    interviewDate: dayCell(t.get(r, "Date d'entretien")),
  }));
}

export function readSlotRows(t: TableOf<typeof SLOTS_TAB>): SlotRow[] {
  return readRows(t, (r) => ({
    id: text(t.get(r, 'Créneau')),
    date: dayCell(t.get(r, 'Date')),
    time: t.get(r, 'Heure'),
    duration: t.get(r, 'Durée (min)'),
    link: text(t.get(r, 'Lien visio')),
    jury: text(t.get(r, 'Jury')),
    candidateId: text(t.get(r, 'ID candidat')),
  }));
}

export function readOpinionRows(t: TableOf<typeof OPINIONS_TAB>): OpinionRow[] {
  return readRows(t, (r) => ({
    candidateId: text(t.get(r, 'ID candidat')),
    member: text(t.get(r, 'Membre')),
    opinion: text(t.get(r, 'Avis')),
    note: t.get(r, 'Note'),
    comment: text(t.get(r, 'Commentaire')),
    enteredAt: t.get(r, 'Saisi le'),
  }));
}

export interface SelectionWorkbook {
  input: SelectionInput;
  candidates: TableOf<typeof CANDIDATES_TAB>;
  /** `Paramètres` as read (empty when the workbook has no such tab). */
  settings: ReadonlyMap<string, Cell>;
}

/**
 * Reads what the selection needs: `Candidatures` always; `Avis`, `Entretiens` and `Paramètres` (for
 * `Équipe`) when present. A present tab with a missing header is refused naming it.
 */
export function readSelectionWorkbook(workbook: RawWorkbook): SelectionWorkbook {
  const candidates = readOptionalTab(workbook, CANDIDATES_TAB);
  if (!candidates) throw new MissingTabsError([CANDIDATES_TAB.name]);
  const opinions = readOptionalTab(workbook, OPINIONS_TAB);
  const slots = readOptionalTab(workbook, SLOTS_TAB);
  const settingsTable = readOptionalTab(workbook, SETTINGS_TAB);
  const settings = settingsTable ? readSettings(settingsTable) : new Map<string, Cell>();
  const team = parseStaffList(text(setting(settings, SETTING_KEYS.team)));
  return {
    candidates,
    settings,
    input: {
      candidates: readSelectionCandidates(candidates),
      opinions: opinions ? readOpinionRows(opinions) : [],
      slots: slots ? readSlotRows(slots) : [],
      ...(team.length > 0 && { team }),
    },
  };
}

/** A new slot as the cells of its row, by header: the date as a Sheet date, the time as staff type it. */
export function slotRowCells(slot: NewSlot): Record<HeaderOf<typeof SLOTS_TAB>, Cell> {
  return {
    Créneau: slot.id,
    Date: instantOfDay(slot.day),
    Heure: slot.time,
    'Durée (min)': slot.duration,
    'Lien visio': slot.link,
    Jury: slot.jury,
    'ID candidat': '',
    Invitation: '',
  };
}

/**
 * Updates found by key (idKey of `header`, the first row holding it) in a table just read: `write`
 * turns each into a cell write on its row, or gives none; an update with no row or no write is skipped,
 * named by its key as given.
 */
function resolveByKey<H extends string, U>(
  table: TableOf<{ headers: readonly H[] }>,
  header: H,
  updates: readonly U[],
  keyOf: (u: U) => string,
  write: (u: U, row: TableRow) => CellUpdate | undefined,
): { updates: CellUpdate[]; skipped: string[] } {
  const rows = rowsByKey(table, header);
  const out: CellUpdate[] = [];
  const skipped: string[] = [];
  for (const u of updates) {
    const row = rows.get(idKey(keyOf(u)));
    const cell = row && write(u, row);
    if (cell) out.push(cell);
    else skipped.push(keyOf(u));
  }
  return { updates: out, skipped };
}

/**
 * The planner's `ID candidat` writes on `Entretiens` as just read: a slot no longer there, or no
 * longer free (someone typed a candidate meanwhile), is skipped and named, never overwritten.
 */
export function resolveSlotUpdates(
  table: TableOf<typeof SLOTS_TAB>,
  updates: readonly SlotCellUpdate[],
): { updates: CellUpdate[]; skipped: string[] } {
  return resolveByKey(
    table,
    'Créneau',
    updates,
    (u) => u.slot,
    (u, r) => {
      const column = table.column(u.header);
      return column === undefined || !isBlank(table.get(r, u.header)) ? undefined : { row: r.row, column, value: u.value };
    },
  );
}

/** `Date d'entretien` writes on `Candidatures` as just read, by `ID`; an ID no longer there is skipped. */
export function resolveInterviewDates(
  table: TableOf<typeof CANDIDATES_TAB>,
  updates: readonly InterviewDateUpdate[],
): { updates: CellUpdate[]; skipped: string[] } {
  const column = table.column("Date d'entretien");
  return resolveByKey(
    table,
    'ID',
    updates,
    (u) => u.candidateId,
    (u, r) => (column === undefined ? undefined : { row: r.row, column, value: instantOfDay(u.day) }),
  );
}

/** A new row's cells in the tab's own column order (columns staff added or moved keep their place). */
export function rowByHeader<H extends string>(table: Table<H>, cells: Partial<Record<H, Cell>>): Cell[] {
  const row: Cell[] = table.headerRow.map(() => '');
  for (const [header, value] of Object.entries(cells) as [H, Cell][]) {
    const column = table.column(header);
    if (column !== undefined) row[column] = value ?? '';
  }
  return row;
}
