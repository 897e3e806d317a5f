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

export function createMenuBar(bar: HTMLElement, run: (caption: string, functionName: string, trigger: HTMLElement) => void): MenuBar {
  let counter = 0;

  function items(list: HTMLElement): HTMLElement[] {
    return Array.from(list.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  }

  function close(): void {
    for (const list of Array.from(bar.querySelectorAll<HTMLElement>('[role="menu"]'))) list.hidden = true;
    for (const b of Array.from(bar.querySelectorAll<HTMLElement>('.menu-button'))) b.setAttribute('aria-expanded', 'false');
  }

  function open(button: HTMLElement, list: HTMLElement, focus: 'first' | 'last' | 'none'): void {
    close();
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = items(list);
    const target = focus === 'first' ? all[0] : focus === 'last' ? all.at(-1) : undefined;
    target?.focus();
  }

  function fill(entries: MenuItemView[], into: HTMLElement, button: HTMLElement): void {
    for (const item of entries) {
      if ('separator' in item) {
        into.append(el('li', { role: 'separator', class: 'separator' }));
      } else if ('subMenu' in item) {
        const li = el('li', { role: 'none', class: 'submenu' });
        li.append(el('span', { 'aria-hidden': 'true' }, item.subMenu));
        const sub = el('ul', { role: 'group', 'aria-label': item.subMenu });
        fill(item.items, sub, button);
        li.append(sub);
        into.append(li);
      } else {
        const li = el('li', { role: 'none' });
        const b = el('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, item.caption);
        b.addEventListener('click', () => {
          close();
          // The focus goes back to the menu button; a dialog the item opens takes it from there.
          button.focus();
          run(item.caption, item.functionName, button);
        });
        li.append(b);
        into.append(li);
      }
    }
  }

  let shown = '';
  function render(menus: StateView['menus']): void {
    // Unchanged menus are kept as they are, so a run never takes the focus away from its button.
    const json = JSON.stringify(menus);
    if (json === shown) return;
    shown = json;
    bar.replaceChildren(
      ...menus.map((menu) => {
        const id = `menu-${++counter}`;
        const wrap = el('div', { class: 'menu', 'data-title': menu.title });
        const button = el('button', {
          type: 'button', class: 'menu-button', id: `${id}-button`, 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': id,
        }, menu.title);
        const list = el('ul', { role: 'menu', id, 'aria-labelledby': `${id}-button`, hidden: '' });
        fill(menu.items, list, button);
        button.addEventListener('click', (event) => {
          event.stopPropagation();
          if (list.hidden) open(button, list, event.detail === 0 ? 'first' : 'none');
          else close();
        });
        button.addEventListener('keydown', (event) => {
          if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            open(button, list, 'first');
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            open(button, list, 'last');
          } else if (event.key === 'Escape') {
            close();
          }
        });
        list.addEventListener('keydown', (event) => {
          const all = items(list);
          const i = all.indexOf(document.activeElement as HTMLElement);
          const go = (j: number) => all[(j + all.length) % all.length]?.focus();
          switch (event.key) {
            case 'ArrowDown': go(i + 1); break;
            case 'ArrowUp': go(i < 0 ? -1 : i - 1); break;
            case 'Home': go(0); break;
            case 'End': go(-1); break;
            case 'Escape':
              close();
              button.focus();
              break;
            case 'Tab':
              close();
              return; // the focus moves on as Tab does
            default:
              return;
          }
          event.preventDefault();
          event.stopPropagation();
        });
        wrap.append(button, list);
        return wrap;
      }),
    );
  }

  document.addEventListener('click', (event) => {
    if (!bar.contains(event.target as Node)) close();
  });
  return { render, close };
}
