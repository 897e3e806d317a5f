/**
 * The sidebar pages' one DOM helper: elements built with createElement, attributes and textContent,
 * never parsed HTML (names and texts come from people).
 */
export type Props = { className?: string; text?: string; attrs?: Record<string, string> };

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The short form: an element with a text and a class. */
export function textEl<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  return el(tag, { ...(text !== undefined && { text }), ...(className && { className }) });
}

export function option(value: string, text: string): HTMLOptionElement {
  const o = el('option', { text });
  o.value = value;
  return o;
}

export function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
  // aria-disabled keeps keyboard focus on the button while a call runs (disabled would drop it).
  button.setAttribute('aria-disabled', String(disabled));
}

export function isDisabled(button: HTMLButtonElement): boolean {
  return button.getAttribute('aria-disabled') === 'true';
}

/** What a failed call says to the person: the server's French message as is. */
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** The two live regions a form sidebar speaks through: an alert (errors) and a polite status. */
export function messageRegions(): { alert: HTMLDivElement; status: HTMLParagraphElement } {
  return {
    alert: el('div', { className: 'alert', attrs: { role: 'alert' } }),
    status: el('p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } }),
  };
}
