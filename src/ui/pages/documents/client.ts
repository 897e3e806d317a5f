/**
 * « Documents… » sidebar: pick a type, a session (half-days, learners), preview the first document,
 * then « Créer les documents »: the page calls the server until every document is made (progress
 * « 12/48 »). Closing the panel stops between two calls; « Reprendre » continues from the register.
 * The DOM is built with createElement/textContent only: values come from people, never parsed as HTML.
 */
import { KINDS } from '../../../domain/documents/kinds';
import type { DocumentKindId, DocumentsOptions, DocumentsProgress, DocumentsRequest } from '../../contract';
import { el, messageOf, messageRegions, option } from '../../dom';
import { call } from '../../rpc';
import { M } from './messages';
import { buildRequest, runBatch, type RunEnd } from './state';

/** A make call may take ~20 s in Google, plus the lock: leave room. */
const MAKE_TIMEOUT_MS = 120_000;

const kind = el('select', { attrs: { id: 'kind' } });
const session = el('select', { attrs: { id: 'session' } });
const sessionField = el('div', { className: 'field' }, [el('label', { text: M.sessionLabel, attrs: { for: 'session' } }), session]);
const halfDays = el('div', { className: 'checks', attrs: { id: 'half-days' } });
const halfDaysField = el('fieldset', { className: 'field' }, [el('legend', { text: M.halfDaysLegend }), halfDays]);
const learners = el('div', { className: 'checks', attrs: { id: 'learners' } });
const learnersField = el('fieldset', { className: 'field' }, [el('legend', { text: M.learnersLegend }), learners]);
const preview = el('section', { className: 'preview', attrs: { id: 'preview', 'aria-live': 'polite' } });
const bar = el('progress', { attrs: { id: 'progress', max: '1', value: '0' } });
const barText = el('span', { className: 'progress-text', attrs: { id: 'progress-text' } });
const progressBox = el('div', { className: 'progress' }, [bar, barText]);
progressBox.hidden = true;
const { alert: alertBox, status } = messageRegions();
const checkButton = el('button', { className: 'secondary', text: M.checkTemplates, attrs: { type: 'button', id: 'check' } });
const previewButton = el('button', { className: 'secondary', text: M.preview, attrs: { type: 'button', id: 'preview-button' } });
const makeButton = el('button', { className: 'primary', text: M.make, attrs: { type: 'button', id: 'make' } });

document.body.append(
  el('main', {}, [
    el('div', { className: 'field' }, [el('label', { text: M.kindLabel, attrs: { for: 'kind' } }), kind]),
    sessionField,
    halfDaysField,
    learnersField,
    preview,
  ]),
  el('div', { className: 'footer' }, [
    progressBox,
    alertBox,
    status,
    el('div', { className: 'actions' }, [checkButton, previewButton, makeButton]),
  ]),
);

let options: DocumentsOptions | null = null;
let busy = false;

function checkbox(value: string, label: string, data: Record<string, string>): HTMLElement {
  const input = el('input', {
    attrs: { type: 'checkbox', value, ...Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v])) },
  });
  input.checked = true;
  return el('label', { className: 'check' }, [input, document.createTextNode(` ${label}`)]);
}

function render(): void {
  const k = kind.value as DocumentKindId;
  sessionField.hidden = !KINDS[k].bySession;
  halfDaysField.hidden = k !== 'emargement';
  learnersField.hidden = k === 'emargement' || k === 'decision';
  const s = options?.sessions.find((x) => x.id === session.value);
  halfDays.replaceChildren(
    ...(s?.halfDays ?? []).map((h) => checkbox(`${h.day}|${h.halfDay}`, h.label, { day: h.day, 'half-day': h.halfDay })),
  );
  preview.replaceChildren();
}

function form() {
  const boxes = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  return buildRequest({
    kind: kind.value as DocumentKindId,
    sessionId: session.value,
    halfDays: boxes(halfDays).map((b) => ({
      day: b.dataset.day!,
      halfDay: b.dataset.halfDay as 'Matin' | 'Après-midi',
      checked: b.checked,
    })),
    learners: boxes(learners).map((b) => ({ id: b.value, checked: b.checked })),
  });
}

function currentRequest(): DocumentsRequest | null {
  const f = form();
  if ('request' in f) return f.request;
  alertBox.textContent = f.missing === 'session' ? M.chooseSession : f.missing === 'halfDay' ? M.chooseHalfDay : M.chooseLearner;
  return null;
}

function setBusy(value: boolean): void {
  busy = value;
  for (const b of [checkButton, previewButton, makeButton]) b.setAttribute('aria-disabled', String(value));
}

/** One server call at a time: the buttons marked busy, the alert cleared, then any failure shown in it. */
async function whileBusy(work: () => Promise<void>): Promise<void> {
  if (busy) return;
  setBusy(true);
  alertBox.textContent = '';
  try {
    await work();
  } catch (error) {
    alertBox.textContent = messageOf(error);
  } finally {
    setBusy(false);
  }
}

function showProgress(p: DocumentsProgress): void {
  progressBox.hidden = false;
  bar.max = Math.max(1, p.total);
  bar.value = p.done;
  barText.textContent = M.progress(p.done, p.total);
}

/** whileBusy for a call about the form's request: nothing is called while the form misses a choice (the alert says which). */
async function withRequest(work: (request: DocumentsRequest) => Promise<void>): Promise<void> {
  const request = currentRequest();
  if (request) await whileBusy(() => work(request));
}

async function doPreview(): Promise<void> {
  await withRequest(async (request) => {
    const p = await call('pacteDocumentsPreview', request);
    // No document: say why (nobody eligible, no soutenance date…) rather than « nothing new ».
    const lines: Node[] = [el('p', { text: p.total === 0 && p.why ? p.why : M.previewCounts(p.total, p.done) })];
    if (p.warning) lines.push(el('p', { className: 'warning', text: p.warning }));
    lines.push(el('p', { className: 'muted', text: M.createdToday(p.createdToday, p.dailyLimit) }));
    if (p.first) {
      lines.push(el('h2', { text: M.previewTitle(p.first.fileName) }));
      lines.push(
        el(
          'dl',
          {},
          p.first.values.flatMap((v) => [el('dt', { text: `{{${v.tag}}}` }), el('dd', { text: v.value })]),
        ),
      );
      if (p.first.learners)
        lines.push(el('p', { className: 'muted', text: M.previewRows(p.first.learners.length, p.first.trainers?.length ?? 0) }));
    } else if (p.total > 0) lines.push(el('p', { text: M.previewNone }));
    preview.replaceChildren(...lines);
  });
}

async function doMake(): Promise<void> {
  await withRequest(async (request) => {
    status.textContent = M.working;
    showEnd(await runBatch((r) => call('pacteDocumentsMake', r, { timeoutMs: MAKE_TIMEOUT_MS }), request, showProgress));
  });
  // The preview says what the register says now, not what it said before the batch.
  if (preview.childElementCount) await doPreview();
}

/** How a run of calls ended: the message, and « Reprendre » unless it finished. */
function showEnd(end: RunEnd): void {
  if (end.kind === 'error') {
    status.textContent = '';
    alertBox.textContent = end.message;
    makeButton.textContent = M.resume;
  } else if (end.kind === 'stopped') {
    status.textContent = '';
    alertBox.textContent = end.progress.stopped ?? end.progress.message;
    makeButton.textContent = M.resume;
  } else if (end.kind === 'finished') {
    status.textContent = end.progress.message;
    makeButton.textContent = M.make;
  }
}

async function doCheck(): Promise<void> {
  await whileBusy(async () => {
    const reports = await call('pacteDocumentsCheckTemplates', null);
    preview.replaceChildren(
      el('h2', { text: M.templatesTitle }),
      el(
        'ul',
        { className: 'templates' },
        reports.map((r) =>
          el('li', { className: r.ok ? 'ok' : 'bad' }, [
            el('strong', { text: r.label }),
            el(
              'ul',
              {},
              r.lines.map((l) => el('li', { text: l })),
            ),
          ]),
        ),
      ),
    );
  });
}

async function load(): Promise<void> {
  status.textContent = M.loading;
  try {
    options = await call('pacteDocumentsOptions', null);
    kind.replaceChildren(...options.kinds.map((k) => option(k.id, k.label)));
    session.replaceChildren(option('', M.sessionPlaceholder), ...options.sessions.map((s) => option(s.id, `${s.title} (${s.id})`)));
    learners.replaceChildren(...options.learners.map((l) => checkbox(l.id, l.name, {})));
    status.textContent = '';
    render();
  } catch (error) {
    status.textContent = '';
    alertBox.textContent = messageOf(error);
  }
}

kind.addEventListener('change', render);
session.addEventListener('change', render);
previewButton.addEventListener('click', () => void doPreview());
makeButton.addEventListener('click', () => void doMake());
checkButton.addEventListener('click', () => void doCheck());
void load();
