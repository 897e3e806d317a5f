/**
 * What calendars were told about each interview slot, read back from the ledger: the invitation keys
 * done (sent, or claimed with an unknown outcome) and what the product recorded beside each claim
 * (the SEQUENCE it carried, the link it gave, the day it went). Pure: src/actions/selection reads them.
 */
import { idKey } from '../candidates';
import type { Day } from '../dates';
import { parseInterviewKey, type InterviewKeyParts } from '../keys';

/** Recorded with a claimed invitation key, in the document's properties (with the key itself). */
export interface InvitationRecord {
  sequence: number;
  link: string;
  /** The Paris day it was claimed (and sent, unless the run was cut). */
  day: Day;
}

export interface InvitationLedger {
  /** Every e-mail key the ledger holds as done; only interview keys (parseInterviewKey) are read. */
  done: Iterable<string>;
  records: ReadonlyMap<string, InvitationRecord>;
}

/** One message a slot's UID carried. */
export interface SlotMessage extends InterviewKeyParts {
  key: string;
  /** Its SEQUENCE: from the key, else from its record; -1 when neither says (oldest). */
  order: number;
  record?: InvitationRecord;
}

const byOrder = (a: SlotMessage, b: SlotMessage) => a.order - b.order || a.key.localeCompare(b.key);

/** The messages each slot's UID carried (slot key: idKey), oldest first. */
export class InvitationHistory {
  private readonly bySlot = new Map<string, SlotMessage[]>();
  private readonly doneKeys = new Set<string>();

  constructor(ledger: InvitationLedger) {
    for (const key of ledger.done) {
      const parts = parseInterviewKey(key);
      if (!parts || this.doneKeys.has(key)) continue;
      this.doneKeys.add(key);
      const record = ledger.records.get(key);
      const order = parts.sequence ?? record?.sequence ?? -1;
      const list = this.bySlot.get(idKey(parts.slotId)) ?? [];
      list.push({ ...parts, key, order, ...(record && { record }) });
      this.bySlot.set(idKey(parts.slotId), list);
    }
    for (const list of this.bySlot.values()) list.sort(byOrder);
  }

  isDone(key: string): boolean {
    return this.doneKeys.has(key);
  }

  /** Slots (idKey) that carried a message. */
  slots(): string[] {
    return [...this.bySlot.keys()];
  }

  /** Messages done for a slot: the next one carries this many as its SEQUENCE (calendars keep the highest). */
  count(slotId: string): number {
    return this.bySlot.get(idKey(slotId))?.length ?? 0;
  }

  /** The latest message of a slot, to anyone. */
  last(slotId: string): SlotMessage | undefined {
    return this.bySlot.get(idKey(slotId))?.at(-1);
  }

  /** The latest message a candidate got about a slot. */
  lastFor(candidateId: string, slotId: string): SlotMessage | undefined {
    return this.bySlot
      .get(idKey(slotId))
      ?.filter((m) => idKey(m.candidateId) === idKey(candidateId))
      .at(-1);
  }

  /** Candidates (as the keys spell them) whose latest message about the slot invited them. */
  invited(slotId: string): SlotMessage[] {
    const latest = new Map<string, SlotMessage>();
    for (const m of this.bySlot.get(idKey(slotId)) ?? []) latest.set(idKey(m.candidateId), m);
    return [...latest.values()].filter((m) => !m.cancel);
  }
}
