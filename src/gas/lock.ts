/** The document lock around writes that must not interleave (IDs, attendance). */
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';

const WAIT_MS = 10_000;

export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) throw new UserError(messages.sheet.lockBusy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
