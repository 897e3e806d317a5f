import { wallTime, zoneOffsetMs } from './tz';

/**
 * Java SimpleDateFormat, as used by Utilities.formatDate:
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatdatedate,-timezone,-format
 * https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html
 * Apps Script formats day and month names in English regardless of the user's locale.
 */
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(offsetMs: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (offsetMs === 0 && style !== 'Z') return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 60000);
  const h = pad(Math.floor(total / 60), 2);
  const m = pad(total % 60, 2);
  if (style === 'X1') return `${sign}${h}`;
  if (style === 'X3') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

function shortZoneName(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallTime(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' is a literal apostrophe; 'text' is literal text.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Invalid argument: pattern (unterminated quote in "${pattern}")`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G':
        out += 'AD';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? EN_MONTHS[w.month - 1]! : n === 3 ? EN_MONTHS[w.month - 1]!.slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D': {
        const doy = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
        out += pad(doy, n);
        break;
      }
      case 'E':
        out += n >= 4 ? EN_DAYS[w.weekday]! : EN_DAYS[w.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(w.weekday === 0 ? 7 : w.weekday, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, n);
        break;
      case 'z':
        out += shortZoneName(date, timeZone);
        break;
      case 'Z':
        out += offsetText(zoneOffsetMs(date, timeZone), 'Z');
        break;
      case 'X':
        out += offsetText(zoneOffsetMs(date, timeZone), n === 1 ? 'X1' : n === 2 ? 'X2' : 'X3');
        break;
      default:
        // Java throws IllegalArgumentException("Illegal pattern character 'x'").
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
