/** The attendance sidebar's calls (Saisir les présences…): each request and answer as a zod schema, its type inferred. */
import * as z from 'zod/mini';
import { messages } from '../../domain/messages';
import { ATTENDANCE_STATUSES, HALF_DAYS } from '../../domain/vocabulary';
import { dayField, idField } from './fields';

const id = idField;
const day = dayField;
const halfDay = z.enum(HALF_DAYS);
const status = z.enum(ATTENDANCE_STATUSES);

export const attendanceSelectionSchema = z.strictObject({ sessionId: id, day, halfDay });
export type AttendanceSelection = z.infer<typeof attendanceSelectionSchema>;

/** pacteAttendanceLoad: the half-day asked for, any part of it, or null (the server picks one). */
export const attendanceLoadRequestSchema = z.nullable(z.partial(attendanceSelectionSchema));

export const attendanceSaveRequestSchema = z.strictObject({
  ...attendanceSelectionSchema.shape,
  marks: z
    .array(z.strictObject({ learnerId: id, status }))
    // Two marks for one ID are not refused here: the save refuses that ID alone, naming it.
    .check(z.minLength(1, messages.sheet.attendance.nothingToSave), z.maxLength(5000)),
});
export type AttendanceSaveRequest = z.infer<typeof attendanceSaveRequestSchema>;

const labelledDay = z.strictObject({ day: z.string(), /** 'jeudi 11 décembre 2025' */ label: z.string() });

export const attendanceSessionOptionSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  compulsory: z.boolean(),
  days: z.array(labelledDay),
});
export type AttendanceSessionOption = z.infer<typeof attendanceSessionOptionSchema>;

export const attendanceLearnerSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** '' when nothing is recorded yet for this half-day. */
  status: z.union([status, z.literal('')]),
  /**
   * Present when this ID is on several rows of `Candidatures` (a copied row): those rows. No status
   * is shown or saved for it until staff give the copy a new ID.
   */
  sharedRows: z.optional(z.array(z.number())),
});
export type AttendanceLearner = z.infer<typeof attendanceLearnerSchema>;

export const attendanceViewSchema = z.strictObject({
  sessions: z.array(attendanceSessionOptionSchema),
  /** The half-day shown: the one asked for, else the half-day in progress, else the next one. */
  selected: z.nullable(attendanceSelectionSchema),
  learners: z.array(attendanceLearnerSchema),
  statuses: z.readonly(z.array(status)),
  halfDays: z.readonly(z.array(halfDay)),
  /** True when the selected half-day has not started yet: the server refuses to save it. */
  future: z.boolean(),
  /**
   * The half-days of the selected session that have started and still lack a status for some
   * enrolled learner, in calendar order (label: 'jeudi 11 décembre').
   */
  missing: z.array(z.strictObject({ day: z.string(), label: z.string(), halfDay, missing: z.number() })),
});
export type AttendanceView = z.infer<typeof attendanceViewSchema>;

export const attendanceSaveResultSchema = z.strictObject({
  saved: z.number(),
  /** « 18 présences enregistrées pour S2, jeudi 11 décembre, matin », then why any mark was refused. */
  message: z.string(),
  /** Learner IDs whose marks were not saved: each names several people (see sharedRows). */
  refused: z.array(z.string()),
});
export type AttendanceSaveResult = z.infer<typeof attendanceSaveResultSchema>;

/** pacteEligibilityRecompute's answer: the same summary the menu item toasts. */
export const eligibilityResultSchema = z.strictObject({ message: z.string() });
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;
