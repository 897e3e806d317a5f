/**
 * « Planifier les soutenances » (workbook.md › `Jury`, `Mémoires`): the sidebar's server functions.
 * Load proposes; each adjustment re-reads the workbook and checks the whole proposal again; only the
 * confirmation writes, under the document lock, into `Mémoires` rows found by `ID apprenant` in the
 * tab as read then (one write per contiguous block), after checking the proposal against it.
 */
import { idKey } from '../../domain/candidates';
import { checkProposal, moveDefence, prepareDefences, swapJuryMember, thesisUpdates, type Placement } from '../../domain/defences';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import { appendJournalLocked } from '../../gas/journal';
import { withDocumentLock } from '../../gas/lock';
import { applyBlocks, type SpreadsheetHandle } from '../../gas/spreadsheet';
import { showSidebar } from '../../gas/ui';
import type { DefencesAdjustRequest, DefencesDone, DefencesView } from '../../ui/contract';
import { planBlocks } from '../../workbook/blocks';
import { planResultWrite, planThesisWrites } from '../../workbook/defences-plan';
import { THESES_TAB } from '../../workbook/schema';
import { computeEligibilityFor } from '../eligibility';
import { openAction } from '../context';
import { serverFunction } from '../rpc';
import { readDefenceTabs, type DefenceTabs } from './read';
import { defencesView, missingColumns, resultRows } from './view';

const S = messages.defences.sidebar;

export function openDefencesSidebar(): void {
  openAction();
  showSidebar('defences', S.title);
}

/** The planner's context from the workbook as it is now, or a UserError saying what to change. */
function contextNow(tabs: DefenceTabs) {
  const prepared = prepareDefences(tabs.input);
  const blocking = [...(prepared.ok ? [] : prepared.problems.map((p) => p.message)), ...missingColumns(tabs)];
  if (!prepared.ok || blocking.length) throw new UserError(blocking.join('\n'));
  return prepared.context;
}

export const loadDefences = serverFunction('pacteDefencesLoad', (): DefencesView => {
  const tabs = readDefenceTabs(openAction().ss);
  return defencesView(tabs, prepareDefences(tabs.input));
});

function adjust(tabs: DefenceTabs, { proposal, change }: DefencesAdjustRequest): Placement[] {
  const context = contextNow(tabs);
  const adjusted =
    change.kind === 'move'
      ? moveDefence(context, proposal, change.learnerId, { sessionId: change.sessionId, day: change.day, start: change.start })
      : swapJuryMember(context, proposal, change.learnerId, change.outgoing, change.incoming);
  if (!adjusted.ok) throw new UserError(adjusted.messages.join('\n'));
  return adjusted.placements;
}

export const adjustDefences = serverFunction('pacteDefencesAdjust', (request): DefencesView => {
  const tabs = readDefenceTabs(openAction().ss);
  const placements = adjust(tabs, request);
  return defencesView(tabs, prepareDefences(tabs.input), placements);
});

/** Under the document lock: the workbook read again, the proposal checked against it, then written. */
function writeProposal(ss: SpreadsheetHandle, user: string, proposal: readonly Placement[]): string {
  const tabs = readDefenceTabs(ss);
  const context = contextNow(tabs);
  const violations = checkProposal(context, proposal);
  if (violations.length) throw new UserError(S.refused([...new Set(violations.map((v) => `${v.learnerId} : ${v.message}`))]));
  const updates = thesisUpdates(proposal.filter((p) => p.origin !== 'typed'));
  if (updates.length === 0) return S.nothingToWrite;
  const plan = planThesisWrites(tabs.theses.table, updates);
  if (plan.missingColumns.length) throw new UserError(plan.missingColumns.map(S.missingColumn).join('\n'));
  if (plan.missingRows.length) throw new UserError(S.rowGone(plan.missingRows));
  applyBlocks(tabs.theses.sheet, planBlocks(plan.updates));
  const message = S.written(updates.length);
  const detail = `${message} ${updates.map((u) => u.learnerId).join(', ')}`;
  appendJournalLocked(ss, [{ at: new Date(), action: S.journalPlanned, target: THESES_TAB.name, detail, by: user, key: '' }]);
  return message;
}

export const confirmDefences = serverFunction('pacteDefencesConfirm', ({ proposal }): DefencesDone => {
  const ctx = openAction();
  const message = withDocumentLock(() => writeProposal(ctx.ss, ctx.user, proposal));
  const tabs = readDefenceTabs(ctx.ss);
  return { message, view: defencesView(tabs, prepareDefences(tabs.input)) };
});

/**
 * `Résultat` picked in the sidebar: written by `ID apprenant` under the lock, then eligibility
 * recomputed (PACTE › Calculer l'éligibilité, its own lock section).
 */
export const setDefenceResult = serverFunction('pacteDefencesResult', ({ learnerId, result }): DefencesDone => {
  const ctx = openAction();
  withDocumentLock(() => {
    const tabs = readDefenceTabs(ctx.ss);
    const listed = resultRows(tabs).some((r) => idKey(r.learnerId) === idKey(learnerId));
    const update = listed ? planResultWrite(tabs.theses.table, learnerId, result) : undefined;
    if (!update) throw new UserError(S.unknownLearner(learnerId));
    applyBlocks(tabs.theses.sheet, planBlocks([update]));
    const detail = result || '—';
    appendJournalLocked(ctx.ss, [{ at: new Date(), action: S.journalResult, target: learnerId, detail, by: ctx.user, key: '' }]);
  });
  const eligibility = computeEligibilityFor(ctx);
  const tabs = readDefenceTabs(ctx.ss);
  return { message: S.resultWritten(learnerId, result, eligibility), view: defencesView(tabs, prepareDefences(tabs.input)) };
});
