import japan from '../vendor/svg-maps-japan/index.js';
import { h } from '../core/dom.js';
import { t, pick } from '../core/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const SHADES = [
  { min: 0, className: 'map-0' },
  { min: 1, className: 'map-1' },
  { min: 2, className: 'map-2' },
  { min: 4, className: 'map-3' },
];

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([k, v]) => element.setAttribute(k, String(v)));
  element.append(...children);
  return element;
}

/**
 * A map of Japan shaded by a count per prefecture, every prefecture a link that filters by it, with a legend; the
 * same figures as a table follow for those who do not use the map.
 *
 * @param {object} options
 * @param {Array<{code, ja, en}>} options.prefectures the prefectures from /api/public/reference
 * @param {Object<string, number>} options.counts JIS code → count
 * @param {(code: string) => string} options.href the address that filters by a prefecture
 * @param {string|null} options.selected the JIS code currently filtered by
 * @returns {HTMLElement}
 */
export function japanMap({ prefectures, counts, href, selected }) {
  const byName = new Map(prefectures.map((p) => [p.en.toLowerCase(), p]));
  const map = svg('svg', { viewBox: japan.viewBox, class: 'japan-map', role: 'group', 'aria-labelledby': 'map-title' },
    svg('title', { id: 'map-title' }, t('map.title')));
  for (const location of japan.locations) {
    const prefecture = byName.get(location.id);
    if (!prefecture) continue;
    const count = counts[prefecture.code] ?? 0;
    const shade = SHADES.filter((s) => count >= s.min).pop();
    const name = pick(prefecture);
    const link = svg('a', {
      href: href(prefecture.code), class: `map-prefecture ${shade.className}`,
      'aria-label': t('map.count', { prefecture: name, count }),
      ...(selected === prefecture.code ? { 'aria-current': 'true' } : {}),
    }, svg('title', {}, t('map.count', { prefecture: name, count })), svg('path', { d: location.path }));
    map.append(link);
  }
  const legend = h('ul', { class: 'map-legend', 'aria-label': t('map.legend') },
    SHADES.map((s, i) => h('li', {}, h('span', { class: `swatch ${s.className}`, 'aria-hidden': 'true' }),
      i === SHADES.length - 1 ? t('map.atLeast', { count: s.min })
        : s.min === SHADES[i + 1].min - 1 ? String(s.min) : `${s.min}–${SHADES[i + 1].min - 1}`)));
  const table = h('details', { class: 'map-table' },
    h('summary', {}, t('map.asTable')),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('map.prefecture')), h('th', { scope: 'col' }, t('map.members')))),
      h('tbody', {}, prefectures.filter((p) => counts[p.code]).map((p) => h('tr', {},
        h('th', { scope: 'row' }, h('a', { href: href(p.code) }, pick(p))), h('td', {}, String(counts[p.code])))))));
  return h('figure', { class: 'map' }, map, h('figcaption', {}, legend), table);
}
