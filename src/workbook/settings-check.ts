/**
 * PACTE › Paramètres… checks the whole tab at once: every key with a bad value is named, one line
 * each, so that a person corrects them all before running it again.
 */
import { isEmail } from '../domain/candidates';
import { namesDriveFile } from '../domain/drive-ids';
import { messages } from '../domain/messages';
import { parseStaffList } from '../domain/staff';
import { isBlank, text, type Cell } from './cells';
import { setting } from './cohort';
import { SETTING_KEYS as K } from './schema';
import { profileProblems } from './settings';

const P = messages.profile;

/** Keys holding a Drive file or folder (an id or its link). */
const DRIVE_KEYS = [
  K.driveFolder,
  K.templateInvitation,
  K.templateSignInSheet,
  K.templateAttendanceCertificate,
  K.templateCompletionCertificate,
];

/** Anything shaped like an address inside free text (« Sophie — s.k@example.org — 06 … »). */
const ADDRESS_LIKE = /[^\s<>,;:"'()[\]—–]*@[^\s<>,;:"'()[\]—–]*/g;

/** `Équipe`: every entry (between `,` `;` or new lines) must hold well-formed addresses, a name around them or not. */
function teamProblems(value: string): string[] {
  const entries = value
    .split(/[,;\n]+/)
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return [P.emptyTeam];
  return entries.flatMap((entry) => {
    const found = parseStaffList(entry);
    return found.length > 0 && found.every(isEmail) ? [] : [P.invalidSetting(K.team, P.expectedTeamAddress, entry)];
  });
}

function addressProblems(settings: ReadonlyMap<string, Cell>): string[] {
  const problems = teamProblems(text(setting(settings, K.team)));
  const replyTo = text(setting(settings, K.replyTo)).trim();
  if (replyTo && !isEmail(replyTo)) problems.push(P.invalidSetting(K.replyTo, P.expectedEmail, replyTo));
  // `Contact` is free text: only what looks like an address in it must be one.
  for (const token of text(setting(settings, K.contact)).match(ADDRESS_LIKE) ?? []) {
    if (!isEmail(token)) problems.push(P.invalidSetting(K.contact, P.expectedContactEmail, token));
  }
  return problems;
}

function driveProblems(settings: ReadonlyMap<string, Cell>): string[] {
  return DRIVE_KEYS.flatMap((key) => {
    const cell = setting(settings, key);
    return isBlank(cell) || namesDriveFile(text(cell)) ? [] : [P.invalidSetting(key, P.expectedDriveFile, text(cell))];
  });
}

/** Every problem of `Paramètres`, in French, one per bad value (empty when all is well). */
export function settingsProblems(settings: ReadonlyMap<string, Cell>): string[] {
  return [...profileProblems(settings), ...addressProblems(settings), ...driveProblems(settings)];
}
