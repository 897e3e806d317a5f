/**
 * Turning a rule's texts into an e-mail (workbook.md › `Relances`, tags): values inserted as text,
 * never read again as a template, every character escaped in the HTML body.
 */
import { addDays, formatDayLongFr, type Day } from '../dates';
import { escapeHtml, fold } from '../text';

export type TagValues = Partial<Record<string, string>>;

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Replaces each `{{tag}}` by its value, in one pass (a value is never read as a template). */
export function renderTemplate(template: string, values: TagValues): string {
  return template.replace(TAG, (_, tag: string) => values[tag] ?? '');
}

/**
 * The message with its tags filled; a line whose tags all come out empty is left out (an empty
 * `{{horaires}}` or `{{contact}}` leaves no « horaires : » nor a blank line behind), and the
 * spaces an empty tag leaves inside a line are closed up.
 */
export function renderMessage(template: string, values: TagValues): string {
  const lines: string[] = [];
  for (const line of template.split('\n')) {
    const tags = [...line.matchAll(TAG)].map((m) => m[1]!);
    const filled = renderTemplate(line, values);
    if (tags.length > 0 && tags.every((t) => !values[t])) continue;
    lines.push(tags.some((t) => !values[t]) ? filled.replace(/ {2,}/g, ' ').replace(/ ([,.])/g, '$1') : filled);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A subject is one line: the tags filled, line breaks and doubled spaces closed up. */
export function renderSubject(template: string, values: TagValues): string {
  return renderTemplate(template, values)
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The HTML body: the plain text, escaped as a whole (so every inserted value is), line breaks kept. No tracking. */
export function htmlBody(plain: string): string {
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">${escapeHtml(plain).replace(/\r?\n/g, '<br>\n')}</div>`;
}

/**
 * `{{date_seance}}` in words: « jeudi 11 décembre 2025 », « jeudi 5 et vendredi 6 février 2026 »
 * for two days in a row, « du mercredi 10 au vendredi 12 décembre 2025 » beyond.
 */
export function sessionDates(start: Day, end: Day | undefined): string {
  if (!end || end <= start) return formatDayLongFr(start);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  const first = sameMonth
    ? formatDayLongFr(start, false).split(' ').slice(0, 2).join(' ')
    : formatDayLongFr(start, start.slice(0, 4) !== end.slice(0, 4));
  if (end === addDays(start, 1)) return `${first} et ${formatDayLongFr(end)}`;
  return `du ${first} au ${formatDayLongFr(end)}`;
}

/**
 * `{{civilite}}` in an e-mail greeting: « Madame » or « Monsieur » from `Civilité` (Mme, M., …),
 * whatever else was typed as typed; without one, the first name (« Bonjour Camille Martin »).
 */
export function civilityWord(civility: string, firstName: string): string {
  const c = fold(civility).replace(/\.$/, '');
  if (['mme', 'madame', 'mlle', 'mademoiselle'].includes(c)) return 'Madame';
  if (['m', 'mr', 'monsieur'].includes(c)) return 'Monsieur';
  return civility.trim() || firstName;
}
