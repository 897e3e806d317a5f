/**
 * What the Sheet actions write, decided from what they read: pure functions returning cell
 * updates (see plan.ts), so every write is unit-tested without Apps Script.
 */
import { idKey, sharedIds, type CandidateResult } from '../domain/candidates';
import type { LearnerState } from '../domain/codes';
import type { LearnerResult } from '../domain/eligibility';
import { messages } from '../domain/messages';
import { text, type Cell } from './cells';
import type { CandidateRow } from './cohort';
import type { CellUpdate } from './plan';
import { headerKey, type Table } from './table';
import type { HalfDay } from './schema';

export const INVALID_BACKGROUND = '#f4cccc';
export const STATE_BACKGROUNDS: Record<LearnerState, string | null> = {
  eligible: '#d9ead3',
  in_progress: null,
  at_risk: '#fce5cd',
  not_eligible: '#f4cccc',
};

const ID_PATTERN = /^C-(\d+)$/i;

export function formatCandidateId(n: number): string {
  return `C-${String(n).padStart(4, '0')}`;
}

/**
 * IDs for rows that have none: numbered after both the highest ID in the tab and the highest
 * ever issued (kept outside the sheet), so a deleted row's ID is never given again.
 */
export function planCandidateIds(table: Table, rows: readonly number[] | 'all', lastIssued: number) {
  let last = lastIssued;
  for (const r of [...table.rows, ...table.productOnlyRows]) {
    const m = ID_PATTERN.exec(text(table.get(r, 'ID')));
    if (m) last = Math.max(last, Number(m[1]));
  }
  const column = table.columns.get('ID')!;
  const wanted = rows === 'all' ? undefined : new Set(rows);
  const assigned = new Map<number, string>();
  const updates: CellUpdate[] = [];
  for (const r of table.rows) {
    if (wanted && !wanted.has(r.row)) continue;
    if (text(table.get(r, 'ID'))) continue;
    const id = formatCandidateId(++last);
    assigned.set(r.row, id);
    updates.push({ row: r.row, column, value: id });
  }
  return { updates, assigned, lastIssued: last };
}

/**
 * The rows whose `Contrôle` a check rewrites, within `scope` ('all', or the rows just edited): up to
 * the last row with content or with a stale `Contrôle` left on a row that no longer has any, as one
 * contiguous run (one write). Rows below, unticked checkboxes to the grid's bottom, are not touched.
 */
export function controlRows(table: Table, scope: readonly number[] | 'all'): number[] {
  let last = 0;
  for (const r of table.rows) last = Math.max(last, r.row);
  for (const r of table.productOnlyRows) if (text(table.get(r, 'Contrôle'))) last = Math.max(last, r.row);
  if (scope === 'all') return Array.from({ length: Math.max(last - 1, 0) }, (_, i) => i + 2);
  return scope.filter((row) => row >= 2 && row <= last);
}

/** `Contrôle` for the given sheet rows: the problems one per line, highlighted; empty and plain when valid. */
export function planControl(table: Table, results: readonly CandidateResult[], rows: readonly number[]): CellUpdate[] {
  const column = table.columns.get('Contrôle')!;
  const byRow = new Map(results.map((r) => [r.row, r]));
  return rows.map((row) => {
    const result = byRow.get(row);
    const invalid = result !== undefined && !result.valid;
    return {
      row,
      column,
      value: invalid ? result.problems.map((p) => p.message).join('\n') : '',
      background: invalid ? INVALID_BACKGROUND : null,
    };
  });
}

/** Applies freshly assigned IDs to the rows read, so checks and writes see them. */
export function withIds(candidates: readonly CandidateRow[], assigned: ReadonlyMap<number, string>): CandidateRow[] {
  return candidates.map((c) => (assigned.has(c.row) ? { ...c, id: assigned.get(c.row)! } : c));
}

/**
 * `Éligibilité` rewritten by learner ID: a learner keeps their row (and whatever staff wrote
 * beside it), a new learner gets the next free row, a learner no longer enrolled is marked so.
 * Two learners sharing an ID (a copied row) each get their own row, in `Candidatures` order, with
 * the warning first in `Motifs`: never one silently dropped.
 */
export function planEligibility(
  table: Table,
  learners: readonly LearnerResult[],
  candidates: readonly CandidateRow[],
  computedAt: Date,
): { updates: CellUpdate[]; lastRow: number } {
  const col = (h: string) => table.columns.get(h)!;
  // ID key → the tab's rows for it, with the ID as written there.
  const existing = new Map<string, Array<{ row: number; id: string }>>();
  let lastRow = 1;
  for (const r of table.rows) {
    lastRow = Math.max(lastRow, r.row);
    const id = text(table.get(r, 'ID apprenant'));
    if (!id) continue;
    const list = existing.get(idKey(id));
    if (list) list.push({ row: r.row, id });
    else existing.set(idKey(id), [{ row: r.row, id }]);
  }
  const statusById = new Map<string, string>();
  for (const c of candidates) if (c.id && !statusById.has(idKey(c.id))) statusById.set(idKey(c.id), c.status);
  const shared = sharedIds(candidates);
  const updates: CellUpdate[] = [];
  const write = (row: number, values: Record<string, Cell>, background: string | null) => {
    for (const [header, value] of Object.entries(values)) {
      updates.push({ row, column: col(header), value, ...(header === 'État' && { background }) });
    }
  };
  const used = new Map<string, number>();
  for (const l of [...learners].sort((a, b) => a.row - b.row)) {
    const key = idKey(l.id);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const row = existing.get(key)?.[n]?.row ?? ++lastRow;
    const sharedRows = shared.get(key);
    const motifs = l.reasons.map((r) => r.message);
    if (sharedRows) motifs.unshift(messages.sheet.sharedId(l.id, sharedRows));
    write(row, {
      'ID apprenant': l.id,
      'Nom': l.name,
      'État': messages.states[l.state],
      'Motifs': motifs.join('\n'),
      'Calculé le': computedAt,
    }, STATE_BACKGROUNDS[l.state]);
  }
  for (const [key, rows] of existing) {
    const n = used.get(key) ?? 0;
    for (const { row, id } of rows.slice(n)) {
      const motif = n > 0 ? messages.sheet.sharedIdLeftover(id) : messages.sheet.noLongerEnrolled(statusById.get(key) ?? '');
      write(row, { 'État': '', 'Motifs': motif, 'Calculé le': computedAt }, null);
    }
  }
  return { updates, lastRow };
}

export interface JournalEntry {
  at: Date;
  action: string;
  target: string;
  detail: string;
  by: string;
  key: string;
}

/** `presences:<séance>:<AAAA-MM-JJ>:<matin|apres-midi>` (workbook.md, `Journal`). */
export function attendanceJournalKey(sessionId: string, day: string, halfDay: HalfDay): string {
  return `presences:${sessionId}:${day}:${halfDay === 'Matin' ? 'matin' : 'apres-midi'}`;
}

/** A journal row laid out by the tab's own header row. */
export function journalRow(headerRow: readonly string[], entry: JournalEntry, headerIndex: (h: string) => number): Cell[] {
  const row: Cell[] = headerRow.map(() => '');
  const put = (h: string, v: Cell) => {
    const i = headerIndex(h);
    if (i >= 0) row[i] = v;
  };
  put('Horodatage', entry.at);
  put('Action', entry.action);
  put('Cible', entry.target);
  put('Détail', entry.detail);
  put('Par', entry.by);
  put('Clé', entry.key);
  return row;
}

/** The journal's header row as read (trailing empty cells dropped) and where each contract header is. */
function journalHeaders(values: readonly (readonly Cell[])[], contract: readonly string[]) {
  const headers = (values[0] ?? []).map((h) => text(h));
  while (headers.length > 0 && headers.at(-1) === '') headers.pop();
  const keys = headers.map(headerKey);
  const missing = contract.filter((h) => !keys.includes(headerKey(h)));
  return { headers, keys, missing };
}

/** What a key looks like (`relance:…`, `document:…`, `presences:…`): a kind, a colon, the rest. */
const KEY_SHAPE = /^[a-z][a-z-]*:\S/;

/**
 * The keys already in `Journal`, from the values of the tab read once: the `Clé` column, and the
 * key-shaped cells of any column the product does not recognise (a `Clé` header staff renamed,
 * then added back by the product): an effect may be skipped, never made twice.
 */
export function journalKeySet(values: readonly (readonly Cell[])[], contract: readonly string[]): Set<string> {
  const { keys } = journalHeaders(values, contract);
  const known = new Set(contract.map(headerKey));
  const keyColumn = keys.indexOf(headerKey('Clé'));
  const unknown = keys.map((k, i) => (known.has(k) ? -1 : i)).filter((i) => i >= 0);
  const found = new Set<string>();
  for (const row of values.slice(1)) {
    const key = keyColumn >= 0 ? text(row[keyColumn]) : '';
    if (key) found.add(key);
    for (const c of unknown) {
      const cell = text(row[c]);
      if (KEY_SHAPE.test(cell)) found.add(cell);
    }
  }
  return found;
}

export interface JournalAppendPlan {
  /** Headers to add at row 1, starting at this 1-based column (an empty tab, or contract headers gone). */
  headers?: { column: number; values: string[] };
  /** 1-based row where `rows` start: right after the last row read. */
  startRow: number;
  rows: Cell[][];
}

/**
 * Where and what to append: one block of rows after the last row read, laid out by the tab's own
 * headers; a contract header staff removed or renamed is added back at the end of row 1.
 */
export function planJournalAppend(values: readonly (readonly Cell[])[], contract: readonly string[], entries: readonly JournalEntry[]): JournalAppendPlan {
  const { headers, missing } = journalHeaders(values, contract);
  const hasData = values.some((r) => r.some((c) => text(c) !== ''));
  const full = [...headers, ...missing];
  const index = (h: string) => full.findIndex((x) => headerKey(x) === headerKey(h));
  const rows = entries.map((e) => journalRow(full, e, index));
  return {
    ...(missing.length > 0 && { headers: { column: headers.length + 1, values: missing } }),
    startRow: hasData ? values.length + 1 : 2,
    rows,
  };
}
