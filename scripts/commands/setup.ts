/**
 * `pacte setup`: one region's cohort workbook from nothing, safe to re-run. Every step first looks at
 * what is there (the workbook by its Drive appProperties, the plan from the workbook's state, the
 * script id kept in the manifest and on the file, the permissions), so a run stopped at any request
 * is completed by the next one and nothing is created twice.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { googleMessages } from '../google/messages';
import { presetProfile, PRESET_IDS } from '../../src/domain/presets';
import { parseStaffList } from '../../src/domain/staff';
import { ALL_TABS, SETTING_KEYS, SETTINGS_TAB } from '../../src/workbook/schema';
import { planSetup, readNeeds } from '../../src/workbook/setup-plan';
import { headerKey } from '../../src/workbook/table';
import { PostTookEffect, type GoogleClients } from '../google/client';
import { guidance } from '../google/login';
import { readState, setupRequests, stateRanges, STATE_FIELDS } from '../google/sheets-setup';

const M = googleMessages.setup;
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const EMAIL = z.email();

export interface SetupOptions {
  region?: string;
  promo?: string;
  folder?: string;
  share?: string;
  manifest?: string;
  dryRun?: boolean;
}

const manifestSchema = z.record(z.string(), z.object({
  promo: z.string(),
  spreadsheetId: z.string(),
  url: z.string(),
  scriptId: z.optional(z.string()),
  staff: z.array(z.string()),
  lastDeploy: z.optional(z.string()),
}));
export type Manifest = z.infer<typeof manifestSchema>;

export function parseSetupOptions(o: SetupOptions) {
  const region = (o.region ?? '').trim().toLowerCase();
  if (!region) throw new UserError(M.missingRegion(PRESET_IDS));
  if (!PRESET_IDS.includes(region)) throw new UserError(M.badRegion(o.region ?? '', PRESET_IDS));
  const promo = (o.promo ?? '').trim();
  if (!promo) throw new UserError(M.badPromo);
  const share = (o.share ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const address of share) if (!EMAIL.safeParse(address).success) throw new UserError(M.badShare(address));
  let folder: string | undefined;
  if (o.folder !== undefined) {
    folder = /\/folders\/([\w-]{10,})/.exec(o.folder)?.[1] ?? (/^[\w-]{10,}$/.test(o.folder.trim()) ? o.folder.trim() : undefined);
    if (!folder) throw new UserError(M.badFolder(o.folder));
  }
  return { region, promo, share: share.map((s) => s.toLowerCase()), folder, manifest: o.manifest ?? 'pacte.regions.json', dryRun: !!o.dryRun };
}

export async function readManifest(file: string): Promise<Manifest> {
  if (!existsSync(file)) return {};
  try {
    return manifestSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (e) {
    throw new UserError(M.badManifest(file, e instanceof Error ? e.message.split('\n')[0]! : String(e)));
  }
}

/** Written whole to a temporary file then renamed: an interruption never leaves half a manifest. */
export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await writeFile(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
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

const escapeQ = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data;
  return data?.error?.message ?? (error instanceof Error ? error.message : String(error));
}

export interface SetupDeps {
  google: () => GoogleClients | Promise<GoogleClients>;
  dist: string;
  progress?: (line: string) => void;
}

/** Runs the set-up; returns the French summary (stdout). */
export async function runSetup(options: SetupOptions, deps: SetupDeps): Promise<string> {
  const o = parseSetupOptions(options);
  const profile = presetProfile(o.region);
  const texts = messages.sheet.init;
  if (o.dryRun) {
    const plan = planSetup(ALL_TABS, new Map(), profile, [...o.share].join(', ') || '(vous)', texts);
    const tabs = plan.summary.tabsCreated.join(', ');
    return [M.dryRunTitle(o.region, o.promo), ...M.dryRunSteps(plan.ops.length, o.share), `  Onglets : ${tabs}.`].join('\n');
  }
  const files = await distFiles(deps.dist);
  const manifest = await readManifest(o.manifest);
  const progress = deps.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { sheets, drive, script, checkedPost } = await deps.google();
  let step: string = M.progress.find;
  try {
    const me = (await drive.about.get({ fields: 'user(emailAddress)' })).data.user?.emailAddress ?? '';
    const query = `appProperties has { key='region' and value='${escapeQ(o.region)}' } and appProperties has { key='promo' and value='${escapeQ(o.promo)}' } and trashed = false`;
    const find = async () => (await drive.files.list({ q: query, fields: 'files(id,name,appProperties)', spaces: 'drive' })).data.files ?? [];
    progress(`${o.region} · ${step}…`);
    let file = (await find())[0];
    const created = !file;
    if (!file) {
      step = M.progress.create;
      progress(`${o.region} · ${step}…`);
      try {
        file = (await drive.files.create({
          requestBody: { name: `PACTE ${profile.label} — ${o.promo}`, mimeType: SPREADSHEET, appProperties: { region: o.region, promo: o.promo }, ...(o.folder ? { parents: [o.folder] } : {}) },
          fields: 'id,name,appProperties',
        }, checkedPost(async () => (await find()).length > 0))).data;
      } catch (e) {
        if (!(e instanceof PostTookEffect)) throw e;
        file = (await find())[0]!;
      }
    }
    const spreadsheetId = file.id!;
    const url = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;

    step = M.progress.read;
    progress(`${o.region} · ${step}…`);
    const readAll = async () => {
      const titles = (await sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties(sheetId,title)' })).data.sheets ?? [];
      const present = new Set(titles.map((s) => s.properties?.title ?? ''));
      const ranges = stateRanges(ALL_TABS, present, (s) => readNeeds(s).allRows);
      const full = ranges.length ? (await sheets.spreadsheets.get({ spreadsheetId, ranges, includeGridData: true, fields: STATE_FIELDS })).data.sheets ?? [] : [];
      // A workbook pacte created (found by its appProperties) holding no contract tab yet: its only sheet is
      // Google's blank default (« Feuille 1 »), removed once the tabs exist (batchUpdate is atomic).
      const blankDefault = titles.length === 1 && ranges.length === 0 ? titles[0]!.properties?.sheetId ?? undefined : undefined;
      return { ...readState(full, ALL_TABS), blankDefault };
    };
    const staff = [me, ...o.share].filter(Boolean).map((s) => s.toLowerCase());
    const planFrom = ({ state }: Awaited<ReturnType<typeof readAll>>) => {
      const plan = planSetup(ALL_TABS, state, profile, staff.join(', '), texts);
      // Équipe already filled: the shared addresses it lacks are added after the ones typed there.
      const settings = state.get(SETTINGS_TAB.name);
      if (settings) {
        const header = settings.values[0]!.map((h) => headerKey(String(h ?? '')));
        const keyCol = header.indexOf(headerKey('Clé'));
        const valueCol = header.indexOf(headerKey('Valeur'));
        const row = settings.values.findIndex((r, i) => i > 0 && headerKey(String(r[keyCol] ?? '')) === headerKey(SETTING_KEYS.team));
        if (row > 0) {
          const typed = String(settings.values[row]![valueCol] ?? '');
          const known = new Set(parseStaffList(typed));
          const missing = staff.filter((s) => !known.has(s));
          if (typed.trim() && missing.length) {
            plan.ops.push({ kind: 'writeValues', tab: SETTINGS_TAB.name, row: row + 1, column: valueCol + 1, values: [[`${typed.trim()}, ${missing.join(', ')}`]] });
          }
        }
      }
      return plan;
    };
    const current = await readAll();
    const plan = planFrom(current);
    if (plan.ops.length) {
      step = M.progress.update;
      progress(`${o.region} · ${step} (${plan.ops.length} modifications, 1 requête)…`);
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
    }

    step = M.progress.script;
    progress(`${o.region} · ${step}…`);
    const entry = manifest[o.region];
    let scriptId = (entry?.spreadsheetId === spreadsheetId ? entry.scriptId : undefined) ?? file.appProperties?.scriptId ?? undefined;
    const save = async () => {
      manifest[o.region] = { ...entry, promo: o.promo, spreadsheetId, url, ...(scriptId ? { scriptId } : {}), staff };
      await writeManifest(o.manifest, manifest);
    };
    if (!scriptId) {
      // Not retried: a bound project cannot be looked up, so a lost answer cannot be checked.
      scriptId = (await script.projects.create({ requestBody: { title: `PACTE ${o.region}`, parentId: spreadsheetId } }, { retryConfig: { retry: 0 } })).data.scriptId!;
      // Kept locally at once, then on the file (for a colleague's manifest).
      await save();
      await drive.files.update({ fileId: spreadsheetId, requestBody: { appProperties: { scriptId } } });
    } else if (!file.appProperties?.scriptId) {
      await drive.files.update({ fileId: spreadsheetId, requestBody: { appProperties: { scriptId } } });
    }
    step = M.progress.upload;
    const content = (await script.projects.getContent({ scriptId })).data.files ?? [];
    const same = content.length === files.length && files.every((f) => content.some((c) => c.name === f.name && c.type === f.type && c.source === f.source));
    if (!same) {
      progress(`${o.region} · ${step} (${files.length} fichiers)…`);
      await script.projects.updateContent({ scriptId, requestBody: { files } });
    }

    step = M.progress.share;
    let shared = 0;
    if (o.share.length) {
      const listed = async () => new Set(((await drive.permissions.list({ fileId: spreadsheetId, fields: 'permissions(id,emailAddress,role)' })).data.permissions ?? []).map((p) => (p.emailAddress ?? '').toLowerCase()));
      const have = await listed();
      // One at a time: concurrent permission changes on one file overwrite each other.
      for (const emailAddress of o.share) {
        if (have.has(emailAddress)) continue;
        progress(`${o.region} · ${step} : ${emailAddress}…`);
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
    }
    step = M.progress.manifest;
    await save();
    return M.done(o.region, url, created, plan.ops.length, shared);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const detail = apiMessage(e);
    const hint = guidance(e);
    if (hint) throw new UserError(hint);
    throw new UserError(M.apiFailed(step, detail));
  }
}

