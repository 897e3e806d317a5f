/**
 * `Entretiens` › `Invitation` (written by the product only): « envoyée le … », « à renvoyer »,
 * « annulée ». The caller holds the document lock and read `sheet` under it; the column is written
 * in one setValues (only when a cell changes), each cell found by its row's `Créneau` in that read.
 */
import { idKey } from '../../domain/candidates';
import type { InvitationLedger } from '../../domain/selection/invitation-history';
import { invitationCell } from '../../domain/selection/invitation-records';
import { planInvitations, type InvitationPlan } from '../../domain/selection/invitations';
import { writeRows } from '../../gas/spreadsheet';
import { text, type Cell } from '../../workbook/cells';
import { readTable } from '../../workbook/table';
import { SLOTS_TAB } from '../../workbook/schema';
import type { SelectionSheet } from './sheet';

/** The invitations due for the selection as read, from the ledger alone. */
export function planFromSheet(sheet: SelectionSheet, ledger: InvitationLedger, now: Date): InvitationPlan {
  return planInvitations({
    slots: sheet.selection.slots,
    problems: sheet.selection.problems,
    candidates: sheet.input.candidates,
    ledger,
    now,
  });
}

export function writeInvitationCells(sheet: SelectionSheet, ledger: InvitationLedger): void {
  const tab = sheet.tabs.get(SLOTS_TAB.name);
  if (!tab) return;
  const table = readTable(tab.values, SLOTS_TAB);
  const column = table.column('Invitation');
  if (column === undefined || table.rows.length === 0) return;
  const { selection, input } = sheet;
  const plan = planInvitations({
    slots: selection.slots,
    problems: selection.problems,
    candidates: input.candidates,
    ledger,
    now: new Date(),
  });
  const states = new Map([...plan.states].map(([id, state]) => [idKey(id), invitationCell(state)]));
  const first = table.rows[0]!.row;
  const last = table.rows.at(-1)!.row;
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  let changed = false;
  const values: Cell[][] = [];
  for (let row = first; row <= last; row++) {
    const r = byRow.get(row);
    const current = r ? table.get(r, 'Invitation') : (tab.values[row - 1]?.[column] ?? '');
    const id = r ? idKey(text(table.get(r, 'Créneau'))) : '';
    const next = id && states.has(id) ? states.get(id)! : current;
    if (next !== current && !(next === '' && (current === null || current === undefined))) changed = true;
    values.push([next ?? '']);
  }
  if (changed) writeRows(tab.sheet, first, column + 1, values);
}
