/** Simulated regions for tests: `pacte setup|deploy --simulation` run for real, applicants typed as staff would. */
import { FolderStore } from '../../scripts/simulation/folder-store';
import { cellKey } from '../../scripts/simulation/model';
import { CANDIDATES_TAB } from '../../src/workbook/schema';
import { pacteAsync as pacte } from './pacte-process';

// No token, no API root: the simulation must not need them (and must not reach Google if they were set).
export const SIMULATION_ENV = { PACTE_ACCESS_TOKEN: '', PACTE_GOOGLE_API_ROOT: 'http://127.0.0.1:1/' };

/** Applicants typed into a region's Candidatures (by header), as staff would in the Sheet. */
export async function typeApplicants(dir: string, spreadsheetId: string, count: number): Promise<void> {
  await new FolderStore(dir).transact((state) => {
    const file = state.files.get(spreadsheetId)!;
    // Sheets are replaced, never changed in place (the store writes what was replaced).
    file.sheets = file.sheets.map((sheet) => {
      if (sheet.properties.title !== CANDIDATES_TAB.name) return sheet;
      const cells = new Map(sheet.cells);
      const headers = CANDIDATES_TAB.headers as readonly string[];
      for (let i = 1; i <= count; i++) {
        const row = { ID: `C-000${i}`, Prénom: `Alix${i}`, Nom: 'Fictif', 'E-mail': `alix${i}@example.org`, Statut: 'Reçue' };
        for (const [header, value] of Object.entries(row)) {
          // Typing keeps the cell's format and validation (a set-up column's), as in Sheets.
          const key = cellKey(i, headers.indexOf(header));
          cells.set(key, { ...cells.get(key), userEnteredValue: { stringValue: value } });
        }
      }
      return { ...sheet, cells };
    });
  });
}

/** `pacte setup --simulation` for each region (Promo 2026), then, with `deploy`, `pacte deploy --simulation --all`. */
export async function rehearse(dir: string, regions: readonly string[], deploy = true): Promise<void> {
  for (const region of regions) {
    const run = await pacte(['setup', '--simulation', dir, '--region', region, '--promo', 'Promo 2026'], SIMULATION_ENV);
    if (run.status !== 0) throw new Error(`pacte setup ${region}: ${run.stderr}`);
  }
  if (!deploy) return;
  const run = await pacte(['deploy', '--simulation', dir, '--all', '--no-build'], SIMULATION_ENV);
  if (run.status !== 0) throw new Error(`pacte deploy: ${run.stderr}`);
}
