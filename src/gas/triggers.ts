/** Installable triggers (ScriptApp, scope script.scriptapp): a project's triggers are each their owner's. */
import { triggerHandle, triggerOf, type TriggerHandle } from './handles';

export type { TriggerHandle } from './handles';

/**
 * This person's triggers that call `functionName`: getProjectTriggers lists only the triggers of the
 * user running the script (https://developers.google.com/apps-script/reference/script/script-app#getprojecttriggers).
 */
export function myTriggers(functionName: string): TriggerHandle[] {
  return ScriptApp.getProjectTriggers()
    .filter((t) => t.getHandlerFunction() === functionName)
    .map(triggerHandle);
}

export function deleteTrigger(trigger: TriggerHandle): void {
  ScriptApp.deleteTrigger(triggerOf(trigger));
}

/** A time-driven trigger calling `functionName` every day around `hour` o'clock in `timeZone`. */
export function installDailyTrigger(functionName: string, hour: number, zone: string): void {
  ScriptApp.newTrigger(functionName).timeBased().everyDays(1).atHour(hour).inTimezone(zone).create();
}
