/**
 * The menu bar as the Sheet shows it, following the WAI-ARIA menu button pattern:
 * https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/ and https://www.w3.org/WAI/ARIA/apg/patterns/menubar/
 * On the button: Enter, Space or ↓ open the menu on its first item, ↑ on its last. In the menu: ↓/↑
 * move (wrapping), Home/End go to the first/last item, Enter/Space run the item, Escape closes and
 * gives the focus back to the button, Tab closes. Items take focus with a roving tabindex of -1.
 */
import type { MenuItemView, StateView } from '../protocol';
import { el } from './dom';

export interface MenuBar {
  render(menus: StateView['menus']): void;
  close(): void;
}

type Run = (caption: string, functionName: string, trigger: HTMLElement) => void;
type Menu = StateView['menus'][number];

function items(list: HTMLElement): HTMLElement[] {
  return Array.from(list.querySelectorAll<HTMLElement>('[role="menuitem"]'));
}

class MenuBarView implements MenuBar {
  private counter = 0;
  private shown = '';

  constructor(
    private readonly bar: HTMLElement,
    private readonly run: Run,
  ) {
    document.addEventListener('click', (event) => {
      if (!bar.contains(event.target as Node)) this.close();
    });
  }

  close(): void {
    for (const list of Array.from(this.bar.querySelectorAll<HTMLElement>('[role="menu"]'))) list.hidden = true;
    for (const b of Array.from(this.bar.querySelectorAll<HTMLElement>('.menu-button'))) b.setAttribute('aria-expanded', 'false');
  }

  private open(button: HTMLElement, list: HTMLElement, focus: 'first' | 'last' | 'none'): void {
    this.close();
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = items(list);
    const target = focus === 'first' ? all[0] : focus === 'last' ? all.at(-1) : undefined;
    target?.focus();
  }

  private fill(entries: MenuItemView[], into: HTMLElement, button: HTMLElement): void {
    for (const item of entries) {
      if ('separator' in item) {
        into.append(el('li', { role: 'separator', class: 'separator' }));
      } else if ('subMenu' in item) {
        const li = el('li', { role: 'none', class: 'submenu' });
        li.append(el('span', { 'aria-hidden': 'true' }, item.subMenu));
        const sub = el('ul', { role: 'group', 'aria-label': item.subMenu });
        this.fill(item.items, sub, button);
        li.append(sub);
        into.append(li);
      } else {
        const li = el('li', { role: 'none' });
        const b = el('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, item.caption);
        b.addEventListener('click', () => {
          this.close();
          // The focus goes back to the menu button; a dialog the item opens takes it from there.
          button.focus();
          this.run(item.caption, item.functionName, button);
        });
        li.append(b);
        into.append(li);
      }
    }
  }

  render(menus: StateView['menus']): void {
    // Unchanged menus are kept as they are, so a run never takes the focus away from its button.
    const json = JSON.stringify(menus);
    if (json === this.shown) return;
    this.shown = json;
    this.bar.replaceChildren(...menus.map((menu) => this.menuWidget(menu)));
  }

  private menuWidget(menu: Menu): HTMLElement {
    const id = `menu-${++this.counter}`;
    const wrap = el('div', { class: 'menu', 'data-title': menu.title });
    const button = el(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        id: `${id}-button`,
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'aria-controls': id,
      },
      menu.title,
    );
    const list = el('ul', { role: 'menu', id, 'aria-labelledby': `${id}-button`, hidden: '' });
    this.fill(menu.items, list, button);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      if (list.hidden) this.open(button, list, event.detail === 0 ? 'first' : 'none');
      else this.close();
    });
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.open(button, list, 'first');
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        this.open(button, list, 'last');
      } else if (event.key === 'Escape') {
        this.close();
      }
    });
    list.addEventListener('keydown', (event) => this.onListKey(event, list, button));
    wrap.append(button, list);
    return wrap;
  }

  private onListKey(event: KeyboardEvent, list: HTMLElement, button: HTMLElement): void {
    const all = items(list);
    const i = all.indexOf(document.activeElement as HTMLElement);
    const go = (j: number) => all[(j + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        go(i + 1);
        break;
      case 'ArrowUp':
        go(i < 0 ? -1 : i - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(-1);
        break;
      case 'Escape':
        this.close();
        button.focus();
        break;
      case 'Tab':
        this.close();
        return; // the focus moves on as Tab does
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}

export function createMenuBar(bar: HTMLElement, run: Run): MenuBar {
  const view = new MenuBarView(bar, run);
  return { render: (menus) => view.render(menus), close: () => view.close() };
}
