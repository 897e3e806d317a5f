/** The real `pacte` command in a child process, without blocking (several at once, against a fake Google in this process). */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface PacteResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function pacteAsync(args: string[], env: Record<string, string>): Promise<PacteResult> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/pacte.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: performance.now() - start }));
  });
}
