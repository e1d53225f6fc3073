import { h } from '../core/dom.js';
import { t, pick } from '../core/i18n.js';
import { get } from '../core/api.js';
import { pluginPortal } from '../core/plugin-portal.js';

/**
 * The sections the active plugins add to one of the portal's pages, each a `section` with the plugin's heading,
 * filled by the plugin's module (`render(section, portal, target)`). A section its module leaves empty is dropped;
 * one whose module fails says so without taking the page down.
 *
 * @param {string} page e.g. 'organization-profile', or 'home' (the dashboard's panels)
 * @param {object} target what the page shows, e.g. {organization: 'tama'}
 * @param {{className?: string}} [options] the sections' class: 'plugin-section' unless told (the home page's
 *   panels are 'panel plugin-section')
 * @returns {Promise<HTMLElement[]>} the sections, in the plugins' order
 */
export async function pluginSections(page, target, { className = 'plugin-section' } = {}) {
  const sections = await get(`/api/navigation/sections?page=${encodeURIComponent(page)}`);
  const portal = await pluginPortal();
  const rendered = await Promise.all(sections.map(async (section) => {
    const id = `section-${section.plugin}-${section.key}`;
    const element = h('section', { class: className, 'aria-labelledby': id, 'data-plugin': section.plugin },
      h('h2', { id }, pick({ ja: section.labelJa, en: section.labelEn })));
    try {
      const module = await import(section.module);
      await module.render(element, portal, target);
    } catch (error) {
      console.error(error);
      element.append(h('p', { class: 'meta' }, t('plugins.sectionFailed')));
    }
    return element.childElementCount > 1 ? element : null;
  }));
  return rendered.filter(Boolean);
}
