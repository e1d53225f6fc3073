import { replace } from './dom.js';
import { t } from './i18n.js';

/**
 * Screens by address. A route is `{path: '/organizations/:id', load: () => import('...'), title: 'key'}`; its
 * module exports `render(main, context)` where context has `params` (from the path), `query` (URLSearchParams)
 * and `navigate`. Links within the portal navigate without reloading; after every navigation focus moves to the
 * new screen's heading and the title is announced, so keyboard and screen-reader users know where they are.
 */
const routes = [];

/**
 * The performance mark set each time a screen has rendered: the moment the page is usable, as the web benchmark
 * (and any real-user monitoring) reads it.
 */
export const SCREEN_READY = 'portal:screen-ready';
let fallback;
let onNavigate = () => {};

/** Adds a screen. */
export function route(path, load) {
  const names = [];
  const pattern = new RegExp(`^${path.replace(/:(\w+)/g, (whole, name) => {
    names.push(name);
    return '([^/]+)';
  })}/?$`);
  routes.push({ pattern, names, load });
}

/** The screen for addresses no route matches. */
export function otherwise(load) {
  fallback = load;
}

/** Called after every navigation (e.g. to mark the current menu entry). */
export function afterNavigation(callback) {
  onNavigate = callback;
}

/**
 * Shows the screen of `url`; `push` adds it to the history; `focus` moves focus to its heading (not on the first
 * load of a page: there the reader starts at the top, with the skip link).
 */
export async function navigate(url, { push = true, focus = true } = {}) {
  const target = new URL(url, location.origin);
  if (push) history.pushState({}, '', target.pathname + target.search + target.hash);
  const main = document.getElementById('main');
  const match = routes.map((r) => ({ r, m: r.pattern.exec(target.pathname) })).find((x) => x.m);
  const params = {};
  if (match) match.r.names.forEach((name, i) => { params[name] = decodeURIComponent(match.m[i + 1]); });
  main.setAttribute('aria-busy', 'true');
  try {
    const screen = await (match ? match.r.load() : fallback());
    await screen.render(main, { params, query: target.searchParams, navigate });
  } catch (error) {
    console.error(error);
    const { renderError } = await import('../views/error.js');
    renderError(main, error);
  } finally {
    main.removeAttribute('aria-busy');
  }
  const heading = main.querySelector('h1');
  document.title = `${heading ? `${heading.textContent} — ` : ''}${t('site.name')}`;
  if (focus) {
    replace(document.getElementById('announcer'), document.title);
    (heading ?? main).setAttribute('tabindex', '-1');
    (heading ?? main).focus();
  }
  onNavigate(target.pathname);
  performance.mark(SCREEN_READY);
}

/** Starts listening to links and the back button, and shows the current address. */
export function start() {
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
        || link.getAttribute('target') || link.hasAttribute('download') || link.hasAttribute('data-reload')) return;
    const url = new URL(link.getAttribute('href'), location.href); // SVG links have no string href
    if (url.origin !== location.origin || !isScreen(url.pathname)) return;
    event.preventDefault();
    navigate(url.href);
  });
  window.addEventListener('popstate', () => navigate(location.href, { push: false }));
  return navigate(location.href, { push: false, focus: false });
}

function isScreen(path) {
  return !/^\/(api|assets|plugins|login|oidcclient|health|metrics|openapi)(\/|$)/.test(path)
      && !path.split('/').pop().includes('.');
}
