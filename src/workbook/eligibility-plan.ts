/** `Éligibilité` rewritten from the learners' results, by learner ID (workbook.md). */
import { idKey, sharedIds } from '../domain/candidates';
import type { LearnerState } from '../domain/codes';
import type { LearnerResult } from '../domain/eligibility';
import { messages } from '../domain/messages';
import type { CellUpdate } from './blocks';
import { text, type Cell } from './cells';
import type { CandidateRow } from './cohort';
import type { ELIGIBILITY_TAB } from './schema';
import type { HeaderOf, TableOf } from './table';

export const STATE_BACKGROUNDS: Record<LearnerState, string | null> = {
  eligible: '#d9ead3',
  in_progress: null,
  at_risk: '#fce5cd',
  not_eligible: '#f4cccc',
};

/**
 * `Éligibilité` rewritten by learner ID: a learner keeps their row (and whatever staff wrote
 * beside it), a new learner gets the next free row, a learner no longer enrolled is marked so.
 * Two learners sharing an ID (a copied row) each get their own row, in `Candidatures` order, with
 * the warning first in `Motifs`: never one silently dropped.
 */
export function planEligibility(
  table: TableOf<typeof ELIGIBILITY_TAB>,
  learners: readonly LearnerResult[],
  candidates: readonly CandidateRow[],
  computedAt: Date,
): { updates: CellUpdate[]; lastRow: number } {
  const col = (h: HeaderOf<typeof ELIGIBILITY_TAB>) => table.column(h)!;
  // ID key → the tab's rows for it, with the ID as written there.
  const existing = new Map<string, Array<{ row: number; id: string }>>();
  let lastRow = 1;
  for (const r of table.rows) {
    lastRow = Math.max(lastRow, r.row);
    const id = text(table.get(r, 'ID apprenant'));
    if (!id) continue;
    const list = existing.get(idKey(id));
    if (list) list.push({ row: r.row, id });
    else existing.set(idKey(id), [{ row: r.row, id }]);
  }
  const statusById = new Map<string, string>();
  for (const c of candidates) if (c.id && !statusById.has(idKey(c.id))) statusById.set(idKey(c.id), c.status);
  const shared = sharedIds(candidates);
  const updates: CellUpdate[] = [];
  const write = (row: number, values: Partial<Record<HeaderOf<typeof ELIGIBILITY_TAB>, Cell>>, background: string | null) => {
    for (const [header, value] of Object.entries(values) as Array<[HeaderOf<typeof ELIGIBILITY_TAB>, Cell]>) {
      updates.push({ row, column: col(header), value, ...(header === 'État' && { background }) });
    }
  };
  const used = new Map<string, number>();
  // A learner without an ID has no row to be found by next time (it would be added again at each
  // run): *Vérifier les candidatures* gives the ID, then the learner gets a row.
  for (const l of [...learners].filter((x) => x.id.trim()).sort((a, b) => a.row - b.row)) {
    const key = idKey(l.id);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const row = existing.get(key)?.[n]?.row ?? ++lastRow;
    const sharedRows = shared.get(key);
    const motifs = l.reasons.map((r) => r.message);
    if (sharedRows) motifs.unshift(messages.sheet.sharedId(l.id, sharedRows));
    write(
      row,
      {
        'ID apprenant': l.id,
        Nom: l.name,
        État: messages.states[l.state],
        Motifs: motifs.join('\n'),
        'Calculé le': computedAt,
      },
      STATE_BACKGROUNDS[l.state],
    );
  }
  for (const [key, rows] of existing) {
    const n = used.get(key) ?? 0;
    for (const { row, id } of rows.slice(n)) {
      const motif = n > 0 ? messages.sheet.sharedIdLeftover(id) : messages.sheet.noLongerEnrolled(statusById.get(key) ?? '');
      write(row, { État: '', Motifs: motif, 'Calculé le': computedAt }, null);
    }
  }
  return { updates, lastRow };
}
