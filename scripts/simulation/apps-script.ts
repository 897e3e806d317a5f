/**
 * The Apps Script API v1 as the simulated Google answers it: projects.create (bound when given a
 * parentId the account can open), projects.get, projects.getContent and projects.updateContent
 * (https://developers.google.com/apps-script/api/reference/rest/v1/projects). A bound project is reached
 * through its container: an account that cannot open the spreadsheet cannot reach its script.
 */
import { bad, notFound } from './errors';
import type { ScriptFile, SimState } from './model';
import { openable } from './sheets';

export function createProject(state: SimState, body: { title?: string; parentId?: string } | undefined, user: string) {
  if (!body?.title) throw bad('Project title is required.');
  if (body.parentId) openable(state, body.parentId, user);
  const scriptId = `script${state.counters.script + 1}`;
  state.counters.script++;
  state.projects.set(scriptId, { scriptId, title: body.title, parentId: body.parentId ?? '', files: [] });
  return { scriptId, title: body.title, ...(body.parentId ? { parentId: body.parentId } : {}) };
}

export function project(state: SimState, id: string, user: string) {
  const found = state.projects.get(id);
  if (!found) throw notFound('script');
  if (found.parentId) openable(state, found.parentId, user);
  return found;
}

/** projects.get: parentId included for a bound script. */
export function getProject(state: SimState, id: string, user: string) {
  const p = project(state, id, user);
  return { scriptId: p.scriptId, title: p.title, ...(p.parentId ? { parentId: p.parentId } : {}) };
}

/** projects.updateContent: the files replaced whole; the manifest (appsscript.json) is required. */
export function updateContent(state: SimState, id: string, body: { files?: ScriptFile[] } | undefined, user: string) {
  const p = project(state, id, user);
  if (!body?.files?.some((f) => f.name === 'appsscript' && f.type === 'JSON'))
    throw bad('The manifest file is required (appsscript.json).');
  p.files = body.files;
  return { scriptId: p.scriptId, files: p.files };
}
