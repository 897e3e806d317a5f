/**
 * The cohort as the rules see it: typed rows, whatever tab or file they came from
 * (src/workbook reads tabs into these).
 */
import type { Day } from './dates';
import type { AttendanceStatus, HalfDay } from './vocabulary';

/** What a cell can hold: Apps Script's getValues() types, plus what file readers give. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A date cell: `{}` when empty, `{ day }` when readable, `{ invalid }` with the raw text otherwise. */
export type DayCell = { day?: Day; invalid?: string };

export interface CandidateRow {
  row: number;
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  structure: string;
  structureType: string;
  received: DayCell;
  /** Ticked boolean columns, by header. */
  ticked: ReadonlySet<string>;
  status: string;
}

export interface SessionRow {
  row: number;
  id: string;
  title: string;
  type: string;
  start?: Day;
  end?: Day;
  place: string;
  compulsory: boolean;
}

export interface AttendanceRow {
  row: number;
  learnerId: string;
  sessionId: string;
  day?: Day;
  halfDay?: HalfDay;
  status?: AttendanceStatus;
}

export interface ProductionRow {
  row: number;
  /** `P-0001`, assigned by the product; '' until then (or in a workbook made before the column). */
  id: string;
  learnerId: string;
  name: string;
  due?: Day;
  deposited?: Day;
}

export interface ThesisRow {
  row: number;
  learnerId: string;
  title: string;
  deposited?: Day;
  pages?: number;
  defence?: Day;
  result: 'Admis' | 'Ajourné' | '';
}

export interface Cohort {
  /** `Paramètres` as key → value (keys folded as headers are: see src/workbook/cohort.ts `setting`). */
  settings: ReadonlyMap<string, Cell>;
  candidates: CandidateRow[];
  sessions: SessionRow[];
  attendance: AttendanceRow[];
  productions: ProductionRow[];
  theses: ThesisRow[];
}
