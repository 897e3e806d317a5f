/** The shapes the reminder targets share (targets.ts, jury.ts). */
import type { Day } from '../dates';
import type { LearnerResult } from '../eligibility';
import type { Profile } from '../profile';
import type { CandidateRow, Cohort } from '../rows';
import type { CalendarSlot } from './jury-ics';
import type { JournalLine } from '../sent-keys';
import type { TagValues } from './render';
import type { RuleRowInput } from './rules';
import type { ReminderTrigger } from './triggers';

/** A `Jury` row as the reminders need it. */
export interface JuryMember {
  name: string;
  email: string;
}

export interface Target {
  key: string;
  /** The key this target had before keys named the schedule (sent then = sent now). */
  legacyKey?: string;
  /** Candidate ID, '' for the team digest, the member's e-mail for a jury day. */
  targetId: string;
  /** Who it is for, as staff read it (« Prénom Nom », « Équipe »). */
  targetLabel: string;
  to: string[];
  /** An address that is not valid: the target gets nothing and this is reported. */
  invalid?: string;
  anchor?: Day;
  values: TagValues;
  /** The register key of the document the e-mail carries. */
  document?: string;
  /** A jury day: the soutenances it lists with a time, one `.ics` each. */
  calendar?: CalendarSlot[];
}

export interface TargetContext {
  cohort: Cohort;
  profile: Profile;
  today: Day;
  common: TagValues;
  /** Candidates in sheet order, the first row of a shared ID only; learners (`Inscrit`) among them. */
  unique: readonly CandidateRow[];
  learners: readonly CandidateRow[];
  learnerById: ReadonlyMap<string, CandidateRow>;
  civilities: ReadonlyMap<string, string>;
  sessionHours: ReadonlyMap<string, string>;
  eligibility: readonly LearnerResult[];
  jury: readonly JuryMember[];
}

/** A `Documents` register row, as far as a reminder's attachment cares. */
export interface RegisterEntry {
  state: string;
  /** The PDF's Drive link. */
  pdf: string;
  detail: string;
}

/** The document a reminder carries, as the register holds it now. */
export interface CarriedDocument {
  key: string;
  /** The register's `État` ('' when the register has no row for it yet). */
  state: string;
  /** The PDF's Drive link ('' until made). */
  pdf: string;
  /** The register's `Détail` (why it is in `Erreur`). */
  detail: string;
  /** The attachment's name, « Convocation – Séminaire 1 – Yann Le Gall.pdf ». */
  name: string;
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
  /** `Contact` ({{contact}}, and the last line of every e-mail to a person). */
  contact: string;
  /** `Plateforme`: where productions and the thesis are deposited. */
  platform: string;
  /** `Journal` rows: what was sent (src/domain/sent-keys.ts), and the digest's source. */
  journal: readonly JournalLine[];
  /** The keys the product claimed, kept outside the Sheet (the Sheet only; `pacte relances` has none). */
  claimed?: ReadonlySet<string>;
  today: Day;
  /** `Civilité` by lower-cased candidate ID. */
  civilities: ReadonlyMap<string, string>;
  /** `Horaires` by lower-cased session ID. */
  sessionHours: ReadonlyMap<string, string>;
  /** The `Jury` tab (empty without it). */
  jury: readonly JuryMember[];
  /** The `Documents` register by `Clé` (empty without it). */
  documents: ReadonlyMap<string, RegisterEntry>;
}

export interface DueReminder {
  key: string;
  rule: string;
  when: ReminderTrigger;
  /** Candidate ID, '' for the team digest, the member's e-mail for a jury day. */
  targetId: string;
  /** Who it is for, as staff read it (« Prénom Nom » or « Équipe »). */
  targetLabel: string;
  to: string[];
  subject: string;
  /** Plain text. */
  body: string;
  /** The same text as HTML, every character of it escaped (values included). */
  html: string;
  /** The register document it carries: its key, the register's state of it ('' when not there), the attachment's name. */
  document?: CarriedDocument;
  /** Due since an earlier day (the quota or a missed run held it back). */
  waiting: boolean;
  /** A jury day: the soutenances it lists with a time, one `.ics` each (made when it is sent). */
  calendar?: CalendarSlot[];
}
