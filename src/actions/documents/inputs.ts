import { todayInParis } from '../../domain/dates';
import {
  dueDocuments,
  KINDS,
  parseHoursCount,
  parseTrainers,
  whyNoDocument,
  type DocumentJob,
  type DocumentKind,
  type DocumentsInput,
  type DocumentsRequest,
  type SessionExtras,
  type TrainingBody,
} from '../../domain/documents';
import { idKey } from '../../domain/candidates';
import type { LearnerState } from '../../domain/codes';
import { computeEligibility } from '../../domain/eligibility';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import { text, type Cell } from '../../workbook/cells';
import { readAttendance, readCandidates, readJury, readProductions, readSessions, readTheses, setting } from '../../workbook/cohort';
import { readCivilities } from '../../workbook/reminders';
import { ATTENDANCE_TAB, CANDIDATES_TAB, JURY_TAB, PRODUCTIONS_TAB, SESSIONS_TAB, SETTING_KEYS, THESES_TAB } from '../../workbook/schema';
import { headerKey, readTable, type TableOf } from '../../workbook/table';
import { readTab } from '../../gas/spreadsheet';
import { requireSheetTab, type ActionContext } from '../context';

const D = messages.documents;

/** The `Paramètres` key holding each template. */
export const TEMPLATE_KEYS: Record<DocumentKind, string> = {
  convocation: SETTING_KEYS.templateInvitation,
  emargement: SETTING_KEYS.templateSignInSheet,
  'attestation-presence': SETTING_KEYS.templateAttendanceCertificate,
  'attestation-fin': SETTING_KEYS.templateCompletionCertificate,
  'convocation-soutenance': SETTING_KEYS.templateDefenceInvitation,
  'pv-soutenance': SETTING_KEYS.templateDefenceMinutes,
  decision: SETTING_KEYS.templateSelectionDecision,
};

/** `Horaires`, `Heures`, `Formateurs` and a `Programme` column staff may add (not in the contract's headers: found by header here). */
function sessionExtras(table: TableOf<typeof SESSIONS_TAB>): Map<string, SessionExtras> {
  const programmeCol = table.headerRow.findIndex((h) => headerKey(h) === headerKey('Programme'));
  const out = new Map<string, SessionExtras>();
  for (const r of table.rows) {
    const sid = text(table.get(r, 'ID'));
    if (!sid) continue;
    const hoursCount = parseHoursCount(table.get(r, 'Heures'));
    out.set(sid, {
      hours: text(table.get(r, 'Horaires')),
      trainers: parseTrainers(text(table.get(r, 'Formateurs'))),
      ...(hoursCount !== undefined && { hoursCount }),
      programme: programmeCol >= 0 ? text(r.cells[programmeCol] as Cell) : '',
    });
  }
  return out;
}

/** The training body as `Paramètres` describes it. */
export function trainingBody(settings: ReadonlyMap<string, Cell>): TrainingBody {
  const get = (key: string) => text(setting(settings, key));
  return {
    organisation: get(SETTING_KEYS.organisation),
    address: get(SETTING_KEYS.organisationAddress),
    siret: get(SETTING_KEYS.siret),
    declaration: get(SETTING_KEYS.declarationNumber),
    contact: get(SETTING_KEYS.contact),
    signatory: get(SETTING_KEYS.signatory),
    city: get(SETTING_KEYS.city),
  };
}

/** The tabs a request needs, each read once. */
function readInputs(ctx: ActionContext, request: DocumentsRequest): { input: DocumentsInput; civilities: Map<string, string> } {
  const candidatesTab = requireSheetTab(ctx.ss, CANDIDATES_TAB);
  const sessionsTable = requireSheetTab(ctx.ss, SESSIONS_TAB).table;
  const candidates = readCandidates(candidatesTab.table);
  const sessions = readSessions(sessionsTable);
  const today = todayInParis(new Date());
  const { kind } = request;
  const needsAttendance = kind === 'attestation-presence' || kind === 'attestation-fin';
  const attendance = needsAttendance ? readAttendance(requireSheetTab(ctx.ss, ATTENDANCE_TAB).table) : [];
  const bySession = KINDS[kind].bySession;
  // `Mémoires` for the course's and the soutenance's documents only: a decision comes before it exists.
  const theses = !bySession && kind !== 'decision' ? readTheses(requireSheetTab(ctx.ss, THESES_TAB).table) : [];
  // `Jury` is optional (workbook.md): without it, members have no role.
  const juryTab = kind === 'pv-soutenance' || kind === 'convocation-soutenance' ? readTab(ctx.ss, JURY_TAB.name) : undefined;
  const eligibility = new Map<string, LearnerState>();
  if (kind === 'attestation-fin') {
    const productions = readProductions(requireSheetTab(ctx.ss, PRODUCTIONS_TAB).table);
    const cohort = { settings: ctx.settings, candidates, sessions, attendance, productions, theses };
    for (const l of computeEligibility(cohort, ctx.profile, today)) eligibility.set(idKey(l.id), l.state);
  } else if (bySession) {
    if (!request.sessionId) throw new UserError(D.sessionNeeded);
    if (!sessions.some((s) => s.id && s.id.toLowerCase() === request.sessionId!.toLowerCase()))
      throw new UserError(D.unknownSession(request.sessionId));
  }
  return {
    input: {
      profile: ctx.profile,
      body: trainingBody(ctx.settings),
      senderName: text(setting(ctx.settings, SETTING_KEYS.senderName)),
      candidates,
      sessions,
      extras: sessionExtras(sessionsTable),
      attendance,
      theses,
      jury: juryTab ? readJury(readTable(juryTab.values, JURY_TAB)) : [],
      eligibility,
      today,
    },
    civilities: readCivilities(candidatesTab.values),
  };
}

export function jobsFor(ctx: ActionContext, request: DocumentsRequest): DocumentJob[] {
  return jobsWithReason(ctx, request).jobs;
}

/** The jobs of a request, and when there is none, why (in French). */
export function jobsWithReason(ctx: ActionContext, request: DocumentsRequest): { jobs: DocumentJob[]; why: string | null } {
  const { input, civilities } = readInputs(ctx, request);
  const jobs = dueDocuments(input, request, civilities);
  return { jobs, why: jobs.length ? null : whyNoDocument(input, request) };
}
