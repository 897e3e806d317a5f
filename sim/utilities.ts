import { createHash } from 'node:crypto';
import type { SimContext } from './context';
import { gasError } from './errors';
import { formatSimpleDate } from './format-date';
import { isValidTimeZone } from './tz';

/** https://developers.google.com/apps-script/reference/utilities/digest-algorithm */
export const DigestAlgorithm = Object.freeze({
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
});
/** https://developers.google.com/apps-script/reference/utilities/charset */
export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });
const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
function toSignedBytes(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}
function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
}

/** Maximum Utilities.sleep: https://developers.google.com/apps-script/reference/utilities/utilities#sleepmilliseconds */
export const MAX_SLEEP_MS = 300000;

export function createUtilities(ctx: SimContext): GoogleAppsScript.Utilities.Utilities {
  let uuid = 0;
  const service = {
    DigestAlgorithm,
    Charset,
    // https://developers.google.com/apps-script/reference/utilities/utilities#formatdatedate,-timezone,-format
    // An unknown time zone falls back to GMT, as Java's TimeZone.getTimeZone does.
    formatDate(date: Date, timeZone: string, format: string): string {
      if (Object.prototype.toString.call(date) !== '[object Date]' || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw gasError("The parameters don't match the method signature for Utilities.formatDate.");
      }
      if (Number.isNaN(date.getTime())) throw gasError('Invalid argument: date');
      return formatSimpleDate(date, isValidTimeZone(timeZone) ? timeZone : 'UTC', format);
    },
    // https://developers.google.com/apps-script/reference/utilities/utilities#sleepmilliseconds
    sleep(milliseconds: number): void {
      if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > MAX_SLEEP_MS)
        throw gasError('Invalid argument: milliseconds');
      ctx.clock.advance(milliseconds);
    },
    // Deterministic sequence of RFC 4122 version-4-shaped ids.
    getUuid(): string {
      uuid++;
      return `00000000-0000-4000-8000-${uuid.toString(16).padStart(12, '0')}`;
    },
    base64Encode(data: string | number[]): string {
      return toBuffer(data).toString('base64');
    },
    base64EncodeWebSafe(data: string | number[]): string {
      return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode(encoded: string): number[] {
      return toSignedBytes(Buffer.from(encoded, 'base64'));
    },
    base64DecodeWebSafe(encoded: string): number[] {
      return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    },
    // https://developers.google.com/apps-script/reference/utilities/utilities#newblobdata,-contenttype,-name
    newBlob(data: string | number[], contentType?: string, name?: string) {
      const buf = toBuffer(data);
      let blobName = name ?? null;
      const blob = {
        getDataAsString: () => buf.toString('utf8'),
        getBytes: () => toSignedBytes(buf),
        getContentType: () => contentType ?? null,
        getName: () => blobName,
        // A Blob is its own BlobSource (https://developers.google.com/apps-script/reference/base/blob#getBlob()).
        getBlob: () => blob,
        setName: (n: string) => {
          blobName = n;
          return blob;
        },
      };
      return blob;
    },
    // https://developers.google.com/apps-script/reference/utilities/utilities#computedigestalgorithm,-value
    computeDigest(algorithm: string, value: string | number[]): number[] {
      const a = NODE_DIGEST[String(algorithm)];
      if (!a) throw gasError('Invalid argument: algorithm');
      return toSignedBytes(createHash(a).update(toBuffer(value)).digest());
    },
  };
  return ctx.runtime.instrument(service, 'Utilities') as unknown as GoogleAppsScript.Utilities.Utilities;
}
