/** The playground page's shorthand over the sidebars' DOM helper (src/ui/dom.ts): attributes and text, never parsed HTML. */
import { el as element } from '../../../src/ui/dom';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  return element(tag, { attrs, ...(text !== undefined && { text }) });
}
