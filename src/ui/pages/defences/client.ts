/**
 * « Planifier les soutenances » sidebar: the proposal (adjusted here, written only on « Confirmer »),
 * who cannot be placed and why, and the results. The page holds the proposal and sends it back;
 * the server checks it again each time against the workbook as it is then.
 */
import type { DefenceRow, DefencesAdjustRequest, DefencesView } from '../../contract';
import { el, isDisabled, setDisabled, textEl as node } from '../../dom';
import { oneCallAtATime } from '../../one-call';
import { call } from '../../rpc';
import { M } from './messages';
import { renderView, type Handlers } from './render';

const root = el('main');
const content = el('div');
const alertBox = node('p', '', 'alert');
alertBox.setAttribute('role', 'alert');
const statusBox = node('p', '', 'status');
statusBox.setAttribute('role', 'status');
const confirmButton = el('button', { className: 'primary', attrs: { type: 'button' } });
const reloadButton = el('button', { text: M.reload, className: 'secondary', attrs: { type: 'button' } });
const footer = el('div', { className: 'footer' }, [
  alertBox,
  statusBox,
  el('div', { className: 'actions' }, [reloadButton, confirmButton]),
]);
root.append(node('h1', M.heading), content, footer);
document.body.append(root);

let view: DefencesView | undefined;

function say(text: string, error = false): void {
  alertBox.textContent = error ? text : '';
  statusBox.textContent = error ? '' : text;
}
const calls = oneCallAtATime(say, M.working);

function show(next: DefencesView): void {
  view = next;
  content.replaceChildren(...renderView(next, handlers));
  confirmButton.textContent = M.confirm(next.toWrite);
  // Nothing to confirm (problems, or every soutenance already in `Mémoires`): no button.
  confirmButton.hidden = next.problems.length > 0 || next.toWrite === 0;
  setDisabled(confirmButton, next.toWrite === 0);
}

/** An adjustment of the proposal on screen: the server answers with the whole proposal checked again. */
function adjust(change: DefencesAdjustRequest['change'], said: string): void {
  if (!view) return;
  const proposal = view.proposal;
  void calls.act(
    () => call('pacteDefencesAdjust', { proposal, change }),
    (next) => {
      show(next);
      say(said);
    },
  );
}

const handlers: Handlers = {
  move(row: DefenceRow, index: number) {
    const slot = view?.freeSlots[index];
    if (!slot) return;
    const { sessionId, day, start } = slot;
    adjust({ kind: 'move', learnerId: row.learnerId, sessionId, day, start }, M.moved(row.learner));
  },
  swap(row: DefenceRow, outgoing: string, incoming: string) {
    if (!outgoing || !incoming) return;
    adjust({ kind: 'swap', learnerId: row.learnerId, outgoing, incoming }, M.swapped(row.learner));
  },
  result(learnerId: string, result: string) {
    if (result !== '' && result !== 'Admis' && result !== 'Ajourné') return;
    void calls.act(
      () => call('pacteDefencesResult', { learnerId, result }),
      (done) => {
        show(done.view);
        say(done.message);
      },
    );
  },
};

confirmButton.addEventListener('click', () => {
  if (!view || isDisabled(confirmButton) || calls.busy) return;
  if (!window.confirm(M.confirmAsk(view.toWrite))) return;
  const proposal = view.proposal;
  void calls.act(
    () => call('pacteDefencesConfirm', { proposal }),
    (done) => {
      show(done.view);
      say(done.message);
    },
  );
});

function load(): void {
  void calls.act(
    () => call('pacteDefencesLoad', null),
    (next) => {
      show(next);
      say('');
    },
  );
}

reloadButton.addEventListener('click', load);
load();
