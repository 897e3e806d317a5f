/**
 * `pacte setup`, the bound Apps Script project: found, never made twice.
 *
 * The Apps Script API cannot list projects by their container (no projects.list; a bound script is not
 * a Drive file), so the script id lives on the workbook itself, in its Drive appProperties
 * (https://developers.google.com/workspace/drive/api/guides/properties): `scriptId`, written right after
 * projects.create, and read back (files.get) before any projects.create when the manifest lacks it.
 *
 * The one case that cannot be recovered by the API: projects.create whose answer is lost (a 5xx or a
 * time-out after Google made the project). Its id was never seen. So a `scriptCreate` mark
 * (`pending <when>`) goes on the workbook BEFORE the call; a run that finds the mark but no `scriptId`
 * refuses to create another script and says, in French, how to read the id in the Sheet
 * (Extensions › Apps Script) and give it back with `--script-id`, which is checked (projects.get: its
 * parentId must be this workbook). A definite refusal (4xx: nothing was made) replaces the mark by
 * `refused`, and the next run creates the script as usual.
 */
import { formatInstantFr } from '../../src/domain/dates';
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';
import { orRefused, statusOf, type SetupRun, type Workbook } from './setup-run';

const M = googleMessages.setup;
export const SCRIPT_ID = 'scriptId';
export const SCRIPT_CREATE = 'scriptCreate';

/** A files.update of appProperties: idempotent (the same keys set to the same values), so retried freely. */
async function mark(run: SetupRun, wb: Workbook, appProperties: Record<string, string>): Promise<void> {
  await run.google.drive.files.update(
    { fileId: wb.spreadsheetId, requestBody: { appProperties } },
    run.google.checkedPost(async () => false),
  );
  Object.assign(wb.appProperties, appProperties);
}

/** --script-id: accepted only for a project bound to this very workbook. */
async function adopt(run: SetupRun, wb: Workbook, scriptId: string): Promise<string> {
  const project = await orRefused(
    () => run.google.script.projects.get({ scriptId }),
    () => new UserError(M.scriptUnreachable(scriptId)),
  );
  const parentId = project.data.parentId;
  if (parentId !== wb.spreadsheetId) throw new UserError(M.scriptNotBound(scriptId, wb.url));
  return scriptId;
}

/**
 * The workbook's bound script id: from the manifest (`known`), else from the workbook's appProperties
 * (files.get), else --script-id, else created. `keep` records a new id in the manifest at once (even when writing it on
 * the workbook fails).
 */
export async function boundScript(
  run: SetupRun,
  wb: Workbook,
  known: string | undefined,
  keep: (scriptId: string) => Promise<void>,
): Promise<string> {
  let scriptId = known;
  if (!scriptId && wb.driveVisible && !wb.created) {
    // The manifest lacks it (lost, or written before the answer came): read from the workbook, now
    // (not from the list at the start: another run may just have made it).
    const fresh = (await run.google.drive.files.get({ fileId: wb.spreadsheetId, fields: 'appProperties' })).data.appProperties ?? {};
    wb.appProperties = { ...fresh };
    scriptId = fresh[SCRIPT_ID];
  }
  if (scriptId && run.scriptId && run.scriptId !== scriptId) throw new UserError(M.scriptIdConflict(scriptId, run.scriptId));
  if (!scriptId && !wb.driveVisible && !run.scriptId) throw new UserError(M.sharedNoScript(run.region, run.entry?.createdBy));
  if (!scriptId && run.scriptId) scriptId = await adopt(run, wb, run.scriptId);
  if (scriptId) {
    if (wb.driveVisible && wb.appProperties[SCRIPT_ID] !== scriptId) await mark(run, wb, { [SCRIPT_ID]: scriptId });
    return scriptId;
  }
  const pending = wb.appProperties[SCRIPT_CREATE] ?? '';
  if (pending.startsWith('pending')) {
    const since = new Date(pending.slice('pending '.length));
    throw new UserError(M.scriptUncertain(run.region, wb.url, Number.isNaN(since.getTime()) ? '?' : formatInstantFr(since)));
  }
  const now = new Date();
  await mark(run, wb, { [SCRIPT_CREATE]: `pending ${now.toISOString()}` });
  let created: string;
  try {
    // Never retried: a bound project cannot be looked up, so a lost answer cannot be checked.
    created = (
      await run.google.script.projects.create(
        { requestBody: { title: `PACTE ${run.region}`, parentId: wb.spreadsheetId } },
        { retryConfig: { retry: 0 } },
      )
    ).data.scriptId!;
  } catch (e) {
    const status = statusOf(e);
    if (status !== undefined && status >= 400 && status < 500 && status !== 408) {
      // Refused: nothing was made, the next run may create it.
      await mark(run, wb, { [SCRIPT_CREATE]: 'refused' }).catch(() => undefined);
      throw e;
    }
    throw new UserError(M.scriptUncertain(run.region, wb.url, formatInstantFr(now)));
  }
  try {
    await mark(run, wb, { [SCRIPT_ID]: created, [SCRIPT_CREATE]: 'done' });
  } finally {
    await keep(created);
  }
  return created;
}

/** Uploads dist/ to the script unless it already holds exactly these files. */
export async function uploadAddOn(
  run: SetupRun,
  scriptId: string,
  files: ReadonlyArray<{ name: string; type: string; source: string }>,
): Promise<void> {
  const { script } = run.google;
  const content = (await script.projects.getContent({ scriptId })).data.files ?? [];
  const same =
    content.length === files.length &&
    files.every((f) => content.some((c) => c.name === f.name && c.type === f.type && c.source === f.source));
  if (same) return;
  run.at(M.progress.upload, `${files.length} fichiers`);
  await script.projects.updateContent({ scriptId, requestBody: { files: [...files] } });
}
