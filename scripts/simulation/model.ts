/**
 * What the simulated Google holds: Drive files (a spreadsheet carries its sheets), Apps Script projects,
 * and the counters naming new ones. The shapes are the APIs' own (the generated clients' schema types),
 * so the simulation and pacte speak the same JSON. A store keeps it (memory.ts, folder-store.ts).
 */
import type { drive_v3 } from '@googleapis/drive';
import type { script_v1 } from '@googleapis/script';
import type { sheets_v4 } from '@googleapis/sheets';

export type CellData = sheets_v4.Schema$CellData;
export type ProtectedRange = sheets_v4.Schema$ProtectedRange;
export type Permission = drive_v3.Schema$Permission;
export type ScriptFile = script_v1.Schema$File;

export interface GridProperties {
  rowCount: number;
  columnCount: number;
  frozenRowCount?: number;
  frozenColumnCount?: number;
}

export interface SimSheet {
  properties: { sheetId: number; title: string; index: number; gridProperties: GridProperties };
  /** `row,column` (0-based) → the cell. Cells are replaced, never changed in place (stores share them). */
  cells: Map<string, CellData>;
  protectedRanges: ProtectedRange[];
}

export interface SimFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appProperties: Record<string, string>;
  permissions: Permission[];
  /** A spreadsheet's sheets ([] for any other file); replaced whole by a batchUpdate. */
  sheets: SimSheet[];
  /** The account that made it: under drive.file, the only one Drive shows it to. */
  createdBy: string;
  trashed?: boolean;
}

export interface SimProject {
  scriptId: string;
  title: string;
  /** The container of a bound script ('' for a standalone one). */
  parentId: string;
  files: ScriptFile[];
}

export interface SimState {
  files: Map<string, SimFile>;
  projects: Map<string, SimProject>;
  /** Numbers the next new file and project (file1, script1…): never reused, even after a deletion. */
  counters: { file: number; script: number };
}

/** Keeps the state between requests: each request's work runs whole or not at all (its changes kept on success only). */
export interface GoogleStore {
  transact<T>(work: (state: SimState) => T): Promise<T>;
}

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
/** The account of a request whose token names no one else. */
export const DEFAULT_USER = 'coordination@example.org';

export function emptyState(): SimState {
  return { files: new Map(), projects: new Map(), counters: { file: 0, script: 0 } };
}

export const cellKey = (row: number, column: number) => `${row},${column}`;
