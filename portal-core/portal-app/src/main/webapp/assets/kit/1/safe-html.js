/**
 * The one way a plugin shows HTML its server sanitised (a programme or an answer rendered from Markdown): parsed
 * into an inert document (DOMParser runs no script and loads nothing) and rebuilt element by element from an
 * allow-list, so nothing else reaches the page even if the server let it through: other elements give only their
 * text; scripts, styles and the like nothing; links keep http(s) and mailto addresses only, with
 * rel="noopener noreferrer nofollow". No innerHTML.
 */
const ALLOWED = new Set(['p', 'div', 'br', 'hr', 'pre', 'code', 'blockquote', 'ul', 'ol', 'li', 'b', 'strong', 'i',
  'em', 's', 'u', 'del', 'ins', 'sub', 'sup', 'small', 'span', 'a', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td']);
/** Elements whose content is not text to read: left out with everything in them. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'svg',
  'math']);

/**
 * @param {string} html HTML the server sanitised
 * @param {{top?: number}} [options] the highest heading level the content may use below the screen's own headings:
 *   its h1 and h2 become h`top`, each further level one deeper, h6 at most (3 by default)
 * @returns {DocumentFragment} the content
 */
export function safeContent(html, { top = 3 } = {}) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html ?? ''}`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    const copy = rebuild(node, top);
    if (copy) fragment.append(copy);
  }
  return fragment;
}

function rebuild(node, top) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE || DROPPED.has(node.localName)) return null;
  const tag = node.localName;
  const level = /^h([1-6])$/.exec(tag)?.[1];
  const target = level ? `h${Math.min(6, Math.max(top, top + Number(level) - 2))}` : (ALLOWED.has(tag) ? tag : null);
  const children = [...node.childNodes].map((child) => rebuild(child, top)).filter(Boolean);
  if (!target) {
    const fragment = document.createDocumentFragment();
    fragment.append(...children);
    return fragment;
  }
  const element = document.createElement(target);
  const href = tag === 'a' ? node.getAttribute('href') ?? '' : '';
  if (/^(https?:|mailto:)/i.test(href)) {
    element.setAttribute('href', href);
    element.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  if ((tag === 'th' || tag === 'td') && node.getAttribute('colspan')) {
    element.setAttribute('colspan', String(Number.parseInt(node.getAttribute('colspan'), 10) || 1));
  }
  element.append(...children);
  return element;
}
