/**
 * bin/pacte.js without its happy path: no esbuild to build the CLI (an install without the development
 * tools), and an error the CLI did not catch. Each ends with one French line and exit status 2; no
 * TypeScript runs from source (tsx is a development tool, not needed by `pacte`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');
const cli = require('../../bin/build-cli.js') as { MESSAGES: string };

/** A project folder holding bin/ and package.json only: no node_modules, so no esbuild. */
function bareProject(): string {
  const dir = tempDir('pacte-bin-');
  cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"private": true}');
  return dir;
}

const run = (dir: string) =>
  spawnSync(process.execPath, [path.join(dir, 'bin/pacte.js'), '--help'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

describe('bin/pacte.js when the CLI cannot run', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('says in French that the command cannot be prepared when esbuild is missing, exit 2', () => {
    const dir = bareProject();
    dirs.push(dir);
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^La commande pacte ne peut pas être préparée \(Cannot find module 'esbuild'.*\) : lancez `npm ci` dans le dossier du projet/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('turns an error the CLI did not catch into one French line from the bundled messages, exit 2', () => {
    const dir = bareProject();
    dirs.push(dir);
    mkdirSync(path.join(dir, 'dist-cli'));
    copyFileSync(cli.MESSAGES, path.join(dir, 'dist-cli/messages.js'));
    writeFileSync(path.join(dir, 'dist-cli/inputs.json'), '[]');
    writeFileSync(path.join(dir, 'dist-cli/cli.js'), "throw new Error('panne simulée');");
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("Erreur inattendue : panne simulée. Signalez-la à l'équipe technique avec la commande lancée.\n");
  });
});
