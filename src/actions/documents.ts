/**
 * PACTE › Documents…: preview, make (a few documents per call, resumable from the `Documents`
 * register), and check the templates. Each call reads the register once, makes the next documents
 * whose key is not `Créé` (Drive copy → one Docs batch → PDF), and writes their rows in one block.
 */
import * as z from 'zod/mini';
import { learnerName, sessionDays } from '../domain/attendance';
import { dayOfInstant, formatDayLongFr, instantOfDay, isDay, todayInParis } from '../domain/dates';
import { checkTemplate, planFill, readTemplate, type DocResource, type TemplateProblem } from '../domain/doc-fill';
import { DEFAULT_TEMPLATE_NAMES, DEFAULT_TEMPLATES } from '../domain/document-templates';
import {
  DOCUMENT_KINDS, KIND_LABELS, dueDocuments, parseTrainers, type DocumentJob, type DocumentKind,
  type DocumentsInput, type SessionExtras,
} from '../domain/documents';
import { computeEligibility, isEnrolled } from '../domain/eligibility';
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import {
  batchUpdate, copyFile, createDocFromHtml, createFolder, fileIdOf, getDocument, listFolder, oauthToken, savePdf, trashFile,
  FOLDER_MIME, PDF_MIME, DOC_MIME, type DriveFileRef,
} from '../gas/drive';
import { withDocumentLock } from '../gas/lock';
import { applyBlocks, ensureRows, readTab, toSheetValue } from '../gas/spreadsheet';
import { isBlank, text, type Cell } from '../workbook/cells';
import { readAttendance, readCandidates, readProductions, readSessions, readTheses, setting } from '../workbook/cohort';
import { planBlocks, type CellUpdate } from '../workbook/plan';
import {
  ATTENDANCE_TAB, CANDIDATES_TAB, DOCUMENTS_TAB, HALF_DAYS, PRODUCTIONS_TAB, SESSIONS_TAB, SETTING_KEYS, THESES_TAB,
} from '../workbook/schema';
import { headerKey, readTable, type Table } from '../workbook/table';
import type { DocumentsOptions, DocumentsPreview, DocumentsProgress, TemplateReport } from '../ui/contract';
import { openAction, requireSheetTab, type ActionContext } from './context';
import { appendJournal } from './journal';
import { serverFunction } from './rpc';
import { writeSetting } from './settings-write';

const D = messages.documents;
/** A call stops starting new documents after this long: far from Apps Script's 6 minutes, under the page's patience. */
const CALL_BUDGET_MS = 15_000;
/** …and after this many documents (at ~2-4 s each in Google, about the budget). */
const MAX_PER_CALL = 10;
/** Apps Script "Docs created" per day (https://developers.google.com/apps-script/guides/services/quotas). */
const DAILY_DOCS = { consumer: 250, workspace: 1500 } as const;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const requestSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  sessionId: z.optional(id),
  halfDays: z.optional(z.array(z.strictObject({ day: z.string().check(z.refine(isDay)), halfDay: z.enum(HALF_DAYS) })).check(z.maxLength(200))),
  learnerIds: z.optional(z.array(id).check(z.maxLength(2000))),
});
type Request = z.infer<typeof requestSchema>;

/** The `Paramètres` key holding each template. */
const TEMPLATE_KEYS: Record<DocumentKind, string> = {
  convocation: SETTING_KEYS.templateInvitation,
  emargement: SETTING_KEYS.templateSignInSheet,
  'attestation-presence': SETTING_KEYS.templateAttendanceCertificate,
  'attestation-fin': SETTING_KEYS.templateCompletionCertificate,
};

// ---------- reading the workbook ----------

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

function jobsFor(ctx: ActionContext, request: Request): DocumentJob[] {
  const { input, civilities } = readInputs(ctx, request);
  return dueDocuments(input, request, civilities);
}

// ---------- the register ----------

interface Register {
  sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  values: Cell[][];
  table: Table;
  /** key → its sheet row and state. */
  byKey: Map<string, { row: number; state: string }>;
}

function readRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Register {
  const tab = readTab(ss, DOCUMENTS_TAB.name);
  const empty = !tab || tab.values.every((row) => row.every(isBlank));
  const values = empty ? [[...DOCUMENTS_TAB.headers] as Cell[]] : tab.values;
  const table = readTable(values, DOCUMENTS_TAB);
  const byKey = new Map<string, { row: number; state: string }>();
  for (const r of table.rows) {
    const key = text(table.get(r, 'Clé'));
    if (key) byKey.set(key, { row: r.row, state: text(table.get(r, 'État')) });
  }
  return { sheet: empty ? null : tab.sheet, values, table, byKey };
}

/**
 * The register tab with its headers, made before any file exists: a failure here leaves nothing
 * behind, and the final write of the call is then the only step between files and their rows.
 */
function ensureRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, reg: Register): GoogleAppsScript.Spreadsheet.Sheet {
  if (reg.sheet) return reg.sheet;
  const sheet = ss.getSheetByName(DOCUMENTS_TAB.name) ?? ss.insertSheet(DOCUMENTS_TAB.name);
  sheet.getRange(1, 1, 1, DOCUMENTS_TAB.headers.length).setValues([[...DOCUMENTS_TAB.headers]]);
  reg.sheet = sheet;
  return sheet;
}

const CREATED = 'Créé';
const FAILED = 'Erreur';

function createdToday(reg: Register, today: string): number {
  let n = 0;
  for (const r of reg.table.rows) {
    const at = reg.table.get(r, 'Créé le');
    if (text(reg.table.get(r, 'État')) === CREATED && at instanceof Date && dayOfInstant(at) === today) n++;
  }
  return n;
}

interface Outcome {
  job: DocumentJob;
  state: typeof CREATED | typeof FAILED;
  doc?: string;
  pdf?: string;
  detail: string;
  at: Date;
}

/** The outcomes' rows: updates in place for keys already there (a retried `Erreur`), the rest appended in one block. */
function writeRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, reg: Register, outcomes: readonly Outcome[]): void {
  if (outcomes.length === 0) return;
  const sheet = ensureRegister(ss, reg);
  const header = [...reg.table.headerRow];
  const col = (h: string) => header.findIndex((x) => headerKey(x) === headerKey(h));
  const rowOf = (o: Outcome): Cell[] => {
    const row: Cell[] = header.map(() => '');
    const put = (h: string, v: Cell) => {
      const i = col(h);
      if (i >= 0) row[i] = v;
    };
    put('Clé', o.job.key);
    put('Type', KIND_LABELS[o.job.kind]);
    put('Séance', o.job.sessionId);
    put('Date', o.job.day ? instantOfDay(o.job.day) : '');
    put('Demi-journée', o.job.halfDay ?? '');
    put('ID apprenant', o.job.learnerId);
    put('Nom', o.job.name);
    put('Document', o.doc ?? '');
    put('PDF', o.pdf ?? '');
    put('État', o.state);
    put('Détail', o.detail);
    put('Créé le', o.state === CREATED ? o.at : '');
    return row;
  };
  const updates: CellUpdate[] = [];
  const appended: Cell[][] = [];
  for (const o of outcomes) {
    const existing = reg.byKey.get(o.job.key);
    if (existing) rowOf(o).forEach((value, column) => updates.push({ row: existing.row, column, value }));
    else appended.push(rowOf(o));
  }
  if (updates.length) applyBlocks(sheet, planBlocks(updates));
  if (appended.length) {
    const start = Math.max(reg.values.length, 1) + 1;
    ensureRows(sheet, start + appended.length - 1);
    sheet.getRange(start, 1, appended.length, header.length).setValues(appended.map((r) => r.map(toSheetValue)));
  }
}

// ---------- Drive: folders and templates ----------

function isNotFound(error: unknown): boolean {
  const details = (error as { details?: { code?: number } } | null)?.details;
  return details?.code === 404 || /File not found|Requested entity was not found/.test(String((error as Error)?.message ?? error));
}

/** Google's quota and rate-limit answers: stop cleanly, leave the rest for later. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { details?: { code?: number; errors?: Array<{ reason?: string }> }; message?: string } | null;
  if (e?.details?.code === 429) return true;
  const reasons = (e?.details?.errors ?? []).map((x) => x.reason ?? '');
  if (reasons.some((r) => /rateLimitExceeded|userRateLimitExceeded|dailyLimitExceeded|quotaExceeded/.test(r))) return true;
  return /Service invoked too many times|Quota exceeded|Rate Limit Exceeded|User rate limit exceeded|too many times for one day/i.test(String(e?.message ?? error));
}

interface DriveSetup {
  folderId: string;
  existing: DriveFileRef[];
  templateId: string;
  shape: ReturnType<typeof readTemplate>;
}

function findFolder(list: readonly DriveFileRef[], name: string): DriveFileRef | undefined {
  return list.find((f) => f.mimeType === FOLDER_MIME && f.name === name);
}

/** The cohort folder, the document's folder, the template (made when its key is empty) and its shape: a few calls per call. */
function prepareDrive(ctx: ActionContext, kind: DocumentKind, folderName: string): DriveSetup {
  let rootValue = text(setting(ctx.settings, SETTING_KEYS.driveFolder));
  let rootId: string;
  if (!rootValue) {
    const root = createFolder(`PACTE — ${ctx.ss.getName()}`);
    writeSetting(ctx.ss, SETTING_KEYS.driveFolder, root.webViewLink, 'fillEmpty');
    rootId = root.id;
    rootValue = root.webViewLink;
  } else {
    rootId = fileIdOf(rootValue);
  }
  const inRoot = listFolder(rootId);
  const ensureFolder = (name: string): string => {
    const found = findFolder(inRoot, name);
    if (found) return found.id;
    try {
      const made = createFolder(name, rootId);
      inRoot.push(made);
      return made.id;
    } catch (error) {
      if (isNotFound(error)) throw new UserError(D.folderUnreachable(rootValue));
      throw error;
    }
  };
  const templateKey = TEMPLATE_KEYS[kind];
  let templateId = fileIdOf(text(setting(ctx.settings, templateKey)));
  if (!templateId) {
    const made = createDocFromHtml(DEFAULT_TEMPLATE_NAMES[kind], DEFAULT_TEMPLATES[kind], ensureFolder('Modèles'));
    writeSetting(ctx.ss, templateKey, made.webViewLink, 'fillEmpty');
    templateId = made.id;
  }
  let resource: unknown;
  try {
    resource = getDocument(templateId);
  } catch (error) {
    if (isNotFound(error)) throw new UserError(D.templateUnreachable(templateKey));
    throw error;
  }
  const shape = readTemplate(resource as DocResource);
  const problems = checkTemplate(kind, shape);
  if (problems.length) throw new UserError(D.templateProblems(templateKey, problems.map(problemText)));
  const folderId = ensureFolder(folderName);
  return { folderId, existing: listFolder(folderId), templateId, shape };
}

function problemText(p: TemplateProblem): string {
  return D.problem[p.code](p.tag);
}

// ---------- making one document ----------

/** Copy → one batch → PDF. Leftovers of a failed attempt (a copy without its PDF…) go to the bin first. */
function makeOne(job: DocumentJob, drive: DriveSetup, token: string): { doc: DriveFileRef; pdf: DriveFileRef } {
  const pdfName = `${job.fileName}.pdf`;
  for (const f of drive.existing) {
    if ((f.name === job.fileName && f.mimeType === DOC_MIME) || (f.name === pdfName && f.mimeType === PDF_MIME)) trashFile(f.id);
  }
  drive.existing = drive.existing.filter((f) => f.name !== job.fileName && f.name !== pdfName);
  const doc = copyFile(drive.templateId, job.fileName, drive.folderId);
  try {
    batchUpdate(doc.id, planFill(drive.shape, job));
    const pdf = savePdf(doc.id, pdfName, drive.folderId, token);
    return { doc, pdf };
  } catch (error) {
    // Never leave a half-made Doc where staff look; the next attempt remakes it whole.
    try {
      trashFile(doc.id);
    } catch (cleanup) {
      console.error(cleanup);
      drive.existing.push(doc);
    }
    throw error;
  }
}

function reason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return String((error as Error)?.message ?? error).replace(/^API call to [\w.]+ failed with error: /, '');
}

// ---------- server functions ----------

function dailyLimit(user: string): number {
  return /@(gmail|googlemail)\.com$/i.test(user) ? DAILY_DOCS.consumer : DAILY_DOCS.workspace;
}

/** PACTE › Documents…: the sidebar (staff only). */
export function openDocumentsSidebar(): void {
  openAction();
  const html = HtmlService.createHtmlOutputFromFile('documents').setTitle(D.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

export const documentsOptions = serverFunction(z.null(), (): DocumentsOptions => {
  const ctx = openAction();
  const sessions = readSessions(requireSheetTab(ctx.ss, SESSIONS_TAB).table).filter((s) => s.id && s.start);
  const learners = readCandidates(requireSheetTab(ctx.ss, CANDIDATES_TAB).table).filter((c) => c.id && isEnrolled(c));
  return {
    kinds: DOCUMENT_KINDS.map((k) => ({ id: k, label: KIND_LABELS[k] })),
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title || s.id,
      halfDays: sessionDays(s).flatMap((day) => HALF_DAYS.map((halfDay) => ({ day, halfDay, label: `${formatDayLongFr(day)}, ${halfDay.toLowerCase()}` }))),
    })),
    learners: learners.map((l) => ({ id: l.id, name: learnerName(l.firstName, l.lastName) })).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
});

export const previewDocuments = serverFunction(requestSchema, (request): DocumentsPreview => {
  const ctx = openAction();
  const jobs = jobsFor(ctx, request);
  const reg = readRegister(ctx.ss);
  const pending = jobs.filter((j) => reg.byKey.get(j.key)?.state !== CREATED);
  const today = todayInParis(new Date());
  const doneToday = createdToday(reg, today);
  const limit = dailyLimit(ctx.user);
  const first = pending[0];
  return {
    total: jobs.length,
    done: jobs.length - pending.length,
    first: first
      ? {
          fileName: first.fileName,
          values: Object.entries(first.values).map(([tag, value]) => ({ tag, value })),
          ...(first.rows ? { learners: first.rows.learner.map((r) => `${r.nom} ${r.prenom}`.trim()), trainers: first.rows.trainer.map((r) => r.formateur ?? '') } : {}),
        }
      : null,
    createdToday: doneToday,
    dailyLimit: limit,
    warning: doneToday + pending.length > limit ? D.dailyWarning(pending.length, doneToday, limit) : null,
  };
});

export const makeDocuments = serverFunction(requestSchema, (request): DocumentsProgress => {
  const ctx = openAction();
  const startedMs = Date.now();
  return withDocumentLock(() => {
    // Under the lock: two sidebars never make the same document.
    const jobs = jobsFor(ctx, request);
    const reg = readRegister(ctx.ss);
    const pending = jobs.filter((j) => reg.byKey.get(j.key)?.state !== CREATED);
    const base = { total: jobs.length, errors: [] as Array<{ key: string; detail: string }> };
    if (pending.length === 0) {
      return { ...base, done: jobs.length, made: 0, failed: 0, finished: true, stopped: null, message: D.nothingToDo };
    }
    ensureRegister(ctx.ss, reg);
    const drive = prepareDrive(ctx, request.kind, pending[0]!.folder);
    const token = oauthToken();
    const outcomes: Outcome[] = [];
    let stopped: string | null = null;
    for (const job of pending) {
      if (outcomes.length >= MAX_PER_CALL || Date.now() - startedMs > CALL_BUDGET_MS) break;
      try {
        const { doc, pdf } = makeOne(job, drive, token);
        outcomes.push({ job, state: CREATED, doc: doc.webViewLink, pdf: pdf.webViewLink, detail: '', at: new Date() });
      } catch (error) {
        if (isQuotaError(error)) {
          stopped = D.quotaStopped(reason(error));
          break;
        }
        console.error(error);
        outcomes.push({ job, state: FAILED, detail: D.failed(reason(error)), at: new Date() });
      }
    }
    writeRegister(ctx.ss, reg, outcomes);
    const made = outcomes.filter((o) => o.state === CREATED);
    if (made.length) {
      appendJournal(ctx.ss, made.map((o) => ({ at: o.at, action: D.journalAction, target: o.job.fileName, detail: o.doc ?? '', by: ctx.user, key: o.job.key })));
    }
    const failed = outcomes.filter((o) => o.state === FAILED);
    const done = jobs.length - pending.length + made.length;
    const attempted = new Set(outcomes.map((o) => o.job.key));
    const finished = !stopped && pending.every((j) => attempted.has(j.key));
    return {
      ...base,
      done,
      made: made.length,
      failed: failed.length,
      finished,
      stopped,
      errors: failed.map((o) => ({ key: o.job.key, detail: o.detail })),
      message: stopped ?? (finished ? D.finished(done, jobs.length - done) : D.progress(done, jobs.length)),
    };
  });
});

export const checkTemplates = serverFunction(z.null(), (): TemplateReport[] => {
  const ctx = openAction();
  return DOCUMENT_KINDS.map((kind) => {
    const key = TEMPLATE_KEYS[kind];
    const value = text(setting(ctx.settings, key));
    const report = { key, label: KIND_LABELS[kind] };
    if (!value) return { ...report, ok: true, lines: [D.templateMissing] };
    try {
      const problems = checkTemplate(kind, readTemplate(getDocument(fileIdOf(value)) as DocResource));
      return { ...report, ok: problems.length === 0, lines: problems.length ? problems.map(problemText) : [D.templateOk] };
    } catch (error) {
      if (isNotFound(error)) return { ...report, ok: false, lines: [D.templateUnreachable(key)] };
      throw error;
    }
  });
});
