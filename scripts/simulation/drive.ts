/**
 * Drive v3 as the simulated Google answers it, under the `drive.file` scope: an account sees, lists and
 * changes only the files the app made for it; any other file is « File not found » (404), existing or
 * not (https://developers.google.com/workspace/drive/api/guides/api-specific-auth,
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found).
 * appProperties are private to the app, at most 124 bytes a key and value together, 30 per app and file
 * (https://developers.google.com/workspace/drive/api/guides/properties#limits).
 */
import { ApiError, bad, driveNotFound } from './errors';
import { cellKey, SPREADSHEET_MIME, type Permission, type SimFile, type SimSheet, type SimState } from './model';

/** A file as Drive shows it to `user` under drive.file: only the files the app made for that account. */
export function driveFile(state: SimState, id: string, user: string): SimFile {
  const f = state.files.get(id);
  if (!f || f.createdBy !== user) throw driveNotFound(id);
  return f;
}

/** files.update's appProperties: merged key by key, within Google's limits; nothing changed when one is refused. */
export function setAppProperties(f: SimFile, patch: Record<string, unknown> | undefined): void {
  const next = { ...f.appProperties };
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (Buffer.byteLength(k + String(v), 'utf8') > 124) throw bad(`The size of the property ${k} exceeds the limit of 124 bytes.`);
    next[k] = String(v);
  }
  if (Object.keys(next).length > 30) throw bad('The limit of 30 private properties per file has been reached.');
  f.appProperties = next;
}

const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

/** The subset of Drive's query language pacte uses: appProperties has {…}, trashed = false, mimeType = '…', joined by and. */
export function listFiles(state: SimState, q: string, user: string) {
  // Split on the top-level « and » only (the one inside { … } belongs to the clause).
  const clauses = q.split(/\s+and\s+(?![^{]*\})/).filter(Boolean);
  const tests = clauses.map((clause) => {
    const c = clause.trim();
    const app = /^appProperties has \{ key='((?:[^'\\]|\\.)*)' and value='((?:[^'\\]|\\.)*)' \}$/.exec(c);
    if (app) return (f: SimFile) => f.appProperties[unquote(app[1]!)] === unquote(app[2]!);
    if (c === 'trashed = false') return (f: SimFile) => !f.trashed;
    const mime = /^mimeType = '([^']+)'$/.exec(c);
    if (mime) return (f: SimFile) => f.mimeType === mime[1];
    throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid Value', 'invalid');
  });
  return [...state.files.values()]
    .filter((f) => f.createdBy === user && tests.every((t) => t(f)))
    .map((f) => ({ id: f.id, name: f.name, appProperties: f.appProperties }));
}

/** A new spreadsheet has one sheet, sheetId 0, named after the owner's locale (fr: « Feuille 1 »). */
function blankSheet(): SimSheet {
  return {
    properties: { sheetId: 0, title: 'Feuille 1', index: 0, gridProperties: { rowCount: 1000, columnCount: 26 } },
    cells: new Map(),
    protectedRanges: [],
  };
}

interface CreateBody {
  name?: string;
  mimeType?: string;
  parents?: string[];
  appProperties?: Record<string, unknown>;
}

export function createFile(state: SimState, body: CreateBody | undefined, user: string) {
  const id = `file${state.counters.file + 1}`;
  const file: SimFile = {
    id,
    name: body?.name ?? 'Sans titre',
    mimeType: body?.mimeType ?? '',
    parents: body?.parents ?? [],
    appProperties: {},
    permissions: [],
    sheets: body?.mimeType === SPREADSHEET_MIME ? [blankSheet()] : [],
    createdBy: user,
  };
  setAppProperties(file, body?.appProperties);
  state.counters.file++;
  state.files.set(id, file);
  return { id, name: file.name, mimeType: file.mimeType, appProperties: file.appProperties };
}

const ROLES = ['writer', 'reader', 'commenter'];
const TYPES = ['user', 'group', 'domain', 'anyone'];

/** permissions.create: one more editor (the same address twice is the same permission). */
export function addPermission(f: SimFile, body: Permission | undefined): Permission {
  if (!TYPES.includes(body?.type ?? '') || !ROLES.includes(body?.role ?? '')) throw bad('Invalid permission.');
  const existing = f.permissions.find((x) => x.emailAddress === body!.emailAddress);
  if (existing) return existing;
  const perm = { id: `perm${f.permissions.length + 1}`, type: body!.type, role: body!.role, emailAddress: body!.emailAddress };
  f.permissions = [...f.permissions, perm];
  return perm;
}

/** Tab title → its values as written (strings, numbers, booleans), header row first: for tests and views. */
export function typedValues(f: SimFile, tab: string): Array<Array<string | number | boolean>> {
  const sheet = f.sheets.find((s) => s.properties.title === tab);
  if (!sheet) throw bad(`No tab ${tab}`);
  let rows = 0;
  let cols = 0;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (cell.userEnteredValue) {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const v = sheet.cells.get(cellKey(r, c))?.userEnteredValue;
      return v ? (v.stringValue ?? v.numberValue ?? v.boolValue ?? '') : '';
    }),
  );
}
