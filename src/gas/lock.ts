/** The document lock around writes that must not interleave (IDs, Contrôle, Éligibilité, attendance). */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';

const WAIT_MS = 10_000;

/**
 * Runs `fn` holding the document lock. `fn` reads what it writes against itself, under the lock:
 * anything read before may have been sorted or saved by a colleague while this execution waited.
 */
export function withDocumentLock<T>(fn: () => T): T {
  // null outside a container-bound context: https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  const lock = LockService.getDocumentLock();
  if (!lock) throw new UserError(messages.sheet.noDocumentLock);
  if (!lock.tryLock(WAIT_MS)) throw new UserError(messages.sheet.lockBusy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
