/** What a documents request needs from the workbook (each tab read once), and the documents it asks for. */
import * as z from 'zod/mini';
import { isDay, todayInParis } from '../../domain/dates';
import { dueDocuments, parseTrainers, DOCUMENT_KINDS, type DocumentJob, type DocumentKind, type DocumentsInput, type SessionExtras } from '../../domain/documents';
import { computeEligibility } from '../../domain/eligibility';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import { text } from '../../workbook/cells';
import { readAttendance, readCandidates, readProductions, readSessions, readTheses, setting } from '../../workbook/cohort';
import { ATTENDANCE_TAB, CANDIDATES_TAB, HALF_DAYS, PRODUCTIONS_TAB, SESSIONS_TAB, SETTING_KEYS, THESES_TAB } from '../../workbook/schema';
import type { Table } from '../../workbook/table';
import { requireSheetTab, type ActionContext } from '../context';

const D = messages.documents;

const id = z.string().check(z.minLength(1), z.maxLength(200));
export const requestSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  sessionId: z.optional(id),
  halfDays: z.optional(z.array(z.strictObject({ day: z.string().check(z.refine(isDay)), halfDay: z.enum(HALF_DAYS) })).check(z.maxLength(200))),
  learnerIds: z.optional(z.array(id).check(z.maxLength(2000))),
});
export type Request = z.infer<typeof requestSchema>;

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
function readInputs(ctx: ActionContext, request: Request): { input: DocumentsInput; civilities: Map<string, string> } {
  const candidatesTable = requireSheetTab(ctx.ss, CANDIDATES_TAB).table;
  const sessionsTable = requireSheetTab(ctx.ss, SESSIONS_TAB).table;
  const candidates = readCandidates(candidatesTable);
  const sessions = readSessions(sessionsTable);
  const civilities = new Map(candidatesTable.rows.map((r) => [text(candidatesTable.get(r, 'ID')), text(candidatesTable.get(r, 'Civilité'))]));
  const today = todayInParis(new Date());
  const needsAttendance = request.kind === 'attestation-presence' || request.kind === 'attestation-fin';
  const attendance = needsAttendance ? readAttendance(requireSheetTab(ctx.ss, ATTENDANCE_TAB).table) : [];
  let eligible = new Set<string>();
  if (request.kind === 'attestation-fin') {
    const cohort = {
      settings: ctx.settings, candidates, sessions, attendance,
      productions: readProductions(requireSheetTab(ctx.ss, PRODUCTIONS_TAB).table),
      theses: readTheses(requireSheetTab(ctx.ss, THESES_TAB).table),
    };
    eligible = new Set(computeEligibility(cohort, ctx.profile, today).filter((l) => l.state === 'eligible').map((l) => l.id.toLowerCase()));
  } else {
    if (!request.sessionId) throw new UserError(D.sessionNeeded);
    if (!sessions.some((s) => s.id && s.id.toLowerCase() === request.sessionId!.toLowerCase())) throw new UserError(D.unknownSession(request.sessionId));
  }
  return {
    input: {
      profile: ctx.profile, settings: ctx.settings, senderName: text(setting(ctx.settings, SETTING_KEYS.senderName)),
      candidates, sessions, extras: sessionExtras(sessionsTable), attendance, eligible, today,
    },
    civilities,
  };
}

export function jobsFor(ctx: ActionContext, request: Request): DocumentJob[] {
  const { input, civilities } = readInputs(ctx, request);
  return dueDocuments(input, request, civilities);
}
