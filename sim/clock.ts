/** Controllable clock shared by every simulated service. */
export class Clock {
  private ms: number;
  constructor(start: Date) {
    this.ms = start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
  set(d: Date): void {
    this.ms = d.getTime();
  }
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`Clock.advance: invalid duration ${ms}`);
    this.ms += ms;
  }
}

/**
 * A `Date` constructor whose `new Date()`, `Date()` and `Date.now()` read the simulated clock.
 * It is a Proxy over the real `Date`, so `Date.prototype` is shared and `x instanceof Date`
 * holds for dates built by either constructor (including Dates returned by Range.getValues).
 */
export function makeClockDate(clock: Clock): DateConstructor {
  const RealDate = Date;
  return new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget) {
      const realArgs = args.length === 0 ? [clock.nowMs()] : args;
      return Reflect.construct(target, realArgs, newTarget) as object;
    },
    apply() {
      // Date() called as a function returns the current time as a string.
      return new RealDate(clock.nowMs()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => clock.nowMs();
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}
