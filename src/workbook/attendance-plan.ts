/** Writing a half-day's attendance into `Présences`: the upsert plan (pure; the action applies it). */
import { attendanceIdentity, type Mark, type Selection } from '../domain/attendance';
import type { Cell } from './cells';
import type { CellUpdate } from './blocks';
import type { ATTENDANCE_TAB } from './schema';
import type { HeaderOf, TableOf } from './table';

/**
 * Upserts marks by (learner, session, date, half-day): an existing row gets its status and
 * `Saisi par`/`Saisi le`; a new mark becomes a new row after the last one. `rowsByIdentity` gives the
 * sheet row of each attendanceIdentity (from the rows just read, under the lock).
 */
export function planAttendanceUpsert(
  table: TableOf<typeof ATTENDANCE_TAB>,
  rowsByIdentity: ReadonlyMap<string, number>,
  selection: Selection,
  marks: readonly Mark[],
  by: string,
  at: Date,
  dateCell: Cell,
): { updates: CellUpdate[]; appended: number; lastRow: number } {
  let lastRow = Math.max(1, ...table.rows.map((r) => r.row));
  const updates: CellUpdate[] = [];
  const put = (row: number, header: HeaderOf<typeof ATTENDANCE_TAB>, value: Cell) => {
    const c = table.column(header);
    if (c !== undefined) updates.push({ row, column: c, value });
  };
  let appended = 0;
  for (const mark of marks) {
    const existing = rowsByIdentity.get(attendanceIdentity(mark.learnerId, selection.sessionId, selection.day, selection.halfDay));
    const row = existing ?? ++lastRow;
    if (existing === undefined) {
      appended++;
      put(row, 'ID apprenant', mark.learnerId);
      put(row, 'Séance', selection.sessionId);
      put(row, 'Date', dateCell);
      put(row, 'Demi-journée', selection.halfDay);
    }
    put(row, 'Statut', mark.status);
    put(row, 'Saisi par', by);
    put(row, 'Saisi le', at);
  }
  return { updates, appended, lastRow };
}
