/**
 * `pacte deploy [--region <id> | --all | --script-id <ID>]`: the built add-on pushed to each region's bound
 * script (projects.updateContent, a PUT: retried safely). Goes on past a failed region and names it.
 * `--script-id` is the one-workbook way: a Sheet made by hand, its bound script not in any manifest.
 */
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';
import type { GoogleClients } from '../google/client';
import { failureDetail } from '../google/login';
import { readManifest, updateManifest } from './manifest';
import { distFiles } from './setup';

const M = googleMessages.deploy;

export interface DeployOptions {
  region?: string;
  all?: boolean;
  manifest?: string;
  /** One bound script, outside the manifest (a Sheet whose add-on was installed by hand). */
  scriptId?: string;
}

export interface DeployDeps {
  google: () => GoogleClients | Promise<GoogleClients>;
  dist: string;
  /** Builds dist/ first (npm run build); tests give a ready dist/. */
  build?: () => Promise<unknown>;
  progress?: (line: string) => void;
  now?: () => Date;
}

const progressOf = (deps: DeployDeps) => deps.progress ?? ((line: string) => process.stderr.write(`${line}\n`));

/** dist/ as Apps Script files, built first unless --no-build. */
async function builtFiles(deps: DeployDeps, progress: (line: string) => void) {
  if (deps.build) {
    progress(M.building);
    await deps.build();
  }
  return distFiles(deps.dist);
}

export async function runDeploy(options: DeployOptions, deps: DeployDeps): Promise<{ output: string; failed: string[] }> {
  if (options.scriptId !== undefined) return deployOneScript(options, deps);
  const file = options.manifest ?? 'pacte.regions.json';
  if (options.all && options.region) throw new UserError(M.bothTargets);
  if (!options.all && !options.region) throw new UserError(M.noRegion);
  const manifest = await readManifest(file);
  const known = Object.keys(manifest);
  if (known.length === 0) throw new UserError(M.empty(file));
  const region = options.region?.trim().toLowerCase();
  if (region && !manifest[region]) throw new UserError(M.unknownRegion(region, known));
  const regions = region ? [region] : known;
  const progress = progressOf(deps);
  const files = await builtFiles(deps, progress);
  const { script } = await deps.google();
  const rows: string[] = [];
  const failed: string[] = [];
  let done = 0;
  for (const id of regions) {
    const entry = manifest[id]!;
    let result: string = M.ok;
    try {
      if (!entry.scriptId) throw new UserError(M.noScript(id));
      await script.projects.updateContent({ scriptId: entry.scriptId, requestBody: { files } });
      const lastDeploy = (deps.now?.() ?? new Date()).toISOString();
      // After each region: an interrupted deploy still records the ones done. Merged into the manifest
      // as it is now (a pacte setup may have added a region meanwhile), under its lock.
      await updateManifest(file, (current) => {
        if (current[id]?.scriptId === entry.scriptId) current[id] = { ...current[id]!, lastDeploy };
      });
    } catch (e) {
      result = `échec — ${failureDetail(e)}`;
      failed.push(id);
    }
    progress(M.progress(++done, regions.length, id));
    rows.push(`${id.padEnd(16)} | ${result}`);
  }
  return { output: [M.tableHeader, ...rows, '', M.summary(regions.length - failed.length, failed)].join('\n'), failed };
}

/** `--script-id`: the same upload to one script, no manifest read or written. */
async function deployOneScript(options: DeployOptions, deps: DeployDeps): Promise<{ output: string; failed: string[] }> {
  const scriptId = options.scriptId!.trim();
  if (options.all || options.region) throw new UserError(M.bothTargets);
  if (!/^[\w-]+$/.test(scriptId)) throw new UserError(googleMessages.setup.badScriptId(options.scriptId!));
  const files = await builtFiles(deps, progressOf(deps));
  const { script } = await deps.google();
  try {
    await script.projects.updateContent({ scriptId, requestBody: { files } });
  } catch (e) {
    return { output: M.oneScriptFailed(scriptId, failureDetail(e)), failed: [scriptId] };
  }
  return { output: M.oneScriptDone(scriptId), failed: [] };
}
