/**
 * The sidebar ↔ server contract: the functions a page may call through google.script.run, each
 * with the zod schema of its argument and of its answer; the TypeScript types are inferred from
 * them, never written twice. Plain JSON only (Google's JSON round trip drops anything else).
 * Server side: src/main.ts exports them, each validating its argument with the request schema.
 * Client side: src/ui/rpc.ts gives a typed, promise-based caller (pages import types only).
 */
import * as z from 'zod/mini';
import {
  attendanceLoadRequestSchema,
  attendanceSaveRequestSchema,
  attendanceSaveResultSchema,
  attendanceViewSchema,
  eligibilityResultSchema,
} from './attendance';
import {
  documentsOptionsSchema,
  documentsPreviewSchema,
  documentsProgressSchema,
  documentsRequestSchema,
  templateReportSchema,
} from './documents';
import {
  defencesAdjustRequestSchema,
  defencesConfirmRequestSchema,
  defencesDoneSchema,
  defencesResultRequestSchema,
  defencesViewSchema,
} from './defences';
import {
  selectionOpinionRequestSchema,
  selectionSlotsRequestSchema,
  selectionSlotsResultSchema,
  selectionStatusRequestSchema,
  selectionViewSchema,
} from './selection';
import { reminderTestRequestSchema, remindersAutomaticRequestSchema, remindersViewSchema, sendNowResultSchema } from './reminders';

export * from './attendance';
export * from './defences';
export * from './documents';
export * from './reminders';
export * from './selection';

/** Function name → the schema of its argument and of its answer. */
export const SIDEBAR_CONTRACT = {
  pacteAttendanceLoad: { request: attendanceLoadRequestSchema, response: attendanceViewSchema },
  pacteAttendanceSave: { request: attendanceSaveRequestSchema, response: attendanceSaveResultSchema },
  /** PACTE › Calculer l'éligibilité, offered by the attendance page after a save. */
  pacteEligibilityRecompute: { request: z.null(), response: eligibilityResultSchema },
  pacteDocumentsOptions: { request: z.null(), response: documentsOptionsSchema },
  pacteDocumentsPreview: { request: documentsRequestSchema, response: documentsPreviewSchema },
  pacteDocumentsMake: { request: documentsRequestSchema, response: documentsProgressSchema },
  pacteDocumentsCheckTemplates: { request: z.null(), response: z.array(templateReportSchema) },
  pacteRemindersLoad: { request: z.null(), response: remindersViewSchema },
  pacteRemindersTest: { request: reminderTestRequestSchema, response: z.string() },
  pacteRemindersSendNow: { request: z.null(), response: sendNowResultSchema },
  pacteRemindersAutomatic: { request: remindersAutomaticRequestSchema, response: remindersViewSchema },
  pacteDefencesLoad: { request: z.null(), response: defencesViewSchema },
  pacteDefencesAdjust: { request: defencesAdjustRequestSchema, response: defencesViewSchema },
  pacteDefencesConfirm: { request: defencesConfirmRequestSchema, response: defencesDoneSchema },
  pacteDefencesResult: { request: defencesResultRequestSchema, response: defencesDoneSchema },
  pacteSelectionLoad: { request: z.null(), response: selectionViewSchema },
  pacteSelectionSendInvitations: { request: z.null(), response: selectionViewSchema },
  pacteSelectionSendDecisions: { request: z.null(), response: selectionViewSchema },
  pacteSelectionSetStatus: { request: selectionStatusRequestSchema, response: selectionViewSchema },
  pacteSelectionOpinion: { request: selectionOpinionRequestSchema, response: selectionViewSchema },
  pacteSelectionSlots: { request: selectionSlotsRequestSchema, response: selectionSlotsResultSchema },
} as const;
type Contract = typeof SIDEBAR_CONTRACT;

/** Function name → [argument, result]. */
export type ServerFunctions = { [K in keyof Contract]: [z.infer<Contract[K]['request']>, z.infer<Contract[K]['response']>] };

/** The names of ServerFunctions, for what checks a name at run time (the playground's /api/rpc). */
export const SERVER_FUNCTION_NAMES = Object.keys(SIDEBAR_CONTRACT) as ReadonlyArray<keyof ServerFunctions>;
