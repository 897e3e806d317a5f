/** The playground's Drive: what the script made, as a list, and each Doc or PDF as a rendered page. */
import type { Simulator } from '../../sim';
import { DOC_MIME, FOLDER_MIME, PDF_MIME } from '../../sim';
import { docPageBody, pageHtml, pdfPageBody } from './doc-html';
import { playgroundMessages as m } from './messages';
import type { DriveItemView } from './protocol';

/** Every file not in the bin, with the path of its folder, folders first, by path then name. */
export function driveItems(sim: Simulator): DriveItemView[] {
  const files = sim.drive.files().filter((f) => !f.trashed && f.byApp);
  const byId = new Map(files.map((f) => [f.id, f]));
  const pathOf = (id: string | undefined): string => {
    const names: string[] = [];
    for (let f = id ? byId.get(id) : undefined; f; f = f.parents[0] ? byId.get(f.parents[0]) : undefined) names.unshift(f.name);
    return names.join(' › ');
  };
  const kind = (mime: string): DriveItemView['kind'] =>
    mime === FOLDER_MIME ? 'folder' : mime === DOC_MIME ? 'doc' : mime === PDF_MIME ? 'pdf' : 'file';
  return files
    .map((f) => ({ id: f.id, name: f.name, kind: kind(f.mimeType), folder: pathOf(f.parents[0]) }))
    .sort((a, b) =>
      a.folder === b.folder
        ? (a.kind === 'folder') !== (b.kind === 'folder')
          ? a.kind === 'folder'
            ? -1
            : 1
          : a.name.localeCompare(b.name)
        : a.folder.localeCompare(b.folder),
    );
}

/** A Doc as a page (header, headings, tables, runs' styles, footer), a PDF as the page it shows; undefined when unknown. */
export function renderDriveFile(sim: Simulator, id: string): string | undefined {
  const file = sim.drive.files().find((f) => f.id === id && !f.trashed);
  if (!file || file.mimeType === FOLDER_MIME) return undefined;
  if (file.mimeType === DOC_MIME) return pageHtml(file.name, m.driveFileMeta('Google Doc'), docPageBody(sim.drive.doc(id)));
  return pageHtml(file.name, m.driveFileMeta(file.mimeType === PDF_MIME ? 'PDF' : m.file), pdfPageBody(sim.drive.text(id)));
}
