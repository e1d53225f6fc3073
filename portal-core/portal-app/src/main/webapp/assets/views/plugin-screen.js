import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { get, ApiError } from '../core/api.js';
import { caller } from '../core/session.js';
import { pluginPortal } from '../core/plugin-portal.js';

/**
 * A screen a plugin contributes: its navigation entry names an ES module in the plugin's assets, which exports
 * `render(main, portal)`. The plugin sees the portal only through `portal` (see core/plugin-portal.js). When the
 * plugin is removed its entry disappears from /api/navigation and this screen answers "not found". Visitors see
 * the screens of entries for anyone; another screen asks them to log in.
 */
export async function render(main, { params, query, navigate }) {
  const entries = await get('/api/navigation');
  const entry = entries.find((e) => e.plugin === params.plugin && e.key === params.key && e.href.endsWith('.js'));
  if (!entry) {
    if (!await caller()) throw new ApiError(401, { title: 'Unauthorized' });
    replace(main, h('h1', {}, t('notFound.title')), h('p', {}, h('a', { href: '/' }, t('notFound.home'))));
    return;
  }
  const module = await import(entry.href);
  await module.render(main, await pluginPortal({ query, navigate }));
}
