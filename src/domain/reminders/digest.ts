/**
 * `{{synthese}}`, the Monday digest for the team (workbook.md › `Relances`): the past week's sends
 * by what each rule does, what is waiting since an earlier day (counted once), sends to check,
 * applications only staff can settle, documents in error, problems, learners at risk. Built from the
 * keys, the plan and the checks, never from figures read back out of `Journal` texts.
 */
import { candidateCanFix, checkCandidates } from '../candidates';
import { addDays, formatDayLongFr } from '../dates';
import { isReminderKey, reminderKeySchedule } from '../keys';
import { messages, stateLabels } from '../messages';
import { sentDuring, type SentKeys } from '../sent-keys';
import { fold } from '../text';
import type { DueReminder, ReminderInput, TargetContext } from './types';
import type { ReminderProblem } from './rules';
import type { ReminderRule } from './triggers';

const M = messages.reminders;
const D = M.digest;
/** What a key's schedule (`seance-7`) does, in words; an older key keeps its own name. */
function describeKey(key: string): string {
  const { segment, when, days } = reminderKeySchedule(key);
  const describe = when ? M.describe[when] : undefined;
  return describe ? describe(days!) : D.otherRule(segment);
}

function countLines(labels: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([label, n]) => D.countLine(label, n));
}

export interface DigestInput {
  input: ReminderInput;
  ctx: TargetContext;
  rules: readonly ReminderRule[];
  problems: readonly ReminderProblem[];
  /** Today's other due reminders. */
  due: readonly DueReminder[];
  sent: SentKeys;
}

export function digestText({ input, ctx, problems, due, sent }: DigestInput): string {
  const since = addDays(input.today, -7);
  const lines: string[] = [D.sentTitle(formatDayLongFr(since))];
  // The seven days before today: today's own sends belong to next week's digest.
  const sentKeys = sentDuring(input.journal, since, input.today).filter(isReminderKey);
  lines.push(...(sentKeys.length ? countLines(sentKeys.map(describeKey)) : [D.noneSent]));

  const waiting = due.filter((r) => r.waiting);
  if (waiting.length) lines.push('', D.waitingTitle(waiting.length), ...countLines(waiting.map((r) => describeKey(r.key))));

  const toCheck = [...sent.inProgress.values()];
  if (toCheck.length) lines.push('', D.toCheckTitle, ...toCheck.map((l) => D.toCheckLine(l.target, l.key)));

  const forStaff = checkCandidates(input.cohort.candidates, input.profile)
    .filter((r) => r.id && ctx.unique.some((c) => c.row === r.row && (c.status === '' || fold(c.status) === fold('Reçu'))))
    .map((r) => ({ r, staff: r.problems.filter((p) => !candidateCanFix(p)) }))
    .filter(({ staff }) => staff.length > 0);
  if (forStaff.length)
    lines.push(
      '',
      D.staffTitle,
      ...forStaff.map(({ r, staff }) =>
        D.staffLine(
          r.id,
          staff.map((p) => p.message),
        ),
      ),
    );

  const blocked = due.filter((r) => r.document?.state === 'Erreur');
  if (blocked.length)
    lines.push('', D.documentErrorsTitle, ...blocked.map((r) => D.documentErrorLine(r.targetLabel, r.document!.key, r.document!.detail)));

  if (problems.length) lines.push('', D.problemsTitle, ...problems.map((p) => `• ${p.message}`));

  const atRisk = ctx.eligibility.filter((l) => l.state === 'at_risk' || l.state === 'not_eligible');
  lines.push('', D.atRiskTitle);
  if (atRisk.length === 0) lines.push(D.noneAtRisk);
  for (const l of atRisk)
    lines.push(
      D.learnerLine(
        l.name,
        l.id,
        stateLabels[l.state],
        l.reasons.map((r) => r.message),
      ),
    );
  return lines.join('\n');
}
