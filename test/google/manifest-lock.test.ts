/**
 * The regions' manifest under several `pacte` at once: two real processes setting up two regions never
 * lose one nor fail; a lock left by a crashed process is taken over; a live one is waited for, then
 * refused in French.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { look, takeOver, withFileLock } from '../../scripts/commands/file-lock';
import { updateManifest } from '../../scripts/commands/manifest';
import { FakeGoogle } from '../helpers/fake-google';
import { pacteAsync } from './pacte-process';

const entry = (spreadsheetId: string) => ({
  promo: 'Promo 2026',
  spreadsheetId,
  url: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
  staff: [],
});
const tmp = () => mkdtempSync(path.join(tmpdir(), 'pacte-lock-'));

/** The pid of a process that has ended (not reused within the test). */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('two pacte setup at once, two regions, one manifest', () => {
  let fake: FakeGoogle;
  beforeAll(async () => {
    fake = new FakeGoogle();
    await fake.start();
  });
  afterAll(() => fake.stop());

  it('both regions are always in the manifest, both runs succeed (real processes, 4 rounds)', async () => {
    // dist/ as the global set-up built it. The hold keeps each writer 300 ms between its re-read and its
    // write: without the lock, the two writes would overlap every time.
    const env = { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 't', PACTE_TEST_MANIFEST_HOLD_MS: '300' };
    for (let round = 1; round <= 4; round++) {
      const dir = tmp();
      const manifest = path.join(dir, 'pacte.regions.json');
      const runs = await Promise.all(
        ['bretagne-2025', 'bfc-promo8'].map((region) =>
          pacteAsync(['setup', '--region', region, '--promo', 'Promo 2026', '--manifest', manifest], env),
        ),
      );
      expect({
        round,
        status: runs.map((r) => r.status),
        stderr: runs.map((r) =>
          r.stderr
            .split('\n')
            .filter((l) => !l.includes(' · '))
            .join(''),
        ),
      }).toEqual({ round, status: [0, 0], stderr: ['', ''] });
      const written = JSON.parse(readFileSync(manifest, 'utf8'));
      expect({
        round,
        regions: Object.keys(written).sort(),
        scripts: Object.values(written).every((e) => !!(e as { scriptId?: string }).scriptId),
      }).toEqual({ round, regions: ['bfc-promo8', 'bretagne-2025'], scripts: true });
      // No lock nor temporary file left behind.
      expect(readdirSync(dir)).toEqual(['pacte.regions.json']);
    }
    expect(fake.files.size).toBe(2);
    expect(fake.projects.size).toBe(2);
  }, 120_000);
});

describe('the manifest lock', () => {
  it('serialises updates in one process too: 20 regions at once, none lost', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        updateManifest(file, (m) => {
          m[`region-${i}`] = entry(`file${i}`);
        }),
      ),
    );
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toHaveLength(20);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that has ended (same computer)', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: await deadPid(), host: os.hostname(), since: new Date().toISOString(), token: 'crashed' }),
    );
    await updateManifest(
      file,
      (m) => {
        m['bretagne-2025'] = entry('file1');
      },
      { waitMs: 200 },
    );
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toEqual(['bretagne-2025']);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('a take-over under way elsewhere is waited for (no busy loop); a breaker left by a crash is cleared after 30 s', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: await deadPid(), host: os.hostname(), since: new Date().toISOString(), token: 'crashed' }),
    );
    writeFileSync(`${file}.lock.break`, '1');
    const start = Date.now();
    await expect(updateManifest(file, () => undefined, { waitMs: 300 })).rejects.toThrow(/est en cours de modification par un autre pacte/);
    expect(Date.now() - start).toBeLessThan(2000);
    const past = new Date(Date.now() - 31_000);
    utimesSync(`${file}.lock.break`, past, past);
    await updateManifest(
      file,
      (m) => {
        m.a = entry('file1');
      },
      { waitMs: 300 },
    );
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['pacte.regions.json']);
  });

  it('takes over a lock older than the stale limit, and an empty lock a few seconds old', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: process.pid, host: 'autre-poste', since: new Date(Date.now() - 11 * 60_000).toISOString(), token: 'old' }),
    );
    await updateManifest(
      file,
      (m) => {
        m.a = entry('file1');
      },
      { waitMs: 200 },
    );
    writeFileSync(`${file}.lock`, '');
    const past = new Date(Date.now() - 6000);
    utimesSync(`${file}.lock`, past, past);
    await updateManifest(
      file,
      (m) => {
        m.b = entry('file2');
      },
      { waitMs: 200 },
    );
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort()).toEqual(['a', 'b']);
  });

  it('waits for a live holder, then says in French who holds it and what to do', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    const since = new Date('2026-01-15T09:03:04Z');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: os.hostname(), since: since.toISOString(), token: 'alive' }));
    const start = Date.now();
    await expect(updateManifest(file, () => undefined, { waitMs: 300, staleMs: Date.now() - since.getTime() + 60_000 })).rejects.toThrow(
      `Le manifeste « ${file} » est en cours de modification par un autre pacte (processus ${process.pid} sur ${os.hostname()}, depuis 15/01/2026 10:03:04). ` +
        `Attendez qu'il ait fini, puis relancez ; si aucun pacte ne tourne plus, supprimez le fichier « ${file}.lock », puis relancez.`,
    );
    expect(Date.now() - start).toBeGreaterThanOrEqual(300);
    // The holder's lock is left alone.
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).token).toBe('alive');
  });

  it('a take-over removes only the very lock judged stale, not the one another process has taken since', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: await deadPid(), host: os.hostname(), since: new Date().toISOString(), token: 'crashed' }),
    );
    const judged = (await look(`${file}.lock`))!.identity;
    // Meanwhile another process took the stale lock over and now holds its own.
    writeFileSync(
      `${file}.lock`,
      JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token: 'new-holder' }),
    );
    expect(await takeOver(`${file}.lock`, judged)).toBe(true);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).token).toBe('new-holder');
  });

  it('never removes a lock that is not its own', async () => {
    const file = path.join(tmp(), 'pacte.regions.json');
    await withFileLock(file, async () => {
      // Judged stale and taken over meanwhile (a process frozen for minutes): the new holder's lock stays.
      writeFileSync(
        `${file}.lock`,
        JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token: 'other' }),
      );
    });
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).token).toBe('other');
  });

  it('a folder that does not exist: a French message about the manifest, not an API failure', async () => {
    const file = path.join(tmp(), 'absent', 'pacte.regions.json');
    await expect(updateManifest(file, () => undefined)).rejects.toThrow(
      /^Impossible d'écrire le manifeste « .*absent\/pacte\.regions\.json » \(ENOENT\) : vérifiez que son dossier existe/,
    );
  });
});
