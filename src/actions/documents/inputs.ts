import { todayInParis } from '../../domain/dates';
import {
  dueDocuments,
  parseTrainers,
  type DocumentJob,
  type DocumentKind,
  type DocumentsInput,
  type DocumentsRequest,
  type SessionExtras,
} from '../../domain/documents';
import { computeEligibility } from '../../domain/eligibility';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import { text } from '../../workbook/cells';
import { readAttendance, readCandidates, readProductions, readSessions, readTheses, setting } from '../../workbook/cohort';
import { readCivilities } from '../../workbook/reminders';
import { ATTENDANCE_TAB, CANDIDATES_TAB, PRODUCTIONS_TAB, SESSIONS_TAB, SETTING_KEYS, THESES_TAB } from '../../workbook/schema';
import type { Table } from '../../workbook/table';
import { requireSheetTab, type ActionContext } from '../context';

const D = messages.documents;

/** The `Paramètres` key holding each template. */
export const TEMPLATE_KEYS: Record<DocumentKind, string> = {
  convocation: SETTING_KEYS.templateInvitation,
  emargement: SETTING_KEYS.templateSignInSheet,
  'attestation-presence': SETTING_KEYS.templateAttendanceCertificate,
  'attestation-fin': SETTING_KEYS.templateCompletionCertificate,
};

function sessionExtras(table: Table): Map<string, SessionExtras> {
  const out = new Map<string, SessionExtras>();
  for (const r of table.rows) {
    const sid = text(table.get(r, 'ID'));
    if (sid) out.set(sid, { hours: text(table.get(r, 'Horaires')), trainers: parseTrainers(text(table.get(r, 'Formateurs'))) });
  }
  return out;
}

/** The tabs a request needs, each read once. */
function readInputs(ctx: ActionContext, request: DocumentsRequest): { input: DocumentsInput; civilities: Map<string, string> } {
  const candidatesTab = requireSheetTab(ctx.ss, CANDIDATES_TAB);
  const candidatesTable = candidatesTab.table;
  const sessionsTable = requireSheetTab(ctx.ss, SESSIONS_TAB).table;
  const candidates = readCandidates(candidatesTable);
  const sessions = readSessions(sessionsTable);
  const civilities = readCivilities(candidatesTab.values);
  const today = todayInParis(new Date());
  const needsAttendance = request.kind === 'attestation-presence' || request.kind === 'attestation-fin';
  const attendance = needsAttendance ? readAttendance(requireSheetTab(ctx.ss, ATTENDANCE_TAB).table) : [];
  let eligible = new Set<string>();
  if (request.kind === 'attestation-fin') {
    const cohort = {
      settings: ctx.settings,
      candidates,
      sessions,
      attendance,
      productions: readProductions(requireSheetTab(ctx.ss, PRODUCTIONS_TAB).table),
      theses: readTheses(requireSheetTab(ctx.ss, THESES_TAB).table),
    };
    eligible = new Set(
      computeEligibility(cohort, ctx.profile, today)
        .filter((l) => l.state === 'eligible')
        .map((l) => l.id.toLowerCase()),
    );
  } else {
    if (!request.sessionId) throw new UserError(D.sessionNeeded);
    if (!sessions.some((s) => s.id && s.id.toLowerCase() === request.sessionId!.toLowerCase()))
      throw new UserError(D.unknownSession(request.sessionId));
  }
  return {
    input: {
      profile: ctx.profile,
      settings: ctx.settings,
      senderName: text(setting(ctx.settings, SETTING_KEYS.senderName)),
      candidates,
      sessions,
      extras: sessionExtras(sessionsTable),
      attendance,
      eligible,
      today,
    },
    civilities,
  };
}

export function jobsFor(ctx: ActionContext, request: DocumentsRequest): DocumentJob[] {
  const { input, civilities } = readInputs(ctx, request);
  return dueDocuments(input, request, civilities);
}
