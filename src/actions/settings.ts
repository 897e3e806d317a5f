/**
 * PACTE › Paramètres…: checks the whole tab and lists every bad value at once; when all is well,
 * shows the settings in force. It writes nothing (it only brings the tab forward).
 */
import { formatDayFr } from '../domain/dates';
import { messages } from '../domain/messages';
import { PIECE_COLUMNS } from '../domain/profile';
import { parseStaffList } from '../domain/staff';
import { activateTab, activeSpreadsheet } from '../gas/spreadsheet';
import { activeUserEmail } from '../gas/session';
import { alert } from '../gas/ui';
import { text } from '../workbook/cells';
import { setting } from '../workbook/cohort';
import { SETTING_KEYS, SETTINGS_TAB } from '../workbook/schema';
import { settingsProblems } from '../workbook/settings-check';
import { resolveProfile } from '../workbook/settings';
import { accessError, readCohortSettings } from './context';

export function showSettingsAction(): void {
  const ss = activeSpreadsheet();
  const user = activeUserEmail();
  const { settings } = readCohortSettings(ss);
  const denied = accessError(user, parseStaffList(text(setting(settings, SETTING_KEYS.team))));
  if (denied) throw denied;
  activateTab(ss, SETTINGS_TAB.name);
  const problems = settingsProblems(settings);
  if (problems.length) {
    alert(messages.profile.settingsProblems(problems), messages.sheet.settingsTitle);
    return;
  }
  const profile = resolveProfile(settings);
  const { applicationWindow: w, diploma } = profile;
  const window =
    [w.opens && `du ${formatDayFr(w.opens)}`, w.closes && `jusqu'au ${formatDayFr(w.closes)}`].filter(Boolean).join(' ') || 'non limitée';
  const lines = [
    `Profil : ${profile.id} — ${profile.label}`,
    `Structures acceptées : ${profile.structureTypes.join(', ')}`,
    `Candidatures : ${window}`,
    `Pièces exigées : ${profile.requiredPieces.map((p) => PIECE_COLUMNS[p]).join(', ') || 'aucune'}`,
    `Absences excusées autorisées : ${diploma.excusedAbsencesAllowed} demi-journée${diploma.excusedAbsencesAllowed > 1 ? 's' : ''}`,
    `Mémoire : ${diploma.thesisMinPages !== undefined ? `${diploma.thesisMinPages} pages minimum` : 'pas de minimum de pages'}, ` +
      `${diploma.thesisDeadline ? `à déposer avant le ${formatDayFr(diploma.thesisDeadline)}` : 'date limite non fixée'}`,
    `Équipe : ${parseStaffList(text(setting(settings, SETTING_KEYS.team))).join(', ')}`,
  ];
  alert(messages.sheet.settingsSummary(lines), messages.sheet.settingsTitle);
}
