/** Runs the real `pacte` command as a user would, in a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export function pacte(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/pacte.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'pacte-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
