/**
 * Whether an e-mail key is still due (workbook.md › `Journal`): a key with rows in `Journal` is never
 * sent again, unless its latest row (by `Horodatage`) says « … non envoyée » (Google refused it
 * before anything left); a key left « … en cours » is never retried and is to be checked by a
 * person. A key the product claimed (kept in the document's properties) but missing from `Journal`
 * (sorted away, cleared, deleted) is sent: it is written back « Clé restaurée ».
 */
import type { Day } from './dates';

/** A `Journal` row, as far as keys and the digest care. */
export interface JournalLine {
  /** The Paris day and the instant of `Horodatage`, when readable. */
  at?: Day;
  instant?: number;
  action: string;
  target: string;
  detail: string;
  key: string;
}

export type KeyState = 'in_progress' | 'sent' | 'not_sent';

/** The state a row gives its key, from its `Action` as the contract spells it (« Relance non envoyée »…). */
export function stateOfAction(action: string): KeyState {
  const a = action.trim().toLowerCase();
  if (a.endsWith('non envoyée') || a.endsWith('non envoyé')) return 'not_sent';
  if (a.endsWith('en cours')) return 'in_progress';
  return 'sent';
}

// Same instant: the outcome wins over the claim it follows (a fast run writes both in one second).
const RANK: Record<KeyState, number> = { in_progress: 0, sent: 1, not_sent: 1 };

export interface SentKeys {
  /** False when the key may be sent (never claimed, or its latest row is « non envoyée »). */
  isDone(key: string): boolean;
  /** Keys whose latest `Journal` row is « … en cours »: the send was cut, outcome unknown. */
  inProgress: ReadonlyMap<string, JournalLine>;
  /** Claimed keys (the store) with no row in `Journal`: to write back « Clé restaurée ». */
  toRestore: readonly string[];
}

/** `claimed` is the store (undefined off the Sheet: `pacte relances` reads `Journal` alone). */
export function sentKeys(journal: readonly JournalLine[], claimed?: ReadonlySet<string>): SentKeys {
  const latest = new Map<string, { line: JournalLine; state: KeyState; order: number }>();
  journal.forEach((line, order) => {
    if (!line.key) return;
    const state = stateOfAction(line.action);
    const seen = latest.get(line.key);
    const t = line.instant ?? Number.NEGATIVE_INFINITY;
    const s = seen?.line.instant ?? Number.NEGATIVE_INFINITY;
    if (!seen || t > s || (t === s && (RANK[state] > RANK[seen.state] || (RANK[state] === RANK[seen.state] && order > seen.order)))) {
      latest.set(line.key, { line, state, order });
    }
  });
  const inProgress = new Map<string, JournalLine>();
  for (const [key, { line, state }] of latest) if (state === 'in_progress') inProgress.set(key, line);
  const toRestore = claimed ? [...claimed].filter((k) => !latest.has(k)).sort() : [];
  return {
    isDone: (key) => {
      const l = latest.get(key);
      if (l) return l.state !== 'not_sent';
      return claimed?.has(key) ?? false;
    },
    inProgress,
    toRestore,
  };
}
