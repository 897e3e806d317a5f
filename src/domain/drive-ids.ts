/** Drive files named in `Paramètres` (a folder, a template): by id or by the link Drive gives. */

const IN_URL = [/\/(?:d|folders)\/([A-Za-z0-9_-]{10,})/, /[?&]id=([A-Za-z0-9_-]{10,})/];
const BARE_ID = /^[A-Za-z0-9_-]{10,}$/;

/** The file ID in a Drive/Docs URL, or the value itself when it already is an ID. */
export function fileIdOf(value: string): string {
  const v = value.trim();
  for (const pattern of IN_URL) {
    const m = v.match(pattern);
    if (m) return m[1]!;
  }
  return v;
}

/** Whether `value` names a Drive file: an id, or a link holding one. */
export function namesDriveFile(value: string): boolean {
  return BARE_ID.test(fileIdOf(value));
}
