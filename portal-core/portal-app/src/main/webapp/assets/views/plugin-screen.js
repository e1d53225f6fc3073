import { h, replace } from '../core/dom.js';
import { t, language } from '../core/i18n.js';
import { get, send } from '../core/api.js';
import { caller } from '../core/session.js';
import { formatDate, formatDateTime } from '../core/format.js';

/**
 * A screen a plugin contributes: its navigation entry names an ES module in the plugin's assets, which exports
 * `render(main, portal)`. The plugin sees the portal only through `portal`: the path parameters, the caller, the
 * page's language, the API client, date formatting and the DOM builder. When the plugin is removed its entry
 * disappears from /api/navigation and this screen answers "not found".
 */
export async function render(main, { params, query, navigate }) {
  const entries = await get('/api/navigation');
  const entry = entries.find((e) => e.plugin === params.plugin && e.key === params.key && e.href.endsWith('.js'));
  if (!entry) {
    replace(main, h('h1', {}, t('notFound.title')), h('p', {}, h('a', { href: '/' }, t('notFound.home'))));
    return;
  }
  const module = await import(entry.href);
  await module.render(main, {
    user: await caller(), language: language(), query, navigate,
    api: { get, send }, format: { formatDate, formatDateTime }, h, replace,
  });
}
