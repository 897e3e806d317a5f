/**
 * « Saisir les présences » sidebar. One load call per half-day shown, one save call per batch.
 * The DOM is built with createElement/textContent only: names come from people and are never parsed
 * as HTML. Every French string is in ./messages.
 */
import type { AttendanceSelection, AttendanceSessionOption, AttendanceView } from '../../contract';
import type { AttendanceStatus, HalfDay } from '../../../workbook/schema';
import { call } from '../../rpc';
import { M } from './messages';
import { AttendanceDraft, isShared, sameSelection, selectedSession, selectionForSession } from './state';

const PRESENT: AttendanceStatus = 'Présent';
/** The save takes the document lock and writes a block: give it more room than a load. */
const SAVE_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// DOM helpers

type Props = { className?: string; text?: string; attrs?: Record<string, string> };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = el('option', { text });
  o.value = value;
  return o;
}

function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
  // aria-disabled keeps keyboard focus on the button while a call runs (disabled would drop it).
  button.setAttribute('aria-disabled', String(disabled));
}

function isDisabled(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-disabled') === 'true';
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// Skeleton (built once, so focus survives re-renders)

const ui = (() => {
  const session = el('select', { attrs: { id: 'session' } });
  const day = el('select', { attrs: { id: 'day' } });
  const halfDays = el('div', { className: 'segmented' });
  const halfDayField = el('fieldset', { className: 'field' }, [el('legend', { text: M.halfDayLegend }), halfDays]);
  const selection = el('form', { className: 'selection', attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [el('label', { text: M.sessionLabel, attrs: { for: 'session' } }), session]),
    el('div', { className: 'field' }, [el('label', { text: M.dayLabel, attrs: { for: 'day' } }), day]),
    halfDayField,
  ]);
  selection.addEventListener('submit', (e) => e.preventDefault());

  const future = el('p', { className: 'future', attrs: { id: 'future' } });
  future.hidden = true;
  const missingList = el('ul', { className: 'missing-list' });
  const missingTitle = el('p', { className: 'missing-title', text: M.missingTitle, attrs: { id: 'missing-title' } });
  const missing = el('section', { className: 'missing', attrs: { 'aria-labelledby': 'missing-title' } }, [missingTitle, missingList]);
  missing.hidden = true;
  const summary = el('p', { className: 'summary', attrs: { id: 'summary' } });
  const list = el('ul', { className: 'learners', attrs: { 'aria-labelledby': 'learners-title' } });
  const empty = el('p', { className: 'empty' });
  const learners = el('section', { className: 'learners-section', attrs: { 'aria-labelledby': 'learners-title' } }, [
    el('h2', { className: 'sr-only', text: M.learnersHeading, attrs: { id: 'learners-title' } }),
    summary,
    list,
  ]);

  const alert = el('div', { className: 'alert', attrs: { role: 'alert' } });
  const status = el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const retry = el('button', { className: 'secondary', text: M.retry, attrs: { type: 'button' } });
  retry.hidden = true;

  const confirmStay = el('button', { className: 'secondary', text: M.stay, attrs: { type: 'button' } });
  const confirmSwitch = el('button', { className: 'secondary danger', text: M.discardAndSwitch, attrs: { type: 'button' } });
  const confirmTitle = el('p', { className: 'confirm-title', attrs: { id: 'confirm-title' } });
  const confirm = el('div', { className: 'confirm', attrs: { role: 'group', 'aria-labelledby': 'confirm-title confirm-body' } }, [
    confirmTitle,
    el('p', { text: M.unsavedBody, attrs: { id: 'confirm-body' } }),
    el('div', { className: 'actions' }, [confirmStay, confirmSwitch]),
  ]);
  confirm.hidden = true;

  const eligibilityButton = el('button', { className: 'secondary', text: M.eligibility, attrs: { type: 'button' } });
  const eligibility = el('div', { className: 'eligibility' }, [el('p', { text: M.eligibilityHint }), eligibilityButton]);
  eligibility.hidden = true;
  const allPresent = el('button', { className: 'secondary', text: M.allPresent, attrs: { type: 'button', title: M.allPresentHint } });
  const save = el('button', { className: 'primary', text: M.save, attrs: { type: 'button' } });
  const actions = el('div', { className: 'actions' }, [allPresent, save]);
  const footer = el('div', { className: 'footer' }, [alert, retry, status, eligibility, confirm, actions]);

  const main = el('main', {}, [el('h1', { className: 'sr-only', text: M.heading }), selection, future, missing, empty, learners]);
  document.body.replaceChildren(main, footer);
  return {
    selection, session, day, halfDays, halfDayField, summary, list, empty, learners, alert, status, retry,
    confirm, confirmTitle, confirmStay, confirmSwitch, allPresent, save, actions,
    future, missing, missingTitle, missingList, eligibility, eligibilityButton,
  };
})();

// ---------------------------------------------------------------------------------------------
// State

let view: AttendanceView | null = null;
let draft = new AttendanceDraft([]);
let loading = false;
let saving = false;
let loadSeq = 0;
/** The half-day the person asked for while unsaved changes were on screen. */
let pending: Partial<AttendanceSelection> | null = null;
let pendingTrigger: HTMLElement | null = null;
/** The person chose to abandon the changes on screen; true until the next half-day is shown. */
let discarding = false;
const rows = new Map<string, { row: HTMLLIElement; select: HTMLSelectElement; note: HTMLElement }>();

// ---------------------------------------------------------------------------------------------
// Messages to the person

function showStatus(text: string): void {
  ui.status.textContent = text;
}

function showAlert(text: string): void {
  ui.alert.textContent = text;
}

function clearMessages(): void {
  ui.alert.textContent = '';
  ui.status.textContent = '';
}

// ---------------------------------------------------------------------------------------------
// Rendering

function sessionById(id: string): AttendanceSessionOption | undefined {
  return view?.sessions.find((s) => s.id === id);
}

function checkedHalfDay(): HalfDay | undefined {
  const checked = ui.halfDays.querySelector<HTMLInputElement>('input:checked');
  return checked ? (checked.value as HalfDay) : undefined;
}

function buildHalfDays(halfDays: readonly HalfDay[]): void {
  const existing = [...ui.halfDays.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
  if (existing.join('\n') === halfDays.join('\n')) return; // keep the radios (and the focus) as they are
  ui.halfDays.replaceChildren(
    ...halfDays.map((h, i) => {
      const input = el('input', { attrs: { type: 'radio', name: 'halfDay', id: `half-day-${i}` } });
      input.value = h;
      input.addEventListener('change', () => {
        if (input.checked) requestSelection({ ...currentRequest(), halfDay: h }, input);
      });
      return el('div', { className: 'segment' }, [input, el('label', { text: h, attrs: { for: input.id } })]);
    }),
  );
}

/** Puts the selection controls on `sel` (the sessions and half-days of the view). */
function showSelection(sel: Partial<AttendanceSelection> | null): void {
  if (!view) return;
  const { session, day } = ui;
  session.replaceChildren();
  const known = sel?.sessionId !== undefined && sessionById(sel.sessionId) !== undefined;
  if (!known) {
    const placeholder = option('', M.sessionPlaceholder);
    placeholder.disabled = true;
    session.append(placeholder);
  }
  for (const s of view.sessions) session.append(option(s.id, M.sessionOption(s.title, s.id, s.compulsory)));
  session.value = known ? sel!.sessionId! : '';

  const days = known ? sessionById(sel!.sessionId!)!.days : [];
  day.replaceChildren(...(days.length ? days.map((d) => option(d.day, d.label)) : [option('', known ? M.noDays : '')]));
  day.value = sel?.day && days.some((d) => d.day === sel.day) ? sel.day : (days[0]?.day ?? '');
  day.disabled = saving || days.length === 0;

  for (const input of ui.halfDays.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === sel?.halfDay;
}

/** What the controls ask for now (may be ahead of the view while a load runs). */
function currentRequest(): Partial<AttendanceSelection> {
  const request: Partial<AttendanceSelection> = {};
  if (ui.session.value) request.sessionId = ui.session.value;
  if (ui.day.value) request.day = ui.day.value;
  const halfDay = checkedHalfDay();
  if (halfDay) request.halfDay = halfDay;
  return request;
}

function renderLearners(): void {
  rows.clear();
  ui.list.replaceChildren();
  if (!view) return;
  const statuses = view.statuses;
  view.learners.forEach((learner, i) => {
    const id = `statut-${i}`;
    const noteId = `statut-${i}-note`;
    const select = el('select', { attrs: { id } });
    const placeholder = option('', M.statusPlaceholder);
    placeholder.disabled = true;
    select.append(placeholder, ...statuses.map((s) => option(s, s)));
    select.addEventListener('change', () => {
      if (!select.value) return;
      draft.choose(learner.id, select.value as AttendanceStatus);
      ui.status.textContent = '';
      updateRow(learner.id);
      updateSummary();
    });
    // The accessible name is « Statut de <nom> »; only the name is visible.
    const label = el('label', { className: 'name', attrs: { for: id } }, [
      el('span', { className: 'sr-only', text: M.statusLabelPrefix }),
      document.createTextNode(learner.name),
    ]);
    if (isShared(learner)) {
      // Flagged and locked: a status chosen here could not say whose it is.
      const warning = el('span', { className: 'note shared', text: M.sharedId(learner.id, learner.sharedRows!), attrs: { id: noteId } });
      select.disabled = true;
      select.setAttribute('aria-describedby', noteId);
      ui.list.append(el('li', { className: 'row shared' }, [el('div', { className: 'who' }, [label, warning]), select]));
      return;
    }
    const note = el('span', { className: 'note', text: M.changedNote, attrs: { id: noteId } });
    const row = el('li', { className: 'row' }, [el('div', { className: 'who' }, [label, note]), select]);
    rows.set(learner.id, { row, select, note });
    ui.list.append(row);
    updateRow(learner.id);
  });
}

function updateRow(learnerId: string): void {
  const r = rows.get(learnerId);
  if (!r) return;
  const status = draft.statusOf(learnerId);
  if (status === '') (r.select.options[0] as HTMLOptionElement).selected = true;
  else r.select.value = status;
  r.select.dataset.status = status;
  const changed = draft.isChanged(learnerId);
  r.row.classList.toggle('changed', changed);
  r.note.hidden = !changed;
  if (changed) r.select.setAttribute('aria-describedby', r.note.id);
  else r.select.removeAttribute('aria-describedby');
}

function updateSummary(): void {
  const n = view?.learners.length ?? 0;
  ui.summary.textContent = n ? M.summary(n, draft.filledCount(), draft.changedIds().length) : '';
}

/** Enabled/disabled state of everything, from loading/saving and what is on screen. */
function updateControls(): void {
  const hasLearners = (view?.learners.length ?? 0) > 0 && view?.selected != null;
  // A half-day that has not started: nothing to record (the server refuses it anyway).
  const future = view?.future === true;
  ui.save.textContent = saving ? M.saving : M.save;
  setDisabled(ui.save, saving || loading || !hasLearners || future);
  setDisabled(ui.allPresent, saving || loading || !hasLearners || future);
  ui.actions.hidden = !hasLearners;
  ui.session.disabled = saving;
  ui.day.disabled = saving || ui.day.options.length === 0 || ui.day.value === '';
  for (const input of ui.halfDays.querySelectorAll<HTMLInputElement>('input')) input.disabled = saving;
  for (const { select } of rows.values()) select.disabled = saving || loading || future;
  ui.list.setAttribute('aria-busy', String(loading || saving));
  ui.learners.classList.toggle('busy', loading);
}

function emptyMessage(v: AttendanceView): string {
  if (v.sessions.length === 0) return M.noSessions;
  if (!v.selected) return M.chooseSession;
  const session = selectedSession(v);
  if (session && session.days.length === 0) return M.sessionWithoutDays(session.id);
  if (v.learners.length === 0) return M.noLearners;
  return '';
}

function applyView(next: AttendanceView): void {
  view = next;
  discarding = false;
  draft = new AttendanceDraft(next.learners);
  buildHalfDays(next.halfDays);
  showSelection(next.selected);
  ui.selection.hidden = next.sessions.length === 0;
  ui.empty.textContent = emptyMessage(next);
  ui.empty.hidden = ui.empty.textContent === '';
  renderLearners();
  updateSummary();
  ui.learners.hidden = next.learners.length === 0;
  renderFutureAndMissing(next);
}

/** Says when the half-day shown has not happened, and which started half-days still lack a status. */
function renderFutureAndMissing(v: AttendanceView): void {
  const sel = v.selected;
  const session = selectedSession(v);
  ui.future.hidden = !v.future || !sel;
  ui.future.textContent = v.future && sel ? M.future(session?.days.find((d) => d.day === sel.day)?.label ?? sel.day, sel.halfDay) : '';
  const showMissing = sel !== null && v.learners.length > 0;
  ui.missing.hidden = !showMissing;
  if (!showMissing) return;
  // Nothing missing: one sentence, without the list's heading.
  ui.missingTitle.textContent = v.missing.length === 0 ? M.noneMissing : M.missingTitle;
  if (v.missing.length === 0) {
    ui.missingList.replaceChildren();
    return;
  }
  ui.missingList.replaceChildren(
    ...v.missing.map((h) => {
      // Each one opens that half-day, so the gaps can be filled one after the other.
      const go = el('button', { className: 'link', text: M.missingItem(h.label, h.halfDay, h.missing), attrs: { type: 'button' } });
      go.addEventListener('click', () => requestSelection({ sessionId: sel.sessionId, day: h.day, halfDay: h.halfDay }, go));
      return el('li', {}, [go]);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Server calls

/** Loads a half-day. `afterSave`: keep the save message, and say the save worked if the reload fails. */
async function load(arg: Partial<AttendanceSelection> | null, afterSave = false): Promise<void> {
  const seq = ++loadSeq;
  loading = true;
  ui.retry.hidden = true;
  if (!view) showStatus(M.loading);
  updateControls();
  try {
    const next = await call('pacteAttendanceLoad', arg);
    if (seq !== loadSeq) return; // a later request replaced this one
    if (!view) ui.status.textContent = '';
    applyView(next);
  } catch (error) {
    if (seq !== loadSeq) return;
    if (!view) ui.status.textContent = '';
    showAlert(afterSave ? M.reloadFailed(messageOf(error)) : messageOf(error));
    discarding = false;
    if (view) showSelection(view.selected); // back to what is on screen
    else ui.retry.hidden = false;
  } finally {
    if (seq === loadSeq) {
      loading = false;
      updateControls();
    }
  }
}

async function save(): Promise<void> {
  const shown = view;
  if (isDisabled(ui.save) || !shown?.selected) return;
  const selection = shown.selected;
  clearMessages();
  const marks = draft.marks();
  if (marks.length === 0) {
    showAlert(M.nothingToSave);
    return;
  }
  saving = true;
  updateControls();
  try {
    const result = await call('pacteAttendanceSave', { ...selection, marks }, { timeoutMs: SAVE_TIMEOUT_MS });
    // Marks refused for a shared ID: the others are saved, the refusal must not go unnoticed.
    if (result.refused.length) showAlert(result.message);
    else showStatus(result.message);
    // Eligibility counts attendance: offer to recompute it now rather than leave it stale.
    ui.eligibility.hidden = false;
  } catch (error) {
    showAlert(messageOf(error));
    return;
  } finally {
    saving = false;
    updateControls();
  }
  // Saved: what is on screen is now what the sheet holds; reload to show it as the server sees it.
  draft = new AttendanceDraft(shown.learners.map((l) => ({ ...l, status: draft.statusOf(l.id) })));
  for (const id of rows.keys()) updateRow(id);
  updateSummary();
  await load(selection, true);
}

// ---------------------------------------------------------------------------------------------
// Changing the half-day shown

function requestSelection(next: Partial<AttendanceSelection>, trigger: HTMLElement): void {
  const shown = view?.selected ?? null;
  if (shown && next.sessionId && next.day && next.halfDay && sameSelection(shown, next as AttendanceSelection)) return;
  ui.alert.textContent = '';
  if (draft.hasChanges() && !discarding) {
    pending = next;
    pendingTrigger = trigger;
    showSelection(shown); // the controls keep showing what the rows belong to until the person decides
    ui.confirmTitle.textContent = M.unsavedTitle(draft.changedIds().length);
    ui.confirm.hidden = false;
    ui.confirmStay.focus();
    return;
  }
  ui.status.textContent = '';
  void load(next);
}

function closeConfirm(): void {
  ui.confirm.hidden = true;
  const trigger = pendingTrigger;
  pending = null;
  pendingTrigger = null;
  trigger?.focus();
}

ui.confirmStay.addEventListener('click', closeConfirm);
ui.confirmSwitch.addEventListener('click', () => {
  const next = pending;
  closeConfirm();
  if (!next) return;
  discarding = true;
  ui.status.textContent = '';
  showSelection(next);
  void load(next);
});

ui.session.addEventListener('change', () => {
  const session = sessionById(ui.session.value);
  if (!session) return;
  const halfDay = checkedHalfDay() ?? view?.selected?.halfDay ?? view?.halfDays[0];
  requestSelection(halfDay ? selectionForSession(session, halfDay) : { sessionId: session.id }, ui.session);
});
ui.day.addEventListener('change', () => requestSelection(currentRequest(), ui.day));

ui.allPresent.addEventListener('click', () => {
  if (isDisabled(ui.allPresent)) return;
  ui.alert.textContent = '';
  const filled = draft.fillUntouched(PRESENT);
  for (const id of filled) updateRow(id);
  updateSummary();
  showStatus(M.filledPresent(filled.length));
});
ui.save.addEventListener('click', () => void save());
ui.eligibilityButton.addEventListener('click', () => void recomputeEligibility());

async function recomputeEligibility(): Promise<void> {
  if (isDisabled(ui.eligibilityButton)) return;
  setDisabled(ui.eligibilityButton, true);
  ui.eligibilityButton.textContent = M.eligibilityRunning;
  clearMessages();
  try {
    const result = await call('pacteEligibilityRecompute', null, { timeoutMs: SAVE_TIMEOUT_MS });
    ui.eligibility.hidden = true;
    showStatus(result.message);
  } catch (error) {
    showAlert(messageOf(error));
  } finally {
    setDisabled(ui.eligibilityButton, false);
    ui.eligibilityButton.textContent = M.eligibility;
  }
}
ui.retry.addEventListener('click', () => {
  ui.alert.textContent = '';
  void load(null);
});

updateControls();
void load(null);
