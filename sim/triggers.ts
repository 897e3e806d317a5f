/**
 * ScriptApp's installable triggers, time-driven ones only (what the product installs):
 * - https://developers.google.com/apps-script/reference/script/script-app : newTrigger(functionName),
 *   getProjectTriggers() "Gets all installable triggers associated with the current project and
 *   current user", deleteTrigger(trigger); scope https://www.googleapis.com/auth/script.scriptapp.
 * - https://developers.google.com/apps-script/reference/script/clock-trigger-builder : timeBased(),
 *   everyDays(n), atHour(hour) (0-23), inTimezone(tz), create(); the trigger runs "at some point" in
 *   that hour (the simulator picks the start of the hour: tests advance the clock past it).
 * - https://developers.google.com/apps-script/guides/services/quotas : "Triggers: 20 / user / script";
 *   beyond it create() throws "This script has too many triggers. Triggers must be deleted from the
 *   script before more can be added."
 * - https://developers.google.com/apps-script/guides/triggers/installable : "Installable triggers
 *   always run under the account of the person who created them".
 * - https://developers.google.com/apps-script/guides/triggers/events#time-driven_events : the event
 *   object (authMode FULL, triggerUid, year, month, day-of-month, hour, minute, second, timezone…).
 */
import { registerAuthRule } from './auth';
import type { SimContext } from './context';
import { gasError, invalidArgument } from './errors';
import { PARIS_PARTS } from './trigger-clock';

export const MAX_TRIGGERS_PER_USER = 20;
const SCRIPTAPP = 'https://www.googleapis.com/auth/script.scriptapp';
registerAuthRule('ScriptApp.*', { modes: ['FULL'], scope: SCRIPTAPP });
registerAuthRule('TriggerBuilder.*', { modes: ['FULL'], scope: SCRIPTAPP });
registerAuthRule('ClockTriggerBuilder.*', { modes: ['FULL'], scope: SCRIPTAPP });
registerAuthRule('Trigger.*', { modes: ['FULL'], scope: SCRIPTAPP });

export interface TriggerData {
  uid: string;
  functionName: string;
  owner: string;
  everyDays: number;
  atHour: number;
  timeZone: string;
  /** The next instant it fires. */
  nextMs: number;
}

export class TriggerStore {
  triggers: TriggerData[] = [];
  private nextUid = 1000;
  uid(): string {
    return String(++this.nextUid);
  }
}

/** The next start of `hour` (in `timeZone`) strictly after `fromMs`, `everyDays` apart. */
export function nextFiring(fromMs: number, hour: number, timeZone: string): number {
  // Walk hour by hour: at most 48 steps, and exact across daylight-saving changes.
  let t = Math.floor(fromMs / 3_600_000) * 3_600_000 + 3_600_000;
  for (let i = 0; i < 49; i++, t += 3_600_000) if (PARIS_PARTS(new Date(t), timeZone).hour === hour) return t;
  throw new Error('nextFiring: no such hour');
}

class Trigger {
  constructor(readonly _data: TriggerData) {}
  getHandlerFunction(): string {
    return this._data.functionName;
  }
  getUniqueId(): string {
    return this._data.uid;
  }
  getEventType(): string {
    return 'CLOCK';
  }
  getTriggerSource(): string {
    return 'CLOCK';
  }
  getTriggerSourceId(): null {
    return null;
  }
}

/**
 * `extra`: other ScriptApp methods modelled elsewhere (e.g. getOAuthToken beside Drive), so that
 * one ScriptApp global serves every service.
 */
export function createScriptApp(
  ctx: SimContext,
  store: TriggerStore,
  extra: Record<string, unknown> = {},
): GoogleAppsScript.Script.ScriptApp {
  const rt = ctx.runtime;
  const wrapTrigger = (d: TriggerData) => rt.instrument(new Trigger(d), 'Trigger');
  const newTrigger = (functionName: string) => {
    if (typeof functionName !== 'string' || functionName === '') throw invalidArgument('functionName');
    const spec = { everyDays: 0, atHour: -1, timeZone: ctx.timeZone };
    const clock = {
      everyDays(n: number) {
        if (!Number.isInteger(n) || n < 1) throw invalidArgument('n');
        spec.everyDays = n;
        return wrappedClock;
      },
      atHour(hour: number) {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw invalidArgument('hour');
        spec.atHour = hour;
        return wrappedClock;
      },
      inTimezone(tz: string) {
        spec.timeZone = tz;
        return wrappedClock;
      },
      create() {
        if (spec.everyDays === 0) throw gasError('The trigger must have a recurrence (everyDays) in this simulator.');
        const mine = store.triggers.filter((t) => t.owner === ctx.userEmail);
        if (mine.length >= MAX_TRIGGERS_PER_USER) {
          throw gasError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
        }
        const hour = spec.atHour < 0 ? PARIS_PARTS(ctx.clock.now(), spec.timeZone).hour : spec.atHour;
        const data: TriggerData = {
          uid: store.uid(),
          functionName,
          owner: ctx.userEmail,
          everyDays: spec.everyDays,
          atHour: hour,
          timeZone: spec.timeZone,
          nextMs: nextFiring(ctx.clock.nowMs(), hour, spec.timeZone),
        };
        store.triggers.push(data);
        return wrapTrigger(data);
      },
    };
    const wrappedClock = rt.instrument(clock, 'ClockTriggerBuilder');
    return rt.instrument({ timeBased: () => wrappedClock }, 'TriggerBuilder');
  };
  const service = {
    ...extra,
    newTrigger,
    getProjectTriggers: () => store.triggers.filter((t) => t.owner === ctx.userEmail).map(wrapTrigger),
    deleteTrigger: (trigger: { getUniqueId(): string }) => {
      const uid = trigger?.getUniqueId?.();
      const i = store.triggers.findIndex((t) => t.uid === uid && t.owner === ctx.userEmail);
      if (i < 0) throw invalidArgument('trigger');
      store.triggers.splice(i, 1);
    },
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
  };
  return rt.instrument(service, 'ScriptApp') as unknown as GoogleAppsScript.Script.ScriptApp;
}

/** The documented time-driven event object for a firing at `at`. */
export function timeDrivenEvent(trigger: TriggerData, at: Date) {
  const p = PARIS_PARTS(at, trigger.timeZone);
  return {
    authMode: 'FULL',
    triggerUid: trigger.uid,
    timezone: trigger.timeZone,
    year: p.year,
    month: p.month,
    'day-of-month': p.day,
    'day-of-week': p.weekday,
    'week-of-year': p.weekOfYear,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
  };
}
