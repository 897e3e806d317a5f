/**
 * Who each rule writes to, from which date X, under which key (workbook.md › `Relances`, the
 * table), with the values of the tags. One function per `Quand`; keys from keys.ts only.
 */
import { candidateCanFix, checkCandidates, idKey, isEmail } from '../candidates';
import { formatClockWords, formatDayLongFr, type Day } from '../dates';
import { isEnrolled } from '../eligibility';
import { documentKeys, legacyReminderKey, reminderKey } from '../keys';
import { fullName } from '../names';
import type { CandidateRow, Cohort, SessionRow } from '../rows';
import { fold } from '../text';
import { civilityWord, sessionDates, type TagValues } from './render';
import type { ReminderRule } from './triggers';
import { defenceSession, juryDayTargets } from './jury';
import type { Target, TargetContext } from './types';

export type { Target, TargetContext } from './types';

const PRESENT = new Set(['Présent', 'Retard']);
const longDate = (day: Day | undefined) => (day ? formatDayLongFr(day) : '');

function personTarget(
  ctx: TargetContext,
  c: CandidateRow,
  t: { key: string; legacyKey?: string; anchor?: Day; values?: TagValues; document?: string },
): Target {
  const valid = isEmail(c.email.trim());
  const civilite = civilityWord(ctx.civilities.get(idKey(c.id)) ?? '', c.firstName);
  return {
    key: t.key,
    ...(t.legacyKey && { legacyKey: t.legacyKey }),
    targetId: c.id,
    targetLabel: fullName(c) || c.id,
    anchor: t.anchor,
    values: { ...ctx.common, civilite, prenom: c.firstName, nom: c.lastName, ...t.values },
    to: valid ? [c.email.trim()] : [],
    ...(!valid && { invalid: c.email }),
    ...(t.document && { document: t.document }),
  };
}

function sessionValues(ctx: TargetContext, s: SessionRow): TagValues {
  return { seance: s.title, date_seance: sessionDates(s.start!, s.end), lieu: s.place, horaires: ctx.sessionHours.get(idKey(s.id)) ?? '' };
}

type Builder = (rule: ReminderRule, ctx: TargetContext) => Target[];
const keyOf = (rule: ReminderRule, ...ids: string[]) => reminderKey(rule.when, rule.days, ...ids);

/** Before a deadline of the profile (`{{date_limite}}`): one key per person, and the key it had before. */
function beforeDeadline(
  rule: ReminderRule,
  ctx: TargetContext,
  c: CandidateRow,
  deadline: Day | undefined,
  values: TagValues = {},
): Target {
  return personTarget(ctx, c, {
    key: keyOf(rule, c.id),
    legacyKey: legacyReminderKey(rule.id, c.id),
    anchor: deadline,
    values: { date_limite: longDate(deadline), ...values },
  });
}

/** One target per learner and session `held` keeps (with an ID and a start): keyed by both, the session's values. */
function perSession(
  rule: ReminderRule,
  ctx: TargetContext,
  held: (c: CandidateRow, s: SessionRow) => boolean,
  about: (c: CandidateRow, s: SessionRow) => { legacyKey?: string; anchor?: Day; document: string },
): Target[] {
  const sessions = ctx.cohort.sessions.filter((s) => s.id && s.start);
  return ctx.learners.flatMap((c) =>
    sessions
      .filter((s) => held(c, s))
      .map((s) => personTarget(ctx, c, { key: keyOf(rule, c.id, s.id), values: sessionValues(ctx, s), ...about(c, s) })),
  );
}

const BUILDERS: Record<ReminderRule['when'], Builder> = {
  'avant la date limite de candidature': (rule, ctx) => {
    const deadline = ctx.profile.applicationWindow.closes;
    const results = new Map(checkCandidates(ctx.cohort.candidates, ctx.profile).map((r) => [r.row, r]));
    return ctx.unique
      .filter((c) => c.status === '' || fold(c.status) === fold('Reçu'))
      .flatMap((c) => {
        // Only what the candidate can fix; staff's own problems go to the digest.
        const fixable = (results.get(c.row)?.problems ?? []).filter(candidateCanFix);
        if (fixable.length === 0) return [];
        const problemes = fixable.map((p) => `– ${p.message}`).join('\n');
        return [beforeDeadline(rule, ctx, c, deadline, { problemes })];
      });
  },
  'avant une séance': (rule, ctx) =>
    perSession(
      rule,
      ctx,
      () => true,
      (c, s) => ({ legacyKey: legacyReminderKey(rule.id, c.id, s.id), anchor: s.start, document: documentKeys.convocation(s.id, c.id) }),
    ),
  'après une séance': (rule, ctx) => {
    const attended = new Set(
      ctx.cohort.attendance.filter((a) => a.status && PRESENT.has(a.status)).map((a) => `${idKey(a.learnerId)}|${fold(a.sessionId)}`),
    );
    return perSession(
      rule,
      ctx,
      (c, s) => attended.has(`${idKey(c.id)}|${fold(s.id)}`),
      (c, s) => ({ anchor: s.end ?? s.start, document: documentKeys.attestationPresence(s.id, c.id) }),
    );
  },
  "avant l'échéance d'une production": (rule, ctx) => productionTargets(rule, ctx),
  "après l'échéance d'une production": (rule, ctx) => productionTargets(rule, ctx),
  'avant la date limite du mémoire': (rule, ctx) => {
    const deadline = ctx.profile.diploma.thesisDeadline;
    const deposited = new Set(ctx.cohort.theses.filter((t) => t.deposited).map((t) => idKey(t.learnerId)));
    return ctx.learners.filter((c) => !deposited.has(idKey(c.id))).map((c) => beforeDeadline(rule, ctx, c, deadline));
  },
  'avant une soutenance': (rule, ctx) => {
    const thesisOf = new Map(ctx.cohort.theses.map((t) => [idKey(t.learnerId), t]));
    return ctx.learners.flatMap((c) => {
      const t = thesisOf.get(idKey(c.id));
      if (!t?.defence) return [];
      const values = {
        date_soutenance: formatDayLongFr(t.defence),
        heure_soutenance: t.time === undefined ? '' : formatClockWords(t.time),
        lieu: defenceSession(ctx.cohort.sessions, t.defence)?.place ?? '',
      };
      return [
        personTarget(ctx, c, { key: keyOf(rule, c.id), anchor: t.defence, values, document: documentKeys.convocationSoutenance(c.id) }),
      ];
    });
  },
  'avant une journée de soutenances': (rule, ctx) => juryDayTargets(rule, ctx),
  'fin de formation': (rule, ctx) => {
    const eligible = new Set(ctx.eligibility.filter((l) => l.state === 'eligible').map((l) => idKey(l.id)));
    return ctx.learners
      .filter((c) => eligible.has(idKey(c.id)))
      .map((c) => personTarget(ctx, c, { key: keyOf(rule, c.id), anchor: ctx.today, document: documentKeys.attestationFin(c.id) }));
  },
  // The digest: its recipients and text are the planner's (plan.ts).
  'chaque lundi': () => [],
};

function productionTargets(rule: ReminderRule, ctx: TargetContext): Target[] {
  return ctx.cohort.productions
    .filter((p) => !p.deposited && p.id)
    .flatMap((p) => {
      const c = ctx.learnerById.get(idKey(p.learnerId));
      if (!c) return [];
      return [
        personTarget(ctx, c, {
          key: keyOf(rule, c.id, p.id),
          legacyKey: legacyReminderKey(rule.id, c.id, p.name),
          anchor: p.due,
          values: { production: p.name, echeance: longDate(p.due) },
        }),
      ];
    });
}

export function targetsOf(rule: ReminderRule, ctx: TargetContext): Target[] {
  return BUILDERS[rule.when](rule, ctx);
}

/** The cohort as the targets need it: candidates in sheet order, the first row of a shared ID only. */
export function people(cohort: Cohort) {
  const sorted = [...cohort.candidates].sort((a, b) => a.row - b.row);
  const firstById = new Map<string, CandidateRow>();
  for (const c of sorted) if (c.id && !firstById.has(idKey(c.id))) firstById.set(idKey(c.id), c);
  const unique = [...firstById.values()];
  const learners = unique.filter(isEnrolled);
  return { unique, learners, learnerById: new Map(learners.map((c) => [idKey(c.id), c])) };
}
