/**
 * « Sélection » sidebar: the pipeline with its filters, each application (completeness, COPIL
 * opinions, one's own opinion), the decision control, the interview slots form and the invitations'
 * preview with « Envoyer ». The DOM is built with textContent only (texts come from people).
 */
import type { SelectionView } from '../../contract';
import { el, messageOf, textEl as node } from '../../dom';
import { call } from '../../rpc';
import { decisionControl, mailsPart, slotsForm } from './actions';
import { candidateList, filtered, filters, pipeline, type CandidateHandlers } from './candidates';
import { M } from './messages';

const SEND_TIMEOUT_MS = 6 * 60_000;

const status = el('p', { className: 'status', attrs: { role: 'status' } });
const alertBox = el('p', { className: 'alert', attrs: { role: 'alert' } });
const content = el('div');
document.body.append(el('main', {}, [node('h1', M.heading), status, alertBox, content]));

let busy = false;
let current: SelectionView | undefined;

function say(text: string, error = false): void {
  status.textContent = error ? '' : text;
  alertBox.textContent = error ? text : '';
}

async function act<T>(work: () => Promise<T>): Promise<T | undefined> {
  if (busy) return undefined;
  busy = true;
  say(M.working);
  try {
    const result = await work();
    say('');
    return result;
  } catch (error) {
    say(messageOf(error), true);
    return undefined;
  } finally {
    busy = false;
  }
}

const handlers: CandidateHandlers = {
  selected: new Set(),
  filter: { structureType: '', department: '' },
  onFilter: () => current && render(current),
  saveOpinion: (request) => void act(() => call('pacteSelectionOpinion', request)).then(show),
};

function applyStatus(statut: string): void {
  const ids = [...handlers.selected];
  if (ids.length === 0) {
    say(M.noneSelected, true);
    return;
  }
  void act(() => call('pacteSelectionSetStatus', { ids, statut: statut as 'Retenu' })).then((v) => {
    if (v) handlers.selected.clear();
    show(v);
  });
}

function send(fn: 'pacteSelectionSendInvitations' | 'pacteSelectionSendDecisions'): void {
  void act(() => call(fn, null, { timeoutMs: SEND_TIMEOUT_MS })).then(show);
}

function render(view: SelectionView): void {
  current = view;
  const shown = filtered(view, handlers);
  const reload = el('button', { className: 'secondary', text: M.reload, attrs: { type: 'button' } });
  reload.addEventListener('click', () => void load());
  content.replaceChildren(
    filters(view, handlers),
    node('h2', M.pipeline),
    pipeline(view, shown),
    node('h2', M.candidates),
    candidateList(view, shown, handlers),
    decisionControl(view, () => handlers.selected.size, applyStatus),
    ...mailsPart({
      title: M.invitations,
      none: M.noInvitation,
      button: M.sendInvitations,
      mails: view.invitations,
      notices: view.notices,
      send: () => send('pacteSelectionSendInvitations'),
    }),
    ...mailsPart({
      title: M.decisions,
      none: M.noDecision,
      button: M.sendDecisions,
      mails: view.decisions,
      notices: view.decisionNotices,
      send: () => send('pacteSelectionSendDecisions'),
    }),
    node('h2', M.slots),
    slotsForm((request) => act(() => call('pacteSelectionSlots', request))),
  );
  if (view.problems.length) {
    content.append(
      node('h2', M.problems),
      el(
        'ul',
        { className: 'problems' },
        view.problems.map((p) => node('li', M.problem(p.tab, p.row, p.message))),
      ),
    );
  }
  content.append(el('div', { className: 'actions' }, [reload]));
}

function show(view: SelectionView | undefined): void {
  if (!view) return;
  render(view);
  say(view.message);
}

async function load(): Promise<void> {
  show(await act(() => call('pacteSelectionLoad', null)));
}

say(M.loading);
void load();
