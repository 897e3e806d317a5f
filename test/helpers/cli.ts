/** Runs the real `pacte` command as a user would, in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface PacteRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time of the whole run, node start-up included (ms). */
  ms: number;
}

export function pacte(...args: string[]): PacteRun {
  return pacteWith({}, ...args);
}

/** Same, with extra environment variables (TZ=…) and an optional time limit (ms). */
export function pacteWith(options: { env?: NodeJS.ProcessEnv; timeout?: number }, ...args: string[]): PacteRun {
  const start = performance.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/pacte.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    timeout: options.timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - start };
}

export function tempDir(prefix = 'pacte-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
