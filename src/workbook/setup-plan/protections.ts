/**
 * Warning-only protections on what the product alone writes: its tabs, and its columns of the others.
 * A protection left undescribed by an interrupted run is adopted, not doubled.
 */
import type { PlannedTab } from './tabs';
import type { GridBox, ProtectionState, SetupOp, SetupSummary, SetupTexts } from './types';

/**
 * The protection carrying `description`, else one left undescribed by an interrupted run (adopted, not
 * doubled) where `fits`; -1 when neither is there.
 */
function protectionIndex(
  found: readonly ProtectionState[],
  description: string,
  fits: (p: ProtectionState) => boolean = () => true,
): number {
  const index = found.findIndex((p) => p.description === description);
  return index >= 0 ? index : found.findIndex((p) => p.description === '' && fits(p));
}

export function planProtections(tab: PlannedTab, texts: SetupTexts, ops: SetupOp[], summary: SetupSummary): void {
  const name = tab.spec.name;
  if (tab.spec.productTab) {
    const description = texts.protectedTab(name);
    const found = tab.state?.sheetProtections ?? [];
    const index = protectionIndex(found, description);
    if (index < 0) ops.push({ kind: 'protectSheet', tab: name, description });
    else if (!found[index]!.warningOnly || found[index]!.description !== description) {
      ops.push({ kind: 'fixProtection', tab: name, type: 'sheet', index, description });
    } else return;
    summary.protections++;
    return;
  }
  const found = tab.state?.rangeProtections ?? [];
  for (const header of tab.spec.productOwned ?? []) {
    const description = texts.protectedColumn(header);
    const column = tab.columns.get(header)!;
    const range: GridBox = { row: 1, column, numColumns: 1 };
    const onColumn = (p: ProtectionState) => p.range?.row === 1 && p.range.column === column && p.range.numColumns === 1;
    const index = protectionIndex(found, description, onColumn);
    if (index < 0) ops.push({ kind: 'protectRange', tab: name, range, description });
    else {
      const p = found[index]!;
      if (p.warningOnly && p.description === description && onColumn(p)) continue;
      ops.push({ kind: 'fixProtection', tab: name, type: 'range', index, description, ...(onColumn(p) ? {} : { range }) });
    }
    summary.protections++;
  }
}
