/** The playground's Drive: what the script made, as a list, and each Doc or PDF as a rendered page. */
import type { Simulator } from '../../sim';
import { DOC_MIME, FOLDER_MIME, PDF_MIME } from '../../sim';
import { escapeHtml } from '../../src/domain/text';
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

/** A Doc as a page (paragraph styles, tables), a PDF as the text it shows; undefined when unknown. */
export function renderDriveFile(sim: Simulator, id: string): string | undefined {
  const file = sim.drive.files().find((f) => f.id === id && !f.trashed);
  if (!file || file.mimeType === FOLDER_MIME) return undefined;
  let body: string;
  if (file.mimeType === DOC_MIME) {
    const doc = sim.drive.doc(id);
    body = doc.body
      .map((b) => {
        if (b.kind === 'table') {
          const rows = b.rows.map(
            (r) => `<tr>${r.map((c) => `<td>${c.map((p) => escapeHtml(p.text.slice(0, -1))).join('<br>')}</td>`).join('')}</tr>`,
          );
          return `<table>${rows.join('')}</table>`;
        }
        const text = escapeHtml(b.text.slice(0, -1));
        return b.style === 'TITLE' ? `<h1>${text}</h1>` : b.style === 'HEADING_1' ? `<h2>${text}</h2>` : `<p>${text || '&nbsp;'}</p>`;
      })
      .join('\n');
  } else {
    body = `<pre>${escapeHtml(sim.drive.text(id))}</pre>`;
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(file.name)}</title>
<style>body{font:14px/1.5 Arial,sans-serif;max-width:800px;margin:24px auto;padding:0 24px}table{border-collapse:collapse;width:100%;margin:8px 0}td{border:1px solid #999;padding:6px 8px;height:28px}h1{font-size:22px}h2{font-size:16px}.meta{color:#5f6368;font-size:12px}</style>
</head><body><p class="meta">${escapeHtml(m.driveFileMeta(file.mimeType === DOC_MIME ? 'Google Doc' : 'PDF'))}</p>
${body}
</body></html>`;
}
