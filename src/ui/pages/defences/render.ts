/**
 * The soutenances sidebar's DOM: the proposal by day (each proposed soutenance can be moved or get
 * another jury member), who cannot be placed and why, and the results. textContent only: names
 * and titles come from people.
 */
import type { DefenceRow, DefencesView } from '../../contract';
import { el, option, textEl as node } from '../../dom';
import { M } from './messages';

export interface Handlers {
  move(row: DefenceRow, slot: number): void;
  swap(row: DefenceRow, outgoing: string, incoming: string): void;
  result(learnerId: string, result: string): void;
}

let fieldCount = 0;
/** A labelled select (the label names it for screen readers and tests). */
function labelledSelect(label: string, options: ReadonlyArray<[string, string]>): { wrap: HTMLElement; select: HTMLSelectElement } {
  const idAttr = `f${++fieldCount}`;
  const select = el('select', { attrs: { id: idAttr } });
  for (const [value, text] of options) select.append(option(value, text));
  const wrap = el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: idAttr } }), select]);
  return { wrap, select };
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { text, className, attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

function juryLine(row: DefenceRow): string {
  if (row.jury.length === 0) return M.noJury;
  const presidents = row.jury.filter((j) => j.role === 'Président').map((j) => j.name);
  const others = row.jury.filter((j) => j.role !== 'Président').map((j) => j.name);
  return [
    presidents.length ? `${M.president}${presidents.join(', ')}` : '',
    others.length ? `${M.members(others.length)}${others.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** « Modifier »: move to a free slot, or put another person of `Jury` in a seat. */
function adjustments(view: DefencesView, row: DefenceRow, on: Handlers): HTMLElement {
  const box = el('div', { className: 'adjust' });
  if (row.origin === 'proposed') {
    const slots = labelledSelect(
      `${M.moveTo} (${row.learner})`,
      view.freeSlots.map((s, i) => [String(i), s.label]),
    );
    if (view.freeSlots.length === 0) box.append(node('p', M.noFreeSlot, 'hint'));
    else
      box.append(
        slots.wrap,
        button(M.move, 'secondary', () => on.move(row, Number(slots.select.value))),
      );
  }
  const out = labelledSelect(
    `${M.replace} (${row.learner})`,
    row.jury.map((j) => [j.name, j.name]),
  );
  const inside = new Set(row.jury.map((j) => j.name));
  const incoming = labelledSelect(
    M.by,
    view.members.filter((m) => !inside.has(m.name)).map((m) => [m.name, `${m.name} (${m.role})`]),
  );
  box.append(
    out.wrap,
    incoming.wrap,
    button(M.swap, 'secondary', () => on.swap(row, out.select.value, incoming.select.value)),
  );
  return el('details', {}, [node('summary', M.change), box]);
}

function defenceItem(view: DefencesView, row: DefenceRow, on: Handlers): HTMLElement {
  const head = node('p', `${row.time} — ${row.learner} (${row.learnerId})`, 'head');
  if (row.origin !== 'proposed') head.append(node('span', row.origin === 'typed' ? M.typed : M.timed, 'tag'));
  const item = el('div', { className: 'defence', attrs: { 'data-learner': row.learnerId } }, [head, node('p', juryLine(row), 'jury')]);
  if (row.origin !== 'typed') item.append(adjustments(view, row, on));
  return item;
}

function lines(items: readonly string[], className = 'lines'): HTMLElement {
  return el(
    'ul',
    { className },
    items.map((t) => node('li', t)),
  );
}

function proposalSection(view: DefencesView, on: Handlers): Node[] {
  const hint = view.toWrite === 0 && view.rows.length > 0 ? M.allWritten : M.proposalHint;
  const out: Node[] = [node('h2', M.proposal(view.rows.length)), node('p', hint, 'hint')];
  let day = '';
  for (const row of view.rows) {
    if (row.day !== day) out.push(node('h3', row.dayLabel, 'day'));
    day = row.day;
    out.push(defenceItem(view, row, on));
  }
  if (view.unplaced.length)
    out.push(node('h2', M.unplaced(view.unplaced.length)), lines(view.unplaced.map((u) => `${u.learner} (${u.learnerId}) : ${u.message}`)));
  if (view.notDeposited.length)
    out.push(node('h2', M.notDeposited(view.notDeposited.length)), lines(view.notDeposited.map((u) => `${u.learner} (${u.learnerId})`)));
  return out;
}

function resultsSection(view: DefencesView, on: Handlers): Node[] {
  if (view.results.length === 0) return [];
  const out: Node[] = [node('h2', M.results), node('p', M.resultsHint, 'hint')];
  for (const r of view.results) {
    const pick = labelledSelect(`${r.learner} (${r.learnerId}) — ${r.when}`, [
      ['', M.noResult],
      ['Admis', 'Admis'],
      ['Ajourné', 'Ajourné'],
    ]);
    pick.select.value = r.result;
    pick.select.addEventListener('change', () => on.result(r.learnerId, pick.select.value));
    out.push(pick.wrap);
  }
  return out;
}

/** Everything above the footer. */
export function renderView(view: DefencesView, on: Handlers): Node[] {
  if (view.problems.length)
    return [node('h2', M.problems), lines(view.problems, 'lines problems'), node('p', M.problemsHint, 'hint'), ...resultsSection(view, on)];
  return [...proposalSection(view, on), ...resultsSection(view, on)];
}
