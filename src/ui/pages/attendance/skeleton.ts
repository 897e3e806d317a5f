/**
 * The attendance page's elements, built once (so focus survives re-renders): the selection (session,
 * day, half-day), what is missing, the learners' list, messages, the unsaved-changes confirmation and
 * the actions.
 */
import { el, messageRegions } from '../../dom';
import { M } from './messages';

function selectionPart() {
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
  return { selection, session, day, halfDays, halfDayField };
}

function learnersPart() {
  const future = el('p', { className: 'future', attrs: { id: 'future' } });
  future.hidden = true;
  const missingList = el('ul', { className: 'missing-list' });
  // Folded: on a laptop the half-days to fill must not push the learners out of sight.
  const missingTitle = el('summary', { className: 'missing-title', attrs: { id: 'missing-title' } });
  const missingDetails = el('details', {}, [missingTitle, missingList]);
  const noneMissing = el('p', { className: 'missing-none', text: M.noneMissing });
  const missing = el('section', { className: 'missing', attrs: { 'aria-labelledby': 'missing-title' } }, [noneMissing, missingDetails]);
  missing.hidden = true;
  const summary = el('p', { className: 'summary', attrs: { id: 'summary' } });
  const list = el('ul', { className: 'learners', attrs: { 'aria-labelledby': 'learners-title' } });
  const empty = el('p', { className: 'empty' });
  const learners = el('section', { className: 'learners-section', attrs: { 'aria-labelledby': 'learners-title' } }, [
    el('h2', { className: 'sr-only', text: M.learnersHeading, attrs: { id: 'learners-title' } }),
    summary,
    list,
  ]);
  return { future, missing, missingTitle, missingDetails, noneMissing, missingList, summary, list, empty, learners };
}

function footerPart() {
  const { alert, status } = messageRegions();
  // Each message can be put away, giving its room back to the learners.
  const alertBox = el('div', { className: 'notice' }, [alert, dismissButton(alert)]);
  const statusBox = el('div', { className: 'notice' }, [status, dismissButton(status)]);
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
  const eligibilityButton = el('button', { className: 'link', text: M.eligibility, attrs: { type: 'button' } });
  const eligibilityDismiss = el('button', {
    className: 'dismiss',
    text: '×',
    attrs: { type: 'button', 'aria-label': M.dismissEligibility },
  });
  const eligibility = el('div', { className: 'eligibility' }, [
    el('span', { text: M.eligibilityHint }),
    eligibilityButton,
    eligibilityDismiss,
  ]);
  eligibilityDismiss.addEventListener('click', () => {
    eligibility.hidden = true;
  });
  eligibility.hidden = true;
  const allPresent = el('button', { className: 'secondary', text: M.allPresent, attrs: { type: 'button', title: M.allPresentHint } });
  const save = el('button', { className: 'primary', text: M.save, attrs: { type: 'button' } });
  const actions = el('div', { className: 'actions' }, [allPresent, save]);
  const footer = el('div', { className: 'footer' }, [alertBox, retry, statusBox, eligibility, confirm, actions]);
  return {
    footer,
    alert,
    status,
    retry,
    confirm,
    confirmTitle,
    confirmStay,
    confirmSwitch,
    eligibility,
    eligibilityButton,
    allPresent,
    save,
    actions,
  };
}

/** A « × » emptying `message` (an empty message takes no room: see style.css). */
function dismissButton(message: HTMLElement): HTMLButtonElement {
  const button = el('button', { className: 'dismiss', text: '×', attrs: { type: 'button', 'aria-label': M.dismiss } });
  button.addEventListener('click', () => {
    message.textContent = '';
  });
  return button;
}

/** Builds the page into document.body and returns its parts. */
export function buildSkeleton() {
  const selection = selectionPart();
  const learners = learnersPart();
  const { footer, ...controls } = footerPart();
  const main = el('main', {}, [
    el('h1', { className: 'sr-only', text: M.heading }),
    selection.selection,
    learners.future,
    learners.missing,
    learners.empty,
    learners.learners,
  ]);
  document.body.replaceChildren(main, footer);
  return { ...selection, ...learners, ...controls };
}

export type Skeleton = ReturnType<typeof buildSkeleton>;
