/**
 * The interview invitations due (workbook.md › Selection): for each slot holding a candidate, an
 * invitation (`METHOD:REQUEST`) unless the candidate's latest message about the slot already says
 * the same date, time and link; a slot moved or relinked sends an update (same UID, higher SEQUENCE);
 * a candidate taken off a slot gets a cancellation (`METHOD:CANCEL`). A slot whose row has a problem,
 * or a candidate held by two slots, sends nothing until staff fix it. Pure and stable: planned again
 * with the same ledger, the same keys come back; once they are done, nothing is due.
 */
import { idKey, isEmail } from '../candidates';
import { dayOfInstant, minutesOfDayInParis, type Day } from '../dates';
import { interviewCancelKey, interviewKey, interviewRevisionKey } from '../keys';
import { messages } from '../messages';
import { InvitationHistory, type InvitationLedger, type SlotMessage } from './invitation-history';
import type { InvitationMethod } from './ics';
import { DEFAULT_DURATION } from './time';
import type { SelectionCandidate, SelectionProblem, Slot } from './types';

const N = messages.selection.notices;

/** What the message does: a first invitation, an update of one (moved, relinked, re-sent), a cancellation. */
export type InvitationKind = 'invitation' | 'update' | 'cancel';

export interface DueInvitation {
  key: string;
  kind: InvitationKind;
  method: InvitationMethod;
  sequence: number;
  slotId: string;
  candidate: SelectionCandidate;
  day: Day;
  start: number;
  duration: number;
  link: string;
  /** The jury as the slot lists them (names and addresses); those with an address get a copy. */
  jury: string[];
  cc: string[];
}

/** What the `Invitation` cell of a slot says: « envoyée le … », « à renvoyer », « annulée », or nothing. */
export type InvitationState = { state: 'sent'; day?: Day } | { state: 'resend' } | { state: 'cancelled' } | { state: 'none' };

export interface InvitationPlan {
  due: DueInvitation[];
  /** Slot (Créneau as written) → its `Invitation` state, for every slot with an ID. */
  states: Map<string, InvitationState>;
  /** Why something is not sent (a problem on the row, no address): French, one line each. */
  notices: string[];
}

export interface InvitationInput {
  slots: readonly Slot[];
  /** The selection's problems: a slot row with one sends nothing. */
  problems: readonly SelectionProblem[];
  candidates: readonly SelectionCandidate[];
  ledger: InvitationLedger;
  /** Interviews that have begun by then get no message (neither invitation nor cancellation). */
  now: Date;
}

/** The interview has begun (Paris time). */
function isOver(day: Day, start: number, now: Date): boolean {
  const today = dayOfInstant(now);
  return day < today || (day === today && start <= minutesOfDayInParis(now));
}

const ADDRESS = /[^\s<>,;:"'()[\]]+@[^\s<>,;:"'()[\]]+/u;

/** The jury members who can be copied: those written with an address. */
function juryCopies(slot: Slot): string[] {
  return slot.jury.map((m) => ADDRESS.exec(m.label)?.[0]).filter((a): a is string => !!a && isEmail(a));
}

interface Context {
  history: InvitationHistory;
  candidates: Map<string, SelectionCandidate>;
  /** Slot key → how many messages this plan adds to its UID (the next SEQUENCE). */
  planned: Map<string, number>;
  plan: InvitationPlan;
}

function nextSequence(ctx: Context, slotId: string): number {
  const added = ctx.planned.get(idKey(slotId)) ?? 0;
  ctx.planned.set(idKey(slotId), added + 1);
  return ctx.history.count(slotId) + added;
}

/** Rows of `Entretiens` with a problem, and candidates held by two slots: nothing goes for them. */
function blocked(input: InvitationInput): { rows: Set<number>; candidates: Set<string> } {
  const rows = new Set(input.problems.filter((p) => p.tab === 'Entretiens').map((p) => p.row));
  // A `Créneau` used twice is a problem on the later row only; neither row can be named by it.
  for (const s of input.slots) if (!s.schedulable) rows.add(s.row);
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const s of input.slots) {
    if (!s.candidateId) continue;
    const k = idKey(s.candidateId);
    if (seen.has(k)) twice.add(k);
    seen.add(k);
  }
  return { rows, candidates: twice };
}

export function planInvitations(input: InvitationInput): InvitationPlan {
  const ctx: Context = {
    history: new InvitationHistory(input.ledger),
    candidates: new Map(input.candidates.filter((c) => c.id).map((c) => [idKey(c.id), c])),
    planned: new Map(),
    plan: { due: [], states: new Map(), notices: [] },
  };
  const block = blocked(input);
  const slots = input.slots.filter((s) => s.id);
  const byId = new Map(slots.map((s) => [idKey(s.id), s]));
  // Cancellations first: on a slot given to someone else, its new invitation carries a higher SEQUENCE.
  for (const slotKey of ctx.history.slots()) {
    const slot = byId.get(slotKey);
    if (slot && block.rows.has(slot.row)) continue;
    for (const sent of ctx.history.invited(slotKey)) {
      // Still on the slot: an update, if anything (below); gone from it: a cancellation, unless it is over.
      if ((slot && idKey(slot.candidateId) === idKey(sent.candidateId)) || isOver(sent.day, sent.start, input.now)) continue;
      cancel(ctx, sent, slot);
    }
  }
  for (const slot of slots) {
    if (block.rows.has(slot.row) || !slot.candidateId || isOver(slot.day!, slot.start!, input.now)) continue;
    if (block.candidates.has(idKey(slot.candidateId))) {
      ctx.plan.notices.push(N.candidateInTwoSlots(slot.candidateId));
      continue;
    }
    invite(ctx, slot);
  }
  for (const slot of slots) ctx.plan.states.set(slot.id, stateOf(ctx, slot));
  for (const row of [...block.rows].sort((a, b) => a - b)) ctx.plan.notices.push(N.rowWithProblem(row));
  return ctx.plan;
}

function candidateOf(ctx: Context, candidateId: string): SelectionCandidate | undefined {
  const c = ctx.candidates.get(idKey(candidateId));
  if (!c) return undefined;
  if (!isEmail(c.email.trim())) {
    ctx.plan.notices.push(N.noAddress(c.id, c.email.trim()));
    return undefined;
  }
  return c;
}

/** The candidate's invitation for the slot as it stands, unless they already have exactly that. */
function invite(ctx: Context, slot: Slot): void {
  const last = ctx.history.lastFor(slot.candidateId, slot.id);
  if (last && !last.cancel && last.day === slot.day && last.start === slot.start && (!last.record || last.record.link === slot.link))
    return;
  const candidate = candidateOf(ctx, slot.candidateId);
  if (!candidate) return;
  const day = slot.day!;
  const start = slot.start!;
  const first = interviewKey(candidate.id, slot.id, day, start);
  const sequence = nextSequence(ctx, slot.id);
  const key = ctx.history.isDone(first) ? interviewRevisionKey(candidate.id, slot.id, day, start, sequence) : first;
  if (ctx.history.isDone(key)) return;
  ctx.plan.due.push({
    key,
    kind: last && !last.cancel ? 'update' : 'invitation',
    method: 'REQUEST',
    sequence,
    slotId: slot.id,
    candidate,
    day,
    start,
    duration: slot.duration ?? DEFAULT_DURATION,
    link: slot.link,
    jury: slot.jury.map((m) => m.label),
    cc: juryCopies(slot),
  });
}

/** The candidate's latest invitation to the slot, cancelled (the time it gave, the link recorded). */
function cancel(ctx: Context, sent: SlotMessage, slot: Slot | undefined): void {
  const candidate = candidateOf(ctx, sent.candidateId);
  if (!candidate) return;
  const sequence = nextSequence(ctx, sent.slotId);
  const key = interviewCancelKey(sent.candidateId, sent.slotId, sent.day, sent.start, sequence);
  if (ctx.history.isDone(key)) return;
  ctx.plan.due.push({
    key,
    kind: 'cancel',
    method: 'CANCEL',
    sequence,
    slotId: slot?.id ?? sent.slotId,
    candidate,
    day: sent.day,
    start: sent.start,
    duration: slot?.duration ?? DEFAULT_DURATION,
    link: sent.record?.link ?? slot?.link ?? '',
    jury: slot ? slot.jury.map((m) => m.label) : [],
    cc: slot ? juryCopies(slot) : [],
  });
}

function stateOf(ctx: Context, slot: Slot): InvitationState {
  const pending = ctx.plan.due.some((d) => idKey(d.slotId) === idKey(slot.id));
  const last = ctx.history.last(slot.id);
  if (!last) return { state: 'none' };
  if (pending) return slot.candidateId && !ctx.history.lastFor(slot.candidateId, slot.id) ? { state: 'none' } : { state: 'resend' };
  if (!slot.candidateId) return last.cancel ? { state: 'cancelled' } : { state: 'none' };
  const mine = ctx.history.lastFor(slot.candidateId, slot.id);
  if (!mine) return { state: 'none' };
  if (mine.cancel) return { state: 'cancelled' };
  const current = mine.day === slot.day && mine.start === slot.start && (!mine.record || mine.record.link === slot.link);
  return current ? { state: 'sent', ...(mine.record && { day: mine.record.day }) } : { state: 'resend' };
}
