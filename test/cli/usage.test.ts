/** `pacte` speaks French from the first keystroke (issue 12, item 4). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pacte } from '../helpers/cli';

jest.setTimeout(60_000);
const ROOT = path.resolve(__dirname, '../..');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Commander's English words that must not reach a user. */
const ENGLISH = /\b(Usage|Options:|Commands|Arguments:|default:|display help|output the version)\b/;

describe('pacte, usage and help', () => {
  it('alone prints the help on stdout and exits 0', () => {
    const r = pacte();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Utilisation : pacte \[options\] \[commande\]/);
    expect(r.stdout).toContain('Commandes :');
    expect(r.stdout).toContain('check [options] <classeur>');
    expect(r.stdout).not.toMatch(ENGLISH);
  });

  it('--version and -v print the package version', () => {
    for (const flag of ['--version', '-v']) {
      const r = pacte(flag);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it('each help is entirely French, defaults included, with the full preset list', () => {
    const check = pacte('check', '--help');
    expect(check.status).toBe(0);
    expect(check.stdout).not.toMatch(ENGLISH);
    for (const id of ['bretagne-2025', 'bfc-promo8', 'hdf-leader-2024', 'cpts-national']) expect(check.stdout).toContain(id);
    expect(check.stdout).not.toContain('…');
    const demo = pacte('demo', '--help');
    expect(demo.stdout).not.toMatch(ENGLISH);
    expect(demo.stdout).toMatch(/--size <n> .*\(par défaut : 40\)/);
    expect(demo.stdout).toMatch(/\(par défaut : demo\)/);
  });

  it("an unknown option names that command's own options", () => {
    const r = pacte('demo', '--sise', '10');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Option inconnue : --sise. Options de pacte demo : --size, --out, --help (voir pacte demo --help).\n');
    expect(pacte('check', 'x.xlsx', '--jsn').stderr).toContain('Options de pacte check : --profile, --today, --json, --help');
    expect(pacte('frob').stderr).toBe(
      'Commande inconnue : « frob ». Commandes : check, relances, selection, demo, setup, deploy, report, login, logout, help (voir pacte --help).\n',
    );
  });

  it('pacte help [commande] prints the same help as --help; an unknown command is named in French', () => {
    const all = pacte('help');
    expect(all.status).toBe(0);
    expect(all.stdout).toBe(pacte('--help').stdout);
    expect(all.stdout).toMatch(/help \[commande\] +Afficher l'aide de pacte/);
    for (const name of ['check', 'setup', 'report']) {
      const one = pacte('help', name);
      expect(one.status).toBe(0);
      expect(one.stdout).toBe(pacte(name, '--help').stdout);
      expect(one.stdout).toMatch(new RegExp(`^Utilisation : pacte ${name} `));
    }
    const nope = pacte('help', 'nope');
    expect(nope.status).toBe(2);
    expect(nope.stderr).toBe(
      'Commande inconnue : « nope ». Commandes : check, relances, selection, demo, setup, deploy, report, login, logout, help (voir pacte --help).\n',
    );
  });

  // The machine's default Node (Debian's) is older than 22: the real case, not a simulation.
  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((bin) => {
    if (!existsSync(bin)) return false;
    const major = Number(spawnSync(bin, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim());
    return major > 0 && major < 22;
  });
  (oldNode ? it : it.skip)('on Node older than 22, says so in one French line and how to upgrade', () => {
    const r = spawnSync(oldNode!, [path.join(ROOT, 'bin/pacte.js'), 'check', 'x.xlsx'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const stderr = r.stderr.trim().split('\n');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^PACTE a besoin de Node\.js 22 ou plus récent \(installé : v\d+\.\d+\.\d+\) : installez .*nodejs\.org/);
  });

  // npm on that Node: `npm test` stops at its preflight with npm start's line, before any typecheck or jest.
  const oldNpm = oldNode && existsSync(path.join(path.dirname(oldNode), 'npm')) ? path.join(path.dirname(oldNode), 'npm') : undefined;
  (oldNpm ? it : it.skip)('on Node older than 22, npm test stops with the same French line as npm start', () => {
    const env = { ...process.env, PATH: `${path.dirname(oldNode!)}:${process.env.PATH}` };
    const run = (script: string) => spawnSync(oldNpm!, [script], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    const test = run('test');
    const start = run('start');
    expect(test.status).toBe(1);
    expect(start.status).toBe(1);
    expect(test.stderr).toMatch(/^PACTE a besoin de Node\.js 22 ou plus récent \(installé : v\d+/);
    expect(test.stderr).toBe(start.stderr);
    expect(test.stdout).not.toMatch(/^> tsc /m); // the typecheck never started
  });
});
