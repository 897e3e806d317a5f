/**
 * « Saisir les présences » sidebar. One load call per half-day shown, one save call per batch.
 * The DOM is built with createElement/textContent only (src/ui/dom.ts): names come from people and
 * are never parsed as HTML. Every French string is in ./messages. The elements: skeleton.ts; drawing
 * them from the state: render.ts; here, the server calls and what the person does.
 */
import type { AttendanceSelection } from '../../contract';
import type { AttendanceStatus } from '../../../domain/vocabulary';
import { isDisabled, messageOf, setDisabled } from '../../dom';
import { call } from '../../rpc';
import { M } from './messages';
import {
  applyView,
  checkedHalfDay,
  currentRequest,
  sessionById,
  showSelection,
  updateControls,
  updateRow,
  updateSummary,
  type PageState,
} from './render';
import { buildSkeleton } from './skeleton';
import { AttendanceDraft, sameSelection, selectionForSession } from './state';

const PRESENT: AttendanceStatus = 'Présent';
/** The save takes the document lock and writes a block: give it more room than a load. */
const SAVE_TIMEOUT_MS = 120_000;

const ui = buildSkeleton();
const page: PageState = { view: null, draft: new AttendanceDraft([]), loading: false, saving: false, discarding: false, rows: new Map() };
let loadSeq = 0;
/** The half-day the person asked for while unsaved changes were on screen, and the control they used. */
let pending: Partial<AttendanceSelection> | null = null;
let pendingTrigger: HTMLElement | null = null;

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

/** Loads a half-day. `afterSave`: keep the save message, and say the save worked if the reload fails. */
async function load(arg: Partial<AttendanceSelection> | null, afterSave = false): Promise<void> {
  const seq = ++loadSeq;
  page.loading = true;
  ui.retry.hidden = true;
  if (!page.view) showStatus(M.loading);
  updateControls(ui, page);
  try {
    const next = await call('pacteAttendanceLoad', arg);
    if (seq !== loadSeq) return; // a later request replaced this one
    if (!page.view) ui.status.textContent = '';
    applyView(ui, page, next, requestSelection);
  } catch (error) {
    if (seq !== loadSeq) return;
    if (!page.view) ui.status.textContent = '';
    showAlert(afterSave ? M.reloadFailed(messageOf(error)) : messageOf(error));
    page.discarding = false;
    if (page.view)
      showSelection(ui, page, page.view.selected); // back to what is on screen
    else ui.retry.hidden = false;
  } finally {
    if (seq === loadSeq) {
      page.loading = false;
      updateControls(ui, page);
    }
  }
}

async function save(): Promise<void> {
  const shown = page.view;
  if (isDisabled(ui.save) || !shown?.selected) return;
  const selection = shown.selected;
  clearMessages();
  const marks = page.draft.marks();
  if (marks.length === 0) {
    showAlert(M.nothingToSave);
    return;
  }
  page.saving = true;
  updateControls(ui, page);
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
    page.saving = false;
    updateControls(ui, page);
  }
  // Saved: what is on screen is now what the sheet holds; reload to show it as the server sees it.
  page.draft = new AttendanceDraft(shown.learners.map((l) => ({ ...l, status: page.draft.statusOf(l.id) })));
  for (const id of page.rows.keys()) updateRow(page, id);
  updateSummary(ui, page);
  await load(selection, true);
}

/** Another half-day: shown at once, or after the person confirms dropping the changes on screen. */
function requestSelection(next: Partial<AttendanceSelection>, trigger: HTMLElement): void {
  const shown = page.view?.selected ?? null;
  if (shown && next.sessionId && next.day && next.halfDay && sameSelection(shown, next as AttendanceSelection)) return;
  ui.alert.textContent = '';
  if (page.draft.hasChanges() && !page.discarding) {
    pending = next;
    pendingTrigger = trigger;
    showSelection(ui, page, shown); // the controls keep showing what the rows belong to until the person decides
    ui.confirmTitle.textContent = M.unsavedTitle(page.draft.changedIds().length);
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
  page.discarding = true;
  ui.status.textContent = '';
  showSelection(ui, page, next);
  void load(next);
});

ui.session.addEventListener('change', () => {
  const session = sessionById(page, ui.session.value);
  if (!session) return;
  const halfDay = checkedHalfDay(ui) ?? page.view?.selected?.halfDay ?? page.view?.halfDays[0];
  requestSelection(halfDay ? selectionForSession(session, halfDay) : { sessionId: session.id }, ui.session);
});
ui.day.addEventListener('change', () => requestSelection(currentRequest(ui), ui.day));

ui.allPresent.addEventListener('click', () => {
  if (isDisabled(ui.allPresent)) return;
  ui.alert.textContent = '';
  const filled = page.draft.fillUntouched(PRESENT);
  for (const id of filled) updateRow(page, id);
  updateSummary(ui, page);
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

updateControls(ui, page);
void load(null);
