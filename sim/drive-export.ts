/**
 * The PDF export the product fetches with UrlFetchApp (Drive's files.export), and the blob it gets.
 */
import { DOC_MIME, EXPORT_LIMIT_BYTES, PDF_MIME, type DriveStore } from './drive';
import { plainText } from './docs-model';
import { gasError } from './errors';

export class SimBlob {
  constructor(
    private bytes: Buffer,
    private type: string,
    private name: string | null = null,
  ) {}
  getBytes(): number[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string {
    return this.type;
  }
  getDataAsString(): string {
    return this.bytes.toString('utf8');
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): SimBlob {
    this.name = name;
    return this;
  }
  /** A Blob is its own BlobSource (https://developers.google.com/apps-script/reference/base/blob#getBlob()). */
  getBlob(): SimBlob {
    return this;
  }
}

export function createUrlFetch(store: DriveStore) {
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchurl,-params
  // Only Drive's export and download endpoints exist here (the simulator has no network); a non-2xx
  // answer throws "Request failed for <host> returned code <n>…" unless muteHttpExceptions is set.
  return {
    fetch(url: string, params?: { headers?: Record<string, string>; muteHttpExceptions?: boolean; method?: string }) {
      const download = typeof url === 'string' ? url.match(/^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([^/?]+)\?(.*)$/) : null;
      const m = typeof url === 'string' ? url.match(/^https:\/\/www\.googleapis\.com\/drive\/v3\/files\/([^/?]+)\/export\?(.*)$/) : null;
      if (!m && !download)
        throw gasError(`Simulator: no network for ${String(url)} (only Drive's files.export and alt=media are modelled).`);
      const respond = (code: number, body: string, blob?: SimBlob) => {
        if (code >= 300 && !params?.muteHttpExceptions) {
          throw gasError(
            `Request failed for https://www.googleapis.com returned code ${code}. Truncated server response: ${body.slice(0, 200)} (use muteHttpExceptions option to examine full response)`,
          );
        }
        return {
          getResponseCode: () => code,
          getContentText: () => (blob ? blob.getDataAsString() : body),
          getBlob: () => blob ?? new SimBlob(Buffer.from(body), 'application/json'),
          getHeaders: () => ({ 'Content-Type': blob ? blob.getContentType() : 'application/json' }),
        };
      };
      const errorBody = (code: number, message: string) => JSON.stringify({ error: { code, message } });
      const auth = params?.headers?.Authorization ?? params?.headers?.authorization;
      if (auth !== `Bearer ${store.token}`) return respond(401, errorBody(401, 'Request is missing required authentication credential.'));
      if (download) return media(decodeURIComponent(download[1]!), new URLSearchParams(download[2]!), respond, errorBody);
      const mime = new URLSearchParams(m![2]!).get('mimeType');
      const f = store.files.get(decodeURIComponent(m![1]!));
      if (!f?.byApp) return respond(404, errorBody(404, `File not found: ${m![1]}.`));
      if (f.mimeType !== DOC_MIME || !f.doc) return respond(403, errorBody(403, 'Export only supports Docs Editors files.'));
      if (mime !== PDF_MIME) return respond(400, errorBody(400, 'The requested conversion is not supported.'));
      // The rendered page, as text: enough for tests to read what the PDF shows.
      const text = `%PDF-1.4\n%simulated export of ${f.id}\n${plainText(f.doc)}\n%%EOF\n`;
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length > EXPORT_LIMIT_BYTES) return respond(403, errorBody(403, 'This file is too large to be exported.'));
      return respond(200, '', new SimBlob(bytes, PDF_MIME, `${f.name}.pdf`));
    },
  };

  /**
   * files.get with alt=media: "To download a blob file stored on Drive, use the files.get method with
   * the ID of the file to download and the alt=media URL parameter"; a Docs Editors file cannot be
   * downloaded so ("Only files with binary content can be downloaded. Use Export with Docs Editors
   * files.", fileNotDownloadable) (https://developers.google.com/drive/api/guides/manage-downloads).
   */
  function media<R>(
    id: string,
    query: URLSearchParams,
    respond: (code: number, body: string, blob?: SimBlob) => R,
    errorBody: (code: number, message: string) => string,
  ): R {
    if (query.get('alt') !== 'media') return respond(400, errorBody(400, 'Only alt=media is modelled by the simulator.'));
    const f = store.files.get(id);
    if (!f?.byApp) return respond(404, errorBody(404, `File not found: ${id}.`));
    if (f.mimeType.startsWith('application/vnd.google-apps.'))
      return respond(403, errorBody(403, 'Only files with binary content can be downloaded. Use Export with Docs Editors files.'));
    return respond(200, '', new SimBlob(Buffer.from(f.content ?? '', 'latin1'), f.mimeType, f.name));
  }
}
