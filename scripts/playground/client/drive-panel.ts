/** « Drive (simulé) »: the folders, Docs and PDFs the script made, by folder; each file opens as a page. */
import { playgroundMessages as m } from '../messages';
import type { DriveItemView } from '../protocol';
import { el } from './dom';

const KIND_LABELS: Record<DriveItemView['kind'], string> = { folder: m.driveFolder, doc: 'Doc', pdf: 'PDF', file: m.file };

function itemRow(f: DriveItemView): HTMLLIElement {
  const li = el('li', { class: `drive-${f.kind}` });
  // The kind and the name are two words: a space between them, for the eye and for screen readers.
  li.append(el('span', { class: 'drive-kind' }, KIND_LABELS[f.kind]), document.createTextNode(' '));
  if (f.kind === 'folder') {
    li.append(el('span', { class: 'drive-name' }, f.name));
    return li;
  }
  li.append(
    el(
      'a',
      {
        href: `/drive/${encodeURIComponent(f.id)}`,
        target: '_blank',
        rel: 'noopener',
        'aria-label': m.driveOpen(f.name),
        class: 'drive-name',
      },
      f.name,
    ),
  );
  return li;
}

export interface DrivePanel {
  readonly element: HTMLElement;
  render(items: DriveItemView[]): void;
}

export function createDrivePanel(): DrivePanel {
  const section = el('section', { class: 'drive', 'aria-labelledby': 'drive-title' });
  return {
    element: section,
    render(items: DriveItemView[]): void {
      const heading = el('h2', { id: 'drive-title' }, m.driveTitle);
      if (items.length === 0) {
        section.replaceChildren(heading, el('p', { class: 'empty' }, m.driveEmpty));
        return;
      }
      const groups = new Map<string, DriveItemView[]>();
      for (const item of items) groups.set(item.folder, [...(groups.get(item.folder) ?? []), item]);
      const lists = [...groups].map(([folder, files]) => {
        const list = el('ul');
        list.append(...files.map(itemRow));
        const details = el('details', { open: '' });
        details.append(el('summary', {}, folder || m.driveRoot), list);
        return details;
      });
      section.replaceChildren(heading, ...lists);
    },
  };
}
