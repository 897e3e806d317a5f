/**
 * One document in Drive: copy → one Docs batch → PDF, each file carrying the document's key from
 * the moment it exists. Before remaking a key an earlier attempt worked on (`Erreur`, a stale
 * claim), what that attempt made is looked up by the key (never by name): a complete Doc and PDF
 * pair is adopted, partial leftovers carrying this key go to the bin, and nothing else is touched.
 */
import { planFill } from '../../domain/doc-fill';
import type { DocumentJob } from '../../domain/documents';
import { UserError } from '../../domain/errors';
import { messages } from '../../domain/messages';
import { utf8Length } from '../../domain/text';
import {
  batchUpdate,
  copyFile,
  listByKey,
  savePdf,
  trashFile,
  DOC_MIME,
  KEY_PROPERTY,
  PDF_MIME,
  PDF_OF_PROPERTY,
  PROPERTY_BYTES,
  type DriveFileRef,
} from '../../gas/drive';
import type { DriveSetup } from './drive-setup';
import { isQuotaError } from './errors';

export interface Made {
  doc: DriveFileRef;
  pdf: DriveFileRef;
  /** Found in Drive (an earlier attempt finished it), not made now. */
  adopted: boolean;
}

/** Drive refuses a property over 124 bytes (key and value, UTF-8): such a key cannot be carried. */
function assertCarriable(key: string): void {
  if (utf8Length(KEY_PROPERTY + key) > PROPERTY_BYTES) throw new UserError(messages.documents.keyTooLong(key));
}

/** What an earlier attempt left for this key in its folder: the newest complete pair is kept, the rest of this key binned. */
export function recover(job: DocumentJob, drive: DriveSetup): Made | undefined {
  const found = listByKey(drive.folderId, job.key).filter((f) => f.appProperties?.[KEY_PROPERTY] === job.key);
  const docs = found.filter((f) => f.mimeType === DOC_MIME);
  const pairs = found
    .filter((f) => f.mimeType === PDF_MIME)
    .map((pdf) => ({ pdf, doc: docs.find((d) => d.id === pdf.appProperties?.[PDF_OF_PROPERTY]) }))
    .filter((p): p is { pdf: (typeof found)[number]; doc: (typeof found)[number] } => p.doc !== undefined)
    .sort((a, b) => b.doc.createdTime.localeCompare(a.doc.createdTime));
  // Older complete pairs are earlier versions staff asked for (a register row deleted): they stay.
  const kept = new Set(pairs.flatMap((p) => [p.doc.id, p.pdf.id]));
  for (const f of found) if (!kept.has(f.id)) trashFile(f.id);
  const newest = pairs[0];
  return newest ? { doc: newest.doc, pdf: newest.pdf, adopted: true } : undefined;
}

export type Attempt = { ok: true; made: Made } | { ok: false; error: unknown; leftover: boolean };

/**
 * Copy → one batch → PDF. A failure bins the Doc it made. `leftover`: a file carrying the key may
 * remain (Google made the copy or the PDF and then failed to answer, or the bin failed), so the
 * next attempt looks for it by key; a quota refusal made nothing.
 */
export function makeOne(job: DocumentJob, drive: DriveSetup): Attempt {
  try {
    assertCarriable(job.key);
  } catch (error) {
    return { ok: false, error, leftover: false };
  }
  let doc: DriveFileRef;
  try {
    doc = copyFile(drive.templateId, job.fileName, drive.folderId, { [KEY_PROPERTY]: job.key });
  } catch (error) {
    return { ok: false, error, leftover: !isQuotaError(error) };
  }
  let saving = false;
  try {
    batchUpdate(doc.id, planFill(drive.shape, job));
    saving = true;
    const pdf = savePdf(doc.id, `${job.fileName}.pdf`, drive.folderId, drive.token, { [KEY_PROPERTY]: job.key, [PDF_OF_PROPERTY]: doc.id });
    return { ok: true, made: { doc, pdf, adopted: false } };
  } catch (error) {
    try {
      trashFile(doc.id);
    } catch (cleanup) {
      console.error(cleanup);
      return { ok: false, error, leftover: true };
    }
    // A PDF made without its answer names a Doc now in the bin: the next attempt bins it.
    return { ok: false, error, leftover: saving && !isQuotaError(error) };
  }
}
