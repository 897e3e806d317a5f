/** An interview message as it goes out: the e-mail's words and its `.ics` (RFC 5545), from a due invitation. */
import { formatClockWords, formatDayLongFr } from '../dates';
import { messages } from '../messages';
import { fullName } from '../names';
import { invitationIcs, invitationUid, type CalendarPerson, type InvitationMethod } from './ics';
import type { DueInvitation, InvitationKind } from './invitations';

const W = messages.selectionMail;

export interface InvitationMailContext {
  spreadsheetId: string;
  /** Who sends (the person at the keyboard) and the name `Nom de l'expéditeur` gives. */
  organizer: CalendarPerson;
  /** `DTSTAMP`: when the file is made. */
  stamp: Date;
  senderName: string;
  /** `Paramètres` › `Contact`. */
  contact: string;
}

export interface InvitationMail {
  key: string;
  kind: InvitationKind;
  method: InvitationMethod;
  sequence: number;
  slotId: string;
  candidateId: string;
  /** « C-0003 · Camille Martin · E-002 »: `Cible` in `Journal`, the preview's title. */
  target: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** The attachment `invitation.ics`, CRLF lines. */
  ics: string;
  /** Recorded with the key: the link the message gave. */
  link: string;
}

/** « jeudi 20 novembre 2025 à 14 h 30 ». */
export function interviewWhen(day: string, start: number): string {
  return `${formatDayLongFr(day)} à ${formatClockWords(start)}`;
}

export function renderInvitation(due: DueInvitation, ctx: InvitationMailContext): InvitationMail {
  const c = due.candidate;
  const name = fullName(c);
  const when = interviewWhen(due.day, due.start);
  const words = {
    greeting: W.greeting(c.civility, c.firstName, c.lastName),
    when,
    duration: due.duration,
    link: due.link,
    jury: due.jury,
    contact: ctx.contact,
    sender: ctx.senderName,
  };
  const text = W[due.kind];
  const ics = invitationIcs({
    method: due.method,
    uid: invitationUid(due.slotId, ctx.spreadsheetId),
    sequence: due.sequence,
    day: due.day,
    start: due.start,
    duration: due.duration,
    location: due.link,
    summary: messages.selection.invitation.summary(name || c.id),
    description: messages.selection.invitation.description(name || c.id, when, due.duration, due.link, due.jury),
    organizer: ctx.organizer,
    attendees: [{ email: c.email.trim(), ...(name && { name }) }, ...due.cc.map((email) => ({ email }))],
    stamp: ctx.stamp,
  });
  return {
    key: due.key,
    kind: due.kind,
    method: due.method,
    sequence: due.sequence,
    slotId: due.slotId,
    candidateId: c.id,
    target: [c.id, name, due.slotId].filter(Boolean).join(' · '),
    to: [c.email.trim()],
    cc: due.cc,
    subject: text.subject(when),
    body: text.body(words),
    ics,
    link: due.link,
  };
}
