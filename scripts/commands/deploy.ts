/**
 * `pacte deploy [--region <id> | --all]`: the built add-on pushed to each region's bound script
 * (projects.updateContent, a PUT: retried safely). Goes on past a failed region and names it.
 */
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';
import type { GoogleClients } from '../google/client';
import { guidance } from '../google/login';
import { readManifest, updateManifest } from './manifest';
import { distFiles } from './setup';

const M = googleMessages.deploy;

export interface DeployOptions {
  region?: string;
  all?: boolean;
  manifest?: string;
}

export interface DeployDeps {
  google: () => GoogleClients | Promise<GoogleClients>;
  dist: string;
  /** Builds dist/ first (npm run build); tests give a ready dist/. */
  build?: () => Promise<unknown>;
  progress?: (line: string) => void;
  now?: () => Date;
}

export async function runDeploy(options: DeployOptions, deps: DeployDeps): Promise<{ output: string; failed: string[] }> {
  const file = options.manifest ?? 'pacte.regions.json';
  if (options.all && options.region) throw new UserError(M.bothTargets);
  if (!options.all && !options.region) throw new UserError(M.noRegion);
  const manifest = await readManifest(file);
  const known = Object.keys(manifest);
  if (known.length === 0) throw new UserError(M.empty(file));
  const region = options.region?.trim().toLowerCase();
  if (region && !manifest[region]) throw new UserError(M.unknownRegion(region, known));
  const regions = region ? [region] : known;
  const progress = deps.progress ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (deps.build) {
    progress(M.building);
    await deps.build();
  }
  const files = await distFiles(deps.dist);
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
      const detail = e instanceof UserError ? e.message : guidance(e) ?? ((e as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? String(e));
      result = `échec — ${detail}`;
      failed.push(id);
    }
    progress(M.progress(++done, regions.length, id));
    rows.push(`${id.padEnd(16)} | ${result}`);
  }
  return { output: [M.tableHeader, ...rows, '', M.summary(regions.length - failed.length, failed)].join('\n'), failed };
}
