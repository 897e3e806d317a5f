import type { SimContext } from './context';
import { gasError } from './errors';

/**
 * https://developers.google.com/apps-script/reference/lock/lock
 * A lock is owned by the current execution and released when it ends, normally or killed at its time
 * limit: "The lock is automatically released when the script terminates"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaselock). Here an owner that is no
 * longer a live execution (Runtime.isLive; ids are never reused) holds nothing. sim.locks.hold*() makes "another execution"
 * hold it until an absolute time (or forever); waiting advances the simulated clock. What that other
 * execution does while it holds the lock (`meanwhile`: a colleague's sort, another check…) runs
 * when the script starts waiting, before it gets the lock: a concurrency test can then fail.
 */
export interface LockSlot {
  other: { untilMs: number | undefined; meanwhile?: () => void } | null;
  ownerExecution: number | null;
}

export function newSlot(): LockSlot {
  return { other: null, ownerExecution: null };
}

export class Lock {
  private acquired = false;
  constructor(
    private readonly ctx: SimContext,
    private readonly slot: LockSlot,
  ) {}
  private otherHolds(): boolean {
    const o = this.slot.other;
    if (!o) return false;
    if (o.untilMs !== undefined && this.ctx.clock.nowMs() >= o.untilMs) {
      this.slot.other = null;
      return false;
    }
    return true;
  }
  private mine(): boolean {
    return this.slot.ownerExecution === this.ctx.runtime.executionId;
  }
  /** Held by another execution still running (one this one interrupted, see Runtime.asOther). */
  private liveOwnerHolds(): boolean {
    const owner = this.slot.ownerExecution;
    return owner !== null && !this.mine() && this.ctx.runtime.isLive(owner);
  }
  private acquire(timeoutMs: number): boolean {
    if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw gasError('Invalid argument: timeoutInMillis');
    if (this.liveOwnerHolds()) {
      // The holder cannot finish while this execution runs inside it: the wait times out.
      this.ctx.clock.advance(timeoutMs);
      return false;
    }
    const meanwhile = this.slot.other?.meanwhile;
    if (meanwhile && this.otherHolds()) {
      // The other execution does its work now, while this one waits; it holds the lock throughout.
      this.slot.other!.meanwhile = undefined;
      const held = this.slot.other;
      this.slot.other = null;
      this.ctx.runtime.asOther(meanwhile, 'script');
      this.slot.other = held;
    }
    if (this.mine() || !this.otherHolds()) {
      this.slot.ownerExecution = this.ctx.runtime.executionId;
      this.acquired = true;
      return true;
    }
    const until = this.slot.other!.untilMs;
    if (until !== undefined && until - this.ctx.clock.nowMs() <= timeoutMs) {
      this.ctx.clock.set(new Date(until));
      this.slot.other = null;
      this.slot.ownerExecution = this.ctx.runtime.executionId;
      this.acquired = true;
      return true;
    }
    this.ctx.clock.advance(timeoutMs);
    return false;
  }
  // https://developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  // https://developers.google.com/apps-script/reference/lock/lock#waitlocktimeoutinmillis
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) throw gasError('Lock timeout: another process was holding the lock for too long.');
  }
  // https://developers.google.com/apps-script/reference/lock/lock#haslock
  hasLock(): boolean {
    return this.acquired && this.mine();
  }
  releaseLock(): void {
    if (this.mine()) this.slot.ownerExecution = null;
    this.acquired = false;
  }
}

export interface LockSlots {
  document: LockSlot;
  script: LockSlot;
  users: Map<string, LockSlot>;
}

export function createLockService(ctx: SimContext, slots: LockSlots): GoogleAppsScript.Lock.LockService {
  const wrap = (slot: LockSlot) => ctx.runtime.instrument(new Lock(ctx, slot), 'Lock');
  const service = {
    // null when the script is not bound to a document (standalone script, web app, Node):
    // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
    getDocumentLock: () => (ctx.containerBound ? wrap(slots.document) : null),
    getScriptLock: () => wrap(slots.script),
    getUserLock: () => {
      let s = slots.users.get(ctx.userEmail);
      if (!s) slots.users.set(ctx.userEmail, (s = newSlot()));
      return wrap(s);
    },
  };
  return ctx.runtime.instrument(service, 'LockService') as unknown as GoogleAppsScript.Lock.LockService;
}
