/** The COPIL's opinions (`Avis`): each member's latest valid row per candidate, counted. */
import { idKey, normalizeEmail } from '../candidates';
import { instantOfCell } from '../dates';
import { messages } from '../messages';
import type { Cell } from '../rows';
import { parseStaffList } from '../staff';
import { fold } from '../text';
import { OPINIONS, type Opinion } from '../vocabulary';
import type { MemberOpinion, OpinionRow, SelectionProblem, SelectionProblemCode } from './types';

const M = messages.selection.problems;
export const MIN_NOTE = 0;
export const MAX_NOTE = 20;

/** `Note`: empty is no note; a number from 0 to 20 (`14,5` too); anything else (25, « bien ») is invalid. */
export function readNote(cell: Cell): { note: number | null } | { invalid: true } {
  if (cell === null || cell === undefined) return { note: null };
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string') {
    const t = cell.trim();
    if (t === '') return { note: null };
    if (!/^\d+(?:[.,]\d+)?$/.test(t)) return { invalid: true };
    n = Number(t.replace(',', '.'));
  } else return { invalid: true };
  return Number.isFinite(n) && n >= MIN_NOTE && n <= MAX_NOTE ? { note: n } : { invalid: true };
}

/** A member as the opinions compare them: their address (lower case) when one is written, else the name folded. */
export function memberKey(member: string): string {
  return parseStaffList(member)[0] ?? fold(member);
}

function readOpinion(value: string): Opinion | undefined {
  const key = fold(value);
  return OPINIONS.find((o) => fold(o) === key);
}

type Check = (code: SelectionProblemCode, message: string) => void;

function readRow(
  r: OpinionRow,
  candidates: ReadonlyMap<string, string>,
  team: ReadonlySet<string> | undefined,
  problem: Check,
): MemberOpinion | undefined {
  let valid = true;
  const fail: Check = (code, message) => {
    valid = false;
    problem(code, message);
  };
  const candidateId = candidates.get(idKey(r.candidateId));
  if (!candidateId) fail('unknown_candidate', r.candidateId.trim() ? M.unknownCandidate(r.candidateId.trim()) : M.opinionWithoutCandidate);
  const member = r.member.trim();
  if (!member) fail('opinion_without_member', M.opinionWithoutMember);
  else if (team && !team.has(memberKey(member))) fail('member_not_in_team', M.memberNotInTeam(member));
  const opinion = readOpinion(r.opinion);
  if (!opinion) fail('invalid_opinion', M.invalidOpinion(r.opinion.trim()));
  const note = readNote(r.note);
  if ('invalid' in note) fail('invalid_note', M.invalidNote(String(r.note ?? '').trim()));
  if (!valid) return undefined;
  const enteredAt = instantOfCell(r.enteredAt);
  return {
    row: r.row,
    candidateId: candidateId!,
    member,
    memberKey: memberKey(member),
    opinion: opinion!,
    note: (note as { note: number | null }).note,
    comment: r.comment.trim(),
    ...(enteredAt !== undefined && { enteredAt }),
  };
}

/**
 * Each member's opinion on each candidate: going down the tab, a valid row replaces the member's
 * earlier one unless both carry `Saisi le` and this one is strictly older (so `Saisi le` decides when
 * it can, row order when it is equal or empty). A row with an unknown candidate, no member, an `Avis`
 * outside the list or a `Note` outside 0–20 is a problem and counts for nothing; so is a member who
 * is not in `team` (`Équipe`), when a team is given.
 */
export function readOpinions(
  rows: readonly OpinionRow[],
  candidates: ReadonlyMap<string, string>,
  options: { team?: readonly string[] } = {},
): { opinions: MemberOpinion[]; problems: SelectionProblem[] } {
  const team = options.team?.length ? new Set(options.team.map(normalizeEmail)) : undefined;
  const problems: SelectionProblem[] = [];
  const latest = new Map<string, MemberOpinion>();
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const read = readRow(r, candidates, team, (code, message) => problems.push({ tab: 'Avis', row: r.row, code, message }));
    if (!read) continue;
    const key = `${idKey(read.candidateId)}\u0000${read.memberKey}`;
    const current = latest.get(key);
    const older = current?.enteredAt !== undefined && read.enteredAt !== undefined && read.enteredAt < current.enteredAt;
    if (!older) latest.set(key, read);
  }
  return { opinions: [...latest.values()].sort((a, b) => a.row - b.row), problems };
}

export interface OpinionSummary {
  /** Members' latest opinions, counted per `Avis` (every value, 0 included). */
  avis: Record<Opinion, number>;
  /** Mean `Note` of those opinions that have one, one decimal; null when none has. */
  note: number | null;
  opinions: MemberOpinion[];
}

export function emptySummary(): OpinionSummary {
  return { avis: { Favorable: 0, Réservé: 0, Défavorable: 0 }, note: null, opinions: [] };
}

/** One decimal, halves up, without binary noise (14.45 is 14.5, not 14.4). */
export function oneDecimal(value: number): number {
  return Math.round(value * 10 + 1e-9) / 10;
}

/** Candidate key (idKey) → their opinions counted, with the mean note. */
export function summarizeOpinions(opinions: readonly MemberOpinion[]): Map<string, OpinionSummary> {
  const summaries = new Map<string, OpinionSummary>();
  for (const o of opinions) {
    const key = idKey(o.candidateId);
    const summary = summaries.get(key) ?? emptySummary();
    summary.avis[o.opinion]++;
    summary.opinions.push(o);
    summaries.set(key, summary);
  }
  for (const summary of summaries.values()) {
    const notes = summary.opinions.map((o) => o.note).filter((n): n is number => n !== null);
    summary.note = notes.length ? oneDecimal(notes.reduce((a, b) => a + b, 0) / notes.length) : null;
  }
  return summaries;
}
