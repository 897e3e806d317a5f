/** The « Sélection » sidebar's action parts: the decision control, the invitations' preview and « Envoyer », the slots form. */
import type { SelectionSlotsRequest, SelectionSlotsResult, SelectionView } from '../../contract';
import { el, option, textEl as node } from '../../dom';
import { M } from './messages';

export function decisionControl(view: SelectionView, apply: (statut: string) => void): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'decision-status' } },
    view.statuses.map((s) => option(s, s)),
  );
  select.value = 'Retenu';
  const button = el('button', { className: 'primary', text: M.apply, attrs: { type: 'button' } });
  button.addEventListener('click', () => apply(select.value));
  return el('div', { className: 'box' }, [
    el('div', { className: 'field' }, [el('label', { text: M.decision, attrs: { for: select.id } }), select]),
    el('div', { className: 'actions' }, [button]),
  ]);
}

export function invitationsPart(view: SelectionView, send: () => void): HTMLElement[] {
  const parts: HTMLElement[] = [node('h2', M.invitations)];
  parts.push(node('p', view.invitations.length ? M.invitationCount(view.invitations.length) : M.noInvitation, 'meta'));
  for (const m of view.invitations) {
    const details = el('details', { className: 'candidate' }, [node('summary', `${M.kind[m.kind] ?? m.kind} — ${m.target}`)]);
    details.append(node('p', `${M.to}${m.to.join(', ')}`, 'meta'));
    if (m.cc.length) details.append(node('p', `${M.cc}${m.cc.join(', ')}`, 'meta'));
    details.append(node('p', m.subject, 'meta'), node('pre', m.body, 'body'), node('p', M.attachment, 'meta'), node('pre', m.ics, 'body'));
    parts.push(details);
  }
  if (view.notices.length)
    parts.push(
      el(
        'ul',
        { className: 'notices' },
        view.notices.map((n) => node('li', n)),
      ),
    );
  const button = el('button', { className: 'primary', text: M.send, attrs: { type: 'button' } });
  button.disabled = view.invitations.length === 0;
  button.addEventListener('click', send);
  parts.push(el('div', { className: 'actions' }, [button]));
  return parts;
}

type FormFields = Omit<SelectionSlotsRequest, 'confirm' | 'seen'>;

function field(id: string, label: string, value = '', type = 'text'): [HTMLElement, HTMLInputElement] {
  const input = el('input', { attrs: { id, type } });
  input.value = value;
  return [el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), input]), input];
}

/** The slots form: « Aperçu » shows the plan, « Confirmer et écrire » writes that plan. */
export function slotsForm(run: (request: SelectionSlotsRequest) => Promise<SelectionSlotsResult | undefined>): HTMLElement {
  const [date, dateIn] = field('slot-date', M.date);
  const [time, timeIn] = field('slot-time', M.firstTime);
  const [count, countIn] = field('slot-count', M.slotCount, '6', 'number');
  const [duration, durationIn] = field('slot-duration', M.duration, '30', 'number');
  const [link, linkIn] = field('slot-link', M.link);
  const [jury, juryIn] = field('slot-jury', M.jury);
  const out = el('div', { attrs: { 'aria-live': 'polite' } });
  const read = (): FormFields => ({
    date: dateIn.value,
    firstTime: timeIn.value,
    count: Number(countIn.value),
    duration: Number(durationIn.value),
    link: linkIn.value,
    jury: juryIn.value,
  });
  let seen: string[] | undefined;
  const previewButton = el('button', { className: 'secondary', text: M.previewSlots, attrs: { type: 'button' } });
  const confirmButton = el('button', { className: 'primary', text: M.confirmSlots, attrs: { type: 'button' } });
  confirmButton.hidden = true;
  const show = (r: SelectionSlotsResult | undefined) => {
    if (!r) return;
    out.replaceChildren(...slotsResult(r));
    seen = r.errors.length || r.written ? undefined : r.assignments;
    confirmButton.hidden = seen === undefined;
  };
  previewButton.addEventListener('click', () => void run({ ...read(), confirm: false, seen: [] }).then(show));
  confirmButton.addEventListener('click', () => void run({ ...read(), confirm: true, seen: seen ?? [] }).then(show));
  return el('div', { className: 'box' }, [
    date,
    time,
    count,
    duration,
    link,
    jury,
    out,
    el('div', { className: 'actions' }, [previewButton, confirmButton]),
  ]);
}

function slotsResult(r: SelectionSlotsResult): HTMLElement[] {
  if (r.errors.length)
    return [
      el(
        'ul',
        { className: 'problems', attrs: { role: 'alert' } },
        r.errors.map((e) => node('li', e)),
      ),
    ];
  const list = (title: string, items: string[]) => [
    node('h3', title),
    el(
      'ul',
      {},
      items.map((i) => node('li', i)),
    ),
  ];
  return [
    ...(r.message ? [node('p', r.message, 'status')] : []),
    ...list(M.newSlots, r.slots),
    ...(r.assignments.length ? list(M.assignments, r.assignments) : [node('p', M.nothingAssigned, 'meta')]),
    ...(r.unassigned.length ? list(M.unassigned, r.unassigned) : []),
  ];
}
