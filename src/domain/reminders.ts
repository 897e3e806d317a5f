/**
 * The reminder planner (workbook.md, `Relances`): from the workbook, the profile, the rules, the
 * journal and today, the reminders due today and the problems. Pure; it serves `pacte relances`,
 * the sidebar preview and the daily trigger alike, so they can never disagree.
 */
import { checkCandidates, idKey, isEmail, normalizeEmail } from './candidates';
import { addDays, formatDayLongFr, type Day } from './dates';
import { computeEligibility, isEnrolled } from './eligibility';
import { messages, stateLabels } from './messages';
import type { Profile } from './profile';
import { legacyReminderKey, reminderKey, SCHEDULE_SLUGS } from './keys';
import { REMINDER_TRIGGERS, TAGS_BY_TRIGGER, disallowedTags, type ReminderRule, type ReminderTrigger } from './reminder-rules';
import type { CandidateRow, Cohort, ProductionRow } from './rows';
import { sentKeys, type JournalLine } from './sent-keys';
import { parseStaffList } from './staff';
import { fold } from './text';

export type { JournalLine } from './sent-keys';

const M = messages.reminders;

/** One `Relances` row as read (src/workbook/reminders.ts); checked here, faults reported by rule. */
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

export interface ReminderInput {
  cohort: Cohort;
  profile: Profile;
  /** The `Relances` rows; undefined when the tab is absent (the profile's default rules apply). */
  ruleRows: readonly RuleRowInput[] | undefined;
  /** `Nom de l'expéditeur` ({{expediteur}}). */
  senderName: string;
  /** `Équipe` as typed (the digest's recipients). */
  team: string;
  /**
   * `Journal` rows: a key there is never sent again unless its latest row is « … non envoyée »
   * (src/domain/sent-keys.ts); also the weekly digest's source.
   */
  journal: readonly JournalLine[];
  /** The keys the product claimed, kept outside the Sheet (the Sheet only; `pacte relances` has none). */
  claimed?: ReadonlySet<string>;
  today: Day;
  /** `Civilité` by lower-cased candidate ID. */
  civilities: ReadonlyMap<string, string>;
  /** `Horaires` by lower-cased session ID. */
  sessionHours: ReadonlyMap<string, string>;
}

export interface DueReminder {
  key: string;
  rule: string;
  when: ReminderTrigger;
  /** Candidate ID, or '' for the team digest. */
  targetId: string;
  /** Who it is for, as staff read it (« Prénom Nom » or « Équipe »). */
  targetLabel: string;
  to: string[];
  subject: string;
  /** Plain text. */
  body: string;
  /** The same text as HTML, every character of it escaped (values included). */
  html: string;
}

export interface ReminderProblem {
  rule: string;
  message: string;
}

export interface ReminderPlan {
  today: Day;
  /** Sorted by key. */
  reminders: DueReminder[];
  problems: ReminderProblem[];
  /** The rules in force (valid ones), in the order of `Relances`. */
  rules: ReminderRule[];
}

/** The shape `pacte relances --json` prints (workbook.md). */
export function planToJson(plan: ReminderPlan) {
  return {
    today: plan.today,
    reminders: plan.reminders.map((r) => ({ key: r.key, rule: r.rule, to: r.to, subject: r.subject, body: r.body })),
    problems: plan.problems.map((p) => ({ rule: p.rule, message: p.message })),
  };
}

// ---------------------------------------------------------------- rules

const whenKey = (value: string) => fold(value.replace(/[’‘`]/g, "'"));

function parseDays(cell: number | string, when: ReminderTrigger): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
  const t = cell.trim();
  // The digest's window does not depend on Jours: an empty cell there is no fault.
  if (t === '' && when === 'chaque lundi') return 0;
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/** Tags well formed: nothing like `{{` or `}}` left once every `{{tag}}` is taken out. */
function hasBrokenTag(template: string): boolean {
  const rest = template.replace(/\{\{\s*[^{}]*?\s*\}\}/g, '');
  return rest.includes('{{') || rest.includes('}}');
}

/** A rule read and checked; a faulty one is refused as a whole, with a problem naming it. */
export function validateRule(
  raw: { id: string; active: boolean; when: string; days: number | string; subject: string; message: string },
): { rule?: ReminderRule; problem?: string } {
  const when = REMINDER_TRIGGERS.find((w) => whenKey(w) === whenKey(raw.when));
  if (!when) return { problem: M.unknownWhen(raw.when, REMINDER_TRIGGERS) };
  const days = parseDays(raw.days, when);
  if (days === undefined) return { problem: M.badDays(String(raw.days).trim()) };
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
 * is how staff silence it.
 */
export function readRules(rows: readonly RuleRowInput[] | undefined, profile: Profile): { rules: ReminderRule[]; problems: ReminderProblem[] } {
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
    if (!checked.rule) {
      problems.push({ rule: id, message: M.ruleRefused(id, checked.problem!) });
      continue;
    }
    // Same `Quand` and `Jours`: the same keys, so one of the two would never send anything.
    const twin = rules.find((r) => r.when === checked.rule!.when && r.days === checked.rule!.days);
    if (twin) {
      problems.push({ rule: id, message: M.ruleRefused(id, M.sameSchedule(twin.id, checked.rule.when, checked.rule.days)) });
      continue;
    }
    rules.push(checked.rule);
  }
  return { rules, problems };
}

// ---------------------------------------------------------------- rendering

export type TagValues = Partial<Record<string, string>>;

/** Replaces each `{{tag}}` by its value, in one pass (a value is never read as a template). */
export function renderTemplate(template: string, values: TagValues): string {
  return template.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, tag: string) => values[tag] ?? '');
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The HTML body: the plain text, escaped as a whole (so every inserted value is), line breaks kept. No tracking. */
export function htmlBody(plain: string): string {
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">${escapeHtml(plain).replace(/\r?\n/g, '<br>\n')}</div>`;
}

// ---------------------------------------------------------------- windows

/** Is `today` in the window of a rule anchored on `anchor` (workbook.md, "Windows")? */
export function inWindow(when: ReminderTrigger, days: number, anchor: Day, today: Day): boolean {
  if (when.startsWith('avant')) return today >= addDays(anchor, -days) && today <= addDays(anchor, -1);
  if (when.startsWith('après')) return today >= addDays(anchor, days) && today <= addDays(anchor, days + 6);
  // chaque lundi: the anchor is the Monday, the window that Monday to the Sunday after.
  return today >= anchor && today <= addDays(anchor, 6);
}

/** The Monday of the week holding `day` (weeks run Monday to Sunday in France). */
export function mondayOf(day: Day): Day {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

// ---------------------------------------------------------------- the plan

interface Target {
  key: string;
  /** The key this target had before keys were built from the schedule (sent then = sent now). */
  legacyKey: string;
  targetId: string;
  targetLabel: string;
  to: string[];
  /** Addresses that are not valid: the target gets nothing and this is reported. */
  invalid?: string;
  anchor?: Day;
  values: TagValues;
}

const fullName = (c: CandidateRow) => `${c.firstName} ${c.lastName}`.trim();
const longDate = (day: Day | undefined) => (day ? formatDayLongFr(day) : '');

/**
 * `{{date_seance}}`, read after « le » in a sentence: « jeudi 11 décembre 2025 », « jeudi 11 et
 * vendredi 12 décembre 2025 » for two days of one month, else the first day and until when.
 */
export function sessionDates(start: Day, end: Day | undefined): string {
  if (!end || end <= start) return formatDayLongFr(start);
  if (end === addDays(start, 1) && start.slice(0, 7) === end.slice(0, 7)) {
    return `${formatDayLongFr(start, false).split(' ').slice(0, 2).join(' ')} et ${formatDayLongFr(end)}`;
  }
  return `${formatDayLongFr(start)} (jusqu'au ${formatDayLongFr(end)})`;
}

/** The cohort as the targets need it: candidates in sheet order, the first of a shared ID only. */
function people(cohort: Cohort) {
  const candidates = [...cohort.candidates].sort((a, b) => a.row - b.row);
  const firstById = new Map<string, CandidateRow>();
  for (const c of candidates) if (c.id && !firstById.has(idKey(c.id))) firstById.set(idKey(c.id), c);
  const unique = [...firstById.values()];
  const learners = unique.filter(isEnrolled);
  return { unique, learners, learnerById: new Map(learners.map((c) => [idKey(c.id), c])) };
}

/**
 * Productions reminders name a production by its `ID` (never by its text): a row without one gets
 * no reminder (the Sheet assigns IDs before it sends) and is reported once, naming its row.
 */
function productionsWithoutId(productions: readonly ProductionRow[], rules: readonly ReminderRule[]): ReminderProblem[] {
  const rule = rules.find((r) => r.active && (r.when === "avant l'échéance d'une production" || r.when === "après l'échéance d'une production"));
  if (!rule) return [];
  return productions.filter((p) => !p.id).map((p) => ({ rule: rule.id, message: M.productionWithoutId(rule.id, p.row) }));
}

/**
 * Computes the reminders due today and the problems. Linear in the workbook's size (targets are
 * learners × sessions for the convocations).
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const { cohort, profile, today } = input;
  const { rules, problems } = readRules(input.ruleRows, profile);
  problems.push(...productionsWithoutId(cohort.productions, rules));
  const common: TagValues = { promo: profile.promo, federation: profile.federation, expediteur: input.senderName };
  const { unique, learners, learnerById } = people(cohort);

  const person = (c: CandidateRow): TagValues => ({
    ...common, civilite: input.civilities.get(idKey(c.id)) ?? '', prenom: c.firstName, nom: c.lastName,
  });
  const personTarget = (keys: { key: string; legacyKey: string }, c: CandidateRow, anchor: Day | undefined, values: TagValues): Target => {
    const valid = isEmail(c.email.trim());
    return {
      ...keys, targetId: c.id, targetLabel: fullName(c) || c.id, anchor, values: { ...person(c), ...values },
      to: valid ? [c.email.trim()] : [], ...(!valid && { invalid: c.email }),
    };
  };

  const targetsOf = (rule: ReminderRule): Target[] => {
    // The key names the schedule and stable IDs; the legacy key, the rule's name and the old parts.
    const keys = (ids: string[], legacy: string[] = ids) => ({ key: reminderKey(rule.when, rule.days, ...ids), legacyKey: legacyReminderKey(rule.id, ...legacy) });
    switch (rule.when) {
      case 'avant la date limite de candidature': {
        const deadline = profile.applicationWindow.closes;
        const results = new Map(checkCandidates(cohort.candidates, profile).map((r) => [r.row, r]));
        return unique
          .filter((c) => c.status === '' || fold(c.status) === fold('Reçu'))
          .flatMap((c) => {
            const problemsOf = results.get(c.row)?.problems ?? [];
            if (problemsOf.length === 0) return [];
            return [personTarget(keys([c.id]), c, deadline, { date_limite: longDate(deadline), problemes: problemsOf.map((p) => p.message).join('\n') })];
          });
      }
      case 'avant une séance':
        return learners.flatMap((c) =>
          cohort.sessions
            .filter((s) => s.id && s.start)
            .map((s) =>
              personTarget(keys([c.id, s.id]), c, s.start, {
                seance: s.title, date_seance: sessionDates(s.start!, s.end), lieu: s.place,
                horaires: input.sessionHours.get(s.id.toLowerCase()) ?? '',
              }),
            ),
        );
      case "avant l'échéance d'une production":
      case "après l'échéance d'une production":
        return cohort.productions
          .filter((p) => !p.deposited && p.id)
          .flatMap((p) => {
            const c = learnerById.get(idKey(p.learnerId));
            return c ? [personTarget(keys([c.id, p.id], [c.id, p.name]), c, p.due, { production: p.name, echeance: longDate(p.due) })] : [];
          });
      case 'avant la date limite du mémoire': {
        const deadline = profile.diploma.thesisDeadline;
        const deposited = new Set(cohort.theses.filter((t) => t.deposited).map((t) => idKey(t.learnerId)));
        return learners
          .filter((c) => !deposited.has(idKey(c.id)))
          .map((c) => personTarget(keys([c.id]), c, deadline, { date_limite: longDate(deadline) }));
      }
      case 'chaque lundi': {
        const monday = mondayOf(today);
        const valid = [...new Set(parseStaffList(input.team).filter((a) => isEmail(a)))];
        return [{
          ...keys([monday]), targetId: '', targetLabel: 'Équipe', anchor: monday, to: valid,
          ...(valid.length === 0 && { invalid: '' }),
          values: { ...common, synthese: '' },
        }];
      }
    }
  };

  const sent = sentKeys(input.journal, input.claimed);
  const due: Array<{ rule: ReminderRule; target: Target }> = [];
  const planned = new Set<string>();
  for (const rule of rules) {
    if (!rule.active) continue;
    for (const target of targetsOf(rule)) {
      if (!target.anchor || !inWindow(rule.when, rule.days, target.anchor, today)) continue;
      if (sent.isDone(target.key) || sent.isDone(target.legacyKey) || planned.has(target.key)) continue;
      if (rule.when === 'chaque lundi') {
        for (const bad of parseStaffList(input.team).filter((a) => !isEmail(a))) problems.push({ rule: rule.id, message: M.notSent(rule.id, M.invalidTeamAddress(bad)) });
      }
      if (target.invalid !== undefined) {
        const message = rule.when === 'chaque lundi'
          ? M.noTeamAddress
          : M.invalidAddress(`${target.targetId} (${target.targetLabel})`, target.invalid);
        problems.push({ rule: rule.id, message: M.notSent(rule.id, message) });
        continue;
      }
      planned.add(target.key);
      due.push({ rule, target });
    }
  }

  const digestProblems = problems.map((p) => p.message);
  const reminders = due.map(({ rule, target }): DueReminder => {
    const values = rule.when === 'chaque lundi' ? { ...target.values, synthese: digestText(input, rules, digestProblems) } : target.values;
    const subject = renderTemplate(rule.subject, values).replace(/\s*\r?\n\s*/g, ' ').trim();
    const body = renderTemplate(rule.message, values);
    return {
      key: target.key, rule: rule.id, when: rule.when, targetId: target.targetId, targetLabel: target.targetLabel,
      to: target.to.map((a) => (rule.when === 'chaque lundi' ? normalizeEmail(a) : a)), subject, body, html: htmlBody(body),
    };
  });
  reminders.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { today, reminders, problems, rules };
}

// ---------------------------------------------------------------- the digest

/** `{{synthese}}`: the past week's sends by rule, deferred ones, « à vérifier », problems, learners at risk. */
export function digestText(input: ReminderInput, rules: readonly ReminderRule[], problems: readonly string[]): string {
  const D = M.digest;
  const since = addDays(input.today, -7);
  // The seven days before today: today's own sends belong to next week's digest.
  const recent = input.journal.filter((l) => l.at && l.at >= since && l.at < input.today);
  const lines: string[] = [D.sentTitle(formatDayLongFr(since))];
  // A key names its schedule (`seance-7`), not the rule: the rule in force on that schedule names it.
  const ruleOfSchedule = new Map(rules.map((r) => [`${SCHEDULE_SLUGS[r.when]}-${r.days}`, r.id]));
  const byRule = new Map<string, number>();
  for (const l of recent) {
    if (l.action !== M.actionSent || !l.key.startsWith('relance:')) continue;
    const schedule = l.key.split(':')[1] ?? '';
    const rule = ruleOfSchedule.get(schedule) ?? schedule;
    byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  }
  if (byRule.size === 0) lines.push(D.noneSent);
  for (const [rule, n] of byRule) lines.push(D.sentLine(rule, n));

  const deferred = recent.filter((l) => l.action === M.actionDeferred).reduce((n, l) => n + (Number(/\d+/.exec(l.detail)?.[0]) || 0), 0);
  if (deferred > 0) lines.push('', D.deferred(deferred));

  const toCheck = [...sentKeys(input.journal, input.claimed).inProgress.values()];
  if (toCheck.length) lines.push('', D.toCheckTitle, ...toCheck.map((l) => D.toCheckLine(l.target, l.key)));

  if (problems.length) lines.push('', D.problemsTitle, ...problems.map((p) => `• ${p}`));

  const atRisk = computeEligibility(input.cohort, input.profile, input.today).filter((l) => l.state === 'at_risk' || l.state === 'not_eligible');
  lines.push('', D.atRiskTitle);
  if (atRisk.length === 0) lines.push(D.noneAtRisk);
  for (const l of atRisk) lines.push(D.learnerLine(l.name, l.id, stateLabels[l.state], l.reasons.map((r) => r.message)));
  return lines.join('\n');
}
