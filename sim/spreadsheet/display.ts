import { fromWallTime, wallTime, zoneOffsetMs } from '../tz';
import { AUTOMATIC_FORMAT, TEXT_FORMAT } from './input';
import type { Cell } from './model';

/**
 * Displayed text of a cell (Range.getDisplayValues), for a fr_FR spreadsheet:
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
 * Number/date format tokens: https://developers.google.com/sheets/api/guides/formats
 * Modelled: automatic format (numbers with a decimal comma, dates dd/MM/yyyy, date-times with
 * HH:mm:ss), '@', '0', '0.00', '#,##0(.00)', '0%', '0.00%' and date/time patterns (d, dd, ddd, dddd,
 * M/m, MM/mm, MMM, MMMM, yy, yyyy, h/H, hh/HH, m, mm, s, ss, am/pm). Booleans display TRUE/FALSE.
 * Formula cells display their cached value ('' in this simulator).
 */
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const GROUP = '\u202f';

export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return '';
  const v = cell.value;
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const fmt = cell.format;
  if (fmt === '@') return v instanceof Date ? formatDatePattern(v, 'dd/MM/yyyy HH:mm:ss', timeZone) : String(v);
  if (typeof v === 'string') return v;
  if (v instanceof Date) {
    if (fmt && isDateFormat(fmt)) return formatDatePattern(v, fmt, timeZone);
    if (fmt && fmt !== AUTOMATIC_FORMAT) return formatNumber(dateToSerial(v, timeZone), fmt);
    const w = wallTime(v, timeZone);
    const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
    return formatDatePattern(v, midnight ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss', timeZone);
  }
  if (isDateFormat(fmt)) return formatDatePattern(serialToDate(v, timeZone), fmt!, timeZone);
  return formatNumber(v, fmt);
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === TEXT_FORMAT || fmt === AUTOMATIC_FORMAT) return false;
  return /[dyhs]/i.test(fmt.replace(/"[^"]*"|\\./g, '')) || /^[^0#]*m[^0#]*$/i.test(fmt);
}

const SHEETS_EPOCH = Date.UTC(1899, 11, 30);
export function dateToSerial(d: Date, tz: string): number {
  return (d.getTime() + zoneOffsetMs(d, tz) - SHEETS_EPOCH) / 86400000;
}
export function serialToDate(n: number, tz: string): Date {
  const w = new Date(SHEETS_EPOCH + Math.round(n * 86400000));
  return fromWallTime(tz, w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds());
}

export function formatNumber(n: number, fmt: string | undefined): string {
  if (!fmt || fmt === 'General' || fmt === '0.###############') {
    if (Number.isInteger(n)) return String(n);
    return String(Number(n.toPrecision(15))).replace('.', ',');
  }
  const pct = fmt.endsWith('%');
  const core = pct ? fmt.slice(0, -1) : fmt;
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(core);
  if (!m) return formatNumber(n, undefined);
  const decimals = m[2]?.length ?? 0;
  const value = pct ? n * 100 : n;
  let [int = '0', frac] = Math.abs(value).toFixed(decimals).split('.');
  if (m[1]) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${int}${frac !== undefined ? ',' + frac : ''}${pct ? '%' : ''}`;
}

/** Sheets date pattern (case-insensitive tokens; m is minutes next to h or s, else month). */
export function formatDatePattern(date: Date, pattern: string, timeZone: string): string {
  const w = wallTime(date, timeZone);
  const tokens: string[] = [];
  const re = /"[^"]*"|\\.|am\/pm|a\/p|([dmyhs])\1*|./gi;
  for (const m of pattern.matchAll(re)) tokens.push(m[0]);
  const ampm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const isMinute = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (/^h+$/i.test(t)) return true;
      if (/^[dmys]+$/i.test(t)) break;
    }
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (/^s+$/i.test(t)) return true;
      if (/^[dmyh]+$/i.test(t)) break;
    }
    return false;
  };
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      if (lower === 'am/pm') return w.hour < 12 ? 'AM' : 'PM';
      if (lower === 'a/p') return w.hour < 12 ? 'A' : 'P';
      const c = lower[0];
      const n = t.length;
      switch (c) {
        case 'd':
          if (n >= 4) return FR_DAYS[w.weekday]!;
          if (n === 3) return FR_DAYS[w.weekday]!.slice(0, 3) + '.';
          return n === 2 ? p2(w.day) : String(w.day);
        case 'y':
          return n <= 2 ? p2(w.year % 100) : String(w.year);
        case 'h': {
          const h = ampm ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
          return n >= 2 ? p2(h) : String(h);
        }
        case 's':
          return n >= 2 ? p2(w.second) : String(w.second);
        case 'm':
          if (n <= 2 && isMinute(i)) return n === 2 ? p2(w.minute) : String(w.minute);
          if (n >= 4) return FR_MONTHS[w.month - 1]!;
          if (n === 3) return FR_MONTHS[w.month - 1]!.slice(0, 4).replace(/\.?$/, '.');
          return n === 2 ? p2(w.month) : String(w.month);
        default:
          return t;
      }
    })
    .join('');
}
