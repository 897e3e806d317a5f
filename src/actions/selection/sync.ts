/**
 * What the product keeps in step with `Entretiens` (workbook.md › Selection) when the sidebar opens,
 * so a slot staff moved by hand shows at once: `Candidatures` › `Date d'entretien` equal to the
 * slot's date, and `Entretiens` › `Invitation` (« à renvoyer » once date, time or link changed).
 * Under the document lock, on the tabs read there; cells found by `ID` and `Créneau`, written only
 * when they differ.
 */
import { planAssignment, type InterviewDateUpdate } from '../../domain/selection/assign';
import { withDocumentLock } from '../../gas/lock';
import { applyBlocks } from '../../gas/spreadsheet';
import { planBlocks } from '../../workbook/blocks';
import { resolveInterviewDates } from '../../workbook/selection';
import { CANDIDATES_TAB } from '../../workbook/schema';
import type { CohortContext } from '../context';
import { writeInvitationCells } from './invitation-cells';
import { invitationLedger } from './invitations';
import { readLedgerNow } from './sending';
import { selectionOf, type SelectionSheet } from './sheet';

/** `Date d'entretien` by `ID` on `Candidatures` as `sheet` read it (the caller holds the lock). */
export function writeInterviewDates(sheet: SelectionSheet, updates: readonly InterviewDateUpdate[]): void {
  const tab = sheet.tabs.get(CANDIDATES_TAB.name);
  if (!tab || updates.length === 0) return;
  applyBlocks(tab.sheet, planBlocks(resolveInterviewDates(sheet.candidates, updates).updates));
}

export function syncSelectionCells(cohort: CohortContext): void {
  withDocumentLock(() => {
    const sheet = selectionOf(cohort);
    const { slots } = sheet.selection;
    writeInterviewDates(sheet, planAssignment({ slots, candidates: sheet.input.candidates }).interviewDates);
    writeInvitationCells(sheet, invitationLedger(readLedgerNow(cohort.ss)));
  });
}
