/** Reading one cell's value, whatever a person or a download made of it. */
import { InvalidDateError, parseDay, type Day } from '../domain/dates';

/** What a cell can hold: Apps Script's getValues() types, plus what file readers give. */
export type Cell = string | number | boolean | Date | null | undefined;

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', 'x', '1', 'yes', 'o', '✓', '✔', '☑']);

/** Booleans per workbook.md: checkboxes, TRUE/FALSE, Oui/Non, vrai/faux, x/empty alike. */
export function bool(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  return TRUE_WORDS.has(text(cell).toLowerCase());
}

export type DayCell = { day?: Day; invalid?: string };

/** A date cell: `{}` when empty, `{ day }` when readable, `{ invalid }` with the raw text otherwise. */
export function dayCell(cell: Cell): DayCell {
  try {
    const day = parseDay(typeof cell === 'string' ? cell.trim() : cell);
    return day ? { day } : {};
  } catch (e) {
    // The error says the value as staff see it (text(cell) would throw on an impossible Date).
    if (e instanceof InvalidDateError) return { invalid: e.input };
    throw e;
  }
}

/** A whole number, or undefined when the cell is empty or not a number. */
export function wholeNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? Math.round(cell) : undefined;
  const t = text(cell).replace(',', '.');
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Math.round(Number(t));
}

/** Case-, accent- and space-insensitive key, to match staff's spelling of list values. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Finds the list value a cell spells, whatever its case and accents; undefined when none. */
export function matchChoice<T extends string>(cell: Cell, choices: readonly T[]): T | undefined {
  const key = fold(text(cell));
  return choices.find((c) => fold(c) === key);
}

/**
 * A value that came from a person, made safe to write into a cell: Sheets would turn a leading
 * `=`, `+`, `-` or `@` into a formula (or a number), so it gets the apostrophe that keeps it text.
 */
export function asLiteralText(value: string): string {
  return /^[=+\-@']/.test(value) ? `'${value}` : value;
}
