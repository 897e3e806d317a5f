/** `pacte relances`: the reminders due on a day, exactly what the daily trigger would send, sent nowhere (workbook.md). */
import path from 'node:path';
import { formatDayFr } from '../../src/domain/dates';
import { messages } from '../../src/domain/messages';
import { CREATED, planReminders, planToJson, type ReminderPlan } from '../../src/domain/reminders/plan';
import { reminderInputFromWorkbook } from '../../src/workbook/reminders';
import { readWorkbookFile } from '../workbook-file/read';
import { loadProfileOption, parseTodayOption, type CheckOptions } from './check';

const M = messages.cli.relances;

/** The readable report: grouped by rule, in the order of `Relances`; who and what subject for each. */
export function formatRelances(target: string, plan: ReminderPlan): string {
  const lines = [M.title(path.basename(target)), M.summary(formatDayFr(plan.today), plan.reminders.length), ''];
  for (const rule of plan.rules) {
    const group = plan.reminders.filter((r) => r.rule === rule.id);
    if (group.length === 0) continue;
    lines.push(M.ruleHeader(rule.id, rule.when, group.length));
    for (const r of group) {
      lines.push(M.line(r.targetId ? `${r.targetId} · ${r.targetLabel}` : r.targetLabel, r.to, r.subject));
      if (r.document) lines.push(M.attachment(r.document.name, r.document.state === CREATED));
    }
    lines.push('');
  }
  if (plan.reminders.length === 0) lines.push(M.none, '');
  if (plan.problems.length) {
    lines.push(M.problemsTitle(plan.problems.length));
    for (const p of plan.problems) lines.push(`  - ${p.message}`);
  }
  return lines.join('\n').trimEnd();
}

export async function runRelances(target: string, options: CheckOptions): Promise<{ plan: ReminderPlan; output: string }> {
  const today = parseTodayOption(options.today);
  const profile = await loadProfileOption(options.profile);
  const workbook = await readWorkbookFile(target);
  const plan = planReminders(reminderInputFromWorkbook(workbook, today, profile));
  const output = options.json ? JSON.stringify(planToJson(plan), null, 2) : formatRelances(target, plan);
  return { plan, output };
}
