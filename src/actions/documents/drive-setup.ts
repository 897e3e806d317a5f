/**
 * What a call needs in Drive before it claims anything: the cohort folder (refused when it is in the
 * bin, by itself or with a folder above it), the document's folder, the template (made when its key
 * is empty) read once and checked, and the token for the PDF export. Any refusal comes here, before
 * a register row is written or a file made.
 */
import { checkTemplate, readTemplate, type DocResource, type TemplateShape } from '../../domain/doc-fill';
import { DEFAULT_TEMPLATE_NAMES, DEFAULT_TEMPLATES, footerRequests, layoutRequests } from '../../domain/document-templates';
import type { DocumentKind } from '../../domain/documents';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import {
  batchUpdate,
  createDocFromHtml,
  createFolder,
  fileIdOf,
  getDocument,
  isTrashed,
  listFolders,
  oauthToken,
  trashFile,
  type DriveFileRef,
} from '../../gas/drive';
import { spreadsheetName } from '../../gas/spreadsheet';
import { text } from '../../workbook/cells';
import { readSettings, setting } from '../../workbook/cohort';
import { SETTING_KEYS, SETTINGS_TAB } from '../../workbook/schema';
import { requireSheetTab, type ActionContext } from '../context';
import { writeSetting } from '../settings-write';
import { isNotFound } from './errors';
import { TEMPLATE_KEYS } from './inputs';
import type { RegisterTab } from './register';
import { problemText } from './templates';

const D = messages.documents;

export interface DriveSetup {
  folderId: string;
  templateId: string;
  shape: TemplateShape;
  token: string;
}

/**
 * A file the product made for a `Paramètres` key left empty: written under the lock unless a
 * colleague's run filled the key meanwhile, in which case theirs is used and ours goes to the bin.
 */
function adoptOrWrite(ctx: ActionContext, lock: RegisterTab, key: string, made: DriveFileRef): string {
  const now = lock.locked(() => {
    const current = text(setting(readSettings(requireSheetTab(ctx.ss, SETTINGS_TAB).table), key));
    if (!current) writeSetting(ctx.ss, key, made.webViewLink, 'fillEmpty');
    return current;
  });
  if (!now) return made.webViewLink;
  trashFile(made.id);
  return now;
}

function rootFolder(ctx: ActionContext, lock: RegisterTab): { id: string; value: string } {
  let value = text(setting(ctx.settings, SETTING_KEYS.driveFolder));
  if (!value) value = adoptOrWrite(ctx, lock, SETTING_KEYS.driveFolder, createFolder(`PACTE — ${spreadsheetName(ctx.ss)}`));
  const id = fileIdOf(value);
  let trashed: boolean;
  try {
    trashed = isTrashed(id);
  } catch (error) {
    if (isNotFound(error)) throw new UserError(D.folderUnreachable(value));
    throw error;
  }
  // https://developers.google.com/drive/api/guides/delete: a folder in the bin takes what it holds with it.
  if (trashed) throw new UserError(D.folderInBin(value));
  return { id, value };
}

/** The default template: the HTML import, then its layout (borders, the footer with the legal mentions). */
function makeDefaultTemplate(kind: DocumentKind, folderId: string): DriveFileRef {
  const made = createDocFromHtml(DEFAULT_TEMPLATE_NAMES[kind], DEFAULT_TEMPLATES[kind], folderId);
  try {
    const replies = batchUpdate(made.id, layoutRequests(getDocument(made.id) as DocResource));
    const footerId = (replies[0] as { createFooter?: { footerId?: string } } | undefined)?.createFooter?.footerId;
    if (footerId) batchUpdate(made.id, footerRequests(footerId));
  } catch (error) {
    // A template without its footer would print documents without the legal mentions: the next call makes it again.
    trashFile(made.id);
    throw error;
  }
  return made;
}

export function prepareDrive(ctx: ActionContext, kind: DocumentKind, folderName: string, lock: RegisterTab): DriveSetup {
  const root = rootFolder(ctx, lock);
  const inRoot = listFolders(root.id);
  const ensureFolder = (name: string): string => {
    const found = inRoot.find((f) => f.name === name);
    if (found) return found.id;
    try {
      const made = createFolder(name, root.id);
      inRoot.push(made);
      return made.id;
    } catch (error) {
      if (isNotFound(error)) throw new UserError(D.folderUnreachable(root.value));
      throw error;
    }
  };
  const templateKey = TEMPLATE_KEYS[kind];
  let templateValue = text(setting(ctx.settings, templateKey));
  if (!templateValue) templateValue = adoptOrWrite(ctx, lock, templateKey, makeDefaultTemplate(kind, ensureFolder('Modèles')));
  const templateId = fileIdOf(templateValue);
  let resource: unknown;
  try {
    resource = getDocument(templateId);
  } catch (error) {
    if (isNotFound(error)) throw new UserError(D.templateUnreachable(templateKey));
    throw error;
  }
  const shape = readTemplate(resource as DocResource);
  const problems = checkTemplate(kind, shape);
  if (problems.length) throw new UserError(D.templateProblems(templateKey, problems.map(problemText)));
  return { folderId: ensureFolder(folderName), templateId, shape, token: oauthToken() };
}
