/** Reading an interview's `Durée (min)` however a cell holds it (its `Heure`: parseClockTime in dates). */
import type { Cell } from '../rows';

export const DEFAULT_DURATION = 30;
export const MIN_DURATION = 10;
export const MAX_DURATION = 240;
const DURATION_TEXT = /^(\d+(?:[.,]\d+)?)\s*(?:min(?:utes?)?\.?)?$/i;

/**
 * `Durée (min)`: empty means 30; a number of minutes from 10 to 240 (`45`, `45 min`); anything
 * else (0, 600, « une heure ») is `invalid`.
 */
export function readDuration(cell: Cell): { minutes: number } | { invalid: true } {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return { minutes: DEFAULT_DURATION };
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'string' && DURATION_TEXT.test(cell.trim())) n = Number(DURATION_TEXT.exec(cell.trim())![1]!.replace(',', '.'));
  else return { invalid: true };
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < MIN_DURATION || n > MAX_DURATION) return { invalid: true };
  return { minutes: n };
}
