/**
 * The regions' manifest (`pacte.regions.json`): region → workbook, bound script, promo, staff.
 *
 * Several `pacte setup` (or a setup and a deploy) may run at once, on one computer or on a shared
 * folder: each change is ONE region's entry, applied under a lock file at the moment of writing (the
 * manifest re-read under the lock, the entry merged into what is there now, written to a temporary file
 * of this process's own in the same folder, flushed to disk, renamed over the manifest). A run never
 * writes back the manifest it read at its start, so it never drops a region another run added meanwhile.
 */
import { existsSync } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';
import { LockBusy, withFileLock, type LockOptions } from './file-lock';
import { parseManifest, type Manifest, type ManifestEntry } from './manifest-schema';

const M = googleMessages.manifest;

export type { Manifest, ManifestEntry };

/** The manifest on disk, checked (manifest-schema.ts); none yet is an empty one. */
export async function readManifest(file: string): Promise<Manifest> {
  if (!existsSync(file)) return {};
  return parseManifest(await readFile(file, 'utf8'), file);
}

/** Written whole to this process's own temporary file, flushed, then renamed: never half a manifest. */
async function writeWhole(file: string, manifest: Manifest): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  // The rename itself on disk (POSIX); a folder cannot be opened so on Windows, where rename is durable.
  const dir = await open(path.dirname(file), 'r').catch(() => undefined);
  await dir?.sync().catch(() => undefined);
  await dir?.close();
}

/** Test hook: holds the lock this long between the re-read and the write (widens a race on purpose). */
function holdMs(): number {
  const ms = Number(process.env.PACTE_TEST_MANIFEST_HOLD_MS ?? 0);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/**
 * Changes the manifest under its lock: `change` gets the manifest as it is now on disk and edits it in
 * place (one region's entry). Returns the manifest written.
 */
export async function updateManifest(file: string, change: (current: Manifest) => void, lock: LockOptions = {}): Promise<Manifest> {
  try {
    return await withFileLock(
      file,
      async () => {
        const current = await readManifest(file);
        change(current);
        const hold = holdMs();
        if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
        await writeWhole(file, current);
        return current;
      },
      lock,
    );
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof LockBusy) {
      const h = e.holder;
      throw new UserError(M.busy(file, e.lockFile, h ? { pid: h.pid, host: h.host, since: new Date(h.since) } : undefined));
    }
    const errno = (e as NodeJS.ErrnoException).code;
    throw new UserError(M.writeFailed(file, errno ?? (e instanceof Error ? e.message : String(e))));
  }
}
