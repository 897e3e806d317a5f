/**
 * The playground's « National » view (issue 21 item 1): the rehearsal folder that `pacte setup|deploy|report
 * --simulation` write, read with the same code as the CLI (scripts/commands/simulation-view.ts): its
 * regions, a region's workbook (read-only, as the grid draws a tab) and `pacte report`'s national lines.
 */
import path from 'node:path';
import { figureLines } from '../commands/national-report';
import { DEFAULT_SIMULATION_DIR } from '../commands/simulation';
import { simulatedRegions, simulatedReport, simulatedWorkbook } from '../commands/simulation-view';
import { dayOfInstant, formatDayFr } from '../../src/domain/dates';
import { playgroundMessages as m } from './messages';
import type { NationalView, TabView } from './protocol';

/** The rehearsal folder: the option, else PACTE_SIMULATION_DIR, else `.pacte-simulation` in the current folder (as the CLI). */
export function simulationFolder(option?: string): string {
  return path.resolve(option ?? (process.env.PACTE_SIMULATION_DIR || DEFAULT_SIMULATION_DIR));
}

/** JJ/MM/AAAA in Paris of an ISO instant ('' when none or unreadable). */
function dayFr(iso: string | undefined): string {
  const instant = iso ? new Date(iso) : undefined;
  return instant && !Number.isNaN(instant.getTime()) ? formatDayFr(dayOfInstant(instant)) : '';
}

export async function nationalView(dir: string): Promise<NationalView> {
  const regions = await simulatedRegions(dir);
  const folder = path.relative(process.cwd(), dir) || '.';
  if (regions.length === 0) return { folder, regions: [], totals: [], unreadable: [], empty: m.national.empty(folder) };
  const report = await simulatedReport(dir);
  return {
    folder,
    regions: regions.map((r) => ({
      region: r.region,
      promo: r.promo,
      spreadsheetId: r.spreadsheetId,
      name: r.name,
      lastDeploy: dayFr(r.lastDeploy),
    })),
    totals: figureLines(report.national).map((line) => line.trim()),
    unreadable: report.unreadable.map((u) => m.national.unreadable(u.region, u.error)),
  };
}

/** A simulated region's workbook as the grid's tabs (header row frozen, no colours), or undefined. */
export async function nationalWorkbook(dir: string, spreadsheetId: string): Promise<TabView[] | undefined> {
  const tabs = await simulatedWorkbook(spreadsheetId, dir);
  return tabs?.map((t) => ({
    name: t.title,
    maxRows: t.rows.length,
    maxColumns: Math.max(0, ...t.rows.map((r) => r.length)),
    rows: t.rows,
    backgrounds: [],
    frozenRows: t.rows.length > 0 ? 1 : 0,
  }));
}
