/**
 * Google Drive (advanced service, API v3), Google Docs (advanced service, API v1), and the two
 * helpers the PDF export needs (UrlFetchApp, ScriptApp.getOAuthToken), as strict as Google on
 * what the product relies on. Scope model: the script holds only `drive.file`, so it sees the
 * files it created and nothing else (https://developers.google.com/drive/api/guides/api-specific-auth):
 * a file staff made by hand answers 404 "File not found", exactly like a file that does not exist.
 */
import { apiError, docsRateLimitError } from './api-errors';
import type { SimContext } from './context';
import { applyBatch } from './docs-batch';
import { htmlToDoc } from './docs-html';
import { emptyDoc, toResource, type DocModel } from './docs-model';
import { parseQuery } from './drive-query';
import { createUrlFetch } from './drive-export';

export { htmlToDoc } from './docs-html';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** In the bin by itself, as opposed to with a folder above it ("explicitlyTrashed" of the files resource). */
  explicitlyTrashed: boolean;
  /** The script's private key/value pairs (https://developers.google.com/drive/api/guides/properties). */
  appProperties: Record<string, string>;
  /** Created by the script: visible under drive.file. */
  byApp: boolean;
  createdMs: number;
  doc?: DocModel;
  /** Bytes of a blob file (a PDF), as text. */
  content?: string;
}

/** Apps Script "Docs created" per day: 250 consumer, 1,500 Workspace (https://developers.google.com/apps-script/guides/services/quotas). */
export const DOCS_CREATED_PER_DAY = { consumer: 250, workspace: 1500 } as const;
/** Docs API: 60 write requests per minute per user (https://developers.google.com/docs/api/limits). */
export const DOCS_WRITES_PER_MINUTE = 60;
/** files.export: "the exported content is limited to 10 MB" (https://developers.google.com/drive/api/reference/rest/v3/files/export). */
export const EXPORT_LIMIT_BYTES = 10 * 1024 * 1024;

export class DriveStore {
  readonly files = new Map<string, DriveFile>();
  private counter = 0;
  docsCreatedPerDay: number = DOCS_CREATED_PER_DAY.consumer;
  /** Creation times of Docs, for the daily quota (a rolling 24 h, as Apps Script quotas reset 24 h after the first use). */
  readonly docsCreated: number[] = [];
  readonly docsWrites: number[] = [];
  readonly token = 'ya29.simulated-oauth-token';

  newId(): string {
    this.counter++;
    return `1Sim${String(this.counter).padStart(6, '0')}DrIvEfIlEiDaBcDeFgHiJkLmNoP`;
  }

  add(
    f: Omit<DriveFile, 'id' | 'trashed' | 'explicitlyTrashed' | 'appProperties'> & { id?: string; appProperties?: Record<string, string> },
  ): DriveFile {
    const file: DriveFile = { trashed: false, explicitlyTrashed: false, appProperties: {}, ...f, id: f.id ?? this.newId() };
    this.files.set(file.id, file);
    return file;
  }
}

const webViewLink = (f: DriveFile) =>
  f.mimeType === FOLDER_MIME
    ? `https://drive.google.com/drive/folders/${f.id}`
    : f.mimeType === DOC_MIME
      ? `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;

/** A v3 File resource restricted to `fields` (v3 answers kind, id, name, mimeType when none is asked). */
function resource(f: DriveFile, fields: unknown): Record<string, unknown> {
  const all: Record<string, unknown> = {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
    explicitlyTrashed: f.explicitlyTrashed,
    appProperties: { ...f.appProperties },
    webViewLink: webViewLink(f),
    createdTime: new Date(f.createdMs).toISOString(),
  };
  const wanted = typeof fields === 'string' && fields.trim() ? fields.split(',').map((s) => s.trim()) : ['kind', 'id', 'name', 'mimeType'];
  const out: Record<string, unknown> = {};
  for (const k of wanted) {
    if (!(k in all)) throw apiError('drive.files', 400, `Invalid field selection ${k}`);
    out[k] = all[k];
  }
  return out;
}

interface BlobLike {
  getBytes(): number[];
  getContentType(): string | null;
}

/**
 * appProperties patched by a request: "Entries with null values are cleared in update and copy
 * requests"; at most 30 private properties per app and "124 bytes size per property (including both
 * key and value) string in UTF-8 encoding" (https://developers.google.com/drive/api/guides/properties,
 * https://developers.google.com/drive/api/reference/rest/v3/files#File.FIELDS.app_properties).
 */
function patchAppProperties(method: string, current: Record<string, string>, patch: unknown): Record<string, string> {
  if (patch === undefined) return { ...current };
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw apiError(method, 400, 'Invalid value for appProperties.');
  const out = { ...current };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) {
      delete out[k];
      continue;
    }
    if (typeof v !== 'string') throw apiError(method, 400, `Invalid value for appProperties.${k}: a string is expected.`);
    if (Buffer.byteLength(k + v, 'utf8') > 124) {
      throw apiError(method, 400, `The size of the property ${k} exceeds the 124 bytes limit.`, 'invalidProperty');
    }
    out[k] = v;
  }
  if (Object.keys(out).length > 30)
    throw apiError(method, 400, 'A file can have at most 30 private properties per app.', 'tooManyProperties');
  return out;
}

/** Bins (or restores) a file; a folder takes its descendants with it. */
export function setTrashed(store: DriveStore, f: DriveFile, trashed: boolean): void {
  f.trashed = trashed;
  f.explicitlyTrashed = trashed;
  if (f.mimeType !== FOLDER_MIME) return;
  const below = (parent: string) => [...store.files.values()].filter((c) => c.parents.includes(parent));
  const visit = (parent: string) => {
    for (const child of below(parent)) {
      if (child.explicitlyTrashed) continue;
      child.trashed = trashed;
      if (child.mimeType === FOLDER_MIME) visit(child.id);
    }
  };
  visit(f.id);
}

export function createDriveServices(ctx: SimContext, store: DriveStore): Record<string, unknown> {
  const rt = ctx.runtime;
  const now = () => ctx.clock.nowMs();

  const visible = (method: string, id: unknown): DriveFile => {
    const f = typeof id === 'string' ? store.files.get(id) : undefined;
    if (!f?.byApp) throw apiError(method, 404, `File not found: ${String(id)}.`, 'notFound');
    return f;
  };
  const parentsOf = (method: string, parents: unknown): string[] => {
    if (parents === undefined) return [];
    if (!Array.isArray(parents) || parents.length !== 1) {
      // https://developers.google.com/drive/api/guides/ous#folder_limits — a file has exactly one parent.
      throw apiError(method, 403, 'Increasing the number of parents is not allowed.', 'cannotAddParent');
    }
    const p = visible(method, parents[0]);
    if (p.mimeType !== FOLDER_MIME) throw apiError(method, 400, 'The specified parent is not a folder.', 'invalidParent');
    return [p.id];
  };
  const countDocCreated = (method: string) => {
    const t = now();
    while (store.docsCreated.length && store.docsCreated[0]! <= t - 24 * 3600 * 1000) store.docsCreated.shift();
    if (store.docsCreated.length >= store.docsCreatedPerDay) {
      // https://developers.google.com/apps-script/guides/services/quotas: "Service invoked too many times for one day: …"
      throw apiError(method, 403, 'Service invoked too many times for one day: docs create.', 'dailyLimitExceeded');
    }
    store.docsCreated.push(t);
  };

  // https://developers.google.com/drive/api/reference/rest/v3/files
  const files = {
    // https://developers.google.com/drive/api/reference/rest/v3/files/copy — "Creates a copy of a file and
    // applies any requested updates with patch semantics"; "Folders cannot be copied."
    copy(res: Record<string, unknown> | undefined, fileId: string, optionalArgs?: Record<string, unknown>) {
      const src = visible('drive.files.copy', fileId);
      if (src.mimeType === FOLDER_MIME)
        throw apiError('drive.files.copy', 403, 'This file cannot be copied by the user.', 'cannotCopyFile');
      const parents = res?.parents !== undefined ? parentsOf('drive.files.copy', res.parents) : [...src.parents];
      const appProperties = patchAppProperties('drive.files.copy', src.appProperties, res?.appProperties);
      if (src.mimeType === DOC_MIME) countDocCreated('drive.files.copy');
      const name = typeof res?.name === 'string' ? res.name : `Copy of ${src.name}`;
      const copy = store.add({
        name,
        mimeType: src.mimeType,
        parents,
        byApp: true,
        createdMs: now(),
        appProperties,
        ...(src.doc ? { doc: { ...structuredClone(src.doc), title: name } } : {}),
        ...(src.content !== undefined ? { content: src.content } : {}),
      });
      return resource(copy, optionalArgs?.fields);
    },
    // https://developers.google.com/drive/api/reference/rest/v3/files/create and, for HTML converted to a
    // Doc on upload, https://developers.google.com/drive/api/guides/manage-uploads#import-docs
    create(res: Record<string, unknown> | undefined, mediaData?: BlobLike, optionalArgs?: Record<string, unknown>) {
      const name = typeof res?.name === 'string' ? res.name : 'Untitled';
      const mimeType = typeof res?.mimeType === 'string' ? res.mimeType : (mediaData?.getContentType() ?? 'application/octet-stream');
      const parents = parentsOf('drive.files.create', res?.parents);
      const appProperties = patchAppProperties('drive.files.create', {}, res?.appProperties);
      const base = { name, mimeType, parents, byApp: true, createdMs: now(), appProperties };
      if (mimeType === FOLDER_MIME) {
        if (mediaData) throw apiError('drive.files.create', 400, 'A folder cannot have content.');
        return resource(store.add(base), optionalArgs?.fields);
      }
      const bytes = mediaData ? Buffer.from(mediaData.getBytes().map((b) => b & 0xff)) : Buffer.alloc(0);
      if (mimeType === DOC_MIME) {
        const from = mediaData?.getContentType();
        if (mediaData && from !== 'text/html')
          throw apiError('drive.files.create', 400, `Conversion from ${String(from)} to a Google Doc is not modelled by the simulator.`);
        countDocCreated('drive.files.create');
        const doc = mediaData ? htmlToDoc(name, bytes.toString('utf8')) : emptyDoc(name);
        return resource(store.add({ ...base, doc }), optionalArgs?.fields);
      }
      return resource(store.add({ ...base, content: bytes.toString('latin1') }), optionalArgs?.fields);
    },
    // https://developers.google.com/drive/api/reference/rest/v3/files/get — a file in the bin is still
    // there, with trashed: true (and explicitlyTrashed false when a folder above it was binned).
    get(fileId: string, optionalArgs?: Record<string, unknown>) {
      return resource(visible('drive.files.get', fileId), optionalArgs?.fields);
    },
    // name, trashed and appProperties are modelled. https://developers.google.com/drive/api/guides/delete:
    // "If the target is a folder, all descendants owned by the user are also trashed"; restoring the
    // folder restores them (not those binned on their own).
    update(res: Record<string, unknown>, fileId: string, _media?: unknown, optionalArgs?: Record<string, unknown>) {
      const f = visible('drive.files.update', fileId);
      const appProperties = patchAppProperties('drive.files.update', f.appProperties, res?.appProperties);
      if (typeof res?.name === 'string') f.name = res.name;
      f.appProperties = appProperties;
      if (typeof res?.trashed === 'boolean') setTrashed(store, f, res.trashed);
      return resource(f, optionalArgs?.fields);
    },
    // https://developers.google.com/drive/api/guides/search-files — without `trashed = false`, files in
    // the bin are listed too.
    list(optionalArgs?: Record<string, unknown>) {
      const q = typeof optionalArgs?.q === 'string' ? optionalArgs.q : '';
      const test = parseQuery(q);
      const found = [...store.files.values()].filter((f) => f.byApp && test(f));
      const fields = typeof optionalArgs?.fields === 'string' ? optionalArgs.fields.match(/files\(([^)]*)\)/)?.[1] : undefined;
      // "pageSize: … Acceptable values are 1 to 1000, inclusive. (Default: 100)"; the rest comes with nextPageToken.
      const size = optionalArgs?.pageSize ?? 100;
      if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 1000)
        throw apiError('drive.files.list', 400, 'Invalid value for pageSize.');
      const from = optionalArgs?.pageToken === undefined ? 0 : Number(optionalArgs.pageToken);
      if (!Number.isInteger(from) || from < 0) throw apiError('drive.files.list', 400, 'Invalid Value: pageToken');
      const page = found.slice(from, from + size);
      // With a `fields` selection, only the fields named come back: no nextPageToken unless asked for.
      const wantsToken = typeof optionalArgs?.fields !== 'string' || /(^|,)\s*nextPageToken\s*(,|$)/.test(optionalArgs.fields);
      const more = from + size < found.length && wantsToken ? { nextPageToken: String(from + size) } : {};
      return { kind: 'drive#fileList', ...more, files: page.map((f) => resource(f, fields)) };
    },
  };

  const docOf = (method: string, id: unknown): DriveFile => {
    const f = typeof id === 'string' ? store.files.get(id) : undefined;
    // The Docs API answers 404 "Requested entity was not found." for a Doc the token cannot open.
    if (!f?.byApp || f.mimeType !== DOC_MIME || !f.doc) throw apiError(method, 404, 'Requested entity was not found.', 'notFound');
    return f;
  };
  // https://developers.google.com/docs/api/reference/rest/v1/documents
  const documents = {
    get(documentId: string) {
      const f = docOf('docs.documents.get', documentId);
      return toResource(f.id, f.doc!);
    },
    batchUpdate(res: { requests?: unknown }, documentId: string) {
      const f = docOf('docs.documents.batchUpdate', documentId);
      const t = now();
      while (store.docsWrites.length && store.docsWrites[0]! <= t - 60_000) store.docsWrites.shift();
      if (store.docsWrites.length >= DOCS_WRITES_PER_MINUTE) throw docsRateLimitError();
      store.docsWrites.push(t);
      const { doc, replies } = applyBatch(f.doc!, res?.requests);
      f.doc = doc;
      return { documentId: f.id, replies };
    },
  };

  const urlFetch = createUrlFetch(store);

  // https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()
  const scriptApp = { getOAuthToken: () => store.token };

  return {
    Drive: { Files: rt.instrument(files, 'Drive.Files') },
    Docs: { Documents: rt.instrument(documents, 'Docs.Documents') },
    UrlFetchApp: rt.instrument(urlFetch, 'UrlFetchApp'),
    ScriptApp: rt.instrument(scriptApp, 'ScriptApp'),
  };
}
