import { PARIS } from '../domain/dates';
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';
import { withDocumentLock } from '../gas/lock';
import { SETTING_KEYS } from '../workbook/schema';
import type { RemindersView, SendNowResult, TriggerState } from '../ui/contract';
import { openAction, type ActionContext } from './context';
import { appendJournal } from '../gas/journal';
import { remainingRecipients, sendMail } from '../gas/mail';
import { documentProperties } from '../gas/properties';
import { deleteTrigger, installDailyTrigger, myTriggers } from '../gas/triggers';
import { showSidebar } from '../gas/ui';
import { automaticSending, planFromSheet, sendDueReminders } from './reminders';
import { serverFunction } from './rpc';
import { writeSetting } from './settings-write';

const M = messages.reminders;
export const DAILY_FUNCTION = 'pacteDailyReminders';
/** Around 7 h Paris: before staff arrive, after the night's edits. */
export const DAILY_HOUR = 7;
const OWNER_PROPERTY = 'pacte.relances.proprietaire';

export function openRemindersSidebar(): void {
  openAction();
  showSidebar('reminders', M.sidebar.title);
}

/** The daily trigger as this person can see it (getProjectTriggers lists only their own). */
function triggerState(ctx: ActionContext): TriggerState {
  const mine = myTriggers(DAILY_FUNCTION);
  const recorded = documentProperties().get(OWNER_PROPERTY) ?? '';
  const owner = mine.length > 0 ? ctx.user : recorded;
  return {
    installed: owner !== '',
    owner,
    mine: mine.length > 0,
    description: owner ? M.sidebar.owner(owner, owner === ctx.user) : M.sidebar.noTrigger,
  };
}

function view(ctx: ActionContext): RemindersView {
  const { plan } = planFromSheet(ctx);
  const groups = plan.rules
    .map((rule) => ({
      rule: rule.id,
      when: rule.when,
      label: M.describe[rule.when]?.(rule.days) ?? rule.id,
      reminders: plan.reminders
        .filter((r) => r.rule === rule.id)
        .map((r) => ({
          key: r.key,
          who: r.targetId ? `${r.targetId} · ${r.targetLabel}` : r.targetLabel,
          to: r.to,
          subject: r.subject,
          body: r.body,
        })),
    }))
    .filter((g) => g.reminders.length > 0);
  return {
    today: plan.today,
    total: plan.reminders.length,
    groups,
    problems: plan.problems.map((p) => p.message),
    automatic: automaticSending(ctx),
    trigger: triggerState(ctx),
    quota: remainingRecipients(),
    user: ctx.user,
  };
}

export const loadReminders = serverFunction('pacteRemindersLoad', () => view(openAction()));

/** One reminder as rendered, to the person at the keyboard, « [TEST] » in the subject; not journaled as sent. */
export const sendTestReminder = serverFunction('pacteRemindersTest', ({ key }) => {
  const ctx = openAction();
  const reminder = planFromSheet(ctx).plan.reminders.find((r) => r.key === key);
  if (!reminder) throw new UserError(M.sidebar.noLongerDue);
  if (remainingRecipients() < 1) throw new UserError(M.sidebar.noQuota);
  sendMail({ to: [ctx.user], subject: M.sidebar.testSubject(reminder.subject), body: reminder.body, htmlBody: reminder.html });
  // Every e-mail leaves a trace; without a key, so the real reminder stays due.
  appendJournal(ctx.ss, [{ at: new Date(), action: M.actionTest, target: ctx.user, detail: reminder.key, by: ctx.user, key: '' }]);
  return M.sidebar.testSent(ctx.user);
});

export const sendRemindersNow = serverFunction('pacteRemindersSendNow', (): SendNowResult => {
  const ctx = openAction();
  const report = sendDueReminders(ctx, ctx.user);
  return { message: report.summary, sent: report.sent };
});

/**
 * The automatic switch. On: ticks the setting and makes sure ONE daily trigger exists (one of this
 * person's, unless a colleague's is recorded); off: unticks it and removes this person's trigger.
 * Idempotent: switching on twice installs one trigger.
 */
export const setAutomaticReminders = serverFunction('pacteRemindersAutomatic', ({ on }) => {
  const ctx = openAction();
  const props = documentProperties();
  const mine = myTriggers(DAILY_FUNCTION);
  withDocumentLock(() => writeSetting(ctx.ss, SETTING_KEYS.automaticReminders, on, 'overwrite'));
  if (on) {
    const recorded = props.get(OWNER_PROPERTY) ?? '';
    // Extra copies (a double click, an old install) would only add executions: keep one.
    for (const extra of mine.slice(1)) deleteTrigger(extra);
    if (mine.length === 0 && (recorded === '' || recorded === ctx.user)) {
      installDailyTrigger(DAILY_FUNCTION, DAILY_HOUR, PARIS);
      props.set(OWNER_PROPERTY, ctx.user);
    } else if (mine.length > 0 && recorded !== ctx.user) props.set(OWNER_PROPERTY, ctx.user);
  } else {
    for (const t of mine) deleteTrigger(t);
    if (mine.length > 0) props.delete(OWNER_PROPERTY);
  }
  appendJournal(ctx.ss, [
    {
      at: new Date(),
      action: M.actionSwitch,
      target: SETTING_KEYS.automaticReminders,
      detail: on ? M.switchedOn : M.switchedOff,
      by: ctx.user,
      key: '',
    },
  ]);
  return view(ctx);
});
