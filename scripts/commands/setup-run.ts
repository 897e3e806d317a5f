/** What the steps of one `pacte setup` run share (setup.ts builds it; setup-workbook.ts and setup-script.ts use it). */
import type { GoogleClients } from '../google/client';
import type { ManifestEntry } from './manifest';

export interface SetupRun {
  region: string;
  promo: string;
  folder: string | undefined;
  share: readonly string[];
  /** --script-id: the bound script named by hand after a creation whose answer was lost. */
  scriptId: string | undefined;
  /** The logged-in account (Drive about.get). */
  me: string;
  /** The region's manifest entry as read at the start: for look-ups only, never written back as is. */
  entry: ManifestEntry | undefined;
  google: GoogleClients;
  /** Names the step under way (for progress and for the French error), with an optional detail. */
  at(step: string, detail?: string): void;
}

/** The regional workbook found or made. `driveVisible` false: a colleague's, reached by the Sheets API only. */
export interface Workbook {
  spreadsheetId: string;
  url: string;
  appProperties: Record<string, string>;
  created: boolean;
  driveVisible: boolean;
}

/** An API error's HTTP status; undefined when no answer came (network, time-out). */
export function statusOf(error: unknown): number | undefined {
  return (error as { response?: { status?: number } }).response?.status;
}

/**
 * A call on a file that may be a colleague's: its 403 or 404 (not there, or not shared with this account)
 * becomes the French `refused` error; any other error passes unchanged.
 */
export async function orRefused<T>(call: () => Promise<T>, refused: () => Error): Promise<T> {
  try {
    return await call();
  } catch (e) {
    const status = statusOf(e);
    if (status === 403 || status === 404) throw refused();
    throw e;
  }
}

export const workbookUrl = (spreadsheetId: string) => `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
