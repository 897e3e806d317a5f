/**
 * `sim.drive`: what tests read of the simulated Drive, and what people do in the Drive and Docs
 * UIs (not the script: nothing here is counted or failed by failAt/interleave).
 */
import type { Clock } from './clock';
import { docEditor, type DocEditor } from './docs-edit';
import { htmlToDoc } from './docs-html';
import { cloneDoc, plainText, type DocModel } from './docs-model';
import { DOC_MIME, FOLDER_MIME, setTrashed, type DriveFile, type DriveStore } from './drive';

export interface DriveForTests {
  files(): DriveFile[];
  /** The text a Doc shows (header, body, footer, footnotes), or a PDF's content. */
  text(id: string): string;
  /** A copy of a Doc's model: body, headers, footers, footnotes, runs and their styles (the playground draws it). */
  doc(id: string): DocModel;
  /** A folder or Doc made by a person in the Drive UI: the script (drive.file) cannot see it. */
  addUserFolder(name: string): string;
  addUserDoc(name: string, html: string): string;
  /** A person edits a Doc in the Docs editor (typing, bold, header, footer, footnote, nested table). */
  editDoc(id: string, edit: (doc: DocEditor) => void): void;
  /** A person moves a file into a folder (theirs or the script's) in the Drive UI. */
  moveByHand(id: string, parentId: string): void;
  /** A person renames a file in the Drive UI (its appProperties stay: they are the script's). */
  renameByHand(id: string, name: string): void;
  /** A person drags a file or folder to the bin (a folder takes its content with it) or restores it. */
  trashByHand(id: string, trashed?: boolean): void;
  /** 250 (consumer, default) or 1,500 (Workspace) Docs a day. */
  setDailyDocsLimit(n: number): void;
}

export function driveForTests(store: DriveStore, clock: Clock): DriveForTests {
  const file = (id: string): DriveFile => {
    const f = store.files.get(id);
    if (!f) throw new Error(`Simulator: no Drive file ${id}`);
    return f;
  };
  const doc = (id: string) => {
    const f = file(id);
    if (!f.doc) throw new Error(`Simulator: no Doc ${id}`);
    return f.doc;
  };
  let edits = 0;
  return {
    files: () => [...store.files.values()].map((f) => structuredClone(f)),
    text: (id) => {
      const f = file(id);
      return f.doc ? plainText(f.doc) : Buffer.from(f.content ?? '', 'latin1').toString('utf8');
    },
    doc: (id) => cloneDoc(doc(id)),
    addUserFolder: (name) => store.add({ name, mimeType: FOLDER_MIME, parents: [], byApp: false, createdMs: clock.nowMs() }).id,
    addUserDoc: (name, html) =>
      store.add({ name, mimeType: DOC_MIME, parents: [], byApp: false, createdMs: clock.nowMs(), doc: htmlToDoc(name, html) }).id,
    editDoc: (id, edit) => edit(docEditor(doc(id), (prefix) => `${prefix}.sim${++edits}`)),
    moveByHand: (id, parentId) => {
      file(parentId);
      file(id).parents = [parentId];
    },
    renameByHand: (id, name) => {
      file(id).name = name;
    },
    trashByHand: (id, trashed = true) => setTrashed(store, file(id), trashed),
    setDailyDocsLimit: (n) => {
      store.docsCreatedPerDay = n;
    },
  };
}
