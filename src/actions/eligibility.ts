/** PACTE › Calculer l'éligibilité: rewrites `Éligibilité` by learner ID, coloured by state. */
import { LEARNER_STATES } from '../domain/codes';
import { todayInParis } from '../domain/dates';
import { computeEligibility } from '../domain/eligibility';
import { messages, stateCounts } from '../domain/messages';
import { applyBlocks, ensureRows, toast } from '../gas/spreadsheet';
import { readAttendance, readCandidates, readProductions, readSessions, readTheses, type Cohort } from '../workbook/cohort';
import { fillColumnGaps, planBlocks } from '../workbook/blocks';
import { withDocumentLock } from '../gas/lock';
import { planEligibility } from '../workbook/eligibility-plan';
import { ATTENDANCE_TAB, CANDIDATES_TAB, ELIGIBILITY_TAB, PRODUCTIONS_TAB, SESSIONS_TAB, THESES_TAB } from '../workbook/schema';
import { openAction, requireSheetTab, type ActionContext } from './context';
import { appendJournalLocked } from '../gas/journal';

const PRODUCT_COLUMNS = ['ID apprenant', 'Nom', 'Motifs', 'Calculé le'];
/** The toast names the good news first. */
const ORDER = [...LEARNER_STATES].reverse();

/** The menu item: the person at the keyboard, a toast. */
export function computeEligibilityAction(): void {
  const ctx = openAction();
  toast(ctx.ss, computeEligibilityFor(ctx), messages.sheet.toastTitle);
}

/** Rewrites `Éligibilité` and journals it; returns the summary, for the entry point to report. */
export function computeEligibilityFor({ ss, user, settings, profile }: ActionContext): string {
  const cohort: Cohort = {
    settings,
    candidates: readCandidates(requireSheetTab(ss, CANDIDATES_TAB).table),
    sessions: readSessions(requireSheetTab(ss, SESSIONS_TAB).table),
    attendance: readAttendance(requireSheetTab(ss, ATTENDANCE_TAB).table),
    productions: readProductions(requireSheetTab(ss, PRODUCTIONS_TAB).table),
    theses: readTheses(requireSheetTab(ss, THESES_TAB).table),
  };
  const now = new Date();
  const learners = computeEligibility(cohort, profile, todayInParis(now));
  const summary = messages.sheet.eligibilityComputed(
    learners.length,
    stateCounts(
      learners.map((l) => l.state),
      ORDER,
    ),
  );
  withDocumentLock(() => {
    // Rows by learner ID, found in what the tab holds now: read under the lock, just before writing.
    const target = requireSheetTab(ss, ELIGIBILITY_TAB);
    const { updates, lastRow } = planEligibility(target.table, learners, cohort.candidates, now);
    if (lastRow > target.values.length) ensureRows(target.sheet, lastRow);
    // The product alone writes these columns (not `État`, whose colour a gap would reset): a learner
    // no longer enrolled between two others does not split the write.
    const owned = new Set(PRODUCT_COLUMNS.map((h) => target.table.columns.get(h)).filter((c) => c !== undefined));
    applyBlocks(target.sheet, planBlocks(fillColumnGaps(updates, target.values, owned)));
    appendJournalLocked(ss, [
      { at: now, action: messages.sheet.journal.eligibility, target: ELIGIBILITY_TAB.name, detail: summary, by: user, key: '' },
    ]);
  });
  return summary;
}
