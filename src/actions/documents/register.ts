/**
 * The `Documents` register on the Sheet: read, and written under the document lock held only for
 * that (never during Drive or Docs work). Each write re-reads the tab under the lock, finds rows by
 * `Clé`, writes the product's cells only (one setValues per contiguous block), puts new rows right
 * after the last row with content (inserted there, so a note typed under the register moves down),
 * flushes, reads once more to check that no colleague's gesture moved rows or columns between the
 * read and the write, and repairs if one did (workbook/documents-reconcile.ts).
 */
import { documentLockSections, type DocumentLockSections } from '../../gas/lock';
import {
  appendRow,
  applyBlocks,
  findTab,
  flushWrites,
  insertRowsAfter,
  insertRowsBefore,
  insertTab,
  readValues,
  writeRows,
  type SheetHandle,
  type SpreadsheetHandle,
} from '../../gas/spreadsheet';
import { isContent, text, type Cell } from '../../workbook/cells';
import {
  anchorRow,
  cellOf,
  parseRegister,
  planRecords,
  registerBlocks,
  type RecordCells,
  type Register,
} from '../../workbook/documents-register';
import { isRepairNeeded, reconcile } from '../../workbook/documents-reconcile';
import type { CellUpdate } from '../../workbook/blocks';
import { DOCUMENTS_TAB } from '../../workbook/schema';

export class RegisterTab {
  private sheet: SheetHandle | undefined;
  private readonly lock: DocumentLockSections = documentLockSections();

  constructor(private readonly ss: SpreadsheetHandle) {
    this.sheet = findTab(ss, DOCUMENTS_TAB.name);
  }

  /** The register now (one read); a missing or blank tab reads as headers only. */
  read(): Register {
    return parseRegister(this.values());
  }

  /**
   * Runs `fn` holding the document lock (waiting up to 10 s: other holders keep it for a register
   * write, a second or two). `fn` re-reads what it writes: anything read before may have been sorted
   * or saved meanwhile. `write` flushes before the lock goes.
   */
  locked<T>(fn: () => T): T {
    return this.lock.locked(fn);
  }

  /**
   * Under the lock: `records` into the register as read now (`reg`), flushed, then checked and
   * repaired. New rows: the first is appended by `appendRow`, which Google applies atomically after
   * the last row with content at that instant
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents:
   * "This operation is atomic; it prevents issues where a user asks for the last row, and then
   * writes to that row, and an intervening mutation occurs"); the others go into blank rows inserted
   * right above it, never into the empty row under the register where a person types.
   */
  write(reg: Register, records: ReadonlyMap<string, RecordCells>): void {
    if (records.size === 0) return;
    const sheet = this.sheetFor(reg);
    let before = reg;
    let anchor: { key: string; columns: number[] } | undefined;
    const fresh = [...records.keys()].find((k) => !reg.byKey.has(k));
    if (fresh) {
      const row = anchorRow(reg, records.get(fresh)!);
      appendRow(sheet, row.values);
      anchor = { key: fresh, columns: row.columns };
      before = this.read();
    }
    const plan = planRecords(before, records, anchor);
    if (plan.insertBefore) insertRowsBefore(sheet, plan.insertBefore.row, plan.insertBefore.count);
    if (plan.insertAfter) insertRowsAfter(sheet, plan.insertAfter.row, plan.insertAfter.count);
    applyBlocks(sheet, registerBlocks(plan.updates));
    flushWrites();
    const now = this.values();
    const repair = reconcile(before, records, plan.positions, now);
    if (!isRepairNeeded(repair)) return;
    const after = parseRegister(now);
    const updates: CellUpdate[] = [...repair.updates];
    if (repair.appends.length) {
      insertRowsAfter(sheet, after.lastContentRow, repair.appends.length);
      repair.appends.forEach((cells, i) => {
        for (const [h, column] of after.columns) updates.push({ row: after.lastContentRow + 1 + i, column, value: cells[h] });
      });
    }
    applyBlocks(sheet, registerBlocks(updates));
    flushWrites();
    // One more look; a second gesture within the same second is not chased: the next call re-reads by key.
    const final = parseRegister(this.values());
    const wrong = [...records].filter(([k, cells]) => {
      const rows = final.rows.filter((r) => r.key === k);
      return rows.length !== 1 || text(cellOf(final, rows[0]!, 'État')) !== text(cells['État']);
    });
    if (wrong.length) console.error(`Documents: the register moved again during its repair (${wrong.map(([k]) => k).join(', ')}).`);
  }

  private values(): Cell[][] {
    if (!this.sheet) return [];
    let values: Cell[][];
    try {
      values = readValues(this.sheet);
    } catch {
      // The tab was deleted (or renamed) meanwhile: look it up again by name.
      this.sheet = findTab(this.ss, DOCUMENTS_TAB.name);
      if (!this.sheet) return [];
      values = readValues(this.sheet);
    }
    return values.some((row) => row.some(isContent)) ? values : [];
  }

  /** The tab, with its header row written when it was missing or blank (under the lock, before any row). */
  private sheetFor(reg: Register): SheetHandle {
    if (!this.sheet) this.sheet = findTab(this.ss, DOCUMENTS_TAB.name) ?? insertTab(this.ss, DOCUMENTS_TAB.name);
    if (reg.blank) writeRows(this.sheet, 1, 1, [DOCUMENTS_TAB.headers]);
    return this.sheet;
  }
}
