import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { formatDateTime } from '../../core/format.js';
import { showErrors, clearErrors } from '../../core/forms.js';

const JAR = { 'Content-Type': 'application/java-archive' };

/**
 * The secretariat's plugin management: what is installed (version, state, the reason of a failure), install a
 * new bundle, update one to a new version, remove one. Every change takes effect without a restart; the menu is
 * rebuilt so that a plugin's screens come and go with it.
 */
export async function render(main, { navigate }) {
  const plugins = await get('/api/plugins');
  const upload = h('form', { class: 'stack', onsubmit: (event) => install(event, navigate) },
    h('div', { class: 'form-errors' }),
    h('label', { for: 'plugin-file' }, t('plugins.file')),
    h('input', { id: 'plugin-file', name: 'file', type: 'file', accept: '.jar,application/java-archive', required: true }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('plugins.install'))));
  replace(main,
    h('h1', {}, t('plugins.title')),
    h('p', { class: 'lead' }, t('plugins.lead')),
    plugins.length === 0 ? h('p', {}, t('plugins.none')) : h('table', {},
      h('caption', { class: 'visually-hidden' }, t('plugins.title')),
      h('thead', {}, h('tr', {}, ['plugins.id', 'plugins.name', 'plugins.version', 'plugins.state', 'plugins.actions']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, plugins.map((plugin) => row(plugin, navigate)))),
    h('h2', {}, t('plugins.install')),
    upload);
}

function row(plugin, navigate) {
  return h('tr', { 'data-plugin': plugin.id },
    h('th', { scope: 'row' }, plugin.id),
    h('td', {}, plugin.name),
    h('td', {}, plugin.version),
    h('td', {},
      h('span', { class: `state state-${plugin.state.toLowerCase()}` }, t(`plugins.state.${plugin.state}`)),
      plugin.reason ? h('p', { class: 'meta' }, plugin.reason) : null,
      h('p', { class: 'meta' }, formatDateTime(plugin.since))),
    h('td', {},
      h('form', { class: 'inline-form', onsubmit: (event) => update(event, plugin.id, navigate) },
        h('label', { for: `update-${plugin.id}`, class: 'visually-hidden' }, t('plugins.newVersion', { id: plugin.id })),
        h('input', { id: `update-${plugin.id}`, name: 'file', type: 'file', accept: '.jar', required: true }),
        h('button', { type: 'submit', class: 'link-button' }, t('plugins.update'))),
      h('button', {
        type: 'button', class: 'link-button danger', onclick: () => remove(plugin.id, navigate),
        'aria-label': t('plugins.removeNamed', { id: plugin.id }),
      }, t('plugins.remove'))));
}

async function install(event, navigate) {
  event.preventDefault();
  await submitBundle(event.target, 'POST', '/api/plugins', navigate);
}

async function update(event, id, navigate) {
  event.preventDefault();
  await submitBundle(event.target, 'PUT', `/api/plugins/${encodeURIComponent(id)}`, navigate);
}

async function submitBundle(form, method, path, navigate) {
  clearErrors(form);
  const file = form.querySelector('input[type=file]').files[0];
  try {
    await send(method, path, file, JAR);
    await refresh(navigate);
  } catch (error) {
    showErrors(form, error);
  }
}

async function remove(id, navigate) {
  if (!window.confirm(t('plugins.confirmRemove', { id }))) return;
  await send('DELETE', `/api/plugins/${encodeURIComponent(id)}`);
  await refresh(navigate);
}

/** The menu changes with the plugins: rebuild the frame, then show this screen again. */
async function refresh(navigate) {
  const { renderHeader } = await import('../header.js');
  const { caller } = await import('../../core/session.js');
  await renderHeader(document.getElementById('site-header'), await caller());
  await navigate(location.href, { push: false });
}
