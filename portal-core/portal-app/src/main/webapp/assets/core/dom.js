/**
 * Builds DOM nodes. Strings become text nodes, so text from users is never parsed as HTML: there is no innerHTML
 * anywhere in the portal's own code.
 *
 *   h('a', {href: '/directory', class: 'button'}, t('nav.directory'))
 *
 * Attributes: `class`, `for`, `aria-*`, `data-*` and others are set as attributes; `on<event>` as listeners;
 * `null`, `undefined` and `false` are left out; `true` sets an empty attribute.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'value' || name === 'checked' || name === 'selected') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children (nodes, strings, numbers, arrays of them; null and false are skipped). */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces an element's content. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}
