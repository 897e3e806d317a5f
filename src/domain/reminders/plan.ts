/**
 * The reminder planner (workbook.md › `Relances`): from the workbook, the profile, the rules, the
 * journal and today, the reminders due today and the problems. Pure; it serves `pacte relances`,
 * the sidebar preview and the daily trigger alike, so they can never disagree.
 */
import { isEmail, normalizeEmail } from '../candidates';
import type { Day } from '../dates';
import { computeEligibility } from '../eligibility';
import { reminderKey } from '../keys';
import { messages } from '../messages';
import type { ProductionRow } from '../rows';
import { sentKeys } from '../sent-keys';
import { parseStaffList } from '../staff';
import { CREATED, carriedDocument } from './attachments';
import { digestText } from './digest';
import { htmlBody, renderMessage, renderSubject, type TagValues } from './render';
import { readRules, type ReminderProblem } from './rules';
import { people, targetsOf, type Target, type TargetContext } from './targets';
import { ABOUT_A_DEPOSIT, tagsIn, type ReminderRule } from './triggers';
import type { DueReminder, ReminderInput } from './types';

export type { DueReminder, RegisterEntry, ReminderInput } from './types';
import { inWindow, mondayOf, windowStart } from './windows';

export type { JournalLine } from '../sent-keys';
export type { ReminderProblem, RuleRowInput } from './rules';

const M = messages.reminders;

export interface ReminderPlan {
  today: Day;
  /** Sorted by key. */
  reminders: DueReminder[];
  problems: ReminderProblem[];
  /** The rules in force (valid ones), in the order of `Relances`. */
  rules: ReminderRule[];
}

/** The shape `pacte relances --json` prints (workbook.md): `document` only when it is `Créé`. */
export function planToJson(plan: ReminderPlan) {
  return {
    today: plan.today,
    reminders: plan.reminders.map((r) => ({
      key: r.key,
      rule: r.rule,
      to: r.to,
      subject: r.subject,
      body: r.body,
      ...(r.document?.state === CREATED && { document: r.document.key }),
    })),
    problems: plan.problems.map((p) => ({ rule: p.rule, message: p.message })),
  };
}

export { CREATED } from './attachments';

/** Productions rows without an `ID` get no reminder (the Sheet gives IDs before it sends): listed once, by row. */
function productionsWithoutId(productions: readonly ProductionRow[], rules: readonly ReminderRule[]): ReminderProblem[] {
  const rule = rules.find(
    (r) => r.active && (r.when === "avant l'échéance d'une production" || r.when === "après l'échéance d'une production"),
  );
  if (!rule) return [];
  return productions.filter((p) => !p.id).map((p) => ({ rule: rule.id, message: M.productionWithoutId(rule.id, p.row) }));
}

/** The text of a person's e-mail: the rule's message, then where to deposit and whom to contact when the rule does not say. */
function messageOf(rule: ReminderRule, values: TagValues, input: ReminderInput, isPerson: boolean): string {
  const footer: string[] = [];
  if (ABOUT_A_DEPOSIT.has(rule.when) && input.platform) footer.push(M.platformLine(input.platform));
  if (isPerson && input.contact && !tagsIn(rule.message).includes('contact') && !tagsIn(rule.subject).includes('contact'))
    footer.push(M.contactLine(input.contact));
  const body = renderMessage(rule.message, values);
  return footer.length ? `${body}\n\n${footer.join('\n')}` : body;
}

function documentOf(target: Target, input: ReminderInput): DueReminder['document'] {
  if (!target.document) return undefined;
  return carriedDocument(target.document, input.documents.get(target.document), target.values.seance ?? '', target.targetLabel);
}

function toReminder(rule: ReminderRule, target: Target, input: ReminderInput, synthese: string | undefined): DueReminder {
  const document = documentOf(target, input);
  const link = document?.state === CREATED && document.pdf ? document.pdf : M.documentLinkPlaceholder;
  const values = { ...target.values, ...(document && { lien_document: link }), ...(synthese !== undefined && { synthese }) };
  const isPerson = rule.when !== 'chaque lundi';
  const body = messageOf(rule, values, input, isPerson);
  return {
    key: target.key,
    rule: rule.id,
    when: rule.when,
    targetId: target.targetId,
    targetLabel: target.targetLabel,
    to: target.to.map((a) => (isPerson ? a : normalizeEmail(a))),
    subject: renderSubject(rule.subject, values),
    body,
    html: htmlBody(body),
    ...(document && { document }),
    ...(target.calendar?.length && { calendar: target.calendar }),
    waiting: windowStart(rule.when, rule.days, target.anchor!) < input.today,
  };
}

function digestTarget(rule: ReminderRule, ctx: TargetContext, team: string): Target {
  const monday = mondayOf(ctx.today);
  const valid = [...new Set(parseStaffList(team).filter((a) => isEmail(a)))];
  return {
    key: reminderKey(rule.when, rule.days, monday),
    targetId: '',
    targetLabel: 'Équipe',
    anchor: monday,
    to: valid,
    ...(valid.length === 0 && { invalid: '' }),
    values: { ...ctx.common },
  };
}

/**
 * Computes the reminders due today and the problems. Linear in the workbook's size (targets are
 * learners × sessions for the convocations).
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const { cohort, profile, today } = input;
  const { rules, problems } = readRules(input.ruleRows, profile);
  problems.push(...productionsWithoutId(cohort.productions, rules));
  const ctx: TargetContext = {
    cohort,
    profile,
    today,
    ...people(cohort),
    civilities: input.civilities,
    sessionHours: input.sessionHours,
    jury: input.jury,
    common: { promo: profile.promo, federation: profile.federation, expediteur: input.senderName, contact: input.contact },
    // Once for all: `fin de formation` and the digest both need it.
    eligibility: computeEligibility(cohort, profile, today),
  };
  const sent = sentKeys(input.journal, input.claimed);
  const due: Array<{ rule: ReminderRule; target: Target }> = [];
  const planned = new Set<string>();
  for (const rule of rules) {
    if (!rule.active) continue;
    const targets = rule.when === 'chaque lundi' ? [digestTarget(rule, ctx, input.team)] : targetsOf(rule, ctx);
    for (const target of targets) {
      if (!target.anchor || !inWindow(rule.when, rule.days, target.anchor, today)) continue;
      if (sent.isDone(target.key) || (target.legacyKey && sent.isDone(target.legacyKey)) || planned.has(target.key)) continue;
      if (rule.when === 'chaque lundi') {
        for (const bad of parseStaffList(input.team).filter((a) => !isEmail(a)))
          problems.push({ rule: rule.id, message: M.notSent(rule.id, M.invalidTeamAddress(bad)) });
      }
      if (target.invalid !== undefined) {
        const why =
          rule.when === 'chaque lundi'
            ? M.noTeamAddress
            : M.invalidAddress(`${target.targetId || target.targetLabel} (${target.targetLabel})`, target.invalid);
        problems.push({ rule: rule.id, message: M.notSent(rule.id, why) });
        continue;
      }
      planned.add(target.key);
      due.push({ rule, target });
    }
  }
  const others = due.filter((d) => d.rule.when !== 'chaque lundi').map(({ rule, target }) => toReminder(rule, target, input, undefined));
  const digests = due
    .filter((d) => d.rule.when === 'chaque lundi')
    .map(({ rule, target }) => toReminder(rule, target, input, digestText({ input, ctx, rules, problems, due: others, sent })));
  const reminders = [...others, ...digests].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { today, reminders, problems, rules };
}
