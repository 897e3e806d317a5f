/**
 * The end of an execution the script cannot catch. Google stops a script at its time limit (6 minutes,
 * 30 seconds for a simple trigger: https://developers.google.com/apps-script/guides/services/quotas#current_limitations)
 * and the execution log shows "Exceeded maximum execution time"; no catch or finally of the script runs
 * a service call after that. The simulator cannot stop JavaScript, so it throws this error and throws it
 * again at every later service call of the same execution: whatever the product catches, it can no
 * longer read, write, send or release anything. Its pending spreadsheet writes are lost and its locks
 * released, as at any end of an execution (https://developers.google.com/apps-script/reference/lock/lock#releaselock).
 */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** A brand rather than instanceof alone: the error crosses the bundle's vm realm and jest's module registries. */
const BRAND = Symbol.for('cohorte-pacte.sim.ExecutionKilled');

export class ExecutionKilled extends Error {
  readonly [BRAND] = true;
  /**
   * @param reason 'timeLimit' (the clock passed the execution's limit) or 'killAt' (sim.killAt)
   * @param at the call the execution ended before, e.g. 'Range.setValues #3'
   */
  constructor(
    readonly reason: 'timeLimit' | 'killAt',
    readonly at: string,
  ) {
    super(TIME_LIMIT_MESSAGE);
    this.name = 'ExecutionKilled';
  }
}

export function isExecutionKilled(e: unknown): e is ExecutionKilled {
  return e !== null && typeof e === 'object' && (e as Record<symbol, unknown>)[BRAND] === true;
}
