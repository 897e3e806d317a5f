/**
 * « Créer des créneaux »: the form's slots (src/domain/selection/create-slots), checked with those
 * already in `Entretiens` (a jury member in two overlapping slots is refused), then the planner's
 * assignment of candidates at `Entretien` to free slots, earliest first. Previewed; on confirm,
 * planned again under the document lock on the tabs read afresh and written only when the plan is
 * the one shown: new rows appended by header, `ID candidat` of existing slots found by `Créneau`,
 * `Date d'entretien` by `ID`. Calls do not grow with the number of candidates.
 */
import { idKey } from '../../domain/candidates';
import { messages } from '../../domain/messages';
import { planAssignment, type AssignmentPlan } from '../../domain/selection/assign';
import { planNewSlots, type NewSlot } from '../../domain/selection/create-slots';
import { computeSelection } from '../../domain/selection/report';
import type { SlotRow } from '../../domain/selection/types';
import { withDocumentLock } from '../../gas/lock';
import { documentProperties } from '../../gas/properties';
import { applyBlocks, ensureRows, writeRows } from '../../gas/spreadsheet';
import type { SelectionSlotsRequest, SelectionSlotsResult } from '../../ui/contract';
import { planBlocks } from '../../workbook/blocks';
import { resolveSlotUpdates, rowByHeader, slotRowCells } from '../../workbook/selection';
import { SLOTS_TAB } from '../../workbook/schema';
import { readTable } from '../../workbook/table';
import { UserError } from '../../domain/errors';
import type { ActionContext } from '../context';
import { selectionOf, type SelectionSheet } from './sheet';
import { writeInterviewDates } from './sync';
import { slotLabel } from './view';

const M = messages.selection.sidebar;
const LAST_SLOT = 'pacte.lastSlotNumber';

interface SlotsPlan {
  errors: string[];
  slots: NewSlot[];
  lastIssued: number;
  assignment?: AssignmentPlan;
  lines: string[];
  labels: string[];
  unassigned: string[];
}

const asRow = (s: NewSlot, row: number): SlotRow => ({
  row,
  id: s.id,
  date: { day: s.day },
  time: s.time,
  duration: s.duration,
  link: s.link,
  jury: s.jury,
  candidateId: '',
});

function plan(sheet: SelectionSheet, request: SelectionSlotsRequest, lastIssued: number): SlotsPlan {
  const existing = sheet.input.slots ?? [];
  const made = planNewSlots(
    {
      date: request.date,
      firstTime: request.firstTime,
      count: request.count,
      duration: request.duration,
      link: request.link,
      jury: request.jury,
    },
    { lastIssued, existing: existing.map((s) => s.id) },
  );
  if (!made.ok) return { errors: made.errors, slots: [], lastIssued, lines: [], labels: [], unassigned: [] };
  const firstRow = (sheet.tabs.get(SLOTS_TAB.name)?.values.length ?? 1) + 1;
  const rows = made.slots.map((s, i) => asRow(s, firstRow + i));
  const selection = computeSelection({ ...sheet.input, slots: [...existing, ...rows] });
  const newRows = new Set(rows.map((r) => r.row));
  // The form's own slots must be sound (a jury member already busy then): problems elsewhere are the tab's.
  const errors = selection.problems.filter((p) => p.tab === 'Entretiens' && newRows.has(p.row)).map((p) => p.message);
  if (errors.length) return { errors, slots: [], lastIssued, lines: [], labels: [], unassigned: [] };
  const assignment = planAssignment({ slots: selection.slots, candidates: sheet.input.candidates, now: new Date() });
  const names = new Map(sheet.input.candidates.map((c) => [idKey(c.id), [c.firstName, c.lastName].filter(Boolean).join(' ')]));
  const bySlot = new Map(selection.slots.map((s) => [idKey(s.id), s]));
  return {
    errors: [],
    slots: made.slots,
    lastIssued: made.lastIssued,
    assignment,
    labels: made.slots.map((s) => slotLabel(bySlot.get(idKey(s.id))!)),
    lines: assignment.assignments.map((a) =>
      [a.candidateId, names.get(idKey(a.candidateId))]
        .filter(Boolean)
        .join(' · ')
        .concat(` → ${slotLabel(bySlot.get(idKey(a.slot))!)}`),
    ),
    unassigned: assignment.unassigned.map((u) => u.message),
  };
}

function result(p: SlotsPlan, written: boolean, message = ''): SelectionSlotsResult {
  return { errors: p.errors, slots: p.labels, assignments: p.lines, unassigned: p.unassigned, written, message };
}

/** Preview (`confirm` false) or write (`confirm` true, the plan still the one `seen`). */
export function slotsAction(ctx: ActionContext, request: SelectionSlotsRequest): SelectionSlotsResult {
  const last = () => Number(documentProperties().get(LAST_SLOT) ?? 0) || 0;
  if (!request.confirm) return result(plan(selectionOf(ctx), request, last()), false);
  return withDocumentLock(() => {
    const sheet = selectionOf(ctx);
    const p = plan(sheet, request, last());
    if (p.errors.length) return result(p, false);
    if (p.lines.join('\n') !== request.seen.join('\n')) throw new UserError(M.slotsChanged);
    write(sheet, p);
    documentProperties().set(LAST_SLOT, String(p.lastIssued));
    return result(p, true, M.slotsWritten(p.slots.length, p.lines.length));
  });
}

/** The caller holds the document lock; `sheet` was read under it. */
function write(sheet: SelectionSheet, p: SlotsPlan): void {
  const tab = sheet.tabs.get(SLOTS_TAB.name);
  if (!tab) throw new UserError(messages.sheet.missingTab(SLOTS_TAB.name));
  const table = readTable(tab.values, SLOTS_TAB);
  const assigned = new Map(p.assignment!.slotUpdates.map((u) => [idKey(u.slot), u.value]));
  const rows = p.slots.map((s) => rowByHeader(table, { ...slotRowCells(s), 'ID candidat': assigned.get(idKey(s.id)) ?? '' }));
  const newIds = new Set(p.slots.map((s) => idKey(s.id)));
  const older = resolveSlotUpdates(
    table,
    p.assignment!.slotUpdates.filter((u) => !newIds.has(idKey(u.slot))),
  );
  applyBlocks(tab.sheet, planBlocks(older.updates));
  const first = tab.values.length + 1;
  ensureRows(tab.sheet, first + rows.length - 1);
  writeRows(tab.sheet, first, 1, rows);
  writeInterviewDates(sheet, p.assignment!.interviewDates);
}
