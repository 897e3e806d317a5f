/**
 * Everything a user reads, in French, in one place: one `messages` object, its sections in the files
 * beside this one (by area). Code elsewhere never spells a French sentence.
 */
import { printable } from '../french';
import { candidateMessages, datesMessages, halfDayLabels, learnerMessages, profileMessages, stateLabels, workbookMessages } from './checks';
import { cliMessages } from './cli';
import { defencesMessages } from './defences';
import { documentsMessages } from './documents';
import { remindersMessages } from './reminders';
import { selectionMessages } from './selection';
import { selectionMailMessages } from './selection-mail';
import { sheetMessages } from './sheet';

export { printable };
export { halfDayLabels, stateCounts, stateLabels } from './checks';

export const messages = {
  dates: datesMessages,
  candidate: candidateMessages,
  learner: learnerMessages,
  profile: profileMessages,
  workbook: workbookMessages,
  cli: cliMessages,
  sheet: sheetMessages,
  documents: documentsMessages,
  defences: defencesMessages,
  reminders: remindersMessages,
  selection: selectionMessages,
  selectionMail: selectionMailMessages,
  states: stateLabels,
  halfDays: halfDayLabels,
} as const;
