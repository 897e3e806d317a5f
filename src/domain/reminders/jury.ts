/**
 * `avant une journée de soutenances` (workbook.md › `Relances`): one e-mail per jury member and day
 * on which they sit on at least one soutenance, listing their soutenances of the day.
 */
import { idKey, isEmail, normalizeEmail } from '../candidates';
import { formatClockWords, formatDayLongFr, type Day } from '../dates';
import { reminderKey } from '../keys';
import { fullName } from '../names';
import { fold } from '../text';
import type { SessionRow } from '../rows';
import type { CalendarSlot } from './jury-ics';
import type { ReminderRule } from './triggers';
import type { JuryMember, Target, TargetContext } from './types';

/** The session of type Soutenances on a day (its `Lieu` is the place of that day's soutenances). */
export function defenceSession(sessions: readonly SessionRow[], day: Day): SessionRow | undefined {
  return sessions.find((s) => fold(s.type) === fold('Soutenances') && s.start && s.start <= day && (s.end ?? s.start) >= day);
}

export interface JurySlot {
  learnerId: string;
  learner: string;
  title: string;
  time?: number;
}

/** Finds a member by the name or address typed in `Mémoires` › `Jury`. */
function memberOf(jury: readonly JuryMember[], typed: string): JuryMember | undefined {
  const t = fold(typed);
  return jury.find((m) => fold(m.name) === t || (m.email && normalizeEmail(m.email) === normalizeEmail(typed)));
}

/** The day's soutenances of one member, in time order, one line each. */
export function juryDayLines(slots: readonly JurySlot[]): string {
  return [...slots]
    .sort((a, b) => (a.time ?? 0) - (b.time ?? 0))
    .map((s) => `– ${s.time === undefined ? '' : `${formatClockWords(s.time)} : `}${s.learner}${s.title ? ` (« ${s.title} »)` : ''}`)
    .join('\n');
}

export function juryDayTargets(rule: ReminderRule, ctx: TargetContext): Target[] {
  const byMemberDay = new Map<string, { member: JuryMember; day: Day; slots: JurySlot[]; calendar: CalendarSlot[] }>();
  for (const t of ctx.cohort.theses) {
    const learner = ctx.learnerById.get(idKey(t.learnerId));
    if (!t.defence || !learner) continue;
    const place = defenceSession(ctx.cohort.sessions, t.defence)?.place ?? '';
    for (const typed of t.jury) {
      const member = memberOf(ctx.jury, typed) ?? { name: typed, email: isEmail(typed) ? typed : '' };
      const id = `${normalizeEmail(member.email) || fold(member.name)}|${t.defence}`;
      const entry = byMemberDay.get(id) ?? { member, day: t.defence, slots: [], calendar: [] };
      const slot = { learnerId: learner.id, learner: fullName(learner), title: t.title, time: t.time };
      entry.slots.push(slot);
      if (t.time !== undefined)
        entry.calendar.push({
          learnerId: slot.learnerId,
          learner: slot.learner,
          title: t.title,
          day: t.defence,
          start: t.time,
          place,
          jury: t.jury,
        });
      byMemberDay.set(id, entry);
    }
  }
  return [...byMemberDay.values()].map(({ member, day, slots, calendar }) => {
    const valid = isEmail(member.email);
    const address = valid ? normalizeEmail(member.email) : fold(member.name);
    return {
      key: reminderKey(rule.when, rule.days, address, day),
      targetId: valid ? address : '',
      targetLabel: member.name || member.email,
      anchor: day,
      to: valid ? [member.email.trim()] : [],
      ...(!valid && { invalid: member.email }),
      calendar: calendar.sort((a, b) => a.start - b.start),
      values: {
        ...ctx.common,
        civilite: '',
        nom: member.name,
        date_soutenance: formatDayLongFr(day),
        lieu: defenceSession(ctx.cohort.sessions, day)?.place ?? '',
        synthese: juryDayLines(slots),
      },
    };
  });
}
