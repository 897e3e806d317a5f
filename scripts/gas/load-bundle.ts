/**
 * Loads the built bundle as Apps Script does: the files of dist/ evaluated in one bare global
 * scope holding only the simulator's services. A bundle needing `require`, `process`, `window`
 * or module syntax fails here as it would there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Simulator } from '../../sim';

export const DIST_DIR = path.resolve(__dirname, '../../dist');

export type GasGlobals = Record<string, (...args: unknown[]) => unknown>;

export function loadBundle(sim: Simulator, dist = DIST_DIR): GasGlobals {
  const context = vm.createContext({ ...sim.globals });
  const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
  new vm.Script(code, { filename: 'Code.gs' }).runInContext(context);
  return context as GasGlobals;
}

export function htmlFiles(dist = DIST_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of require('node:fs').readdirSync(dist) as string[]) {
    if (name.endsWith('.html')) files[name.slice(0, -5)] = readFileSync(path.join(dist, name), 'utf8');
  }
  return files;
}
