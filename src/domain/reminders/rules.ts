/**
 * The rules in force (workbook.md › `Relances`): the tab's rows read and checked, or the profile's
 * defaults. A faulty rule is refused as a whole, with a problem naming it and what to change.
 */
import { messages } from '../messages';
import type { Profile } from '../profile';
import { fold } from '../text';
import { REMINDER_TRIGGERS, TAGS_BY_TRIGGER, disallowedTags, type ReminderRule, type ReminderTrigger } from './triggers';

const M = messages.reminders;

/** One `Relances` row as read (src/workbook/reminders.ts). */
export interface RuleRowInput {
  row: number;
  id: string;
  active: boolean;
  when: string;
  /** A number cell as is, anything else as its trimmed text. */
  days: number | string;
  subject: string;
  message: string;
}

export interface ReminderProblem {
  rule: string;
  message: string;
}

const whenKey = (value: string) => fold(value.replace(/[’‘`]/g, "'"));

function parseDays(cell: number | string, when: ReminderTrigger): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
  const t = cell.trim();
  // These windows do not depend on Jours: an empty cell there is no fault.
  if (t === '' && (when === 'chaque lundi' || when === 'fin de formation')) return 0;
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/** Tags well formed: nothing like `{{` or `}}` left once every `{{tag}}` is taken out. */
function hasBrokenTag(template: string): boolean {
  const rest = template.replace(/\{\{\s*[^{}]*?\s*\}\}/g, '');
  return rest.includes('{{') || rest.includes('}}');
}

/** A rule read and checked; a faulty one is refused as a whole, with a problem naming it. */
export function validateRule(raw: { id: string; active: boolean; when: string; days: number | string; subject: string; message: string }): {
  rule?: ReminderRule;
  problem?: string;
} {
  const when = REMINDER_TRIGGERS.find((w) => whenKey(w) === whenKey(raw.when));
  if (!when) return { problem: M.unknownWhen(raw.when, REMINDER_TRIGGERS) };
  const days = parseDays(raw.days, when);
  if (days === undefined) return { problem: M.badDays(String(raw.days).trim()) };
  if (when === 'fin de formation' && days !== 0) return { problem: M.daysMustBeZero(when) };
  if (!raw.subject) return { problem: M.emptyText('Objet') };
  if (!raw.message) return { problem: M.emptyText('Message') };
  const bad = disallowedTags(when, raw.subject, raw.message);
  if (bad.length) return { problem: M.badTag(bad[0]!, when, TAGS_BY_TRIGGER[when]) };
  if (hasBrokenTag(raw.subject) || hasBrokenTag(raw.message)) return { problem: M.brokenTag };
  return { rule: { id: raw.id, active: raw.active, when, days, subject: raw.subject, message: raw.message } };
}

/**
 * The rules in force: the `Relances` rows when the tab exists (all of them: a deleted row is a rule
 * turned off), the profile's defaults otherwise. Inactive rows are not checked: turning a rule off
 * is how staff silence it. Two active rules on one schedule (`Quand` and `Jours`) would share their
 * keys: the second is refused.
 */
export function readRules(
  rows: readonly RuleRowInput[] | undefined,
  profile: Profile,
): { rules: ReminderRule[]; problems: ReminderProblem[] } {
  if (!rows) return { rules: profile.reminders.map((r) => ({ ...r })), problems: [] };
  const rules: ReminderRule[] = [];
  const problems: ReminderProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const { id, active } = row;
    if (!active) continue;
    if (!id) {
      problems.push({ rule: '', message: M.missingId(row.row) });
      continue;
    }
    const first = seen.get(id.toLowerCase());
    if (first !== undefined) {
      problems.push({ rule: id, message: M.ruleRefused(id, M.duplicateId(first)) });
      continue;
    }
    seen.set(id.toLowerCase(), row.row);
    // Texts are kept as typed (line breaks included); only the ends are trimmed.
    const checked = validateRule({ id, active, when: row.when, days: row.days, subject: row.subject, message: row.message });
    const rule = checked.rule;
    const twin = rule && rules.find((r) => r.when === rule.when && r.days === rule.days);
    if (!rule) problems.push({ rule: id, message: M.ruleRefused(id, checked.problem!) });
    else if (twin) problems.push({ rule: id, message: M.ruleRefused(id, M.sameSchedule(twin.id, rule.when, rule.days)) });
    else rules.push(rule);
  }
  return { rules, problems };
}
