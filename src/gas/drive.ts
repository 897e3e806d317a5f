/**
 * The thin adapter over the advanced Drive (v3) and Docs (v1) services and Drive's PDF export
 * (docs/documents.md: why these, under the drive.file scope). Nothing here knows the rules.
 */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export interface DriveFileRef {
  id: string;
  name: string;
  mimeType: string;
  webViewLink: string;
}

interface FilesApi {
  copy(resource: object, fileId: string, optionalArgs?: object): DriveFileRef;
  create(resource: object, mediaData?: GoogleAppsScript.Base.BlobSource, optionalArgs?: object): DriveFileRef;
  list(optionalArgs?: object): { files?: DriveFileRef[]; nextPageToken?: string };
  update(resource: object, fileId: string, mediaData?: unknown, optionalArgs?: object): DriveFileRef;
}
interface DocumentsApi {
  get(documentId: string): unknown;
  batchUpdate(resource: { requests: object[] }, documentId: string): unknown;
}

const FIELDS = 'id,name,mimeType,webViewLink';

function files(): FilesApi {
  // An advanced service is a global only once enabled in appsscript.json.
  if (typeof Drive === 'undefined' || !Drive) throw new UserError(messages.documents.serviceMissing('Drive'));
  return (Drive as unknown as { Files: FilesApi }).Files;
}

function documents(): DocumentsApi {
  if (typeof Docs === 'undefined' || !Docs) throw new UserError(messages.documents.serviceMissing('Docs'));
  return (Docs as unknown as { Documents: DocumentsApi }).Documents;
}

/** Drive's query strings quote values with '…' and escape ' and \ (https://developers.google.com/drive/api/guides/search-files). */
function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The files (not trashed) directly inside a folder: one call per 1,000 files (Drive's largest page). */
export function listFolder(folderId: string): DriveFileRef[] {
  const out: DriveFileRef[] = [];
  let pageToken: string | undefined;
  do {
    const page = files().list({
      q: `${quote(folderId)} in parents and trashed = false`, fields: `nextPageToken,files(${FIELDS})`, pageSize: 1000,
      ...(pageToken ? { pageToken } : {}),
    });
    out.push(...(page.files ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

export function createFolder(name: string, parentId?: string): DriveFileRef {
  return files().create({ name, mimeType: FOLDER_MIME, ...(parentId ? { parents: [parentId] } : {}) }, undefined, { fields: FIELDS });
}

/** A Google Doc converted from HTML on upload (https://developers.google.com/drive/api/guides/manage-uploads#import-docs). */
export function createDocFromHtml(name: string, html: string, parentId: string): DriveFileRef {
  const blob = Utilities.newBlob(html, 'text/html', `${name}.html`);
  return files().create({ name, mimeType: DOC_MIME, parents: [parentId] }, blob, { fields: FIELDS });
}

export function copyFile(templateId: string, name: string, parentId: string): DriveFileRef {
  return files().copy({ name, parents: [parentId] }, templateId, { fields: FIELDS });
}

export function trashFile(fileId: string): void {
  files().update({ trashed: true }, fileId, undefined, { fields: 'id' });
}

export function getDocument(documentId: string): unknown {
  return documents().get(documentId);
}

export function batchUpdate(documentId: string, requests: object[]): void {
  documents().batchUpdate({ requests }, documentId);
}

/** The OAuth token of this execution, for the export URL (one call per execution is enough). */
export function oauthToken(): string {
  return ScriptApp.getOAuthToken();
}

/** Exports a Doc as PDF (files.export) and stores it next to it, under the same name: two calls. */
export function savePdf(docId: string, name: string, parentId: string, token: string): DriveFileRef {
  const url = `https://www.googleapis.com/drive/v3/files/${encodeURIComponent(docId)}/export?mimeType=${encodeURIComponent(PDF_MIME)}`;
  const blob = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${token}` } }).getBlob();
  return files().create({ name, mimeType: PDF_MIME, parents: [parentId] }, blob, { fields: FIELDS });
}

/** The file ID in a Drive/Docs URL, or the value itself when it already is an ID. */
export function fileIdOf(value: string): string {
  const v = value.trim();
  const m = v.match(/\/(?:d|folders)\/([A-Za-z0-9_-]{10,})/) ?? v.match(/[?&]id=([A-Za-z0-9_-]{10,})/);
  return m ? m[1]! : v;
}
