/**
 * Documents travel with their e-mail (workbook.md › `Relances`): which register document a reminder
 * carries, under which name, and whether it can go now. Pure: the daily run, the sidebar's preview
 * and `pacte relances` decide alike.
 */
import { learnerDocumentOf } from '../keys';
import { messages } from '../messages';
import type { CarriedDocument, RegisterEntry } from './types';

export type { CarriedDocument } from './types';

const M = messages.reminders;

/** The register's `État` of a document made (its Doc and PDF exist). */
export const CREATED = 'Créé';
export const FAILED = 'Erreur';

/** Characters mail clients and file systems refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

export function attachmentName(key: string, session: string, person: string): string {
  const kind = learnerDocumentOf(key)?.kind ?? '';
  const name = M.attachmentName(kind, session, person).replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return `${name}.pdf`;
}

export function carriedDocument(key: string, entry: RegisterEntry | undefined, session: string, person: string): CarriedDocument {
  return { key, state: entry?.state ?? '', pdf: entry?.pdf ?? '', detail: entry?.detail ?? '', name: attachmentName(key, session, person) };
}

/** A reminder goes now when it carries nothing, or a document made whose PDF link the register holds. */
export function readyToSend(r: { document?: CarriedDocument }): boolean {
  return !r.document || (r.document.state === CREATED && r.document.pdf !== '');
}

/**
 * The documents the run makes before it sends: those of today's reminders not yet `Créé` (an `Erreur`
 * is retried, as the register's rule says), each key once, in the reminders' order.
 */
export function documentsToMake(reminders: readonly { document?: CarriedDocument }[]): string[] {
  return [...new Set(reminders.filter((r) => r.document && !readyToSend(r)).map((r) => r.document!.key))];
}
