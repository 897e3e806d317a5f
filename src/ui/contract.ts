/**
 * The sidebar ↔ server contract: the functions a page may call through google.script.run, with
 * their argument and result types. Plain JSON only (Google's JSON round trip drops anything else).
 * Server side: src/main.ts exports them, each validating its argument with zod.
 * Client side: src/ui/rpc.ts gives a typed, promise-based caller.
 */
import type { AttendanceStatus, HalfDay } from '../workbook/schema';

export interface AttendanceSelection {
  sessionId: string;
  /** AAAA-MM-JJ */
  day: string;
  halfDay: HalfDay;
}

export interface AttendanceSessionOption {
  id: string;
  title: string;
  compulsory: boolean;
  days: Array<{ day: string; label: string }>; // label: 'jeudi 11 décembre 2025'
}

export interface AttendanceLearner {
  id: string;
  name: string;
  /** '' when nothing is recorded yet for this half-day. */
  status: AttendanceStatus | '';
  /**
   * Present when this ID is on several rows of `Candidatures` (a copied row): those rows. No status
   * is shown or saved for it until staff give the copy a new ID.
   */
  sharedRows?: number[];
}

export interface AttendanceView {
  sessions: AttendanceSessionOption[];
  /** The half-day shown: the one asked for, else the half-day in progress, else the next one. */
  selected: AttendanceSelection | null;
  learners: AttendanceLearner[];
  statuses: readonly AttendanceStatus[];
  halfDays: readonly HalfDay[];
  /** True when the selected half-day has not started yet: the server refuses to save it. */
  future: boolean;
  /**
   * The half-days of the selected session that have started and still lack a status for some
   * enrolled learner, in calendar order (label: 'jeudi 11 décembre').
   */
  missing: Array<{ day: string; label: string; halfDay: HalfDay; missing: number }>;
}

export interface AttendanceSaveRequest extends AttendanceSelection {
  marks: Array<{ learnerId: string; status: AttendanceStatus }>;
}

export interface AttendanceSaveResult {
  saved: number;
  /** « 18 présences enregistrées pour S2, jeudi 11 décembre, matin », then why any mark was refused. */
  message: string;
  /** Learner IDs whose marks were not saved: each names several people (see sharedRows). */
  refused: string[];
}

export interface ReminderPreview {
  key: string;
  /** « C-0003 · Camille Martin », or « Équipe » for the digest. */
  who: string;
  to: string[];
  subject: string;
  /** Plain text, as the recipient reads it (the page shows it as text, never as HTML). */
  body: string;
}

export interface TriggerState {
  installed: boolean;
  /** Whose account runs it (and sends the mail); '' when none is known. */
  owner: string;
  /** Installed by the person using the sidebar. */
  mine: boolean;
  /** French sentence for the page. */
  description: string;
}

export interface RemindersView {
  today: string;
  total: number;
  groups: Array<{ rule: string; when: string; reminders: ReminderPreview[] }>;
  problems: string[];
  automatic: boolean;
  trigger: TriggerState;
  /** Recipients MailApp may still reach today. */
  quota: number;
  user: string;
}

export interface SendNowResult {
  message: string;
  sent: number;
}

/** pacteEligibilityRecompute's answer: the same summary the menu item toasts. */
export interface EligibilityResult {
  message: string;
}

export type DocumentKindId = 'convocation' | 'emargement' | 'attestation-presence' | 'attestation-fin';

/** What to make: a type, a session (every type but attestation-fin), optionally half-days and learners. */
export interface DocumentsRequest {
  kind: DocumentKindId;
  sessionId?: string;
  /** Sign-in sheets only; default: every half-day of the session. */
  halfDays?: Array<{ day: string; halfDay: HalfDay }>;
  /** Default: every learner concerned. */
  learnerIds?: string[];
}

export interface DocumentsOptions {
  kinds: Array<{ id: DocumentKindId; label: string }>;
  sessions: Array<{ id: string; title: string; halfDays: Array<{ day: string; halfDay: HalfDay; label: string }> }>;
  learners: Array<{ id: string; name: string }>;
}

export interface DocumentsPreview {
  /** Documents the request covers, and how many of them are already `Créé`. */
  total: number;
  done: number;
  /** The first document still to make: its file name and every tag value. */
  first: { fileName: string; values: Array<{ tag: string; value: string }>; learners?: string[]; trainers?: string[] } | null;
  createdToday: number;
  dailyLimit: number;
  /** French warning when the batch would exceed the day's allowance. */
  warning: string | null;
}

export interface DocumentsProgress {
  total: number;
  done: number;
  made: number;
  failed: number;
  /** No document left to make for this request (failures excepted: a new click retries them). */
  finished: boolean;
  /** Set when Google's quota or rate limit stopped the run: French, says when to resume. */
  stopped: string | null;
  errors: Array<{ key: string; detail: string }>;
  message: string;
}

export interface TemplateReport {
  key: string;
  label: string;
  ok: boolean;
  lines: string[];
}

/** Function name → [argument, result]. */
export interface ServerFunctions {
  pacteAttendanceLoad: [Partial<AttendanceSelection> | null, AttendanceView];
  pacteAttendanceSave: [AttendanceSaveRequest, AttendanceSaveResult];
  pacteRemindersLoad: [null, RemindersView];
  pacteRemindersTest: [{ key: string }, string];
  pacteRemindersSendNow: [null, SendNowResult];
  pacteRemindersAutomatic: [{ on: boolean }, RemindersView];
  /** PACTE › Calculer l'éligibilité, offered by the attendance page after a save. */
  pacteEligibilityRecompute: [null, EligibilityResult];
  pacteDocumentsOptions: [null, DocumentsOptions];
  pacteDocumentsPreview: [DocumentsRequest, DocumentsPreview];
  pacteDocumentsMake: [DocumentsRequest, DocumentsProgress];
  pacteDocumentsCheckTemplates: [null, TemplateReport[]];
}

/** The names of ServerFunctions, for what checks a name at run time (the playground's /api/rpc). */
export const SERVER_FUNCTION_NAMES = [
  'pacteAttendanceLoad', 'pacteAttendanceSave', 'pacteEligibilityRecompute',
  'pacteDocumentsOptions', 'pacteDocumentsPreview', 'pacteDocumentsMake', 'pacteDocumentsCheckTemplates',
  'pacteRemindersLoad', 'pacteRemindersTest', 'pacteRemindersSendNow', 'pacteRemindersAutomatic',
] as const satisfies readonly (keyof ServerFunctions)[];
/** Compiles only while SERVER_FUNCTION_NAMES lists every function of ServerFunctions. */
export type ServerFunctionNamesComplete = Exclude<keyof ServerFunctions, (typeof SERVER_FUNCTION_NAMES)[number]> extends never ? true : never;
true satisfies ServerFunctionNamesComplete;
