/**
 * Server functions called from a sidebar (google.script.run): named after the contract
 * (src/ui/contract), whose zod schema validates the argument before anything is read; any failure
 * reaches the page as one French message, a bad request in its sidebar's own words.
 */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { SIDEBAR_CONTRACT, type ServerFunctions } from '../ui/contract';

type Name = keyof ServerFunctions;

/** Each function's sidebar says what a bad request means there (nothing saved, made or sent). */
const INVALID_REQUEST: Record<Name, (where: string) => string> = {
  pacteAttendanceLoad: messages.sheet.attendance.invalidRequest,
  pacteAttendanceSave: messages.sheet.attendance.invalidRequest,
  pacteEligibilityRecompute: messages.sheet.attendance.invalidRequest,
  pacteDocumentsOptions: messages.documents.invalidRequest,
  pacteDocumentsPreview: messages.documents.invalidRequest,
  pacteDocumentsMake: messages.documents.invalidRequest,
  pacteDocumentsCheckTemplates: messages.documents.invalidRequest,
  pacteRemindersLoad: messages.reminders.sidebar.invalidRequest,
  pacteRemindersTest: messages.reminders.sidebar.invalidRequest,
  pacteRemindersSendNow: messages.reminders.sidebar.invalidRequest,
  pacteRemindersAutomatic: messages.reminders.sidebar.invalidRequest,
  pacteDefencesLoad: messages.defences.sidebar.invalidRequest,
  pacteDefencesAdjust: messages.defences.sidebar.invalidRequest,
  pacteDefencesConfirm: messages.defences.sidebar.invalidRequest,
  pacteDefencesResult: messages.defences.sidebar.invalidRequest,
  pacteSelectionLoad: messages.selection.sidebar.invalidRequest,
  pacteSelectionSendInvitations: messages.selection.sidebar.invalidRequest,
  pacteSelectionSendDecisions: messages.selection.sidebar.invalidRequest,
  pacteSelectionSetStatus: messages.selection.sidebar.invalidRequest,
  pacteSelectionOpinion: messages.selection.sidebar.invalidRequest,
  pacteSelectionSlots: messages.selection.sidebar.invalidRequest,
};

export function serverFunction<K extends Name>(
  name: K,
  handler: (arg: ServerFunctions[K][0]) => ServerFunctions[K][1],
): (arg: unknown) => ServerFunctions[K][1] {
  const schema = SIDEBAR_CONTRACT[name].request;
  return (arg: unknown) => {
    const parsed = schema.safeParse(arg);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(INVALID_REQUEST[name](issue ? issue.path.join('.') : ''));
    }
    try {
      return handler(parsed.data as ServerFunctions[K][0]);
    } catch (error) {
      if (error instanceof UserError) throw new Error(error.message);
      console.error(error);
      throw new Error(messages.sheet.unexpected(error instanceof Error ? error.message : String(error)));
    }
  };
}
