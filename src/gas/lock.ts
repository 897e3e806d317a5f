/**
 * The document lock around writes that must not interleave (IDs, Contrôle, Éligibilité, attendance,
 * the `Journal` and `Documents` registers), and the script lock of a run that must be alone.
 */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';

const WAIT_MS = 10_000;

/**
 * Runs `fn` holding the document lock. `fn` reads what it writes against itself, under the lock:
 * anything read before may have been sorted or saved by a colleague while this execution waited.
 * Never nested: a Lock only knows itself (https://developers.google.com/apps-script/reference/lock/lock#haslock),
 * and an inner section's release would free the outer one's lock; code that runs under the lock
 * takes what it needs as a parameter instead (see appendJournalLocked).
 */
export function withDocumentLock<T>(fn: () => T): T {
  return holding(documentLock(), fn, () => {
    // The writes made under the lock land before the next holder reads: Apps Script holds them back
    // otherwise (https://developers.google.com/apps-script/reference/lock/lock#releaselock).
    SpreadsheetApp.flush();
  });
}

/** null outside a container-bound context: https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock() */
function documentLock(): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new UserError(messages.sheet.noDocumentLock);
  return lock;
}

/** Takes `lock` (waiting a little), runs `fn`, then `beforeRelease`, and always releases. */
function holding<T>(lock: GoogleAppsScript.Lock.Lock, fn: () => T, beforeRelease?: () => void): T {
  if (!lock.tryLock(WAIT_MS)) throw new UserError(messages.sheet.lockBusy);
  try {
    return fn();
  } finally {
    try {
      beforeRelease?.();
    } finally {
      lock.releaseLock();
    }
  }
}

/** A document lock taken for several short sections by one caller (see documentLockSections). */
export interface DocumentLockSections {
  /** Runs `fn` holding the document lock; `fn` flushes what it wrote before it returns. */
  locked<T>(fn: () => T): T;
}

/**
 * The document lock for a caller that takes it for several short sections (the documents register,
 * held only around its reads and writes): one getDocumentLock, asked at the first section, for all.
 * Unlike withDocumentLock, nothing is flushed on release: each section flushes its own writes
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock(): "call
 * SpreadsheetApp.flush() prior to releasing the lock").
 */
export function documentLockSections(): DocumentLockSections {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  return {
    locked: (fn) => holding((lock ??= documentLock()), fn),
  };
}

/** Runs `fn` only when no other execution holds the script lock (no wait); undefined otherwise. */
export function ifScriptLockFree<T>(fn: () => T): T | undefined {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(0)) return undefined;
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
