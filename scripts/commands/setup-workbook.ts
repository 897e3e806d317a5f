/**
 * `pacte setup`, the workbook: found by its Drive appProperties (region, promo), or through the manifest,
 * created only when neither knows one; then completed by ONE Sheets batchUpdate from the set-up plan.
 *
 * Under `drive.file` (https://developers.google.com/workspace/drive/api/guides/api-specific-auth) Drive
 * shows pacte only the files it made for this account: a colleague's workbook is not listed, and
 * files.get answers 404 (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found).
 * When the manifest names one, it is never made a second time: reached through the Sheets API when it is
 * shared with this account (the `spreadsheets` scope covers every spreadsheet the account can open),
 * refused in French otherwise.
 */
import type { drive_v3 } from '@googleapis/drive';
import { driveQuery } from '../../src/domain/drive-query';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import type { Profile } from '../../src/domain/profile';
import { ALL_TABS } from '../../src/workbook/schema';
import { planSetup, readNeeds } from '../../src/workbook/setup-plan';
import { PostTookEffect } from '../google/client';
import { googleMessages } from '../google/messages';
import { readState, setupRequests, stateRanges, STATE_FIELDS } from '../google/sheets-setup';
import { orRefused, statusOf, workbookUrl, type SetupRun, type Workbook } from './setup-run';

const M = googleMessages.setup;
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

const props = (p: Record<string, string> | null | undefined): Record<string, string> => ({ ...(p ?? {}) });

/** The workbook the manifest names, when Drive did not list it: ours, a colleague's shared with us, or refused. */
async function throughManifest(run: SetupRun, spreadsheetId: string): Promise<Workbook | undefined> {
  const { drive, sheets } = run.google;
  const url = workbookUrl(spreadsheetId);
  try {
    const file = (await drive.files.get({ fileId: spreadsheetId, fields: 'id,trashed,appProperties' })).data;
    if (file.trashed) throw new UserError(M.trashed(run.region, url));
    return { spreadsheetId, url, appProperties: props(file.appProperties), created: false, driveVisible: true };
  } catch (e) {
    if (e instanceof UserError || statusOf(e) !== 404) throw e;
  }
  await orRefused(
    () => sheets.spreadsheets.get({ spreadsheetId, fields: 'spreadsheetId' }),
    () => new UserError(M.notYours(run.region, url, run.entry?.createdBy)),
  );
  return { spreadsheetId, url, appProperties: {}, created: false, driveVisible: false };
}

/** Finds the region's workbook for this promo, or creates it (in --folder when given). */
export async function findOrCreateWorkbook(run: SetupRun, profile: Profile): Promise<Workbook> {
  const { drive, checkedPost } = run.google;
  const query = driveQuery.and(
    driveQuery.appProperty('region', run.region),
    driveQuery.appProperty('promo', run.promo),
    driveQuery.notTrashed,
  );
  const find = async () => (await drive.files.list({ q: query, fields: 'files(id,name,appProperties)', spaces: 'drive' })).data.files ?? [];
  run.at(M.progress.find);
  const found = (await find())[0];
  if (found)
    return {
      spreadsheetId: found.id!,
      url: workbookUrl(found.id!),
      appProperties: props(found.appProperties),
      created: false,
      driveVisible: true,
    };
  if (run.entry && run.entry.promo === run.promo) {
    const known = await throughManifest(run, run.entry.spreadsheetId);
    if (known) return known;
  }
  run.at(M.progress.create);
  let file: drive_v3.Schema$File;
  try {
    file = (
      await drive.files.create(
        {
          requestBody: {
            name: `PACTE ${profile.label} — ${run.promo}`,
            mimeType: SPREADSHEET,
            appProperties: { region: run.region, promo: run.promo },
            ...(run.folder ? { parents: [run.folder] } : {}),
          },
          fields: 'id,name,appProperties',
        },
        checkedPost(async () => (await find()).length > 0),
      )
    ).data;
  } catch (e) {
    if (!(e instanceof PostTookEffect)) throw e;
    file = (await find())[0]!;
  }
  return {
    spreadsheetId: file.id!,
    url: workbookUrl(file.id!),
    appProperties: props(file.appProperties),
    created: true,
    driveVisible: true,
  };
}

/** Completes the workbook to the contract in one atomic batchUpdate; returns the number of changes. */
export async function completeWorkbook(run: SetupRun, spreadsheetId: string, profile: Profile, staff: readonly string[]): Promise<number> {
  const { sheets, checkedPost } = run.google;
  run.at(M.progress.read);
  const readAll = async () => {
    const titles = (await sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties(sheetId,title)' })).data.sheets ?? [];
    const present = new Set(titles.map((s) => s.properties?.title ?? ''));
    const ranges = stateRanges(ALL_TABS, present, (s) => readNeeds(s).allRows);
    const full = ranges.length
      ? ((await sheets.spreadsheets.get({ spreadsheetId, ranges, includeGridData: true, fields: STATE_FIELDS })).data.sheets ?? [])
      : [];
    // A workbook pacte created (found by its appProperties) holding no contract tab yet: its only sheet is
    // Google's blank default (« Feuille 1 »), removed once the tabs exist (batchUpdate is atomic).
    const blankDefault = titles.length === 1 && ranges.length === 0 ? (titles[0]!.properties?.sheetId ?? undefined) : undefined;
    return { ...readState(full, ALL_TABS), blankDefault };
  };
  const planFrom = ({ state }: Awaited<ReturnType<typeof readAll>>) =>
    planSetup(ALL_TABS, state, profile, staff.join(', '), messages.sheet.init, { team: staff });
  const current = await readAll();
  const plan = planFrom(current);
  if (plan.ops.length === 0) return 0;
  run.at(M.progress.update, `${plan.ops.length} modifications, 1 requête`);
  try {
    await sheets.spreadsheets.batchUpdate(
      {
        spreadsheetId,
        requestBody: {
          requests: [
            ...setupRequests(plan.ops, current.handles),
            ...(current.blankDefault === undefined ? [] : [{ deleteSheet: { sheetId: current.blankDefault } }]),
          ],
        },
      },
      // Atomic: it took effect when a fresh plan has nothing left to do.
      checkedPost(async () => planFrom(await readAll()).ops.length === 0),
    );
  } catch (e) {
    if (!(e instanceof PostTookEffect)) throw e;
  }
  return plan.ops.length;
}
