/**
 * The selection as the Sheet holds it right now: `Candidatures`, `Avis`, `Entretiens` read once each
 * (one getSheetValues per tab, whatever the number of rows) and computed by the pure core.
 */
import { computeSelection, type SelectionResult } from '../../domain/selection/report';
import { readTab, type SpreadsheetHandle, type TabData } from '../../gas/spreadsheet';
import type { Cell } from '../../workbook/cells';
import type { RawWorkbook } from '../../workbook/cohort';
import { readSelectionWorkbook, type SelectionWorkbook } from '../../workbook/selection';
import { CANDIDATES_TAB, OPINIONS_TAB, SETTINGS_TAB, SLOTS_TAB } from '../../workbook/schema';
import type { CohortContext } from '../context';

export interface SelectionSheet extends SelectionWorkbook {
  selection: SelectionResult;
  /** The tabs as read, by name (absent when the Sheet has none). */
  tabs: Map<string, TabData>;
}

export function readSelectionSheet(ss: SpreadsheetHandle, settingsValues: Cell[][]): SelectionSheet {
  const tabs = new Map<string, TabData>();
  for (const spec of [CANDIDATES_TAB, OPINIONS_TAB, SLOTS_TAB]) {
    const tab = readTab(ss, spec.name);
    if (tab) tabs.set(spec.name, tab);
  }
  const raw: RawWorkbook = new Map([[SETTINGS_TAB.name, settingsValues], ...[...tabs].map(([n, t]) => [n, t.values] as const)]);
  const workbook = readSelectionWorkbook(raw);
  return { ...workbook, selection: computeSelection(workbook.input), tabs };
}

export function selectionOf(cohort: CohortContext): SelectionSheet {
  return readSelectionSheet(cohort.ss, cohort.settingsValues);
}
