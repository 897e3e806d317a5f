/** PACTE › Paramètres…: shows the cohort's settings in force and checks them, naming any bad key. */
import { formatDayFr } from '../domain/dates';
import { messages } from '../domain/messages';
import { PIECE_COLUMNS } from '../domain/profile';
import { parseStaffList } from '../domain/staff';
import { activateTab } from '../gas/spreadsheet';
import { alert } from '../gas/ui';
import { text } from '../workbook/cells';
import { setting } from '../workbook/cohort';
import { SETTING_KEYS, SETTINGS_TAB } from '../workbook/schema';
import { openAction } from './context';

export function showSettingsAction(): void {
  const { ss, settings, profile } = openAction();
  activateTab(ss, SETTINGS_TAB.name);
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
