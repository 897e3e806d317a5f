/**
 * A local fake of the Google APIs `pacte setup` calls (Drive v3, Sheets v4, Apps Script v1), an HTTP
 * server on a free port for the REAL client libraries (PACTE_GOOGLE_API_ROOT points them here).
 *
 * Errors have Google's JSON shape (https://cloud.google.com/apis/design/errors#http_mapping):
 * {"error":{"code","message","status","errors":[{"domain","reason","message"}]}}; Drive's reasons are
 * those of https://developers.google.com/workspace/drive/api/guides/handle-errors. A batchUpdate is
 * atomic: one invalid request and nothing is applied
 * (https://developers.google.com/workspace/sheets/api/guides/batchupdate).
 *
 * Who calls: the bearer token names the account (`users`, else coordination@example.org). Drive answers
 * as under the `drive.file` scope: an account sees, lists and changes only the files the app made for
 * it; any other file is « File not found » (404), existing or not
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth,
 * https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found).
 * The Sheets and Apps Script APIs (`spreadsheets`, `script.projects` scopes) reach every spreadsheet the
 * account can open — its own, or one shared with it — and answer 403 PERMISSION_DENIED for one it cannot
 * (https://cloud.google.com/apis/design/errors#handling_errors). Drive appProperties are private to the
 * app, at most 124 bytes a key and value together, 30 per app and file
 * (https://developers.google.com/workspace/drive/api/guides/properties#limits).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface FakeSheet {
  properties: {
    sheetId: number;
    title: string;
    index: number;
    gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number; frozenColumnCount?: number };
  };
  cells: Map<string, Json>;
  protectedRanges: Json[];
}
interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appProperties: Record<string, string>;
  permissions: Json[];
  sheets: FakeSheet[];
  createdBy: string;
  trashed?: boolean;
}
interface Failure {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  afterEffect?: boolean;
}

export interface RequestRecord {
  method: string;
  path: string;
}

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
    readonly reason: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const bad = (message: string) => new ApiError(400, 'INVALID_ARGUMENT', message, 'badRequest');
const notFound = (what: string) => new ApiError(404, 'NOT_FOUND', `Requested entity was not found: ${what}`, 'notFound');
const denied = () => new ApiError(403, 'PERMISSION_DENIED', 'The caller does not have permission', 'forbidden');
/** Drive's own answer for a file this account (under drive.file) may not see, whether it exists or not. */
const driveNotFound = (id: string) => new ApiError(404, 'NOT_FOUND', `File not found: ${id}.`, 'notFound');
export const DEFAULT_USER = 'coordination@example.org';

function errorBody(e: ApiError): Json {
  return {
    error: { code: e.code, message: e.message, status: e.status, errors: [{ domain: 'global', reason: e.reason, message: e.message }] },
  };
}

/** Google's bodies for the failures tests inject. */
export const FAILURES = {
  rateLimit: (): Failure => ({
    status: 429,
    headers: { 'retry-after': '0' },
    body: errorBody(
      new ApiError(
        429,
        'RESOURCE_EXHAUSTED',
        "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'.",
        'rateLimitExceeded',
      ),
    ),
  }),
  driveRate403: (): Failure => ({
    status: 403,
    body: errorBody(new ApiError(403, 'PERMISSION_DENIED', 'User rate limit exceeded.', 'userRateLimitExceeded')),
  }),
  server: (): Failure => ({
    status: 503,
    body: errorBody(new ApiError(503, 'UNAVAILABLE', 'The service is currently unavailable.', 'backendError')),
  }),
  /** The Apps Script API's answer when the user setting is off (https://developers.google.com/apps-script/api/concepts#requirements). */
  usersettings: (): Failure => ({
    status: 403,
    body: errorBody(
      new ApiError(
        403,
        'PERMISSION_DENIED',
        'User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.',
        'forbidden',
      ),
    ),
  }),
};

export class FakeGoogle {
  readonly files = new Map<string, FakeFile>();
  readonly projects = new Map<string, { scriptId: string; title: string; parentId: string; files: Json[] }>();
  /** Bearer token → the account's e-mail (any other token: DEFAULT_USER). */
  readonly users = new Map<string, string>();
  /** Request numbers never answered (the connection stays open), or every request when hangAll. */
  readonly hangs = new Set<number>();
  hangAll = false;
  readonly requests: RequestRecord[] = [];
  /** Request number (1-based) → failure answered instead. */
  readonly failures = new Map<number, Failure>();
  /** `METHOD /path` → a failure answered to the next such request only (then forgotten). */
  readonly failOnce = new Map<string, Failure>();
  /** Request number → delay before answering. */
  readonly delays = new Map<number, number>();
  /** Every Apps Script API request answered with the usersettings 403. */
  scriptApiOff = false;
  /** Requests in the largest spreadsheets.batchUpdate received (for the bench). */
  largestBatch = 0;
  private seq = 0;
  private server = createServer((req, res) => void this.handle(req, res));
  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A burst of `count` 429s from request `from` on. */
  burst(from: number, count: number): void {
    for (let i = 0; i < count; i++) this.failures.set(from + i, FAILURES.rateLimit());
  }

  /** Tab title → its values as displayed rows (for assertions). */
  values(fileId: string, tab: string): Json[][] {
    const sheet = this.file(fileId).sheets.find((s) => s.properties.title === tab);
    if (!sheet) throw notFound(tab);
    let rows = 0;
    let cols = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (!sheet.cells.get(key)?.userEnteredValue) continue;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const v = sheet.cells.get(`${r},${c}`)?.userEnteredValue;
        return v ? (v.stringValue ?? v.numberValue ?? v.boolValue ?? '') : '';
      }),
    );
  }

  sheetsOf(fileId: string): FakeSheet[] {
    return this.file(fileId).sheets;
  }

  private file(id: string): FakeFile {
    const f = this.files.get(id);
    if (!f) throw notFound(`File not found: ${id}.`);
    return f;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const n = ++this.seq;
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname });
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (this.hangAll || this.hangs.has(n)) return;
    const delay = this.delays.get(n);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const send = (status: number, body: Json, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
      res.end(JSON.stringify(body));
    };
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    let failure = this.failures.get(n);
    if (!failure && (failure = this.failOnce.get(route))) this.failOnce.delete(route);
    if (failure && !failure.afterEffect) return send(failure.status, failure.body ?? {}, failure.headers);
    if (url.pathname === '/token' && req.method === 'POST') return this.token(new URLSearchParams(raw), send);
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      return send(
        401,
        errorBody(new ApiError(401, 'UNAUTHENTICATED', 'Request is missing required authentication credential.', 'required')),
      );
    }
    try {
      const body = raw ? JSON.parse(raw) : undefined;
      const token = /^Bearer (\S+)/.exec(req.headers.authorization ?? '')![1]!;
      const result = this.route(req.method ?? 'GET', url, body, this.users.get(token) ?? DEFAULT_USER);
      // A failure after the effect: the change is made, the answer lost (what a checked POST must survive).
      if (failure) return send(failure.status, failure.body ?? {}, failure.headers);
      send(200, result);
    } catch (e) {
      if (e instanceof ApiError) return send(e.code, errorBody(e), e.headers);
      send(500, errorBody(new ApiError(500, 'INTERNAL', String(e), 'backendError')));
    }
  }

  /** Authorization codes the token endpoint accepts (once each). */
  readonly codes = new Set<string>();
  /** The code_challenge of the consent URL, when a test set it: the token endpoint then checks the verifier. */
  challenge: string | undefined;
  verifiedChallenges = 0;
  /** Refresh tokens the token endpoint still honours. */
  readonly refreshTokens = new Set<string>();
  scopes =
    'https://www.googleapis.com/auth/spreadsheets https://www.googleapis.com/auth/drive.file https://www.googleapis.com/auth/script.projects';

  /** Google's OAuth 2.0 token endpoint; errors per RFC 6749 §5.2 (https://developers.google.com/identity/protocols/oauth2/native-app#exchange-authorization-code). */
  private token(form: URLSearchParams, send: (status: number, body: Json) => void): void {
    const invalid = (description: string): void => send(400, { error: 'invalid_grant', error_description: description });
    if (!form.get('client_id') || !form.get('client_secret')) {
      send(401, { error: 'invalid_client', error_description: 'Unauthorized' });
      return;
    }
    if (form.get('grant_type') === 'authorization_code') {
      const code = form.get('code') ?? '';
      if (!this.codes.has(code)) {
        invalid('Malformed auth code.');
        return;
      }
      // PKCE: the verifier must hash to the challenge of the consent URL (RFC 7636 §4.6).
      if (this.challenge !== undefined) {
        const hashed = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url');
        if (hashed !== this.challenge) {
          invalid('Invalid code verifier.');
          return;
        }
        this.verifiedChallenges++;
      }
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(form.get('redirect_uri') ?? '')) {
        send(400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
        return;
      }
      this.codes.delete(code);
      const refresh = `refresh-${this.refreshTokens.size + 1}`;
      this.refreshTokens.add(refresh);
      send(200, {
        access_token: `access-${refresh}`,
        expires_in: 3599,
        refresh_token: refresh,
        scope: this.scopes,
        token_type: 'Bearer',
      });
    } else if (form.get('grant_type') === 'refresh_token') {
      if (!this.refreshTokens.has(form.get('refresh_token') ?? '')) invalid('Token has been expired or revoked.');
      else send(200, { access_token: `access-again`, expires_in: 3599, scope: this.scopes, token_type: 'Bearer' });
    } else send(400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' });
  }

  /** A file as Drive shows it to `user` under drive.file: only the files the app made for that account. */
  private driveFile(id: string, user: string): FakeFile {
    const f = this.files.get(id);
    if (!f || f.createdBy !== user) throw driveNotFound(id);
    return f;
  }

  /** A spreadsheet as the Sheets / Apps Script APIs reach it: made by the account or shared with it. */
  private openable(id: string, user: string): FakeFile {
    const f = this.file(id);
    if (f.createdBy !== user && !f.permissions.some((x) => x.emailAddress === user)) throw denied();
    return f;
  }

  /** files.update's appProperties: merged key by key, within Google's limits. */
  private setAppProperties(f: FakeFile, patch: Record<string, string>): void {
    for (const [k, v] of Object.entries(patch ?? {})) {
      if (Buffer.byteLength(k + String(v), 'utf8') > 124) throw bad(`The size of the property ${k} exceeds the limit of 124 bytes.`);
      f.appProperties[k] = String(v);
    }
    if (Object.keys(f.appProperties).length > 30) throw bad('The limit of 30 private properties per file has been reached.');
  }

  private project(id: string, user: string) {
    const project = this.projects.get(id);
    if (!project) throw notFound('script');
    if (project.parentId) this.openable(project.parentId, user);
    return project;
  }

  private route(method: string, url: URL, body: Json, user: string): Json {
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if (p.startsWith('/v1/projects') && this.scriptApiOff)
      throw new ApiError(403, 'PERMISSION_DENIED', FAILURES.usersettings().body.error.message, 'forbidden');
    if (method === 'GET' && p === '/drive/v3/about') return { user: { emailAddress: user, displayName: user.split('@')[0] } };
    if (method === 'GET' && p === '/drive/v3/files') return { files: this.listFiles(url.searchParams.get('q') ?? '', user) };
    if (method === 'POST' && p === '/drive/v3/files') return this.createFile(body, user);
    if ((m = /^\/drive\/v3\/files\/([^/]+)$/.exec(p))) {
      const f = this.driveFile(m[1]!, user);
      if (method === 'PATCH') this.setAppProperties(f, body?.appProperties);
      if (method === 'PATCH' || method === 'GET') return { id: f.id, name: f.name, trashed: !!f.trashed, appProperties: f.appProperties };
    }
    if ((m = /^\/drive\/v3\/files\/([^/]+)\/permissions$/.exec(p))) {
      const f = this.driveFile(m[1]!, user);
      if (method === 'GET') return { permissions: f.permissions };
      if (method === 'POST') {
        if (!['user', 'group', 'domain', 'anyone'].includes(body?.type) || !['writer', 'reader', 'commenter'].includes(body?.role))
          throw bad('Invalid permission.');
        const existing = f.permissions.find((x) => x.emailAddress === body.emailAddress);
        if (existing) return existing;
        const perm = { id: `perm${f.permissions.length + 1}`, type: body.type, role: body.role, emailAddress: body.emailAddress };
        f.permissions.push(perm);
        return perm;
      }
    }
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)/.exec(p))) this.openable(decodeURIComponent(m[1]!), user);
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(p)) && method === 'GET') return this.getSpreadsheet(m[1]!, url);
    if ((m = /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(p)) && method === 'POST') return this.batchUpdate(m[1]!, body);
    if ((m = /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/.exec(p)) && method === 'GET') return this.batchGet(m[1]!, url);
    if (p === '/v1/projects' && method === 'POST') {
      if (!body?.title) throw bad('Project title is required.');
      if (body.parentId) this.openable(body.parentId, user);
      const scriptId = `script${this.projects.size + 1}`;
      this.projects.set(scriptId, { scriptId, title: body.title, parentId: body.parentId ?? '', files: [] });
      return { scriptId, title: body.title, parentId: body.parentId };
    }
    // projects.get (https://developers.google.com/apps-script/api/reference/rest/v1/projects/get): parentId included.
    if ((m = /^\/v1\/projects\/([^/]+)$/.exec(p)) && method === 'GET') {
      const project = this.project(m[1]!, user);
      return { scriptId: project.scriptId, title: project.title, ...(project.parentId ? { parentId: project.parentId } : {}) };
    }
    if ((m = /^\/v1\/projects\/([^/]+)\/content$/.exec(p))) {
      const project = this.project(m[1]!, user);
      if (method === 'GET') return { scriptId: project.scriptId, files: project.files };
      if (method === 'PUT') {
        if (!body?.files?.some((f: Json) => f.name === 'appsscript' && f.type === 'JSON'))
          throw bad('The manifest file is required (appsscript.json).');
        project.files = body.files;
        return { scriptId: project.scriptId, files: project.files };
      }
    }
    throw notFound(`${method} ${p}`);
  }

  /** The subset of Drive's query language setup uses: appProperties has {…}, trashed = false, joined by and. */
  private listFiles(q: string, user: string): Json[] {
    // Split on the top-level « and » only (the one inside { … } belongs to the clause).
    const clauses = q.split(/\s+and\s+(?![^{]*\})/).filter(Boolean);
    const tests = clauses.map((c) => {
      const app = /^appProperties has \{ key='((?:[^'\\]|\\.)*)' and value='((?:[^'\\]|\\.)*)' \}$/.exec(c.trim());
      if (app) {
        const [k, v] = [app[1]!, app[2]!].map((s) => s.replace(/\\(.)/g, '$1'));
        return (f: FakeFile) => f.appProperties[k!] === v;
      }
      if (c.trim() === 'trashed = false') return (f: FakeFile) => !f.trashed;
      if (/^mimeType = '[^']+'$/.test(c.trim())) return (f: FakeFile) => c.includes(`'${f.mimeType}'`);
      throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid Value', 'invalid');
    });
    return [...this.files.values()]
      .filter((f) => f.createdBy === user && tests.every((t) => t(f)))
      .map((f) => ({ id: f.id, name: f.name, appProperties: f.appProperties }));
  }

  private createFile(body: Json, user: string): Json {
    const id = `file${this.files.size + 1}`;
    const isSheet = body?.mimeType === 'application/vnd.google-apps.spreadsheet';
    // A new spreadsheet has one sheet, sheetId 0, named after the owner's locale.
    const sheets: FakeSheet[] = isSheet
      ? [
          {
            properties: { sheetId: 0, title: 'Feuille 1', index: 0, gridProperties: { rowCount: 1000, columnCount: 26 } },
            cells: new Map(),
            protectedRanges: [],
          },
        ]
      : [];
    const file: FakeFile = {
      id,
      name: body?.name ?? 'Sans titre',
      mimeType: body?.mimeType ?? '',
      parents: body?.parents ?? [],
      appProperties: {},
      permissions: [],
      sheets,
      createdBy: user,
    };
    this.setAppProperties(file, body?.appProperties);
    this.files.set(id, file);
    return { id, name: file.name, mimeType: file.mimeType, appProperties: file.appProperties };
  }

  private getSpreadsheet(id: string, url: URL): Json {
    const f = this.file(id);
    const withData = url.searchParams.get('includeGridData') === 'true';
    const ranges = url.searchParams.getAll('ranges').map((r) => this.parseRange(f, r));
    const sheets = f.sheets.map((s) => {
      const out: Json = { properties: s.properties, protectedRanges: s.protectedRanges };
      const mine = ranges.filter((r) => r.sheet === s);
      if (withData && mine.length) {
        out.data = mine.map((r) => {
          const end = Math.min(r.endRow ?? s.properties.gridProperties.rowCount, s.properties.gridProperties.rowCount);
          const rowData = [];
          for (let row = r.startRow; row < end; row++) {
            const values = [];
            for (let c = 0; c < s.properties.gridProperties.columnCount; c++) values.push(s.cells.get(`${row},${c}`) ?? {});
            while (values.length && Object.keys(values[values.length - 1]).length === 0) values.pop();
            rowData.push({ values });
          }
          while (rowData.length && rowData[rowData.length - 1]!.values.length === 0) rowData.pop();
          return { startRow: r.startRow, startColumn: 0, rowData };
        });
      }
      return out;
    });
    return { spreadsheetId: id, sheets };
  }

  /**
   * values.batchGet, FORMATTED_VALUE (https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption):
   * rows as displayed, trailing empty cells and rows left out.
   */
  private batchGet(id: string, url: URL): Json {
    const f = this.file(id);
    if (url.searchParams.get('valueRenderOption') !== 'FORMATTED_VALUE') throw bad('This fake renders FORMATTED_VALUE only.');
    const valueRanges = url.searchParams.getAll('ranges').map((a1) => {
      const r = this.parseRange(f, a1);
      const g = r.sheet.properties.gridProperties;
      const rows: string[][] = [];
      for (let row = r.startRow; row < Math.min(r.endRow ?? g.rowCount, g.rowCount); row++) {
        const out: string[] = [];
        for (let c = 0; c < g.columnCount; c++) out.push(this.display(r.sheet.cells.get(`${row},${c}`)));
        while (out.length && out[out.length - 1] === '') out.pop();
        rows.push(out);
      }
      while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
      return { range: a1, majorDimension: 'ROWS', ...(rows.length ? { values: rows } : {}) };
    });
    return { spreadsheetId: id, valueRanges };
  }

  /** A cell as displayed: booleans TRUE/FALSE, date serials in their dd/mm/yyyy (hh:mm) pattern. */
  private display(cell: Json): string {
    const v = cell?.userEnteredValue;
    if (!v) return '';
    if (v.boolValue !== undefined) return v.boolValue ? 'TRUE' : 'FALSE';
    if (v.numberValue !== undefined) {
      const pattern: string | undefined = cell.userEnteredFormat?.numberFormat?.pattern;
      if (!pattern || !/dd\/mm\/yyyy/.test(pattern)) return String(v.numberValue);
      const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v.numberValue * 86_400_000));
      const two = (n: number) => String(n).padStart(2, '0');
      const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
      return pattern.includes('hh:mm') ? `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : day;
    }
    return v.stringValue ?? v.formulaValue ?? '';
  }

  private parseRange(f: FakeFile, a1: string): { sheet: FakeSheet; startRow: number; endRow?: number } {
    const m = /^'((?:[^']|'')+)'(?:!(\d+):(\d+))?$/.exec(a1);
    const sheet = m && f.sheets.find((s) => s.properties.title === m[1]!.replace(/''/g, "'"));
    if (!m || !sheet) throw bad(`Unable to parse range: ${a1}`);
    return { sheet, startRow: m[2] ? Number(m[2]) - 1 : 0, ...(m[3] ? { endRow: Number(m[3]) } : {}) };
  }

  private batchUpdate(id: string, body: Json): Json {
    const f = this.file(id);
    // Atomic: applied to a copy, kept only when every request is valid.
    const copy: FakeSheet[] = f.sheets.map((s) => ({
      properties: structuredClone(s.properties),
      cells: new Map([...s.cells].map(([k, v]) => [k, structuredClone(v)])),
      protectedRanges: structuredClone(s.protectedRanges),
    }));
    this.largestBatch = Math.max(this.largestBatch, body?.requests?.length ?? 0);
    const replies = (body?.requests ?? []).map((r: Json, i: number) => this.apply(copy, r, i));
    f.sheets = copy;
    return { spreadsheetId: id, replies };
  }

  private apply(sheets: FakeSheet[], r: Json, i: number): Json {
    const byId = (sheetId: number) => {
      const s = sheets.find((x) => x.properties.sheetId === sheetId);
      if (!s) throw bad(`Invalid requests[${i}]: No grid with id: ${sheetId}`);
      return s;
    };
    const within = (s: FakeSheet, g: Json) => {
      const rows = s.properties.gridProperties.rowCount;
      const cols = s.properties.gridProperties.columnCount;
      if ((g.endRowIndex ?? 0) > rows || (g.endColumnIndex ?? 0) > cols) throw bad(`Invalid requests[${i}]: Range exceeds grid limits.`);
      return { r0: g.startRowIndex ?? 0, r1: g.endRowIndex ?? rows, c0: g.startColumnIndex ?? 0, c1: g.endColumnIndex ?? cols };
    };
    const merge = (s: FakeSheet, row: number, col: number, patch: Json) => {
      const key = `${row},${col}`;
      s.cells.set(key, { ...(s.cells.get(key) ?? {}), ...patch });
    };
    const kind = Object.keys(r)[0]!;
    const q = r[kind];
    switch (kind) {
      case 'addSheet': {
        const props = q.properties ?? {};
        if (sheets.some((s) => s.properties.title === props.title))
          throw bad(`Invalid requests[${i}].addSheet: A sheet with the name "${props.title}" already exists. Please enter another name.`);
        const sheetId = props.sheetId ?? Math.max(0, ...sheets.map((s) => s.properties.sheetId)) + 1;
        if (sheets.some((s) => s.properties.sheetId === sheetId))
          throw bad(`Invalid requests[${i}].addSheet: Sheet with id ${sheetId} already exists.`);
        sheets.push({
          properties: {
            sheetId,
            title: props.title,
            index: sheets.length,
            gridProperties: { rowCount: props.gridProperties?.rowCount ?? 1000, columnCount: props.gridProperties?.columnCount ?? 26 },
          },
          cells: new Map(),
          protectedRanges: [],
        });
        return { addSheet: { properties: sheets[sheets.length - 1]!.properties } };
      }
      case 'appendDimension': {
        const g = byId(q.sheetId).properties.gridProperties;
        if (q.dimension === 'ROWS') g.rowCount += q.length;
        else g.columnCount += q.length;
        return {};
      }
      case 'updateCells': {
        const s = byId(q.start.sheetId);
        if (!q.fields) throw bad(`Invalid requests[${i}].updateCells: fields is required.`);
        q.rows.forEach((row: Json, dr: number) => {
          (row.values ?? []).forEach((cell: Json, dc: number) => {
            const rr = q.start.rowIndex + dr;
            const cc = q.start.columnIndex + dc;
            if (rr >= s.properties.gridProperties.rowCount || cc >= s.properties.gridProperties.columnCount)
              throw bad(`Invalid requests[${i}].updateCells: Range exceeds grid limits.`);
            const patch: Json = {};
            if (q.fields.includes('userEnteredValue')) patch.userEnteredValue = cell.userEnteredValue;
            if (q.fields.includes('userEnteredFormat'))
              patch.userEnteredFormat = { ...(s.cells.get(`${rr},${cc}`)?.userEnteredFormat ?? {}), ...(cell.userEnteredFormat ?? {}) };
            merge(s, rr, cc, patch);
          });
        });
        return {};
      }
      case 'updateSheetProperties': {
        const s = byId(q.properties.sheetId);
        for (const field of String(q.fields).split(',')) {
          const key = field.replace('gridProperties.', '') as 'frozenRowCount' | 'frozenColumnCount';
          (s.properties.gridProperties as Json)[key] = q.properties.gridProperties[key];
        }
        return {};
      }
      case 'setDataValidation':
      case 'repeatCell': {
        const s = byId(q.range.sheetId);
        const { r0, r1, c0, c1 } = within(s, q.range);
        for (let rr = r0; rr < r1; rr++)
          for (let cc = c0; cc < c1; cc++) {
            merge(
              s,
              rr,
              cc,
              kind === 'setDataValidation'
                ? { dataValidation: q.rule }
                : { userEnteredFormat: { ...(s.cells.get(`${rr},${cc}`)?.userEnteredFormat ?? {}), ...q.cell.userEnteredFormat } },
            );
          }
        return {};
      }
      case 'addProtectedRange': {
        const s = byId(q.protectedRange.range.sheetId);
        within(s, q.protectedRange.range);
        const protectedRangeId = 1000 + sheets.reduce((n, x) => n + x.protectedRanges.length, 0) + i;
        const pr = { ...q.protectedRange, protectedRangeId };
        s.protectedRanges.push(pr);
        return { addProtectedRange: { protectedRange: pr } };
      }
      case 'updateProtectedRange': {
        const pr = sheets.flatMap((s) => s.protectedRanges).find((p) => p.protectedRangeId === q.protectedRange.protectedRangeId);
        if (!pr) throw bad(`Invalid requests[${i}].updateProtectedRange: No protected range with id: ${q.protectedRange.protectedRangeId}`);
        for (const field of String(q.fields).split(',')) pr[field] = q.protectedRange[field];
        return {};
      }
      case 'deleteSheet': {
        const s = byId(q.sheetId);
        if (sheets.length === 1) throw bad(`Invalid requests[${i}].deleteSheet: You can't remove all the sheets in a document.`);
        sheets.splice(sheets.indexOf(s), 1);
        return {};
      }
      default:
        throw bad(`Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`);
    }
  }
}
