/**
 * `Paramètres` in the set-up: the rows the profile brings (values already there stay; an empty
 * `Profil`, `Équipe` or `Relances automatiques` is filled), and `Équipe` completed with the
 * addresses a set-up must add (pacte setup --share) after the ones typed there.
 */
import { instantOfDay } from '../../domain/dates';
import type { Profile } from '../../domain/profile';
import { parseStaffList } from '../../domain/staff';
import type { CellUpdate } from '../blocks';
import { isBlank, text, type Cell } from '../cells';
import { SETTING_KEYS } from '../schema';
import { headerKey } from '../table';
import { lastContentRow, writeUpdates, type PlannedTab } from './tabs';
import type { SetupOp, SetupSummary } from './types';

/** The keys the profile brings, in the order the tab lists them, with the value a new row gets. */
function profileSettings(profile: Profile, user: string): Array<[string, Cell]> {
  const { diploma } = profile;
  return [
    [SETTING_KEYS.profile, profile.id],
    [SETTING_KEYS.team, user],
    [SETTING_KEYS.senderName, `Équipe PACTE ${profile.federation}`],
    [SETTING_KEYS.replyTo, ''],
    [SETTING_KEYS.driveFolder, ''],
    [SETTING_KEYS.thesisDeadline, diploma.thesisDeadline ? instantOfDay(diploma.thesisDeadline) : ''],
    [SETTING_KEYS.excusedAbsencesAllowed, diploma.excusedAbsencesAllowed],
    [SETTING_KEYS.thesisMinPages, diploma.thesisMinPages ?? ''],
    [SETTING_KEYS.templateInvitation, ''],
    [SETTING_KEYS.templateSignInSheet, ''],
    [SETTING_KEYS.templateAttendanceCertificate, ''],
    [SETTING_KEYS.templateCompletionCertificate, ''],
    [SETTING_KEYS.templateDefenceInvitation, ''],
    [SETTING_KEYS.templateDefenceMinutes, ''],
    [SETTING_KEYS.templateSelectionDecision, ''],
    [SETTING_KEYS.automaticReminders, false],
    // What documents and e-mails print (workbook.md › `Paramètres`): to fill, the training body first.
    [SETTING_KEYS.organisation, profile.federation],
    [SETTING_KEYS.organisationAddress, ''],
    [SETTING_KEYS.siret, ''],
    [SETTING_KEYS.declarationNumber, ''],
    [SETTING_KEYS.contact, ''],
    [SETTING_KEYS.signatory, ''],
    [SETTING_KEYS.city, ''],
    [SETTING_KEYS.platform, ''],
  ];
}

interface ExistingSetting {
  row: number;
  value: Cell;
  validated: boolean;
}

/** `Paramètres`' two columns (1-based), required headers so always found. */
function settingColumns(tab: PlannedTab): { keyCol: number; valueCol: number } {
  return { keyCol: tab.columns.get('Clé')!, valueCol: tab.columns.get('Valeur')! };
}

/** The rows of `Paramètres` as read, by key (the first row of a key wins). */
function existingSettings(tab: PlannedTab): Map<string, ExistingSetting> {
  const { keyCol, valueCol } = settingColumns(tab);
  const existing = new Map<string, ExistingSetting>();
  tab.rows.forEach((cells, i) => {
    const key = headerKey(text(cells[keyCol - 1]));
    if (key && !existing.has(key)) {
      existing.set(key, { row: i + 2, value: cells[valueCol - 1], validated: tab.state?.validated[i + 1]?.[valueCol - 1] ?? false });
    }
  });
  return existing;
}

const FILLED_WHEN_EMPTY = new Set<string>([SETTING_KEYS.profile, SETTING_KEYS.team, SETTING_KEYS.automaticReminders]);

/** The `Paramètres` rows the profile brings; values already there stay (empty Profil and Équipe are filled). */
export function planSettings(tab: PlannedTab, profile: Profile, user: string, ops: SetupOp[], summary: SetupSummary): Map<string, Cell> {
  const { keyCol, valueCol } = settingColumns(tab);
  const existing = existingSettings(tab);
  const settings = new Map<string, Cell>();
  for (const [key, value] of existing) settings.set(key, value.value);
  const updates: CellUpdate[] = [];
  // Planned after the values, so that the rule lands on the written cell.
  const checkboxes: SetupOp[] = [];
  let lastRow = lastContentRow(tab);
  for (const [key, value] of profileSettings(profile, user)) {
    const found = existing.get(headerKey(key));
    const fillEmpty = FILLED_WHEN_EMPTY.has(key) && found && isBlank(found.value);
    if (key === SETTING_KEYS.automaticReminders) {
      // A checkbox, unless a person typed something else there (kept, and read as a boolean).
      const row = found?.row ?? lastRow + 1;
      const cellValue = found && !fillEmpty ? found.value : value;
      if (!found?.validated && (typeof cellValue === 'boolean' || isBlank(cellValue))) {
        checkboxes.push({ kind: 'setCheckboxes', tab: tab.spec.name, range: { row, column: valueCol, numRows: 1, numColumns: 1 } });
        // Counted below when the row is new; an existing row only gains its checkbox.
        if (found && !fillEmpty) summary.columnsFormatted.push({ tab: tab.spec.name, header: key });
      }
    }
    if (found && !fillEmpty) continue;
    const row = found?.row ?? ++lastRow;
    if (!found) updates.push({ row, column: keyCol - 1, value: key });
    updates.push({ row, column: valueCol - 1, value });
    settings.set(headerKey(key), value);
    summary.settingsAdded.push(key);
  }
  writeUpdates(tab, updates, ops);
  ops.push(...checkboxes);
  return settings;
}

/**
 * `Équipe` already filled: the addresses of `team` it lacks are added after the ones typed there
 * (an empty or absent `Équipe` is planSettings' to fill). Nothing when none is missing.
 */
export function planTeamMerge(tab: PlannedTab, team: readonly string[], settings: Map<string, Cell>): SetupOp[] {
  const found = existingSettings(tab).get(headerKey(SETTING_KEYS.team));
  if (!found) return [];
  const typed = String(found.value ?? '');
  const known = new Set(parseStaffList(typed));
  const missing = team.filter((s) => !known.has(s));
  if (!typed.trim() || missing.length === 0) return [];
  const merged = `${typed.trim()}, ${missing.join(', ')}`;
  settings.set(headerKey(SETTING_KEYS.team), merged);
  return [{ kind: 'writeValues', tab: tab.spec.name, row: found.row, column: settingColumns(tab).valueCol, values: [[merged]] }];
}
