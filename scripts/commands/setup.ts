/**
 * `pacte setup`: one region's cohort workbook from nothing, safe to re-run. Every step first looks at
 * what is there (the workbook by its Drive appProperties or through the manifest, the plan from the
 * workbook's state, the script id kept in the manifest and on the file, the permissions), so a run
 * stopped at any request is completed by the next one and nothing is created twice. The steps:
 * setup-workbook.ts, setup-script.ts; the manifest, changed one region at a time under a lock: manifest.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { presetProfile, PRESET_IDS } from '../../src/domain/presets';
import { ALL_TABS } from '../../src/workbook/schema';
import { planSetup } from '../../src/workbook/setup-plan';
import { PostTookEffect, type GoogleClients } from '../google/client';
import { guidance } from '../google/login';
import { googleMessages } from '../google/messages';
import { readManifest, updateManifest, type Manifest } from './manifest';
import { boundScript, uploadAddOn } from './setup-script';
import { completeWorkbook, findOrCreateWorkbook } from './setup-workbook';
import type { SetupRun, Workbook } from './setup-run';

export { readManifest, type Manifest };

const M = googleMessages.setup;
const EMAIL = z.email();

export interface SetupOptions {
  region?: string;
  promo?: string;
  folder?: string;
  share?: string;
  manifest?: string;
  scriptId?: string;
  dryRun?: boolean;
}

export function parseSetupOptions(o: SetupOptions) {
  const region = (o.region ?? '').trim().toLowerCase();
  if (!region) throw new UserError(M.missingRegion(PRESET_IDS));
  if (!PRESET_IDS.includes(region)) throw new UserError(M.badRegion(o.region ?? '', PRESET_IDS));
  const promo = (o.promo ?? '').trim();
  if (!promo) throw new UserError(M.badPromo);
  const share = (o.share ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const address of share) if (!EMAIL.safeParse(address).success) throw new UserError(M.badShare(address));
  let folder: string | undefined;
  if (o.folder !== undefined) {
    folder = /\/folders\/([\w-]{10,})/.exec(o.folder)?.[1] ?? (/^[\w-]{10,}$/.test(o.folder.trim()) ? o.folder.trim() : undefined);
    if (!folder) throw new UserError(M.badFolder(o.folder));
  }
  const scriptId = o.scriptId?.trim();
  if (scriptId !== undefined && !/^[\w-]+$/.test(scriptId)) throw new UserError(M.badScriptId(o.scriptId ?? ''));
  return {
    region,
    promo,
    share: share.map((s) => s.toLowerCase()),
    folder,
    scriptId,
    manifest: o.manifest ?? 'pacte.regions.json',
    dryRun: !!o.dryRun,
  };
}

/** dist/ as Apps Script API files (https://developers.google.com/apps-script/api/reference/rest/v1/File). */
export async function distFiles(dist: string): Promise<Array<{ name: string; type: string; source: string }>> {
  if (!existsSync(dist)) throw new UserError(M.noBuild(dist));
  const files = [];
  for (const name of (await readdir(dist)).sort()) {
    const ext = path.extname(name);
    const type = name === 'appsscript.json' ? 'JSON' : ext === '.js' ? 'SERVER_JS' : ext === '.html' ? 'HTML' : undefined;
    if (type) files.push({ name: path.basename(name, ext), type, source: await readFile(path.join(dist, name), 'utf8') });
  }
  return files;
}

function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data;
  return data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

export interface SetupDeps {
  google: () => GoogleClients | Promise<GoogleClients>;
  dist: string;
  progress?: (line: string) => void;
}

/** This region's entry merged into the manifest as it is NOW on disk (other regions untouched). */
function saveEntry(
  file: string,
  region: string,
  promo: string,
  wb: Workbook,
  staff: readonly string[],
  createdBy: string | undefined,
  scriptId?: string,
) {
  return updateManifest(file, (m) => {
    const before = m[region]?.spreadsheetId === wb.spreadsheetId ? m[region] : undefined;
    const script = scriptId ?? before?.scriptId;
    const owner = before?.createdBy ?? createdBy;
    m[region] = {
      ...before,
      promo,
      spreadsheetId: wb.spreadsheetId,
      url: wb.url,
      ...(script ? { scriptId: script } : {}),
      staff: [...new Set([...(before?.staff ?? []), ...staff])],
      ...(owner ? { createdBy: owner } : {}),
    };
  });
}

/** Shares the workbook with the --share addresses it lacks, one at a time; returns how many were added. */
async function share(run: SetupRun, spreadsheetId: string): Promise<number> {
  const { drive, checkedPost } = run.google;
  if (!run.share.length) return 0;
  const listed = async () =>
    new Set(
      ((await drive.permissions.list({ fileId: spreadsheetId, fields: 'permissions(id,emailAddress,role)' })).data.permissions ?? []).map(
        (p) => (p.emailAddress ?? '').toLowerCase(),
      ),
    );
  const have = await listed();
  let shared = 0;
  // One at a time: concurrent permission changes on one file overwrite each other.
  for (const emailAddress of run.share) {
    if (have.has(emailAddress)) continue;
    run.at(M.progress.share, emailAddress);
    try {
      await drive.permissions.create(
        { fileId: spreadsheetId, sendNotificationEmail: true, requestBody: { type: 'user', role: 'writer', emailAddress } },
        checkedPost(async () => (await listed()).has(emailAddress)),
      );
    } catch (e) {
      if (!(e instanceof PostTookEffect)) throw e;
    }
    shared++;
  }
  return shared;
}

/** Runs the set-up; returns the French summary (stdout). */
export async function runSetup(options: SetupOptions, deps: SetupDeps): Promise<string> {
  const o = parseSetupOptions(options);
  const profile = presetProfile(o.region);
  if (o.dryRun) {
    const plan = planSetup(ALL_TABS, new Map(), profile, [...o.share].join(', ') || '(vous)', messages.sheet.init);
    const tabs = plan.summary.tabsCreated.join(', ');
    return [M.dryRunTitle(o.region, o.promo), ...M.dryRunSteps(plan.ops.length, o.share), `  Onglets : ${tabs}.`].join('\n');
  }
  const files = await distFiles(deps.dist);
  const entry = (await readManifest(o.manifest))[o.region];
  const progress = deps.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  const google = await deps.google();
  let step: string = M.progress.find;
  const run: SetupRun = {
    ...o,
    entry,
    me: '',
    google,
    at: (name, detail) => {
      step = name;
      progress(`${o.region} · ${name}${detail ? ` (${detail})` : ''}…`);
    },
  };
  try {
    run.me = (await google.drive.about.get({ fields: 'user(emailAddress)' })).data.user?.emailAddress?.toLowerCase() ?? '';
    const wb = await findOrCreateWorkbook(run, profile);
    // A colleague's workbook (Drive cannot see it): pacte cannot share it; refused before any change.
    if (!wb.driveVisible && o.share.length) throw new UserError(M.sharedNoShare(entry?.createdBy));
    // Drive shows pacte (drive.file) only the files it made for this account: this account made it,
    // unless the manifest already says who did.
    const createdBy = wb.driveVisible ? run.me || undefined : undefined;
    const staff = [run.me, ...o.share].filter(Boolean);
    const changes = await completeWorkbook(run, wb.spreadsheetId, profile, staff);

    run.at(M.progress.script);
    const known = entry?.spreadsheetId === wb.spreadsheetId ? entry.scriptId : undefined;
    const scriptId = await boundScript(run, wb, known, (id) =>
      saveEntry(o.manifest, o.region, o.promo, wb, staff, createdBy, id).then(() => undefined),
    );
    step = M.progress.upload;
    await uploadAddOn(run, scriptId, files);

    step = M.progress.share;
    const shared = await share(run, wb.spreadsheetId);
    step = M.progress.manifest;
    await saveEntry(o.manifest, o.region, o.promo, wb, staff, createdBy, scriptId);
    return M.done(o.region, wb.url, wb.created, changes, shared);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const hint = guidance(e);
    if (hint) throw new UserError(hint);
    throw new UserError(M.apiFailed(step, apiMessage(e)));
  }
}
