/**
 * Drawing the attendance page from its state: the selection controls, the learners' rows, the
 * summary, what is missing, and which controls are enabled. No server call here (client.ts).
 */
import type { AttendanceSelection, AttendanceSessionOption, AttendanceView } from '../../contract';
import type { AttendanceStatus, HalfDay } from '../../../domain/vocabulary';
import { el, option, setDisabled } from '../../dom';
import { M } from './messages';
import type { Skeleton } from './skeleton';
import { AttendanceDraft, isShared, selectedSession } from './state';

/** What the page holds between calls. */
export interface PageState {
  view: AttendanceView | null;
  draft: AttendanceDraft;
  loading: boolean;
  saving: boolean;
  /** The person chose to abandon the changes on screen; true until the next half-day is shown. */
  discarding: boolean;
  rows: Map<string, { row: HTMLLIElement; select: HTMLSelectElement; note: HTMLElement }>;
}

/** The person asks for another half-day (`trigger`: where focus returns if they stay). */
export type SelectHalfDay = (next: Partial<AttendanceSelection>, trigger: HTMLElement) => void;

export function sessionById(page: PageState, id: string): AttendanceSessionOption | undefined {
  return page.view?.sessions.find((s) => s.id === id);
}

export function checkedHalfDay(ui: Skeleton): HalfDay | undefined {
  const checked = ui.halfDays.querySelector<HTMLInputElement>('input:checked');
  return checked ? (checked.value as HalfDay) : undefined;
}

/** What the controls ask for now (may be ahead of the view while a load runs). */
export function currentRequest(ui: Skeleton): Partial<AttendanceSelection> {
  const request: Partial<AttendanceSelection> = {};
  if (ui.session.value) request.sessionId = ui.session.value;
  if (ui.day.value) request.day = ui.day.value;
  const halfDay = checkedHalfDay(ui);
  if (halfDay) request.halfDay = halfDay;
  return request;
}

function buildHalfDays(ui: Skeleton, halfDays: readonly HalfDay[], select: SelectHalfDay): void {
  const existing = [...ui.halfDays.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
  if (existing.join('\n') === halfDays.join('\n')) return; // keep the radios (and the focus) as they are
  ui.halfDays.replaceChildren(
    ...halfDays.map((h, i) => {
      const input = el('input', { attrs: { type: 'radio', name: 'halfDay', id: `half-day-${i}` } });
      input.value = h;
      input.addEventListener('change', () => {
        if (input.checked) select({ ...currentRequest(ui), halfDay: h }, input);
      });
      return el('div', { className: 'segment' }, [input, el('label', { text: h, attrs: { for: input.id } })]);
    }),
  );
}

/** Puts the selection controls on `sel` (the sessions and half-days of the view). */
export function showSelection(ui: Skeleton, page: PageState, sel: Partial<AttendanceSelection> | null): void {
  if (!page.view) return;
  const { session, day } = ui;
  session.replaceChildren();
  const known = sel?.sessionId !== undefined && sessionById(page, sel.sessionId) !== undefined;
  if (!known) {
    const placeholder = option('', M.sessionPlaceholder);
    placeholder.disabled = true;
    session.append(placeholder);
  }
  for (const s of page.view.sessions) session.append(option(s.id, M.sessionOption(s.title, s.id, s.compulsory)));
  session.value = known ? sel!.sessionId! : '';

  const days = known ? sessionById(page, sel!.sessionId!)!.days : [];
  day.replaceChildren(...(days.length ? days.map((d) => option(d.day, d.label)) : [option('', known ? M.noDays : '')]));
  day.value = sel?.day && days.some((d) => d.day === sel.day) ? sel.day : (days[0]?.day ?? '');
  day.disabled = page.saving || days.length === 0;

  for (const input of ui.halfDays.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === sel?.halfDay;
}

function renderLearners(ui: Skeleton, page: PageState): void {
  page.rows.clear();
  ui.list.replaceChildren();
  if (!page.view) return;
  const statuses = page.view.statuses;
  page.view.learners.forEach((learner, i) => {
    const id = `statut-${i}`;
    const noteId = `statut-${i}-note`;
    const select = el('select', { attrs: { id } });
    const placeholder = option('', M.statusPlaceholder);
    placeholder.disabled = true;
    select.append(placeholder, ...statuses.map((s) => option(s, s)));
    select.addEventListener('change', () => {
      if (!select.value) return;
      page.draft.choose(learner.id, select.value as AttendanceStatus);
      ui.status.textContent = '';
      updateRow(page, learner.id);
      updateSummary(ui, page);
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
    page.rows.set(learner.id, { row, select, note });
    ui.list.append(row);
    updateRow(page, learner.id);
  });
}

export function updateRow(page: PageState, learnerId: string): void {
  const r = page.rows.get(learnerId);
  if (!r) return;
  const status = page.draft.statusOf(learnerId);
  if (status === '') (r.select.options[0] as HTMLOptionElement).selected = true;
  else r.select.value = status;
  r.select.dataset.status = status;
  const changed = page.draft.isChanged(learnerId);
  r.row.classList.toggle('changed', changed);
  r.note.hidden = !changed;
  if (changed) r.select.setAttribute('aria-describedby', r.note.id);
  else r.select.removeAttribute('aria-describedby');
}

export function updateSummary(ui: Skeleton, page: PageState): void {
  const n = page.view?.learners.length ?? 0;
  ui.summary.textContent = n ? M.summary(n, page.draft.filledCount(), page.draft.changedIds().length) : '';
}

/** Enabled/disabled state of everything, from loading/saving and what is on screen. */
export function updateControls(ui: Skeleton, page: PageState): void {
  const { view, loading, saving } = page;
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
  for (const { select } of page.rows.values()) select.disabled = saving || loading || future;
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

/** A new half-day on screen: its learners with their recorded statuses, no choice pending. */
export function applyView(ui: Skeleton, page: PageState, next: AttendanceView, select: SelectHalfDay): void {
  page.view = next;
  page.discarding = false;
  page.draft = new AttendanceDraft(next.learners);
  buildHalfDays(ui, next.halfDays, select);
  showSelection(ui, page, next.selected);
  ui.selection.hidden = next.sessions.length === 0;
  ui.empty.textContent = emptyMessage(next);
  ui.empty.hidden = ui.empty.textContent === '';
  renderLearners(ui, page);
  updateSummary(ui, page);
  ui.learners.hidden = next.learners.length === 0;
  renderFutureAndMissing(ui, next, select);
}

/** Says when the half-day shown has not happened, and which started half-days still lack a status. */
function renderFutureAndMissing(ui: Skeleton, v: AttendanceView, select: SelectHalfDay): void {
  const sel = v.selected;
  const session = selectedSession(v);
  ui.future.hidden = !v.future || !sel;
  ui.future.textContent = v.future && sel ? M.future(session?.days.find((d) => d.day === sel.day)?.label ?? sel.day, sel.halfDay) : '';
  const showMissing = sel !== null && v.learners.length > 0;
  ui.missing.hidden = !showMissing;
  if (!showMissing) return;
  // Nothing missing: one sentence, without the folded list.
  ui.noneMissing.hidden = v.missing.length > 0;
  ui.missingDetails.hidden = v.missing.length === 0;
  ui.missingTitle.textContent = M.missingTitle(v.missing.length);
  if (v.missing.length === 0) {
    ui.missingList.replaceChildren();
    return;
  }
  ui.missingList.replaceChildren(
    ...v.missing.map((h) => {
      // Each one opens that half-day, so the gaps can be filled one after the other.
      const go = el('button', { className: 'link', text: M.missingItem(h.label, h.halfDay, h.missing), attrs: { type: 'button' } });
      go.addEventListener('click', () => select({ sessionId: sel.sessionId, day: h.day, halfDay: h.halfDay }, go));
      return el('li', {}, [go]);
    }),
  );
}
