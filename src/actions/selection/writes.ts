/**
 * The sidebar's writes, each under the document lock on the tab read afresh there: `Statut` for the
 * selected candidates (found by `ID`, one RangeList write whatever their number), and a COPIL
 * member's own opinion (a new `Avis` row appended: `Membre` is the person at the keyboard, so
 * nobody ever edits another member's row). Bad input: a French UserError, nothing written.
 */
import { idKey } from '../../domain/candidates';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import { readNote } from '../../domain/selection/opinions';
import { appendJournalLocked } from '../../gas/journal';
import { withDocumentLock } from '../../gas/lock';
import { appendRow, readTab, writeSameValue } from '../../gas/spreadsheet';
import type { SelectionOpinionRequest, SelectionStatusRequest } from '../../ui/contract';
import { columnLetters } from '../../workbook/a1';
import { text } from '../../workbook/cells';
import { rowByHeader } from '../../workbook/selection';
import { CANDIDATES_TAB, OPINIONS_TAB } from '../../workbook/schema';
import { readTable } from '../../workbook/table';
import { requireSheetTab, type ActionContext } from '../context';

const M = messages.selection.sidebar;

/** Sets `Statut` of every candidate in `ids`; an ID not found refuses the whole change. */
export function setStatus(ctx: ActionContext, request: SelectionStatusRequest): string {
  return withDocumentLock(() => {
    const tab = requireSheetTab(ctx.ss, CANDIDATES_TAB);
    const column = tab.table.column('Statut');
    if (column === undefined) throw new UserError(messages.sheet.missingTab(`${CANDIDATES_TAB.name} › Statut`));
    const rows = new Map<string, number>();
    for (const r of tab.table.rows) {
      const key = idKey(text(tab.table.get(r, 'ID')));
      if (key && !rows.has(key)) rows.set(key, r.row);
    }
    const wanted = [...new Set(request.ids.map(idKey))];
    const unknown = request.ids.filter((id) => !rows.has(idKey(id)));
    if (unknown.length) throw new UserError(M.unknownIds(unknown));
    const letter = columnLetters(column + 1);
    writeSameValue(
      tab.sheet,
      wanted.map((k) => `${letter}${rows.get(k)}`),
      request.statut,
    );
    const at = new Date();
    appendJournalLocked(ctx.ss, [
      {
        at,
        action: M.statusAction,
        target: request.ids.join(', '),
        detail: M.statusDetail(request.statut, wanted.length),
        by: ctx.user,
        key: '',
      },
    ]);
    return M.statusSet(request.statut, wanted.length);
  });
}

/** Appends the person's own opinion (their latest row is their opinion: workbook.md › Selection). */
export function recordOpinion(ctx: ActionContext, request: SelectionOpinionRequest): string {
  const note = readNote(request.note);
  if ('invalid' in note) throw new UserError(messages.selection.problems.invalidNote(request.note.trim()));
  return withDocumentLock(() => {
    const candidates = requireSheetTab(ctx.ss, CANDIDATES_TAB);
    const found = candidates.table.rows.find((r) => idKey(text(candidates.table.get(r, 'ID'))) === idKey(request.id));
    if (!found) throw new UserError(M.unknownIds([request.id]));
    const id = text(candidates.table.get(found, 'ID'));
    const tab = readTab(ctx.ss, OPINIONS_TAB.name);
    if (!tab) throw new UserError(messages.sheet.missingTab(OPINIONS_TAB.name));
    const table = readTable(tab.values, OPINIONS_TAB);
    const row = rowByHeader(table, {
      'ID candidat': id,
      Membre: ctx.user,
      Avis: request.avis,
      Note: note.note,
      Commentaire: request.commentaire.trim(),
      'Saisi le': new Date(),
    });
    appendRow(tab.sheet, row);
    return M.opinionSaved(id);
  });
}
