/**
 * The thin adapter over the advanced Drive (v3) and Docs (v1) services and Drive's PDF export
 * (docs/documents.md: why these, under the drive.file scope). Nothing here knows the rules.
 */
import { driveQuery } from '../domain/drive-query';
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { fileIdOf } from '../domain/drive-ids';
import { blobHandle, type BlobHandle } from './handles';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export interface DriveFileRef {
  id: string;
  name: string;
  mimeType: string;
  webViewLink: string;
}

/** A file found by its key: its properties and age say what it is (a Doc, its PDF) and which is newest. */
export interface KeyedFile extends DriveFileRef {
  createdTime: string;
  appProperties?: Record<string, string>;
}

/**
 * Every Doc and PDF the product makes carries its `Clé` under this name in Drive's appProperties,
 * private to the script (https://developers.google.com/drive/api/guides/properties); a PDF also
 * carries the ID of the Doc it was exported from.
 */
export const KEY_PROPERTY = 'pacte';
export const PDF_OF_PROPERTY = 'pacteDoc';
/** "Maximum of 124 bytes size per property (including both key and value) string in UTF-8 encoding." */
export const PROPERTY_BYTES = 124;

interface FilesApi {
  copy(resource: object, fileId: string, optionalArgs?: object): DriveFileRef;
  get(fileId: string, optionalArgs?: object): { trashed?: boolean };
  create(resource: object, mediaData?: GoogleAppsScript.Base.BlobSource, optionalArgs?: object): DriveFileRef;
  list(optionalArgs?: object): { files?: DriveFileRef[]; nextPageToken?: string };
  update(resource: object, fileId: string, mediaData?: unknown, optionalArgs?: object): DriveFileRef;
}
interface DocumentsApi {
  get(documentId: string): unknown;
  batchUpdate(resource: { requests: object[] }, documentId: string): unknown;
}

const FIELDS = 'id,name,mimeType,webViewLink';
const KEYED_FIELDS = `${FIELDS},createdTime,appProperties`;

function files(): FilesApi {
  // An advanced service is a global only once enabled in appsscript.json.
  if (typeof Drive === 'undefined' || !Drive) throw new UserError(messages.documents.serviceMissing('Drive'));
  return (Drive as unknown as { Files: FilesApi }).Files;
}

function documents(): DocumentsApi {
  if (typeof Docs === 'undefined' || !Docs) throw new UserError(messages.documents.serviceMissing('Docs'));
  return (Docs as unknown as { Documents: DocumentsApi }).Documents;
}

function listAll<T extends DriveFileRef>(q: string, fields: string): T[] {
  const out: T[] = [];
  let pageToken: string | undefined;
  do {
    const page = files().list({ q, fields: `nextPageToken,files(${fields})`, pageSize: 1000, ...(pageToken ? { pageToken } : {}) });
    out.push(...((page.files ?? []) as T[]));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

/** The folders (not in the bin) directly inside a folder: one call per 1,000 (Drive's largest page). */
export function listFolders(folderId: string): DriveFileRef[] {
  return listAll(driveQuery.and(driveQuery.inFolder(folderId), driveQuery.mimeType(FOLDER_MIME), driveQuery.notTrashed), FIELDS);
}

/**
 * The files (not in the bin) of a folder that carry a document's key: what an earlier run made for
 * it (https://developers.google.com/drive/api/guides/search-files, `appProperties has { … }`).
 */
export function listByKey(folderId: string, key: string): KeyedFile[] {
  const q = driveQuery.and(driveQuery.inFolder(folderId), driveQuery.appProperty(KEY_PROPERTY, key), driveQuery.notTrashed);
  return listAll<KeyedFile>(q, KEYED_FIELDS);
}

/** Whether a file (a folder) is in the bin, by itself or with a folder above it (files.get `trashed`). */
export function isTrashed(fileId: string): boolean {
  return files().get(fileId, { fields: 'id,trashed' }).trashed === true;
}

export function createFolder(name: string, parentId?: string): DriveFileRef {
  return files().create({ name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) }, undefined, { fields: FIELDS });
}

/** A Google Doc converted from HTML on upload (https://developers.google.com/drive/api/guides/manage-uploads#import-docs). */
export function createDocFromHtml(name: string, html: string, parentId: string): DriveFileRef {
  const blob = Utilities.newBlob(html, 'text/html', `${name}.html`);
  return files().create({ name, mimeType: DOC_MIME, parents: [parentId] }, blob, { fields: FIELDS });
}

/** The copy carries its key from its creation: no moment exists when it is in Drive without it. */
export function copyFile(templateId: string, name: string, parentId: string, appProperties: Record<string, string>): DriveFileRef {
  return files().copy({ name, parents: [parentId], appProperties }, templateId, { fields: FIELDS });
}

export function trashFile(fileId: string): void {
  files().update({ trashed: true }, fileId, undefined, { fields: 'id' });
}

export function getDocument(documentId: string): unknown {
  return documents().get(documentId);
}

/** One documents.batchUpdate; its replies, one per request ({} for most, `{ createFooter: { footerId } }`…). */
export function batchUpdate(documentId: string, requests: object[]): unknown[] {
  const response = documents().batchUpdate({ requests }, documentId) as { replies?: unknown[] } | undefined;
  return response?.replies ?? [];
}

/** The OAuth token of this execution, for the export URL (one call per execution is enough). */
export function oauthToken(): string {
  return ScriptApp.getOAuthToken();
}

/** Exports a Doc as PDF (files.export) and stores it next to it, under the same name: two calls. */
export function savePdf(docId: string, name: string, parentId: string, token: string, appProperties: Record<string, string>): DriveFileRef {
  const url = `https://www.googleapis.com/drive/v3/files/${encodeURIComponent(docId)}/export?mimeType=${encodeURIComponent(PDF_MIME)}`;
  const blob = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${token}` } }).getBlob();
  return files().create({ name, mimeType: PDF_MIME, parents: [parentId], appProperties }, blob, { fields: FIELDS });
}

/**
 * A PDF the product made, read back as an attachment named `name`: files.get with alt=media
 * (https://developers.google.com/drive/api/guides/manage-downloads), one UrlFetchApp call under the
 * drive.file scope (the product made the file, so it may read it). The name is set on the blob
 * (https://developers.google.com/apps-script/reference/base/blob#setName(String)): the recipient sees
 * it, whatever the download's headers say.
 */
export function pdfBlobOf(pdfLink: string, name: string, token: string): BlobHandle {
  const url = `https://www.googleapis.com/drive/v3/files/${encodeURIComponent(fileIdOf(pdfLink))}?alt=media`;
  const blob = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${token}` } }).getBlob();
  return blobHandle(blob.setName(name));
}

/** Kept here for the documents' code: the rule lives in src/domain/drive-ids.ts. */
export { fileIdOf } from '../domain/drive-ids';
