import { sessionDays } from '../../domain/attendance';
import { byName, fullName } from '../../domain/names';
import { dayOfInstant, formatDayLongFr, todayInParis } from '../../domain/dates';
import { DOCUMENT_KINDS, KIND_LABELS } from '../../domain/documents';
import { isEnrolled } from '../../domain/eligibility';
import { messages } from '../../domain/messages';
import { showSidebar } from '../../gas/ui';
import { text } from '../../workbook/cells';
import { readCandidates, readSessions } from '../../workbook/cohort';
import { CREATED, cellOf, standing, type Register } from '../../workbook/documents-register';
import { CANDIDATES_TAB, HALF_DAYS, SESSIONS_TAB } from '../../workbook/schema';
import type { DocumentsOptions, DocumentsPreview } from '../../ui/contract';
import { openAction, requireSheetTab } from '../context';
import { serverFunction } from '../rpc';
import { jobsWithReason } from './inputs';
import { RegisterTab } from './register';

export { makeDocuments } from './make';
export { checkTemplates } from './templates';

const D = messages.documents;
/** Apps Script "Docs created" per day (https://developers.google.com/apps-script/guides/services/quotas). */
const DAILY_DOCS = { consumer: 250, workspace: 1500 } as const;

function dailyLimit(user: string): number {
  return /@(gmail|googlemail)\.com$/i.test(user) ? DAILY_DOCS.consumer : DAILY_DOCS.workspace;
}

function createdToday(reg: Register, today: string): number {
  return reg.rows.filter((r) => {
    const at = cellOf(reg, r, 'Créé le');
    return text(cellOf(reg, r, 'État')) === CREATED && at instanceof Date && dayOfInstant(at) === today;
  }).length;
}

/** PACTE › Documents…: the sidebar (staff only). */
export function openDocumentsSidebar(): void {
  openAction();
  showSidebar('documents', D.sidebarTitle);
}

export const documentsOptions = serverFunction('pacteDocumentsOptions', (): DocumentsOptions => {
  const ctx = openAction();
  const sessions = readSessions(requireSheetTab(ctx.ss, SESSIONS_TAB).table).filter((s) => s.id && s.start);
  const learners = readCandidates(requireSheetTab(ctx.ss, CANDIDATES_TAB).table).filter((c) => c.id && isEnrolled(c));
  return {
    kinds: DOCUMENT_KINDS.map((k) => ({ id: k, label: KIND_LABELS[k] })),
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title || s.id,
      halfDays: sessionDays(s).flatMap((day) =>
        HALF_DAYS.map((halfDay) => ({ day, halfDay, label: `${formatDayLongFr(day)}, ${halfDay.toLowerCase()}` })),
      ),
    })),
    // In `Nom` order, as every list of learners (sign-in sheets included).
    learners: [...learners].sort(byName).map((l) => ({ id: l.id, name: fullName(l) })),
  };
});

export const previewDocuments = serverFunction('pacteDocumentsPreview', (request): DocumentsPreview => {
  const ctx = openAction();
  const { jobs, why } = jobsWithReason(ctx, request);
  const reg = new RegisterTab(ctx.ss).read();
  const now = Date.now();
  const pending = jobs.filter((j) => standing(reg, j.key, now).kind !== 'done');
  const doneToday = createdToday(reg, todayInParis(new Date()));
  const limit = dailyLimit(ctx.user);
  const first = pending[0];
  return {
    total: jobs.length,
    done: jobs.length - pending.length,
    first: first
      ? {
          fileName: first.fileName,
          values: Object.entries(first.values).map(([tag, value]) => ({ tag, value })),
          ...(first.rows?.learner && {
            learners: first.rows.learner.map((r) => `${r.nom} ${r.prenom}`.trim()),
            trainers: (first.rows.trainer ?? []).map((r) => r.formateur ?? ''),
          }),
        }
      : null,
    createdToday: doneToday,
    dailyLimit: limit,
    warning: doneToday + pending.length > limit ? D.dailyWarning(pending.length, doneToday, limit) : null,
    why: why && D.noneDue(why),
  };
});
