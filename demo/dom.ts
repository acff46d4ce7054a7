// A tiny DOM builder for the demo. Children that are strings become text nodes, so nothing a
// store sends can become markup.
type Child = Node | string;
type Attrs = Record<string, string | ((event: Event) => void)>;

/** Creates an element with attributes (`on*` functions become listeners) and children. */
export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Replaces an element's content. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children);
}

/** Formats money in the shopper's locale. */
export function formatMoney(money: { value: number; currencyCode: string }): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currencyCode }).format(money.value);
}
