/**
 * « Envois »: the e-mails the simulated Google sent (as their recipient reads them), and « Jour
 * suivant » to move the clock a day on and run the daily trigger, so a newcomer watches each J-7
 * convocation go out once, not twice. Texts are set with textContent only.
 */
import { textEl as el } from '../../../src/ui/dom';
import type { MailView } from '../mail';
import { playgroundMessages } from '../messages';
import type { StateView } from '../protocol';

const M = playgroundMessages.mailPanel;

export interface MailPanel {
  refresh(): Promise<void>;
}

/** Mounts the panel in `parent`; `onState` redraws the grids after a simulated day. */
export function mountMailPanel(parent: HTMLElement, onState: (state: StateView) => void): MailPanel {
  const section = el('section', undefined, 'mail-panel');
  section.setAttribute('aria-label', M.heading);
  const clock = el('p', '', 'mail-clock');
  const button = el('button', M.nextDay, 'mail-next-day');
  button.type = 'button';
  const info = el('p', '', 'mail-info');
  info.setAttribute('role', 'status');
  const list = el('div', undefined, 'mail-list');
  section.append(el('h2', M.heading), clock, button, info, list);
  parent.append(section);

  const render = (view: MailView) => {
    clock.textContent = M.now(view.now);
    const t = view.triggers.find((x) => x.functionName === 'pacteDailyReminders');
    const lines = [t ? M.trigger(t.owner, t.hour) : M.noTrigger, view.sent.length ? M.count(view.sent.length) : M.none];
    list.replaceChildren(
      el('p', lines.join(' '), 'mail-summary'),
      ...view.sent.map((m) => {
        const d = el('details', undefined, 'mail');
        d.append(
          el('summary', `${m.at} — ${m.to.join(', ')} — ${m.subject}`),
          el('p', M.from(m.name, m.from), 'mail-meta'),
          el('p', M.to(m.to), 'mail-meta'),
          ...(m.replyTo ? [el('p', M.replyTo(m.replyTo), 'mail-meta')] : []),
          el('pre', m.body, 'mail-body'),
        );
        return d;
      }),
    );
  };

  const refresh = async () => {
    try {
      render((await (await fetch('/api/mail')).json()) as MailView);
    } catch {
      info.textContent = M.failed;
    }
  };

  button.addEventListener('click', () => {
    button.disabled = true;
    void (async () => {
      try {
        const res = await fetch('/api/next-day', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        const answer = (await res.json()) as { fired: number; mail: MailView; state: StateView };
        render(answer.mail);
        info.textContent = M.fired(answer.fired);
        onState(answer.state);
      } catch {
        info.textContent = M.failed;
      } finally {
        button.disabled = false;
      }
    })();
  });
  return { refresh };
}
