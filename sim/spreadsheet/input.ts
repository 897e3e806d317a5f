import { fromWallTime, wallTime } from '../tz';
import type { CellValue } from './model';

/**
 * How Sheets interprets a string written with setValue/setValues: the same way as text typed by a
 * person, in the spreadsheet's locale (fr_FR here): https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 * ("the value can be numeric, string, boolean or date. If it begins with '=' it is interpreted as a formula")
 * and https://support.google.com/docs/answer/3094038 (locale decides decimal separator and date order).
 * A leading apostrophe forces text: https://support.google.com/docs/answer/56470 ; plain-text format '@' keeps the string as is.
 */
export interface Typed {
  value: CellValue;
  formula?: string;
  /** Number format Sheets applies to an automatic-format cell when it recognises a date/percent. */
  autoFormat?: string;
}

export const TEXT_FORMAT = '@';
/** Format Google reports for a cell never formatted (Range.getNumberFormat). */
export const AUTOMATIC_FORMAT = '0.###############';

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function twoDigitYear(yy: string): number {
  const n = Number(yy);
  if (yy.length !== 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const TIME = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const DMY = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?${TIME}$`);
const YMD = new RegExp(`^(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})${TIME}$`);
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const NUMBER = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)?(?:,(\d+))?(?:[eE]([+-]?\d+))?(%?)$/;

export function parseTyped(text: string, cellFormat: string | undefined, timeZone: string, now: Date): Typed {
  if (cellFormat === TEXT_FORMAT) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const t = text.trim();
  if (t === '') return { value: text === '' ? '' : text };
  if (/^(true|vrai)$/i.test(t)) return { value: true };
  if (/^(false|faux)$/i.test(t)) return { value: false };

  const num = NUMBER.exec(t);
  if (num && (num[2] !== undefined || num[3] !== undefined) && !(num[2] === undefined && num[4] !== undefined)) {
    const [, sign = '', int = '0', frac, exp, pct] = num;
    let n = Number(`${sign}${int.replace(/[ \u00a0\u202f]/g, '')}${frac ? '.' + frac : ''}${exp ? 'e' + exp : ''}`);
    if (Number.isFinite(n)) {
      if (pct) {
        n = n / 100;
        return { value: n, autoFormat: frac ? '0.00%' : '0%' };
      }
      return { value: n };
    }
  }

  const dmy = DMY.exec(t);
  if (dmy) {
    const [, d, m, y, hh, mi, ss] = dmy;
    const year = y ? twoDigitYear(y) : wallTime(now, timeZone).year;
    const ok = validYmd(year, Number(m), Number(d)) && validTime(hh, mi, ss);
    // A bare "d-m" or "d.m" is not read as a date; "dd/MM" is (current year).
    if (ok && (y !== undefined || t.includes('/'))) {
      return {
        value: fromWallTime(timeZone, year, Number(m), Number(d), Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0)),
        autoFormat: hh !== undefined ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy',
      };
    }
  }
  const ymd = YMD.exec(t);
  if (ymd) {
    const [, y, m, d, hh, mi, ss] = ymd;
    if (validYmd(Number(y), Number(m), Number(d)) && validTime(hh, mi, ss)) {
      return {
        value: fromWallTime(timeZone, Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mi ?? 0), Number(ss ?? 0)),
        autoFormat: hh !== undefined ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd',
      };
    }
  }
  const tm = TIME_ONLY.exec(t);
  if (tm && validTime(tm[1], tm[2], tm[3])) {
    // A time alone is a time of day on Sheets' epoch, 30 December 1899.
    return {
      value: fromWallTime(timeZone, 1899, 12, 30, Number(tm[1]), Number(tm[2]), Number(tm[3] ?? 0)),
      autoFormat: 'HH:mm:ss',
    };
  }
  return { value: text };
}

function validTime(hh?: string, mi?: string, ss?: string): boolean {
  if (hh === undefined) return true;
  return Number(hh) < 24 && Number(mi) < 60 && Number(ss ?? 0) < 60;
}
