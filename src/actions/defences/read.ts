/** The tabs « Planifier les soutenances » reads, once each (a constant number of calls, whatever the rows). */
import type { DefenceInput } from '../../domain/defences';
import { readTab, type SpreadsheetHandle, type TabData } from '../../gas/spreadsheet';
import { readCandidates, readJury, readSessions, readTheses } from '../../workbook/cohort';
import { CANDIDATES_TAB, JURY_TAB, SESSIONS_TAB, THESES_TAB } from '../../workbook/schema';
import { readTable, type TableOf } from '../../workbook/table';
import { requireSheetTab } from '../context';

export interface DefenceTabs {
  input: DefenceInput;
  theses: TabData & { table: TableOf<typeof THESES_TAB> };
}

export function readDefenceTabs(ss: SpreadsheetHandle): DefenceTabs {
  const candidates = readCandidates(requireSheetTab(ss, CANDIDATES_TAB).table);
  const sessions = readSessions(requireSheetTab(ss, SESSIONS_TAB).table);
  // `Jury` is optional in the workbook: without it the planner says what to do.
  const jury = readTab(ss, JURY_TAB.name);
  // `Mémoires` last: the confirmation writes into the rows it finds there, the sooner the better.
  const theses = requireSheetTab(ss, THESES_TAB);
  return {
    input: {
      candidates,
      sessions,
      theses: readTheses(theses.table),
      ...(jury && { jury: readJury(readTable(jury.values, JURY_TAB)) }),
    },
    theses,
  };
}
