/**
 * The « Sélection… » sidebar's view: every application with its completeness (the same check as
 * PACTE › Vérifier les candidatures), its COPIL opinions and its slot, the invitations « Envoyer »
 * would send (rendered, with their `.ics`), and the problems on their rows. Reads only.
 */
import { checkCandidates } from '../../domain/candidates';
import { idKey } from '../../domain/candidates';
import { formatClockWords, formatDayLongFr } from '../../domain/dates';
import { fullName } from '../../domain/names';
import { emptySummary } from '../../domain/selection/opinions';
import { statusLabel } from '../../domain/selection/pipeline';
import type { Slot } from '../../domain/selection/types';
import { CANDIDATE_STATUSES } from '../../domain/vocabulary';
import type { SelectionCandidateView, SelectionView } from '../../ui/contract';
import { readCandidates } from '../../workbook/cohort';
import type { ActionContext } from '../context';
import { previewDecisions } from './decisions';
import { previewInvitations } from './invitations';
import { selectionOf, type SelectionSheet } from './sheet';

/** « E-002 · jeudi 20 novembre 2025 à 14 h 30 ». */
export function slotLabel(slot: Slot): string {
  const when = slot.day && slot.start !== undefined ? `${formatDayLongFr(slot.day)} à ${formatClockWords(slot.start)}` : '';
  return [slot.id, when].filter(Boolean).join(' · ');
}

function candidatesOf(ctx: ActionContext, sheet: SelectionSheet): SelectionCandidateView[] {
  const checks = new Map(checkCandidates(readCandidates(sheet.candidates), ctx.profile).map((r) => [r.row, r]));
  const { selection } = sheet;
  return sheet.input.candidates.map((c): SelectionCandidateView => {
    const summary = (c.id && selection.opinions.get(idKey(c.id))) || emptySummary();
    const slot = c.id ? selection.slotOf.get(idKey(c.id)) : undefined;
    return {
      id: c.id,
      name: fullName(c),
      statut: statusLabel(c.status),
      structure: c.structure,
      structureType: c.structureType,
      department: c.department,
      missing: checks.get(c.row)?.problems.map((p) => p.message) ?? [],
      avis: { ...summary.avis },
      note: summary.note,
      opinions: summary.opinions.map((o) => ({ member: o.member, avis: o.opinion, note: o.note, comment: o.comment })),
      slot: slot ? slotLabel(slot) : '',
    };
  });
}

export function selectionView(ctx: ActionContext, message = ''): SelectionView {
  const sheet = selectionOf(ctx);
  const invitations = previewInvitations(ctx, ctx.user, sheet);
  const decisions = previewDecisions(ctx, sheet);
  return {
    user: ctx.user,
    statuses: [...CANDIDATE_STATUSES],
    candidates: candidatesOf(ctx, sheet),
    invitations: invitations.mails.map((m) => ({
      key: m.key,
      kind: m.kind,
      target: m.target,
      to: m.to,
      cc: m.cc,
      subject: m.subject,
      body: m.body,
      ics: m.ics,
      pdf: '',
    })),
    notices: invitations.plan.notices,
    decisions: decisions.due.map((m) => ({
      key: m.key,
      kind: m.status,
      target: m.target,
      to: m.to,
      cc: [],
      subject: m.subject,
      body: m.body,
      ics: '',
      pdf: m.document.name,
    })),
    decisionNotices: decisions.notices,
    problems: sheet.selection.report.problems,
    message,
  };
}
