/**
 * `Résultat` typed in `Mémoires` (onEdit, a simple trigger): eligibility is recomputed as the
 * sidebar's pick does (PACTE › Calculer l'éligibilité), and its summary toasted. An edit of another
 * column of `Mémoires` costs three calls more and does nothing else.
 */
import { messages } from '../../domain/messages';
import { editedColumns, editedTabName, type EditEvent } from '../../gas/events';
import { activeUserEmail } from '../../gas/session';
import { readTab, toast } from '../../gas/spreadsheet';
import { THESES_TAB } from '../../workbook/schema';
import { headerKey } from '../../workbook/table';
import { openCohort } from '../context';
import { computeEligibilityFor } from '../eligibility';

export function recomputeAfterResultEdit(e: EditEvent, tab = editedTabName(e.range)): void {
  if (tab !== THESES_TAB.name) return;
  const { column, numColumns } = editedColumns(e.range);
  const theses = readTab(e.source, THESES_TAB.name);
  const result = (theses?.values[0] ?? []).findIndex((h) => headerKey(h) === headerKey('Résultat')) + 1;
  if (result === 0 || result < column || result >= column + numColumns) return;
  // The person typing is in the sheet; a simple trigger may not know their address ('' then).
  const summary = computeEligibilityFor({ ...openCohort(e.source), user: activeUserEmail() });
  toast(e.source, summary, messages.sheet.toastTitle);
}
