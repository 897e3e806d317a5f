/**
 * The simulated Google's routes: a request's method and path → the Drive, Sheets or Apps Script
 * answer, run on the state a store hands over (errors thrown as ApiError, in Google's shape).
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { createProject, getProject, project, updateContent } from './apps-script';
import { addPermission, createFile, driveFile, listFiles, setAppProperties } from './drive';
import { notFound } from './errors';
import type { SimState } from './model';
import { batchGet, batchUpdate, getSpreadsheet, openable } from './sheets';

export interface RouteRequest {
  method: string;
  url: URL;
  /** The parsed JSON body, unchecked: each route reads what it needs and refuses what it lacks. */
  body: unknown;
  user: string;
}

type Route = (state: SimState, request: RouteRequest, id: string) => unknown;

const fileView = (f: { id: string; name: string; trashed?: boolean; appProperties: Record<string, string> }) => ({
  id: f.id,
  name: f.name,
  trashed: !!f.trashed,
  appProperties: f.appProperties,
});

/** `METHOD pattern` → the route; the pattern's one group is the id it names. */
const ROUTES: Array<[string, RegExp, Route]> = [
  ['GET', /^\/drive\/v3\/about$/, (_s, r) => ({ user: { emailAddress: r.user, displayName: r.user.split('@')[0] } })],
  ['GET', /^\/drive\/v3\/files$/, (s, r) => ({ files: listFiles(s, r.url.searchParams.get('q') ?? '', r.user) })],
  ['POST', /^\/drive\/v3\/files$/, (s, r) => createFile(s, r.body as never, r.user)],
  ['GET', /^\/drive\/v3\/files\/([^/]+)$/, (s, r, id) => fileView(driveFile(s, id, r.user))],
  [
    'PATCH',
    /^\/drive\/v3\/files\/([^/]+)$/,
    (s, r, id) => {
      const f = driveFile(s, id, r.user);
      setAppProperties(f, (r.body as { appProperties?: Record<string, unknown> } | undefined)?.appProperties);
      return fileView(f);
    },
  ],
  ['GET', /^\/drive\/v3\/files\/([^/]+)\/permissions$/, (s, r, id) => ({ permissions: driveFile(s, id, r.user).permissions })],
  ['POST', /^\/drive\/v3\/files\/([^/]+)\/permissions$/, (s, r, id) => addPermission(driveFile(s, id, r.user), r.body as never)],
  ['GET', /^\/v4\/spreadsheets\/([^/:]+)$/, (s, r, id) => getSpreadsheet(openable(s, id, r.user), r.url)],
  ['GET', /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/, (s, r, id) => batchGet(openable(s, id, r.user), r.url)],
  [
    'POST',
    /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/,
    (s, r, id) => batchUpdate(openable(s, id, r.user), r.body as sheets_v4.Schema$BatchUpdateSpreadsheetRequest),
  ],
  ['POST', /^\/v1\/projects$/, (s, r) => createProject(s, r.body as never, r.user)],
  ['GET', /^\/v1\/projects\/([^/]+)$/, (s, r, id) => getProject(s, id, r.user)],
  [
    'GET',
    /^\/v1\/projects\/([^/]+)\/content$/,
    (s, r, id) => {
      const p = project(s, id, r.user);
      return { scriptId: p.scriptId, files: p.files };
    },
  ],
  ['PUT', /^\/v1\/projects\/([^/]+)\/content$/, (s, r, id) => updateContent(s, id, r.body as never, r.user)],
];

/** The answer to one API request (its JSON), or an ApiError thrown. */
export function route(state: SimState, request: RouteRequest): unknown {
  const path = request.url.pathname;
  for (const [method, pattern, handler] of ROUTES) {
    const m = method === request.method ? pattern.exec(path) : null;
    if (m) return handler(state, request, decodeURIComponent(m[1] ?? ''));
  }
  throw notFound(`${request.method} ${path}`);
}
