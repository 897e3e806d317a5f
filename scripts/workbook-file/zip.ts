/**
 * The zip container of an `.xlsx`, read with yauzl: the central directory first (names and sizes, no
 * content), then only the parts asked for, each as a stream inflated as it is read. Nothing is held
 * whole in memory, and an entry whose content does not match the size its directory declares fails
 * its stream (yauzl's validateEntrySizes), so a part never inflates past what the directory says of it.
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** One file of the zip, opened on demand. */
export interface ZipPart {
  readonly path: string;
  stream(): Promise<Readable>;
}

export interface ZipDirectory {
  /** The files by path (directories left out). */
  readonly parts: ReadonlyMap<string, ZipPart>;
  /** Releases the file; the parts cannot be read after. */
  close(): void;
}

function open(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // lazyEntries: the directory is walked one entry per readEntry(); autoClose off: parts are read
    // in any order after the walk, and close() releases the file descriptor.
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function partOf(zip: ZipFile, entry: Entry): ZipPart {
  return {
    path: entry.fileName,
    stream: () => new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)))),
  };
}

/** Reads the zip's directory; throws on a file that is not a zip (or a damaged directory). */
export async function openZip(file: string): Promise<ZipDirectory> {
  const zip = await open(file);
  try {
    const files = (await listEntries(zip)).filter((entry) => !entry.fileName.endsWith('/'));
    return { parts: new Map(files.map((entry) => [entry.fileName, partOf(zip, entry)])), close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
