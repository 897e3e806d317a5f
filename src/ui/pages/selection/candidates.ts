/**
 * The candidates part of the « Sélection » sidebar: filters, the pipeline (count per `Statut` of
 * the filtered applications), and each application with its completeness, the COPIL's opinions, a
 * checkbox for the decision control and the person's own opinion form. Text only, never parsed HTML.
 */
import type { SelectionCandidateView, SelectionOpinionRequest, SelectionView } from '../../contract';
import { el, option, textEl as node } from '../../dom';
import { M } from './messages';

export interface CandidateHandlers {
  /** IDs ticked for the decision control (kept across renders). */
  selected: Set<string>;
  filter: { structureType: string; department: string };
  onFilter(): void;
  saveOpinion(request: SelectionOpinionRequest): void;
}

const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr'));

function filterSelect(label: string, values: string[], current: string, set: (v: string) => void): HTMLElement {
  const id = `filter-${label.replace(/\W+/g, '-')}`;
  const select = el('select', { attrs: { id } }, [option('', M.all), ...values.map((v) => option(v, v))]);
  select.value = current;
  select.addEventListener('change', () => set(select.value));
  return el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), select]);
}

export function filters(view: SelectionView, h: CandidateHandlers): HTMLElement {
  const types = distinct(view.candidates.map((c) => c.structureType));
  const departments = distinct(view.candidates.map((c) => c.department));
  return el('div', { className: 'filters', attrs: { role: 'group', 'aria-label': M.filters } }, [
    filterSelect(M.structureType, types, h.filter.structureType, (v) => {
      h.filter.structureType = v;
      h.onFilter();
    }),
    filterSelect(M.department, departments, h.filter.department, (v) => {
      h.filter.department = v;
      h.onFilter();
    }),
  ]);
}

export function filtered(view: SelectionView, h: CandidateHandlers): SelectionCandidateView[] {
  const same = (a: string, b: string) => b === '' || a.trim().toLowerCase() === b.toLowerCase();
  return view.candidates.filter((c) => same(c.structureType, h.filter.structureType) && same(c.department, h.filter.department));
}

export function pipeline(view: SelectionView, shown: SelectionCandidateView[]): HTMLElement {
  const counts = new Map(view.statuses.map((s) => [s, 0]));
  for (const c of shown) counts.set(c.statut, (counts.get(c.statut) ?? 0) + 1);
  const head = el('tr', {}, [el('th', { text: M.status, attrs: { scope: 'col' } }), el('th', { text: M.count, attrs: { scope: 'col' } })]);
  const rows = [...counts].map(([s, n]) => el('tr', {}, [node('td', s), node('td', String(n))]));
  return el('table', { className: 'pipeline' }, [
    node('caption', M.pipelineCaption(shown.length)),
    el('thead', {}, [head]),
    el('tbody', {}, rows),
  ]);
}

function opinionForm(c: SelectionCandidateView, view: SelectionView, h: CandidateHandlers): HTMLElement {
  const mine = c.opinions.find((o) => o.member.toLowerCase() === view.user.toLowerCase());
  const base = `op-${c.id.replace(/\W+/g, '-')}`;
  const avis = el(
    'select',
    { attrs: { id: `${base}-avis` } },
    ['Favorable', 'Réservé', 'Défavorable'].map((v) => option(v, v)),
  );
  avis.value = mine?.avis ?? 'Favorable';
  const note = el('input', { attrs: { id: `${base}-note`, type: 'text', inputmode: 'decimal' } });
  note.value = mine?.note === null || mine?.note === undefined ? '' : String(mine.note).replace('.', ',');
  const comment = el('textarea', { attrs: { id: `${base}-comment`, rows: '2' } });
  comment.value = mine?.comment ?? '';
  const save = el('button', { className: 'secondary', text: M.saveOpinion, attrs: { type: 'button' } });
  save.addEventListener('click', () =>
    h.saveOpinion({ id: c.id, avis: avis.value as 'Favorable', note: note.value, commentaire: comment.value }),
  );
  const field = (label: string, input: HTMLElement) =>
    el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: input.id } }), input]);
  return el('div', { className: 'box' }, [
    node('h3', M.myOpinion),
    field(M.opinion, avis),
    field(M.note, note),
    field(M.comment, comment),
    save,
  ]);
}

function candidateItem(c: SelectionCandidateView, view: SelectionView, h: CandidateHandlers): HTMLElement {
  const details = el('details', { className: 'candidate' }, [node('summary', `${c.id || M.noId} · ${c.name} — ${c.statut}`)]);
  fillDetails(details, c, view, h);
  if (!c.id) return details;
  const box = el('input', { attrs: { type: 'checkbox', 'aria-label': M.select(c.id) } });
  box.checked = h.selected.has(c.id);
  box.addEventListener('change', () => {
    if (box.checked) h.selected.add(c.id);
    else h.selected.delete(c.id);
  });
  return el('div', { className: 'line' }, [box, details]);
}

function fillDetails(details: HTMLElement, c: SelectionCandidateView, view: SelectionView, h: CandidateHandlers): void {
  details.append(node('p', [c.structure, c.structureType, c.department].filter(Boolean).join(' · '), 'meta'));
  if (c.missing.length) {
    details.append(
      node('p', M.incomplete(c.missing.length), 'meta'),
      el(
        'ul',
        { className: 'missing' },
        c.missing.map((m) => node('li', m)),
      ),
    );
  } else details.append(node('p', M.complete, 'meta'));
  details.append(node('p', M.opinions(c.avis.Favorable, c.avis.Réservé, c.avis.Défavorable, c.note), 'meta'));
  if (c.opinions.length) {
    details.append(
      el(
        'ul',
        { className: 'opinions' },
        c.opinions.map((o) => node('li', M.opinionLine(o.member, o.avis, o.note, o.comment))),
      ),
    );
  }
  if (c.slot) details.append(node('p', M.slot(c.slot), 'meta'));
  if (c.id) details.append(opinionForm(c, view, h));
}

export function candidateList(view: SelectionView, shown: SelectionCandidateView[], h: CandidateHandlers): HTMLElement {
  return el(
    'div',
    {},
    shown.map((c) => candidateItem(c, view, h)),
  );
}
