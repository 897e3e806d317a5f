/** Checking application rows against the profile (workbook.md, "Candidate problem codes"). */
import type { CandidateProblemCode } from './codes';
import { formatDayFr } from './dates';
import { messages } from './messages';
import { PIECE_COLUMNS, type Profile } from './profile';
import type { CandidateRow } from './rows';
import { STRUCTURE_TYPES } from './vocabulary';

export interface CandidateProblem {
  code: CandidateProblemCode;
  column: string;
  message: string;
}

export interface CandidateResult {
  id: string;
  row: number;
  email: string;
  valid: boolean;
  problems: CandidateProblem[];
}

const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value) && !value.includes('..');
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

const REQUIRED_FIELDS = [
  ['Prénom', (c: CandidateRow) => c.firstName],
  ['Nom', (c: CandidateRow) => c.lastName],
  ['E-mail', (c: CandidateRow) => c.email],
  ['Structure', (c: CandidateRow) => c.structure],
  ['Type de structure', (c: CandidateRow) => c.structureType],
] as const;

const RECEIVED = 'Date de réception du dossier';

/** What the candidate can fix themselves (the only problems an e-mail to them lists, workbook.md › `Relances`). */
const CANDIDATE_CAN_FIX: ReadonlySet<CandidateProblemCode> = new Set([
  'missing_field',
  'missing_piece',
  'health_project_not_validated',
  'federation_membership',
  'engagement_commitment_missing',
  'not_in_team',
]);

export function candidateCanFix(p: CandidateProblem): boolean {
  return CANDIDATE_CAN_FIX.has(p.code) && !(p.code === 'missing_field' && p.column === RECEIVED);
}

/** IDs compare trimmed and in any case (workbook.md, `duplicate_id`). */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * IDs held by more than one row (a copied row keeps its ID), with every row holding each, in sheet
 * order: key (idKey) → rows.
 */
export function sharedIds(rows: readonly CandidateRow[]): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  for (const c of rows) {
    if (!c.id) continue;
    const key = idKey(c.id);
    const list = byId.get(key);
    if (list) list.push(c.row);
    else byId.set(key, [c.row]);
  }
  for (const [key, list] of byId) {
    if (list.length < 2) byId.delete(key);
    else list.sort((a, b) => a - b);
  }
  return byId;
}

interface SeenRows {
  email: Map<string, number>;
  id: Map<string, number>;
}

type Add = (code: CandidateProblemCode, column: string, message: string) => void;

/** The row's identity: its ID and address not taken by an earlier row, the required fields filled. */
function checkIdentity(c: CandidateRow, seen: SeenRows, add: Add): void {
  if (c.id) {
    const key = idKey(c.id);
    const first = seen.id.get(key);
    if (first !== undefined) add('duplicate_id', 'ID', messages.candidate.duplicateId(c.id, first));
    else seen.id.set(key, c.row);
  }
  for (const [column, value] of REQUIRED_FIELDS) {
    if (!value(c)) add('missing_field', column, messages.candidate.missingField(column));
  }
  if (!c.received.day && !c.received.invalid) add('missing_field', RECEIVED, messages.candidate.missingField(RECEIVED));
  if (c.email) {
    const key = normalizeEmail(c.email);
    if (!isEmail(c.email)) add('invalid_email', 'E-mail', messages.candidate.invalidEmail(c.email));
    const first = seen.email.get(key);
    if (first !== undefined) add('duplicate_email', 'E-mail', messages.candidate.duplicateEmail(c.email, first));
    else seen.email.set(key, c.row);
  }
}

/** A structure type the profile takes, a file received within the window; returns the type read. */
function checkStructureAndWindow(c: CandidateRow, profile: Profile, add: Add): string | undefined {
  const type = STRUCTURE_TYPES.find((t) => t === c.structureType.toUpperCase());
  if (c.structureType && (!type || !profile.structureTypes.includes(type))) {
    add(
      'structure_type_not_accepted',
      'Type de structure',
      messages.candidate.structureTypeNotAccepted(c.structureType, profile.structureTypes),
    );
  }
  const { opens, closes } = profile.applicationWindow;
  const received = c.received.day;
  if (c.received.invalid) add('invalid_date', RECEIVED, messages.candidate.invalidDate(RECEIVED, c.received.invalid));
  if (received && opens && received < opens) {
    add('received_before_opening', RECEIVED, messages.candidate.receivedBeforeOpening(formatDayFr(received), formatDayFr(opens)));
  }
  if (received && closes && received > closes) {
    add('received_after_deadline', RECEIVED, messages.candidate.receivedAfterDeadline(formatDayFr(received), formatDayFr(closes)));
  }
  return type;
}

/** Every piece the profile asks for, its extra conditions, a team (or a derogation). */
function checkPiecesAndConditions(c: CandidateRow, profile: Profile, type: string | undefined, add: Add): void {
  for (const piece of profile.requiredPieces) {
    const column = PIECE_COLUMNS[piece];
    if (!c.ticked.has(column)) add('missing_piece', column, messages.candidate.missingPiece(column));
  }
  const { conditions } = profile;
  if (conditions.healthProjectValidatedForMsp && type === 'MSP' && !c.ticked.has('Projet de santé validé ARS')) {
    add('health_project_not_validated', 'Projet de santé validé ARS', messages.candidate.healthProjectNotValidated);
  }
  if (conditions.federationMembership && !c.ticked.has('Adhérent fédération à jour')) {
    add('federation_membership', 'Adhérent fédération à jour', messages.candidate.federationMembership);
  }
  if (conditions.engagementCommitment && !c.ticked.has('Engagement T0 et PACTE+')) {
    add('engagement_commitment_missing', 'Engagement T0 et PACTE+', messages.candidate.engagementCommitmentMissing);
  }
  if (!c.ticked.has('En équipe') && !c.ticked.has('Dérogation')) add('not_in_team', 'En équipe', messages.candidate.notInTeam);
}

/** Checks one row; `seen` holds the earlier rows' addresses and IDs (for duplicates). */
function checkCandidate(c: CandidateRow, profile: Profile, seen: SeenRows): CandidateProblem[] {
  const problems: CandidateProblem[] = [];
  const add: Add = (code, column, message) => problems.push({ code, column, message });
  checkIdentity(c, seen, add);
  const type = checkStructureAndWindow(c, profile, add);
  checkPiecesAndConditions(c, profile, type, add);
  return problems;
}

/** Checks every row in sheet order (the first of two equal addresses or IDs is the valid one). Linear. */
export function checkCandidates(rows: readonly CandidateRow[], profile: Profile): CandidateResult[] {
  const seen: SeenRows = { email: new Map(), id: new Map() };
  return [...rows]
    .sort((a, b) => a.row - b.row)
    .map((c) => {
      const problems = checkCandidate(c, profile, seen);
      return { id: c.id, row: c.row, email: c.email, valid: problems.length === 0, problems };
    });
}
