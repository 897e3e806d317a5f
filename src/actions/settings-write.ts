/**
 * Writing one `Paramètres` value the product manages (a folder or template URL it made, the
 * automatic-reminders switch): found by key, or a new row after the last one. The caller holds the
 * document lock, so the tab is read just before the write.
 */
import { ensureRows, writeCell, writeRows, type SpreadsheetHandle } from '../gas/spreadsheet';
import { text, type Cell } from '../workbook/cells';
import { SETTINGS_TAB } from '../workbook/schema';
import { headerKey } from '../workbook/table';
import { requireSheetTab } from './context';

/** `fillEmpty`: a value a person typed meanwhile is kept; `overwrite`: the product's own switch. */
export type SettingWrite = 'fillEmpty' | 'overwrite';

export function writeSetting(ss: SpreadsheetHandle, key: string, value: string | boolean, mode: SettingWrite): void {
  const tab = requireSheetTab(ss, SETTINGS_TAB);
  const t = tab.table;
  const row = t.rows.find((r) => headerKey(text(t.get(r, 'Clé'))) === headerKey(key));
  const valueCol = t.columns.get('Valeur')!;
  if (row) {
    if (mode === 'fillEmpty' && text(t.get(row, 'Valeur'))) return;
    writeCell(tab.sheet, row.row, valueCol + 1, value);
    return;
  }
  const keyCol = t.columns.get('Clé')!;
  const next = tab.values.length + 1;
  ensureRows(tab.sheet, next);
  const cells: Cell[] = t.headerRow.map(() => '');
  cells[keyCol] = key;
  cells[valueCol] = value;
  writeRows(tab.sheet, next, 1, [cells]);
}
