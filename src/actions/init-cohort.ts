/**
 * PACTE › Initialiser la cohorte…: makes any spreadsheet a complete cohort workbook. It only adds
 * (tabs, headers at the end, settings rows, the calendar when empty, protections): it never
 * deletes, reorders or renames what a person made, and a second run changes nothing.
 */
import { instantOfDay } from '../domain/dates';

import { messages } from '../domain/messages';
import { presetProfile, PRESET_IDS } from '../domain/presets';
import type { Profile } from '../domain/profile';
import { parseStaffList } from '../domain/staff';
import { activeSpreadsheet, applyBlocks } from '../gas/spreadsheet';
import { activeUserEmail } from '../gas/session';
import { alert, prompt } from '../gas/ui';
import { isBlank, text, type Cell } from '../workbook/cells';
import { planBlocks, type CellUpdate } from '../workbook/plan';
import { ALL_TABS, SESSIONS_TAB, SETTING_KEYS, SETTINGS_TAB, type TabSpec } from '../workbook/schema';
import { headerKey } from '../workbook/table';
import { accessError } from './context';
import { appendJournal } from './journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const I = messages.sheet.init;
const DATE_FORMAT = 'dd/mm/yyyy';
const DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
const DATETIME_COLUMNS = new Set(['Saisi le', 'Calculé le', 'Horodatage']);

interface EnsuredTab {
  sheet: Sheet;
  values: Cell[][];
  /** Contract header → 0-based column. */
  columns: Map<string, number>;
  created: boolean;
}

/** The formatting a newly added column gets; equal keys on neighbouring columns share one range. */
function columnRule(spec: TabSpec, header: string): { key: string; apply: (range: GoogleAppsScript.Spreadsheet.Range) => void } | undefined {
  if (spec.booleans?.includes(header)) {
    return { key: 'checkbox', apply: (r) => r.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build()) };
  }
  if (DATETIME_COLUMNS.has(header)) return { key: 'datetime', apply: (r) => r.setNumberFormat(DATETIME_FORMAT) };
  if (spec.dates?.includes(header)) return { key: 'date', apply: (r) => r.setNumberFormat(DATE_FORMAT) };
  const list = spec.lists?.[header];
  if (list) {
    // Allow other values with a warning: what staff typed is never refused outright.
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...list], true).setAllowInvalid(true).build();
    return { key: `list:${header}`, apply: (r) => r.setDataValidation(rule) };
  }
  return undefined;
}

function ensureTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TabSpec, changes: string[]): EnsuredTab {
  let sheet = ss.getSheetByName(spec.name);
  const created = !sheet;
  if (!sheet) {
    sheet = ss.insertSheet(spec.name);
    changes.push(I.tabCreated(spec.name));
  }
  const values = (created ? [[]] : sheet.getDataRange().getValues()) as Cell[][];
  const header = (values[0] ?? []).map((h) => text(h));
  const keys = header.map(headerKey);
  const lastUsed = header.reduce((last, h, i) => (h ? i + 1 : last), 0);
  const missing = spec.headers.filter((h) => !keys.includes(headerKey(h)));
  const columns = new Map<string, number>();
  for (const h of spec.headers) if (keys.includes(headerKey(h))) columns.set(h, keys.indexOf(headerKey(h)));
  missing.forEach((h, k) => columns.set(h, lastUsed + k));

  if (missing.length > 0) {
    const maxColumns = sheet.getMaxColumns();
    if (lastUsed + missing.length > maxColumns) sheet.insertColumnsAfter(maxColumns, lastUsed + missing.length - maxColumns);
    sheet.getRange(1, lastUsed + 1, 1, missing.length).setValues([missing]).setFontWeight('bold');
    if (!created) changes.push(I.headersAdded(spec.name, missing));
    const dataRows = sheet.getMaxRows() - 1;
    let run: { key: string; start: number; count: number; apply: (r: GoogleAppsScript.Spreadsheet.Range) => void } | undefined;
    const flush = () => run && dataRows > 0 && run.apply(sheet!.getRange(2, run.start + 1, dataRows, run.count));
    for (const h of missing) {
      const rule = columnRule(spec, h);
      const col = columns.get(h)!;
      if (run && rule && rule.key === run.key && col === run.start + run.count) run.count++;
      else {
        flush();
        run = rule ? { key: rule.key, start: col, count: 1, apply: rule.apply } : undefined;
      }
    }
    flush();
  }
  if (sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    if (!created) changes.push(I.frozen(spec.name));
  }
  return { sheet, values, columns, created };
}

function settingsUpdates(tab: EnsuredTab, profile: Profile, user: string): { updates: CellUpdate[]; added: string[] } {
  const keyCol = tab.columns.get('Clé')!;
  const valueCol = tab.columns.get('Valeur')!;
  const rows = new Map<string, { row: number; value: Cell }>();
  let lastRow = 1;
  tab.values.forEach((cells, i) => {
    if (i === 0) return;
    if (cells.some((c) => !isBlank(c))) lastRow = i + 1;
    const key = headerKey(text(cells[keyCol]));
    if (key && !rows.has(key)) rows.set(key, { row: i + 1, value: cells[valueCol] });
  });
  const { diploma } = profile;
  const wanted: Array<[string, Cell]> = [
    [SETTING_KEYS.profile, profile.id],
    [SETTING_KEYS.team, user],
    [SETTING_KEYS.senderName, `Équipe PACTE ${profile.federation}`],
    [SETTING_KEYS.replyTo, ''],
    [SETTING_KEYS.driveFolder, ''],
    [SETTING_KEYS.thesisDeadline, diploma.thesisDeadline ? instantOfDay(diploma.thesisDeadline) : ''],
    [SETTING_KEYS.excusedAbsencesAllowed, diploma.excusedAbsencesAllowed],
    [SETTING_KEYS.thesisMinPages, diploma.thesisMinPages ?? ''],
  ];
  const updates: CellUpdate[] = [];
  const added: string[] = [];
  for (const [key, value] of wanted) {
    const existing = rows.get(headerKey(key));
    // Profil and Équipe left empty are filled with the answer just given; any other value stays.
    const fillEmpty = (key === SETTING_KEYS.profile || key === SETTING_KEYS.team) && existing && isBlank(existing.value);
    if (existing && !fillEmpty) continue;
    const row = existing?.row ?? ++lastRow;
    if (!existing) updates.push({ row, column: keyCol, value: key });
    updates.push({ row, column: valueCol, value });
    added.push(key);
  }
  return { updates, added };
}

function sessionUpdates(tab: EnsuredTab, profile: Profile): CellUpdate[] {
  const hasRows = tab.values.slice(1).some((cells) => cells.some((c) => !isBlank(c)));
  if (hasRows) return [];
  const col = (h: string) => tab.columns.get(h)!;
  return profile.sessions.flatMap((s, i) => {
    const row = i + 2;
    const cells: Record<string, Cell> = {
      'ID': s.id, 'Intitulé': s.title, 'Type': s.type, 'Date de début': instantOfDay(s.start), 'Date de fin': instantOfDay(s.end),
      'Lieu': s.place ?? '', 'Obligatoire': s.compulsory, 'Public': s.audience, 'Heures': s.hours ?? '',
    };
    return SESSIONS_TAB.headers.map((h) => ({ row, column: col(h), value: cells[h] ?? '' }));
  });
}

/** Warning-only protections on what the product writes, added once (found again by description). */
function protect(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: Map<string, EnsuredTab>): number {
  const existing = new Set(
    [...ss.getProtections(SpreadsheetApp.ProtectionType.RANGE), ...ss.getProtections(SpreadsheetApp.ProtectionType.SHEET)].map((p) => p.getDescription()),
  );
  let added = 0;
  for (const spec of ALL_TABS) {
    const tab = tabs.get(spec.name)!;
    if (spec.productTab) {
      const description = I.protectedTab(spec.name);
      if (!existing.has(description)) {
        tab.sheet.protect().setDescription(description).setWarningOnly(true);
        added++;
      }
      continue;
    }
    for (const header of spec.productOwned ?? []) {
      const description = I.protectedColumn(header);
      if (existing.has(description)) continue;
      tab.sheet.getRange(1, tab.columns.get(header)! + 1, tab.sheet.getMaxRows(), 1).protect().setDescription(description).setWarningOnly(true);
      added++;
    }
  }
  return added;
}

function chooseProfile(current: string): Profile | undefined {
  if (current) return presetProfile(current);
  const answer = prompt(I.promptTitle, I.promptMessage(PRESET_IDS));
  if (answer === undefined) return undefined;
  return presetProfile(answer.trim().toLowerCase());
}

export function initCohortAction(): void {
  const ss = activeSpreadsheet();
  const user = activeUserEmail();
  const settingsSheet = ss.getSheetByName(SETTINGS_TAB.name);
  const settingsValues = (settingsSheet ? settingsSheet.getDataRange().getValues() : [[]]) as Cell[][];
  const header = (settingsValues[0] ?? []).map((h) => headerKey(h));
  const keyCol = header.indexOf(headerKey('Clé'));
  const valueCol = header.indexOf(headerKey('Valeur'));
  const read = (key: string) =>
    keyCol < 0 || valueCol < 0 ? '' : text(settingsValues.find((r, i) => i > 0 && headerKey(r[keyCol]) === headerKey(key))?.[valueCol]);

  // The first person to initialise becomes the team; afterwards only the team may run it.
  const staff = parseStaffList(read(SETTING_KEYS.team));
  const denied = accessError(user, staff.length ? staff : [user.toLowerCase()].filter(Boolean));
  if (denied) throw denied;

  const profile = chooseProfile(read(SETTING_KEYS.profile));
  if (!profile) {
    alert(I.cancelled);
    return;
  }

  const changes: string[] = [];
  const tabs = new Map<string, EnsuredTab>();
  for (const spec of ALL_TABS) tabs.set(spec.name, ensureTab(ss, spec, changes));

  const settingsTab = tabs.get(SETTINGS_TAB.name)!;
  const settings = settingsUpdates(settingsTab, profile, user);
  applyBlocks(settingsTab.sheet, planBlocks(settings.updates));
  if (settings.added.length) changes.push(I.settingsAdded(settings.added));

  const sessionsTab = tabs.get(SESSIONS_TAB.name)!;
  const sessions = sessionUpdates(sessionsTab, profile);
  applyBlocks(sessionsTab.sheet, planBlocks(sessions));
  if (sessions.length) changes.push(I.sessionsWritten(profile.sessions.length));

  const protections = protect(ss, tabs);
  if (protections) changes.push(I.protectionsAdded(protections));

  if (changes.length === 0) {
    alert(I.nothingToDo(profile.id));
    return;
  }
  appendJournal(ss, [{ at: new Date(), action: messages.sheet.journal.init, target: profile.id, detail: changes.join(' ; '), by: user, key: '' }]);
  alert(I.done(profile.id, changes));
}

