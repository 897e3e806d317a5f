/** The « Sélection » sidebar's action parts: the decision control, the invitations' preview and « Envoyer », the slots form. */
import type { MailPreview, SelectionSlotsRequest, SelectionSlotsResult, SelectionView } from '../../contract';
import { el, option, textEl as node } from '../../dom';
import { M } from './messages';

/**
 * A second step in the page itself before anything is sent or written (the sidebar's sandbox may
 * refuse window.confirm): `ask` returns the question, or '' to run at once (the action then says why it cannot).
 */
function confirmed(label: string, ask: () => string, run: () => void): HTMLElement {
  const button = el('button', { className: 'primary', text: label, attrs: { type: 'button' } });
  const question = el('p', { className: 'meta', attrs: { role: 'status' } });
  const yes = el('button', { className: 'primary', text: M.yes, attrs: { type: 'button' } });
  const no = el('button', { className: 'secondary', text: M.no, attrs: { type: 'button' } });
  const step = el('div', { className: 'box' }, [question, el('div', { className: 'actions' }, [no, yes])]);
  step.hidden = true;
  button.addEventListener('click', () => {
    question.textContent = ask();
    if (question.textContent === '') return run();
    step.hidden = false;
    yes.focus();
  });
  no.addEventListener('click', () => {
    step.hidden = true;
    button.focus();
  });
  yes.addEventListener('click', () => {
    step.hidden = true;
    run();
  });
  return el('div', {}, [el('div', { className: 'actions' }, [button]), step]);
}

export function decisionControl(view: SelectionView, selected: () => number, apply: (statut: string) => void): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'decision-status' } },
    view.statuses.map((s) => option(s, s)),
  );
  select.value = 'Retenu';
  const ask = () => (selected() ? M.confirmStatus(select.value, selected()) : '');
  return el('div', { className: 'box' }, [
    el('div', { className: 'field' }, [el('label', { text: M.decision, attrs: { for: select.id } }), select]),
    confirmed(M.apply, ask, () => apply(select.value)),
  ]);
}

export interface MailsPart {
  title: string;
  none: string;
  button: string;
  mails: MailPreview[];
  notices: string[];
  send: () => void;
}

/** A preview of every e-mail « Envoyer » would send (as read, with the .ics of an invitation), then the button. */
export function mailsPart(part: MailsPart): HTMLElement[] {
  const parts: HTMLElement[] = [node('h2', part.title)];
  parts.push(node('p', part.mails.length ? M.ready(part.mails.length) : part.none, 'meta'));
  for (const m of part.mails) {
    const details = el('details', { className: 'candidate' }, [node('summary', `${M.kind[m.kind] ?? m.kind} — ${m.target}`)]);
    details.append(node('p', `${M.to}${m.to.join(', ')}`, 'meta'));
    if (m.cc.length) details.append(node('p', `${M.cc}${m.cc.join(', ')}`, 'meta'));
    details.append(node('p', m.subject, 'meta'), node('pre', m.body, 'body'));
    if (m.ics) details.append(node('p', M.attachment, 'meta'), node('pre', m.ics, 'body'));
    if (m.pdf) details.append(node('p', M.pdfAttachment(m.pdf), 'meta'));
    parts.push(details);
  }
  if (part.notices.length)
    parts.push(
      el(
        'ul',
        { className: 'notices' },
        part.notices.map((n) => node('li', n)),
      ),
    );
  if (part.mails.length) parts.push(confirmed(part.button, () => M.confirmSend(part.mails.length), part.send));
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
