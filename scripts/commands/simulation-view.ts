/**
 * What a view of a rehearsal (the playground's « National » view) can show, read from the simulation
 * folder: the simulated regions and their workbooks, and `pacte report`'s figures over them. The same
 * folder and the same code as `pacte … --simulation`: what the view shows is what the commands did.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FolderStore } from '../simulation/folder-store';
import { displayedRows } from '../simulation/sheets';
import { readManifest } from './manifest';
import { runNationalReport, type NationalReport } from './national-report';
import { DEFAULT_SIMULATION_DIR, MANIFEST_NAME, startSimulation } from './simulation';

export interface SimulatedRegion {
  region: string;
  promo: string;
  spreadsheetId: string;
  /** The workbook's name in the simulated Drive. */
  name: string;
  /** The bound script's id, once setup made it. */
  scriptId?: string;
  /** When `pacte deploy --simulation` last pushed the add-on (ISO 8601). */
  lastDeploy?: string;
}

export interface SimulatedTab {
  title: string;
  /** Displayed values (as values.batchGet FORMATTED_VALUE answers), header row first. */
  rows: string[][];
}

const folder = (dir?: string) => path.resolve(dir ?? DEFAULT_SIMULATION_DIR);

/** The regions of the simulation's manifest, in its order, with their workbook's name ([] before any setup). */
export async function simulatedRegions(dir?: string): Promise<SimulatedRegion[]> {
  const manifest = await readManifest(path.join(folder(dir), MANIFEST_NAME));
  if (Object.keys(manifest).length === 0) return [];
  const names = await new FolderStore(folder(dir)).transact((state) => new Map([...state.files.values()].map((f) => [f.id, f.name])));
  return Object.entries(manifest).map(([region, e]) => ({
    region,
    promo: e.promo,
    spreadsheetId: e.spreadsheetId,
    name: names.get(e.spreadsheetId) ?? '',
    ...(e.scriptId ? { scriptId: e.scriptId } : {}),
    ...(e.lastDeploy ? { lastDeploy: e.lastDeploy } : {}),
  }));
}

/** A simulated workbook's tabs, in order (undefined when the folder has no such spreadsheet). */
export async function simulatedWorkbook(spreadsheetId: string, dir?: string): Promise<SimulatedTab[] | undefined> {
  if (!existsSync(folder(dir))) return undefined;
  return new FolderStore(folder(dir)).transact((state) =>
    state.files.get(spreadsheetId)?.sheets.map((sheet) => ({ title: sheet.properties.title, rows: displayedRows(sheet) })),
  );
}

/**
 * `pacte report --simulation --json`'s report: per region and national totals (`today`: AAAA-MM-JJ, else today
 * in Paris). Throws a UserError (French) when the simulation has no region yet.
 */
export async function simulatedReport(dir?: string, today?: string): Promise<NationalReport> {
  const simulation = await startSimulation(folder(dir));
  try {
    const options = { manifest: simulation.manifest, json: true, ...(today ? { today } : {}) };
    return (await runNationalReport(options, { google: simulation.clients })).report;
  } finally {
    await simulation.stop();
  }
}
