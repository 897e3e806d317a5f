/**
 * The simulated Google kept in a folder, so that a laptop session keeps its regions between commands
 * (`pacte setup --simulation`, then `pacte deploy --simulation`, the playground's National view):
 *
 *   google.json               the index: counters, each file's and project's metadata and revision
 *   sheets/<id>.<rev>.json    a spreadsheet's sheets (codec.ts), read only when a request needs them
 *   scripts/<id>.<rev>.json   a project's files
 *
 * Each request runs under the index's lock file (several `pacte` and the playground may use one folder):
 * the index re-read, the request's work done, the changed sheets and projects written under a new
 * revision, then the index renamed over the old one (the commit: a crash before it leaves the old state
 * whole), then the old revisions deleted.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFileLock } from '../commands/file-lock';
import { decodeSheet, encodeSheet, type StoredSheet } from './codec';
import type { GoogleStore, Permission, ScriptFile, SimFile, SimSheet, SimState } from './model';
import { parseIndex, type StoredIndex } from './folder-index';

/** A file's or project's lazily read part (sheets, script files): read on first use, and whether it was replaced. */
class Lazy<T> {
  private value: T | undefined;
  private read = false;
  private original: T | undefined;

  constructor(private readonly load: () => T) {}

  get(): T {
    if (!this.read) {
      this.value = this.original = this.load();
      this.read = true;
    }
    return this.value as T;
  }

  set(value: T): void {
    this.value = value;
    this.read = true;
  }

  get replaced(): boolean {
    return this.read && this.value !== this.original;
  }
}

function withLazy<O extends object, K extends string, T>(target: O, key: K, lazy: Lazy<T>): O & Record<K, T> {
  Object.defineProperty(target, key, { enumerable: true, get: () => lazy.get(), set: (v: T) => lazy.set(v) });
  return target as O & Record<K, T>;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export class FolderStore implements GoogleStore {
  /** `sheets/<id>.<rev>` → decoded sheets (revisions never change: a cached one is always right). */
  private readonly cache = new Map<string, SimSheet[] | ScriptFile[]>();

  constructor(readonly dir: string) {}

  get indexFile(): string {
    return path.join(this.dir, 'google.json');
  }

  async transact<T>(work: (state: SimState) => T): Promise<T> {
    mkdirSync(path.join(this.dir, 'sheets'), { recursive: true });
    mkdirSync(path.join(this.dir, 'scripts'), { recursive: true });
    return withFileLock(this.indexFile, async () => {
      const raw = existsSync(this.indexFile) ? readFileSync(this.indexFile, 'utf8') : '';
      const index = raw ? parseIndex(raw, this.indexFile) : undefined;
      const slots = new Map<string, Lazy<SimSheet[]> | Lazy<ScriptFile[]>>();
      const state = this.materialize(index, slots);
      const result = work(state);
      this.save(raw, index, state, slots);
      return result;
    });
  }

  private part<T extends SimSheet[] | ScriptFile[]>(
    kind: 'sheets' | 'scripts',
    id: string,
    revision: number,
    decode: (raw: unknown) => T,
  ): T {
    const key = `${kind}/${id}.${revision}`;
    const cached = this.cache.get(key) as T | undefined;
    if (cached) return cached;
    const value = revision === 0 ? ([] as unknown as T) : decode(JSON.parse(readFileSync(path.join(this.dir, `${key}.json`), 'utf8')));
    this.cache.set(key, value);
    return value;
  }

  private materialize(index: StoredIndex | undefined, slots: Map<string, Lazy<SimSheet[]> | Lazy<ScriptFile[]>>): SimState {
    const state: SimState = { files: new Map(), projects: new Map(), counters: { ...(index?.counters ?? { file: 0, script: 0 }) } };
    for (const { revision, ...meta } of index?.files ?? []) {
      const lazy = new Lazy(() => this.part('sheets', meta.id, revision, (raw) => (raw as StoredSheet[]).map(decodeSheet)));
      slots.set(`sheets/${meta.id}`, lazy);
      state.files.set(meta.id, withLazy({ ...meta, permissions: meta.permissions as Permission[] }, 'sheets', lazy));
    }
    for (const { revision, ...meta } of index?.projects ?? []) {
      const lazy = new Lazy(() => this.part('scripts', meta.scriptId, revision, (raw) => raw as ScriptFile[]));
      slots.set(`scripts/${meta.scriptId}`, lazy);
      state.projects.set(meta.scriptId, withLazy({ ...meta }, 'files', lazy));
    }
    return state;
  }

  /** Writes what changed under new revisions, then the index (the commit), then removes the old revisions. */
  private save(raw: string, index: StoredIndex | undefined, state: SimState, slots: Map<string, { replaced: boolean }>): void {
    const stale: string[] = [];
    const revise = (kind: 'sheets' | 'scripts', id: string, old: number | undefined, write: () => string): number => {
      const slot = slots.get(`${kind}/${id}`);
      if (old !== undefined && !slot?.replaced) return old;
      const revision = (old ?? 0) + 1;
      writeAtomically(path.join(this.dir, kind, `${id}.${revision}.json`), write());
      if (old) stale.push(path.join(this.dir, kind, `${id}.${old}.json`));
      return revision;
    };
    const oldFiles = new Map((index?.files ?? []).map((f) => [f.id, f.revision]));
    const oldProjects = new Map((index?.projects ?? []).map((p) => [p.scriptId, p.revision]));
    const next: StoredIndex = {
      format: 1,
      counters: state.counters,
      files: [...state.files.values()].map((f) => ({
        ...metadata(f),
        revision: revise('sheets', f.id, oldFiles.get(f.id), () => JSON.stringify(f.sheets.map(encodeSheet))),
      })),
      projects: [...state.projects.values()].map((p) => ({
        scriptId: p.scriptId,
        title: p.title,
        parentId: p.parentId,
        revision: revise('scripts', p.scriptId, oldProjects.get(p.scriptId), () => JSON.stringify(p.files)),
      })),
    };
    const text = `${JSON.stringify(next, null, 1)}\n`;
    if (text !== raw) writeAtomically(this.indexFile, text);
    for (const file of stale) unlinkSync(file);
  }
}

function metadata(f: SimFile) {
  return {
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: f.parents,
    appProperties: f.appProperties,
    permissions: f.permissions as Array<Record<string, unknown>>,
    createdBy: f.createdBy,
    ...(f.trashed ? { trashed: true } : {}),
  };
}
